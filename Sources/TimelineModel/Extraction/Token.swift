/// A word, number or punctuation mark of a sentence.
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable { case word, number, punctuation }
    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Lowercased, with curly apostrophes made straight, for dictionary lookups.
    public var folded: String
    /// Unicode-scalar range in the source text.
    public var range: TextRange
    /// `WordHash` of `folded`, computed once: every word table the token meets reuses it.
    var foldedHash: UInt64 = WordHash.none
    /// The parts when they are not just `folded`; nil when the token is one plain part, its
    /// fold (most words: no array to allocate, copy or free); empty for punctuation.
    var splitParts: [String]?

    /// Lowercased alphanumeric parts, as names and trigger phrases are compared.
    public var parts: [String] { splitParts ?? [folded] }
    var partCount: Int { splitParts?.count ?? 1 }
    func part(_ k: Int) -> String { splitParts?[k] ?? folded }
    var firstPart: String? { splitParts == nil ? folded : splitParts!.first }
    /// `WordHash` of `firstPart`.
    var firstPartHash: UInt64 { splitParts == nil ? foldedHash : splitParts!.first.map(WordHash.of) ?? WordHash.none }

    public var isCapitalized: Bool {
        // ASCII first byte: only A-Z is uppercase; no property lookup needed.
        if let b = text.utf8.first, b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }
}

/// Cuts a sentence into tokens. Words keep inner hyphens, apostrophes and the dots of
/// abbreviations ("Sar-e-Pul", "group's", "U.S."); numbers keep thousands separators
/// and decimals ("1,600", "3.5").
public enum Tokenizer {
    public static func tokens(of sentence: Sentence) -> [Token] {
        tokens(Array(sentence.text.unicodeScalars), base: sentence.range.start)
    }

    public static func tokens(_ s: [Unicode.Scalar], base: Int = 0) -> [Token] {
        s.withUnsafeBufferPointer { tokens($0, base: base) }
    }

    /// `s` indexed from 0: a sentence's scalars read in place from the source's.
    static func tokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, base: Int) -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = s.count
        // About one token per five scalars in prose: most sentences never grow the array.
        out.reserveCapacity(n / 4 + 1)
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            // In ASCII only A-Z and a-z are alphabetic (and there are no marks).
            if c.value < 0x80 { let l = c.value | 0x20; return l >= 0x61 && l <= 0x7A }
            return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" || c == "ʼ" }
        while i < n {
            let c = s[i]
            if SentenceSplitter.isSpace(c) || c == "\n" || c == "\r" { i += 1; continue }
            let start = i
            var kind = Token.Kind.punctuation
            if isDigit(c) {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(s[i]) { i += 1; continue }
                    if (s[i] == "," || s[i] == "."), i + 1 < n, isDigit(s[i + 1]) { i += 2; continue }
                    break
                }
                // "209th", "1990s", "3rd": a number glued to letters stays one token, a word.
                if i < n, isLetter(s[i]) {
                    kind = .word
                    while i < n, isLetter(s[i]) || isDigit(s[i]) { i += 1 }
                }
            } else if isLetter(c) || ayn(s, i) {
                kind = .word
                i += 1
                while i < n {
                    let d = s[i]
                    if isLetter(d) || isDigit(d) { i += 1; continue }
                    // Inner hyphen, apostrophe or abbreviation dot followed by a letter.
                    if d == "-" || d == "‑" || isApostrophe(d) || d == "." , i + 1 < n, isLetter(s[i + 1]) {
                        if d == ".", !(s[start..<i].allSatisfy { $0.properties.isUppercase || $0 == "." }) { break }
                        i += 2
                        continue
                    }
                    break
                }
                // The closing dot of a dotted abbreviation ("U.S.", "I.S.").
                if i < n, s[i] == ".", i - start >= 3, s[i - 2] == ".", s[start..<i].allSatisfy({ $0.properties.isUppercase || $0 == "." }) {
                    i += 1
                    // Possessive: "I.S.’s"
                    if i + 1 < n, isApostrophe(s[i]), s[i + 1] == "s" || s[i + 1] == "S" { i += 2 }
                }
            } else {
                i += 1
            }
            let word: String
            let folded: String
            let parts: [String]?
            let hash: UInt64
            // One pass over the scalars: ASCII or not, capitals, letters and digits only, and
            // the hash of the lowercase fold.
            var ascii = true
            var upper = false
            var alphanumeric = true
            var h = WordHash.seed
            for k in start..<i {
                let v = s[k].value
                if v >= 0x80 { ascii = false; break }
                var b = UInt8(truncatingIfNeeded: v)
                if b >= 0x41 && b <= 0x5A { b |= 0x20; upper = true }
                if !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)) { alphanumeric = false }
                h = WordHash.step(h, b)
            }
            if ascii {
                let length = i - start
                word = String(unsafeUninitializedCapacity: length) { buffer in
                    for k in 0..<length { buffer[k] = UInt8(truncatingIfNeeded: s[start + k].value) }
                    return length
                }
                // Without capitals the fold is the text itself: one string, not two.
                folded = !upper ? word : String(unsafeUninitializedCapacity: length) { buffer in
                    for k in 0..<length {
                        let b = UInt8(truncatingIfNeeded: s[start + k].value)
                        buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    return length
                }
                hash = WordHash.finish(h)
                parts = kind == .punctuation ? [] : alphanumeric ? nil : NameIndex<Int>.parts(word)
            } else {
                word = SentenceSplitter.string(s, start, i)
                folded = fold(word)
                hash = WordHash.of(folded)
                parts = kind == .punctuation ? [] : NameIndex<Int>.parts(word)
            }
            out.append(Token(kind: kind, text: word, folded: folded, range: TextRange(start: base + start, end: base + i),
                             foldedHash: hash, splitParts: parts))
        }
        return out
    }

    /// A leading ‘ that transliterates an ayn ("‘Aydd") rather than opening a quotation
    /// ("‘Shaheen’"): followed by a letter, and the word after it is not closed by a quote.
    static func ayn(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard s[i] == "‘" || s[i] == "'", i + 1 < s.count, s[i + 1].properties.isAlphabetic,
              i == 0 || SentenceSplitter.isSpace(s[i - 1]) else { return false }
        var j = i + 1
        while j < s.count, s[j].properties.isAlphabetic || s[j] == "-" { j += 1 }
        return !(j < s.count && (s[j] == "’" || s[j] == "'"))
    }

    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "’", "ʼ", "‘": out.append("'")
            case "‑", "–": out.append("-")
            // ASCII lowercases to ASCII: no mapping string to build.
            case "A"..."Z": out.append(Unicode.Scalar(c.value | 0x20)!)
            default:
                if c.isASCII { out.append(c) } else { out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars) }
            }
        }
        return String(out)
    }
}
