/// A person named in a sentence.
public struct PersonMention: Hashable, Sendable {
    /// The name as written, titles of office dropped, name honorifics kept ("Qari Zarmak").
    public var name: String
    /// Token indices of the name (title excluded).
    public var tokens: Range<Int>
    /// The title or rank written before the name ("Gen.", "Provincial governor"), if any.
    public var title: String?
    /// The name is followed by a possessive ("Tolani’s predecessor").
    public var possessive: Bool
}

/// Finds people's names: runs of capitalised words, introduced by an honorific or title,
/// or two words or more that are neither a place, an organisation nor common words. A
/// single word counts when a title introduces it, when it repeats part of a longer name
/// already found in the source, or when it is joined by "and" to another person.
public struct PersonFinder: Sendable {
    public var nameHonorifics: Set<String> { didSet { honorificWords = WordSet(nameHonorifics) } }
    public var titles: Set<String> { didSet { titleWords = WordSet(titles) } }
    public var particles: Set<String> { didSet { particleWords = WordSet(particles.subtracting(Self.englishWords)) } }
    public var commonWords: Set<String> { didSet { commonWordSet = WordSet(commonWords) } }
    /// The same words as tables a token is looked up in by the hash it carries.
    private var honorificWords: WordSet = []
    private var titleWords: WordSet = []
    private var particleWords: WordSet = []
    private var commonWordSet: WordSet = []

    public init(nameHonorifics: some Sequence<String>, titles: some Sequence<String>, particles: some Sequence<String>,
                commonWords: some Sequence<String>) {
        func norm(_ s: String) -> String {
            var f = Tokenizer.fold(s)
            if f.hasSuffix(".") { f.removeLast() }
            return f
        }
        self.nameHonorifics = Set(nameHonorifics.map(norm))
        self.titles = Set(titles.map(norm)).subtracting(self.nameHonorifics)
        self.particles = Set(particles.map { Tokenizer.fold($0).trimmingCharacters(in: ["-"]) })
        self.commonWords = Set(commonWords.map(norm))
        honorificWords = WordSet(self.nameHonorifics)
        titleWords = WordSet(self.titles)
        particleWords = WordSet(self.particles.subtracting(Self.englishWords))
        commonWordSet = WordSet(self.commonWords)
    }

    /// Arabic articles written "as-", "at-", "an-" are English words when they stand alone:
    /// "named Qari X as Y's successor" is two people, not one name "X as Y".
    static let englishWords: Set<String> = ["as", "at", "an"]

    private func isHonorific(_ t: Token) -> Bool { honorificWords.contains(t) }
    private func isParticle(_ t: Token) -> Bool { particleWords.contains(t) }
    /// The token's folded text is a common word.
    func isCommon(_ t: Token) -> Bool { commonWordSet.contains(t) }

    public static func standard() -> PersonFinder {
        PersonFinder(nameHonorifics: DataFile.entries("name-honorifics.txt"), titles: DataFile.entries("honorifics.txt"),
                     particles: DataFile.entries("name-particles.txt"), commonWords: DataFile.entries("common-words.txt"))
    }

    /// The people in `tokens`. `blocked` marks tokens already taken by places and organisations;
    /// `known` holds the single words of names found earlier in the source.
    public func people(in tokens: [Token], blocked: (Int) -> Bool, known: Set<String>) -> [PersonMention] {
        var unused: [String] = []
        return people(in: tokens, blocked: blocked, known: known, knownLookups: &unused, classes: classes(of: tokens))
    }

    /// What the scan asks of each token, answered once per sentence: both passes over a
    /// sentence, and the several looks at one token within a pass, read the same answers.
    struct WordClasses {
        /// `isNameWord`
        var name: [Bool]
        /// The word without a final period is a title of office.
        var title: [Bool]
        /// The word without a final period is a name honorific.
        var honorific: [Bool]
    }

    func classes(of tokens: [Token]) -> WordClasses {
        var c = WordClasses(name: [], title: [], honorific: [])
        c.name.reserveCapacity(tokens.count)
        c.title.reserveCapacity(tokens.count)
        c.honorific.reserveCapacity(tokens.count)
        // Fields read in place: a copy of each token would retain and release its strings.
        for k in tokens.indices {
            c.name.append(tokens[k].kind == .word && (isNameWord(tokens[k].text) || isLinkedNameWord(tokens[k].text)))
            let (word, hash) = dotless(tokens[k].folded, hash: tokens[k].foldedHash)
            c.title.append(titleWords.contains(word, hash: hash))
            c.honorific.append(honorificWords.contains(word, hash: hash))
        }
        return c
    }

