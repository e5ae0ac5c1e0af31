import Foundation

/// Which lines of an article are page furniture, by general rules.
///
/// Furniture is kept for display (dimmed) and never read for events. A line is furniture
/// when it is a widget phrase, a photo caption or credit, a byline, a run of tag words,
/// or a short line that is not a sentence; the title line is kept apart.
public struct FurnitureRules: Sendable {
    /// Widget and navigation phrases, lowercased with single spaces.
    public var phrases: Set<String>
    /// Caption / credit markers, lowercased.
    public var captionMarkers: [String]
    /// Lines longer than this many scalars are never furniture.
    static let longLine = 600
    /// Lines of at most this many words that are not sentences are furniture.
    public var shortLineWords = 12

    /// Phrases by their first character, so a line is compared only with phrases it could start with.
    var phrasesByFirst: [Character: [String]] = [:]

    public init(phrases: some Sequence<String>, captionMarkers: some Sequence<String>) {
        self.phrases = Set(phrases.map { FurnitureRules.fold($0) })
        for p in self.phrases { if let c = p.first { phrasesByFirst[c, default: []].append(p) } }
        self.captionMarkers = captionMarkers.map { $0.lowercased() }
    }

    /// The shipped lists plus the user's additions.
    public static func standard() -> FurnitureRules {
        FurnitureRules(phrases: DataFile.entries("furniture-phrases.txt"),
                       captionMarkers: DataFile.entries("caption-markers.txt"))
    }

