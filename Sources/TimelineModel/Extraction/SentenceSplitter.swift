/// Splits article text into sentences, skipping furniture.
///
/// A line break always ends a sentence (captured news text puts a paragraph on each
/// line). Inside a line, `.` `!` `?` end a sentence when followed by white space and a
/// capital, digit or opening quote, unless the word before is a known abbreviation
/// (U.S., Gen., Lt. Col., Apr., No.), a single initial, or part of a number.
public struct SentenceSplitter: Sendable {
    /// Lowercased abbreviations without their final period ("u.s", "gen", "lt", "apr").
    public var abbreviations: Set<String>

    public init(abbreviations: some Sequence<String>) {
        self.abbreviations = Set(abbreviations.map { a in
            var s = a.lowercased()
            if s.hasSuffix(".") { s.removeLast() }
            return s
        })
    }

    public static func standard() -> SentenceSplitter {
        SentenceSplitter(abbreviations: DataFile.entries("abbreviations.txt"))
    }

    public func sentences(in text: String, furniture: [TextRange] = []) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        return sentences(scalars: scalars, furniture: furniture)
    }

    public func sentences(scalars s: [Unicode.Scalar], furniture: [TextRange] = []) -> [Sentence] {
        var result: [Sentence] = []
        var paragraph = 0
        var furnitureIndex = 0
        var lineStart = 0
        var blankRun = false
        let n = s.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, s[lineEnd] != "\n", s[lineEnd] != "\r" { lineEnd += 1 }
            while furnitureIndex < furniture.count, furniture[furnitureIndex].end <= lineStart { furnitureIndex += 1 }
            let isFurniture = furnitureIndex < furniture.count && furniture[furnitureIndex].start <= lineStart
                && furniture[furnitureIndex].end >= lineEnd
            let blank = (lineStart..<lineEnd).allSatisfy { Self.isSpace(s[$0]) }
            if blank || isFurniture {
                blankRun = true
            } else {
                if blankRun || !result.isEmpty { paragraph += (result.isEmpty ? 0 : 1) }
                blankRun = false
                splitLine(s, lineStart, lineEnd, paragraph: paragraph, into: &result)
            }
            lineStart = lineEnd + 1
            if lineEnd < n, s[lineEnd] == "\r", lineStart < n, s[lineStart] == "\n" { lineStart += 1 }
        }
        return result
    }

    private func splitLine(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, paragraph: Int, into result: inout [Sentence]) {
        var sentenceStart = start
        var i = start
        while i < end {
            let c = s[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var j = i + 1
                // Runs like "?!" or "..." and closing quotes/brackets belong to this sentence.
                while j < end, s[j] == "." || s[j] == "!" || s[j] == "?" { j += 1 }
                while j < end, Self.isCloser(s[j]) { j += 1 }
                if j < end, Self.isSpace(s[j]) {
                    var k = j
                    while k < end, Self.isSpace(s[k]) { k += 1 }
                    if k < end, Self.startsSentence(s[k]), !(c == "." && isAbbreviationOrInitial(s, sentenceStart, i)) {
                        emit(s, sentenceStart, j, paragraph, &result)
                        sentenceStart = k
                        i = k
                        continue
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        emit(s, sentenceStart, end, paragraph, &result)
    }

    /// No real sentence is longer; longer runs (a scraped page on one line, a table) are cut
    /// at spaces so that the work per sentence stays bounded.
    public var maxSentence = 1_000

    /// Cuts in a loop, not by recursion: a 50 MB line is 50,000 pieces, too deep for a stack.
    private func emit(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ paragraph: Int, _ result: inout [Sentence]) {
        var start = start
        while end - start > maxSentence {
            var cut = start + maxSentence
            while cut > start + maxSentence / 2, !Self.isSpace(s[cut]) { cut -= 1 }
            if cut <= start + maxSentence / 2 { cut = start + maxSentence }
            emitPiece(s, start, cut, paragraph, &result)
            start = cut
        }
        emitPiece(s, start, end, paragraph, &result)
    }

    private func emitPiece(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ paragraph: Int, _ result: inout [Sentence]) {
        var a = start, b = end
        while a < b, Self.isSpace(s[a]) { a += 1 }
        while b > a, Self.isSpace(s[b - 1]) { b -= 1 }
        guard a < b else { return }
        result.append(Sentence(range: TextRange(start: a, end: b), paragraph: paragraph, index: result.count, text: Self.string(s, a, b)))
    }

    /// The text of scalars `a..<b`, encoded straight into the string's UTF-8 storage.
    static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        s.withUnsafeBufferPointer { string($0, a, b) }
    }

    static func string(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) -> String {
        var count = 0
        for k in a..<b {
            let v = s[k].value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var j = 0
            for k in a..<b {
                let v = s[k].value
                if v < 0x80 {
                    buffer[j] = UInt8(truncatingIfNeeded: v)
                    j += 1
                } else if v < 0x800 {
                    buffer[j] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[j + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    j += 2
                } else if v < 0x10000 {
                    buffer[j] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[j + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[j + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    j += 3
                } else {
                    buffer[j] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[j + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[j + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[j + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    j += 4
                }
            }
            return j
        }
    }

    /// True when the period at `dot` closes an abbreviation, an initial or a decimal number.
    private func isAbbreviationOrInitial(_ s: [Unicode.Scalar], _ lower: Int, _ dot: Int) -> Bool {
        var w = dot
        while w > lower, !Self.isSpace(s[w - 1]), !Self.opensQuote(s[w - 1]) { w -= 1 }
        let word = s[w..<dot]
        if word.isEmpty { return false }
        if word.count == 1, word.first!.properties.isUppercase { return true }  // an initial: "John W. Smith"
        var lowered = ""
        if word.allSatisfy({ $0.isASCII }) {
            // ASCII lowercases byte for byte.
            lowered = String(decoding: word.map { v -> UInt8 in
                let b = UInt8(truncatingIfNeeded: v.value)
                return b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            }, as: UTF8.self)
        } else {
            for c in word { lowered.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars) }
        }
        if abbreviations.contains(lowered) { return true }
        // Dotted capitals like "U.N." or "I.S." are abbreviations whatever the list says.
        if word.count >= 3, word.enumerated().allSatisfy({ $0.offset % 2 == 0 ? $0.element.properties.isUppercase : $0.element == "." }) {
            return true
        }
        return false
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{2009}" || c == "\u{202F}" || c == "\u{200B}" || c == "\u{3000}"
    }

    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        // In ASCII the alphabetic scalars that are not lowercase are A-Z.
        if c.isASCII { return (c >= "A" && c <= "Z") || ("0"..."9").contains(c) || opensQuote(c) }
        return (c.properties.isAlphabetic && !c.properties.isLowercase) || ("0"..."9").contains(c) || opensQuote(c)
    }

    /// Opening quotes and brackets; a switch, so no hashing per character.
    static func opensQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "“", "‘", "(", "[", "«": true
        default: false
        }
    }

    /// Closing quotes and brackets, which stay with the sentence they end.
    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "”", "’", ")", "]", "»": true
        default: false
        }
    }

}