    /// `people(in:blocked:known:)`, also listing in `knownLookups` every word whose presence
    /// in `known` could have changed the answer: with none of them known, the same tokens and
    /// blocks give the same people whatever `known` holds.
    func people(in tokens: [Token], blocked: (Int) -> Bool, known: Set<String>, knownLookups: inout [String],
                classes: WordClasses) -> [PersonMention] {
        let isName = classes.name
        var out: [PersonMention] = []
        var i = 0
        while i < tokens.count {
            // A title: one or more title words ("Lt. Col.", "Provincial governor" keeps only "governor").
            var titleWords: [String] = []
            var j = i
            while j < tokens.count, !blocked(j), classes.title[j] {
                titleWords.append(tokens[j].text)
                // "Gen" "." as two tokens
                j += j + 1 < tokens.count && tokens[j + 1].text == "." ? 2 : 1
            }
            var start = j
            var honorific = false
            if start < tokens.count, !blocked(start), classes.honorific[start],
               start + 1 < tokens.count, isName[start + 1] {
                honorific = true
                start += 1
            }
            var end = start
            var words = 0
            while end < tokens.count, !blocked(end) {
                if isName[end] {
                    words += 1
                    end += 1
                } else if words > 0, isInitial(tokens, end, isName) {
                    end += 2
                } else if words > 0, isParticle(tokens[end]), end + 1 < tokens.count, isName[end + 1] {
                    end += 1
                } else {
                    break
                }
                if words >= 6 { break }
            }
            let nameStart = honorific ? start - 1 : start
            if words == 0 {
                i = max(i + 1, j)
                continue
            }
            let introduced = !titleWords.isEmpty || honorific
            // The name words proper ("core"), counted in place rather than copied out.
            var coreCount = 0
            var commonCount = 0
            var firstCore = -1
            for k in start..<end where isName[k] {
                if coreCount == 0 { firstCore = k }
                coreCount += 1
                let (word, hash) = dotless(tokens[k].folded, hash: tokens[k].foldedHash)
                if commonWordSet.contains(word, hash: hash) { commonCount += 1 }
            }
            let sentenceInitial = nameStart == 0 || (nameStart > 0 && tokens[nameStart - 1].kind == .punctuation
                && Self.isOpeningQuote(tokens[nameStart - 1].text))
            var accept = false
            if introduced {
                accept = commonCount < coreCount
            } else if coreCount >= 2 {
                accept = commonCount == 0
            } else if firstCore >= 0 {
                let only = tokens[firstCore]
                let key = Self.bare(only.text)
                let uncommon = !commonWordSet.contains(key.lowercased())
                if uncommon { knownLookups.append(key) }
                accept = uncommon && known.contains(key)
                // "Rostam and Abu Tolani": a lone word joined to a fuller name.
                if !accept, !sentenceInitial, !isCommon(only), end + 1 < tokens.count,
                   tokens[end].folded == "and", isName[end + 1] || isHonorific(tokens[end + 1])
                    || isParticle(tokens[end + 1]) {
                    accept = true
                }
            }
            // "the Cal Madow mountains", "Tora Bora caves": the words name a place.
            if accept, !introduced, end < tokens.count, Self.placeFeatures.contains(tokens[end].folded) { accept = false }
            if accept {
                var name = tokens[nameStart..<end].map(\.text).joined(separator: " ")
                var possessive = false
                for suffix in ["’s", "'s"] where name.hasSuffix(suffix) {
                    name.removeLast(suffix.count)
                    possessive = true
                }
                if end < tokens.count, tokens[end].text == "’" || tokens[end].text == "'" { possessive = true }
                out.append(PersonMention(name: Self.closingInitials(name), tokens: nameStart..<end,
                                         title: titleWords.isEmpty ? nil : titleWords.joined(separator: " "),
                                         possessive: possessive))
            }
            i = end
        }
        // "Rostam and Abu Tolani’s predecessor": a name joined to a possessive is possessive too.
        for k in out.indices.reversed() where k + 1 < out.count && out[k + 1].possessive {
            if out[k].tokens.upperBound < tokens.count, tokens[out[k].tokens.upperBound].folded == "and",
               out[k].tokens.upperBound + 1 == out[k + 1].tokens.lowerBound {
                out[k].possessive = true
            }
        }
        return out
    }

    /// “ " ‘ before a name: it may start a quoted sentence.
    @inline(__always)
    static func isOpeningQuote(_ s: String) -> Bool { s == "“" || s == "\"" || s == "‘" }

    /// A capitalised word that can be part of a name (not an all-capitals acronym).
    func isNameWord(_ t: Token) -> Bool { t.kind == .word && isNameWord(t.text) }

    /// A name part led by a lowercase particle and a hyphen: "al-Baghdadi", "ul-Haq", "ur-Rehman".
    func isLinkedNameWord(_ text: String) -> Bool {
        let u = text.utf8
        guard let first = u.first, first >= 0x61, first <= 0x7A, let dash = u.firstIndex(of: 0x2D) else { return false }
        let rest = text[text.index(after: dash)...]
        guard let head = rest.unicodeScalars.first, head.properties.isUppercase, rest.unicodeScalars.count >= 2 else { return false }
        return particles.contains(String(text[..<dash]))
    }