    /// Scalars that never join a neighbour into one character (no marks, joiners, prepended
    /// or spacing signs): Latin letters and signs, general punctuation. For text of these and
    /// ASCII, a scalar is a character and `fold` can work scalar by scalar.
    @inline(__always)
    static func isStandalone(_ v: UInt32) -> Bool {
        (v >= 0xA1 && v <= 0x24F && v != 0xAD) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// `fold` without characters, for text whose scalars all stand alone; nil for other text.
    static func foldScalars(_ s: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s.unicodeScalars {
            let v = c.value
            // White space: tab, line breaks, form feeds, space, no-break space.
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0xA0 {
                pendingSpace = !out.isEmpty
                continue
            }
            if v >= 0x80 && !isStandalone(v) { return nil }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v))
            } else if v >= 0x2010 {
                // Punctuation has no case.
                out.append(contentsOf: String(c).utf8)
            } else {
                out.append(contentsOf: c.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether folded line `f` contains `marker`: on bytes when the marker is ASCII (a
    /// mismatch of bytes is a mismatch), confirmed by Foundation when the line is not ASCII.
    static func line(_ f: String, contains marker: String) -> Bool {
        let m = Array(marker.utf8)
        // ';', '`' and 'K' have non-ASCII equivalents (U+037E, U+1FEF, U+212A).
        guard !m.isEmpty, m.allSatisfy({ $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B }) else { return f.contains(marker) }
        var ascii = true
        let found = f.utf8.withContiguousStorageIfAvailable { b -> Bool in
            for x in b where x >= 0x80 { ascii = false; break }
            guard b.count >= m.count else { return false }
            var i = 0
            while i + m.count <= b.count {
                if b[i] == m[0] {
                    var k = 1
                    while k < m.count, b[i + k] == m[k] { k += 1 }
                    if k == m.count { return true }
                }
                i += 1
            }
            return false
        }
        guard let found else { return f.contains(marker) }
        if !found { return false }
        return ascii ? true : f.contains(marker)
    }

    /// Lowercase, no-break spaces as spaces, runs of white space folded, trimmed.
    static func fold(_ s: some StringProtocol) -> String {
        if let folded = foldScalars(s) { return folded }
        var out = ""
        var pendingSpace = false
        for ch in s.lowercased() {
            if ch.isWhitespace || ch == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }
}

/// The result of classifying an article's lines.
public struct FurnitureLayout: Equatable, Sendable {
    public var furniture: [TextRange]
    /// The line that holds the article's title, when one is found.
    public var titleLine: TextRange?
    public var title: String?
}

public enum FurnitureDetector {
    /// Classifies the lines of `text`. `knownTitle` (from corpus.yaml) picks the title line;
    /// without it the first headline-like line near the top is taken as the title.
    public static func detect(_ text: String, knownTitle: String? = nil, rules: FurnitureRules) -> FurnitureLayout {
        let lines = LineScanner.lines(of: text)
        var layout = FurnitureLayout(furniture: [], titleLine: nil, title: nil)
        let foldedTitle = knownTitle.map { FurnitureRules.fold($0) }
        var seenContent = 0
        for line in lines {
            // Long lines are article text; skip the costly shape analysis (a 20 MB line).
            if line.range.length > FurnitureRules.longLine {
                seenContent += 1
                continue
            }
            let folded = FurnitureRules.fold(line.text)
            if folded.isEmpty { continue }
            let shape = LineShape(folded: folded, original: line.text)
            if layout.titleLine == nil {
                if let t = foldedTitle, folded == t {
                    layout.titleLine = line.range
                    layout.title = knownTitle
                    continue
                }
                if foldedTitle == nil, seenContent == 0, shape.isHeadlineCandidate, !isWidgetOrCaption(shape, rules: rules) {
                    layout.titleLine = line.range
                    layout.title = shape.trimmed
                    continue
                }
            }
            if isFurniture(shape, rules: rules) {
                layout.furniture.append(line.range)
            } else {
                seenContent += 1
            }
        }
        if layout.title == nil { layout.title = knownTitle }
        return layout
    }

    static func isFurniture(_ line: LineShape, rules: FurnitureRules) -> Bool {
        if isWidgetOrCaption(line, rules: rules) { return true }
        if !line.endsLikeSentence {
            if line.words <= rules.shortLineWords { return true }
            if line.words <= 20, line.headlineCaseRatio >= 0.7 { return true }
        }
        return false
    }

    /// Furniture whatever its position: widgets, captions, bylines, tag runs.
    static func isWidgetOrCaption(_ line: LineShape, rules: FurnitureRules) -> Bool {
        let f = line.folded
        if rules.phrases.contains(f) { return true }
        // A widget phrase glued to more furniture or a timestamp ("Leave a Comment19:32 GMT").
        for phrase in f.first.flatMap({ rules.phrasesByFirst[$0] }) ?? [] where phrase.count >= 4 && f.hasPrefix(phrase) {
            let rest = f.dropFirst(phrase.count)
            guard let first = rest.first else { return true }
            if first == " " || first.isNumber || first.isUppercase || phrase.count >= 8 {
                if !line.endsLikeSentence || rest.first?.isNumber == true { return true }
            }
        }
        if line.words <= 30, rules.captionMarkers.contains(where: { FurnitureRules.line(f, contains: $0) }) { return true }
        if line.words <= 6, f.hasPrefix("by "), !line.endsLikeSentence { return true }
        return line.isTagRun
    }
}

/// The surface facts about one line that the rules look at.
struct LineShape {
    let folded: String
    let trimmed: String
    let words: Int
    let endsLikeSentence: Bool
    let headlineCaseRatio: Double
    let isTagRun: Bool
    let letteredWords: Int

    init(folded: String, original: Substring) {
        self.folded = folded
        let trimmed = LineShape.trim(original) ?? original.trimmingCharacters(in: LineShape.blanks)
        self.trimmed = trimmed
        let last = trimmed.unicodeScalars.reversed().first { !LineShape.closers.contains($0) }
        endsLikeSentence = last.map { LineShape.terminals.contains($0) } ?? false
        let counts = WordCounts(plain: trimmed) ?? WordCounts(trimmed)
        words = counts.words
        letteredWords = counts.letteredWords
        headlineCaseRatio = counts.capitalisable == 0 ? 0 : Double(counts.capitalised) / Double(counts.capitalisable)
        let parts = counts.wordsPerCommaPart
        isTagRun = parts.count >= 4 && !endsLikeSentence && parts.allSatisfy { $0 >= 1 && $0 <= 5 }
            && Double(parts.reduce(0, +)) / Double(parts.count) <= 3
    }

    /// The counts of words a line's shape is made of. Every line of every article is
    /// shaped, so ASCII lines (nearly all) are counted on their bytes.
    struct WordCounts: Equatable {
        /// Runs between spaces, tabs and no-break spaces.
        var words = 0
        /// Words holding a letter.
        var letteredWords = 0
        /// Words starting with a letter, other than small words ("of", "the"), and of those
        /// the ones starting with a capital.
        var capitalisable = 0
        var capitalised = 0
        /// For each comma-separated part, its words separated by spaces.
        var wordsPerCommaPart: [Int] = []

        init(_ trimmed: String) {
            let tokens = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            words = tokens.count
            let lettered = tokens.filter { $0.first?.isLetter == true && !LineShape.smallWords.contains($0.lowercased()) }
            capitalisable = lettered.count
            capitalised = lettered.filter { $0.first?.isUppercase == true }.count
            letteredWords = tokens.filter { $0.contains(where: \.isLetter) }.count
            wordsPerCommaPart = trimmed.split(separator: ",").map { $0.split(separator: " ").count }
        }

        /// The same counts from the scalars of a line that holds only ASCII, no-break
        /// spaces and general punctuation (dashes, curly quotes, ellipses: each a character
        /// of its own, not a letter); nil for any other line (a carriage return too, which
        /// joins the next scalar into one character).
        init?(plain trimmed: String) {
            func isLetter(_ v: UInt32) -> Bool { v < 0x80 && (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
            // The word being read: its length, first scalar, whether it holds a letter, and
            // its first bytes lowercased (small words are short and ASCII).
            var length = 0
            var first: UInt32 = 0
            var hasLetter = false
            var ascii = true
            var lower: [UInt8] = []
            lower.reserveCapacity(4)
            func endWord() {
                guard length > 0 else { return }
                words += 1
                if hasLetter { letteredWords += 1 }
                if isLetter(first), !(ascii && length <= 4 && LineShape.smallWords.contains(String(decoding: lower, as: UTF8.self))) {
                    capitalisable += 1
                    if first <= 0x5A { capitalised += 1 }
                }
                length = 0
                hasLetter = false
                ascii = true
                lower.removeAll(keepingCapacity: true)
            }
            var partWords = 0
            var inPartWord = false
            var partHasText = false
            for scalar in trimmed.unicodeScalars {
                let v = scalar.value
                if v == 0x0D { return nil }
                if v >= 0x80 && v != 0xA0 && !((v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)) { return nil }
                if v == 0x20 || v == 0x09 || v == 0xA0 {
                    endWord()
                } else {
                    if length == 0 { first = v }
                    length += 1
                    if isLetter(v) { hasLetter = true }
                    if v >= 0x80 { ascii = false } else if lower.count < 4 { lower.append(v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v)) }
                }
                // Parts between commas (empty ones left out), words in them between spaces.
                if v == 0x2C {
                    if partHasText { wordsPerCommaPart.append(partWords) }
                    partWords = 0
                    inPartWord = false
                    partHasText = false
                } else {
                    partHasText = true
                    if v == 0x20 {
                        inPartWord = false
                    } else if !inPartWord {
                        inPartWord = true
                        partWords += 1
                    }
                }
            }
            endWord()
            if partHasText { wordsPerCommaPart.append(partWords) }
        }
    }


    /// `trimmingCharacters(in: .whitespacesAndNewlines ∪ no-break space)` when the scalars at
    /// both ends are ASCII, no-break spaces or plainly not white space; nil otherwise.
    static func trim(_ s: Substring) -> String? {
        func isSpace(_ c: Unicode.Scalar) -> Bool? {
            let v = c.value
            if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
            if v == 0xA0 { return true }
            return FurnitureRules.isStandalone(v) ? false : nil
        }
        let u = s.unicodeScalars
        var a = u.startIndex
        var b = u.endIndex
        while a < b {
            guard let space = isSpace(u[a]) else { return nil }
            if !space { break }
            a = u.index(after: a)
        }
        while b > a {
            let last = u.index(before: b)
            guard let space = isSpace(u[last]) else { return nil }
            if !space { break }
            b = last
        }
        return String(Substring(u[a..<b]))
    }

    /// Headline-like: several words, no full stop at the end, mostly capitalised.
    var isHeadlineCandidate: Bool {
        letteredWords >= 3 && words <= 25 && !endsLikeSentence
            && trimmed.unicodeScalars.filter({ $0.properties.isAlphabetic }).count * 2 > trimmed.unicodeScalars.count
    }

    /// Built once: a CharacterSet union per line cost more than the rest of the line's shape.
    static let blanks = CharacterSet.whitespacesAndNewlines.union(["\u{00A0}"])
    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "…"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", " ", "\u{00A0}", "»"]
    static let smallWords: Set<String> = ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for",
                                          "by", "with", "from", "as", "into", "via", "vs", "vs.", "up", "out"]
}