    /// `isNameWord` of a word's text.
    func isNameWord(_ text: String) -> Bool {
        if let ascii = Self.asciiNameWord(text) { return ascii }
        var scalars = text.unicodeScalars[...]
        if let first = scalars.first, first == "‘" || first == "'" || first == "’" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, first.properties.isUppercase else { return false }
        // All capitals ("ASSF", "NATO") is an acronym, not a name.
        var letters = 0
        var allUpper = true
        for c in scalars {
            if c == "." { return false }
            if c.isASCII ? (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) : c.properties.isAlphabetic {
                letters += 1
                if c.isASCII ? c.value >= 0x61 : !c.properties.isUppercase { allUpper = false }
            }
        }
        return !(letters >= 2 && allUpper)
    }

    /// `name.replacingOccurrences(of: " .", with: ".")`, on bytes when the name is ASCII.
    static func closingInitials(_ name: String) -> String {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return name.replacingOccurrences(of: " .", with: ".") }
        guard utf8.contains(0x2E) else { return name }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for b in utf8 {
            if pendingSpace {
                pendingSpace = false
                if b != 0x2E { out.append(0x20) }
            }
            if b == 0x20 { pendingSpace = true } else { out.append(b) }
        }
        if pendingSpace { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `isNameWord` for plain ASCII text, without Unicode property lookups; nil for other text.
    static func asciiNameWord(_ text: String) -> Bool? {
        // One pass: the first byte after a leading quote, letters, capitals, periods; the
        // answer once every byte is known to be ASCII.
        var count = 0
        var first: UInt8 = 0
        var letters = 0
        var allUpper = true
        var period = false
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            if count == 0 || (count == 1 && first == 0x27) { first = b }
            count += 1
            if b == 0x2E { period = true }
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                letters += 1
                if b >= 0x61 { allUpper = false }
            }
        }
        // A lone quote has no first letter.
        guard count > 0, !(count == 1 && first == 0x27), first >= 0x41 && first <= 0x5A, !period else { return false }
        return !(letters >= 2 && allUpper)
    }

    /// "L." in "Martin L. O’Donnell".
    private func isInitial(_ tokens: [Token], _ i: Int, _ isName: [Bool]) -> Bool {
        i + 2 < tokens.count && tokens[i].text.count == 1 && tokens[i].isCapitalized && tokens[i + 1].text == "."
            && isName[i + 2]
    }

    /// A token's folded text without a final period, with its `WordHash` (`hash` is the text's).
    private func dotless(_ folded: String, hash: UInt64) -> (String, UInt64) {
        guard folded.utf8.last == 0x2E else { return (folded, hash) }
        let word = dotless(folded)
        return (word, WordHash.of(word))
    }

    private func dotless(_ s: String) -> String {
        // Only a string whose last byte is a period can end with the character ".".
        guard s.utf8.last == 0x2E else { return s }
        // ASCII: the final byte is the final character, cut without grapheme breaking.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: s.utf8.dropLast(), as: UTF8.self) }
        return s.hasSuffix(".") ? String(s.dropLast()) : s
    }

    /// Nouns after capitalised words that make them a place's name rather than a person's.
    static let placeFeatures: Set<String> = ["mountains", "mountain", "hills", "hill", "valley", "valleys", "river", "range", "ranges",
                                             "desert", "forest", "caves", "cave", "pass", "lake", "gorge", "plateau", "plains", "peninsula",
                                             "island", "islands", "coast", "highway", "road", "bridge", "dam", "airport", "airbase", "base",
                                             "camp", "prison", "jail", "mosque", "market", "bazaar", "square", "stadium", "hospital",
                                             "university", "neighbourhood", "neighborhood", "district", "province", "region", "village",
                                             "town", "city", "area", "county", "border", "crossing", "checkpoint", "canal", "port"]

    /// A name word without possessive or leading ayn mark, for matching single words.
    public static func bare(_ word: String) -> String {
        // ASCII: the endings are bytes (the curly marks are not ASCII), cut without grapheme breaking.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = word.utf8[...]
            if bytes.count >= 2, bytes.last == 0x73, bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == 0x27 { bytes = bytes.dropLast(2) }
            if bytes.first == 0x27 { bytes = bytes.dropFirst() }
            return bytes.count == word.utf8.count ? word : String(decoding: bytes, as: UTF8.self)
        }
        var w = word
        for suffix in ["’s", "'s"] where w.hasSuffix(suffix) { w.removeLast(suffix.count) }
        if let f = w.first, f == "‘" || f == "'" || f == "’" { w.removeFirst() }
        return w
    }
}
