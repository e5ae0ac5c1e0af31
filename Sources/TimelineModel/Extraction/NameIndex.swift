/// Finds multi-word names (places, organisations) in tokens, longest match first.
///
/// Names are compared part by part, with hyphens, apostrophes and dots ignored and case
/// folded, so "Sar-e-Pul", "Sar e Pul" and "Sar-e Pul" meet, and "U.S." meets "US".
/// A name matches only where the text capitalises it (or writes it in digits), so the
/// district "Kot" is not found in "kot" and the organisation "IS" not in "is".
public struct NameIndex<Value: Sendable>: Sendable {
    /// One name's entry; the value stands in `values`, so that scanning the entries of a
    /// first part copies no value.
    private struct Entry: Sendable {
        var parts: [String]
        /// `parts[1]`, kept in the entry: most candidates are ruled out by it, without a
        /// load of `parts` from elsewhere in memory.
        var second: String?
        var value: Int
        var exactCase: String?
        var capital: Bool
    }
    /// The entries of each first part, longest first; `groupOf` finds a first part's.
    private var groups: [[Entry]] = []
    private var groupOf = WordTable<Int>()
    private var values: [Value] = []
    /// First parts of entries that may be written in lower case, by (first byte, length):
    /// most lower-case words are ruled out without a lookup.
    private var lowerFirst = PartFilter()

    public init() {}

    /// Adds a name. `caseSensitive` names (short acronyms like "IS") must appear exactly as given.
    public mutating func add(_ name: String, _ value: Value, caseSensitive: Bool = false) {
        let parts = Self.parts(name)
        guard let first = parts.first else { return }
        // A name listed in lower case ("foreign forces") may be written so; a capitalised one must be capitalised.
        let capital = name.unicodeScalars.first?.properties.isUppercase ?? false
        values.append(value)
        let entry = Entry(parts: parts, second: parts.count >= 2 ? parts[1] : nil, value: values.count - 1,
                          exactCase: caseSensitive ? Self.squash(name) : nil, capital: capital)
        if let g = groupOf[first] {
            groups[g].append(entry)
            groups[g].sort { $0.parts.count > $1.parts.count }
        } else {
            groups.append([entry])
            groupOf.insert(first, groups.count - 1)
        }
        if !capital { lowerFirst.insert(first) }
    }

    /// A name found: the value and the tokens it covers.
    public struct Match: Sendable {
        /// Every entry of that name (a name can be a province, its capital and a district).
        public var values: [Value]
        public var tokens: Range<Int>
        public var value: Value { values[0] }
    }

    /// Every non-overlapping match, scanning left to right and preferring the longest.
    public func matches(in tokens: [Token], skip: (Int) -> Bool = { _ in false }) -> [Match] {
        var out: [Match] = []
        var t = 0
        while t < tokens.count {
            // Fields read in place: a copy of the token would retain and release its strings.
            guard !skip(t), tokens[t].kind == .word, let first = tokens[t].firstPart else { t += 1; continue }
            let capitalised = tokens[t].isCapitalized
            let hash = tokens[t].firstPartHash
            guard capitalised || lowerFirst.mayContain(first, isASCII: hash != WordHash.none),
                  let g = groupOf.value(first, hash: hash)
            else { t += 1; continue }
            let candidates = groups[g]
            // The part after the first: most longer names already differ there.
            let second = Self.secondPart(in: tokens, from: t)
            var found: Match?
            for k in candidates.indices where capitalised || !candidates[k].capital {
                let lastToken: Int
                if let s = candidates[k].second {
                    if s != second { continue }
                    // Ends at a token boundary, or nil.
                    guard let l = Self.lastToken(matching: candidates[k].parts, in: tokens, from: t) else { continue }
                    lastToken = l
                } else {
                    // A one-part name: its part is this token's first (the group's), so it
                    // matches when that is the token's only part; its parts need no reading.
                    guard tokens[t].partCount == 1 else { continue }
                    lastToken = t
                }
                if let exact = candidates[k].exactCase {
                    let written = tokens[t...lastToken].map(\.text).joined()
                    guard Self.squash(written) == exact else { continue }
                }
                if let f = found {
                    if f.tokens.upperBound == lastToken + 1 { found!.values.append(values[candidates[k].value]) }
                    continue
                }
                found = Match(values: [values[candidates[k].value]], tokens: t..<lastToken + 1)
            }
            if let found {
                out.append(found)
                t = found.tokens.upperBound
            } else {
                t += 1
            }
        }
        return out
    }

    /// Where `phrase` matches the parts of the tokens from token `t` on (the parts of all the
    /// tokens read as one sequence, tokens without parts passed over), ending with the last
    /// part of a token: that token. Walks the tokens in place rather than copying their parts.
    @inline(__always)
    static func lastToken(matching phrase: [String], in tokens: [Token], from t: Int) -> Int? {
        var tok = t
        var part = 0
        for word in phrase {
            while tok < tokens.count, part >= tokens[tok].partCount {
                tok += 1
                part = 0
            }
            guard tok < tokens.count, tokens[tok].part(part) == word else { return nil }
            part += 1
        }
        return part == tokens[tok].partCount ? tok : nil
    }

    /// The second part of the parts from token `t` on (tokens without parts passed over), or nil.
    @inline(__always)
    static func secondPart(in tokens: [Token], from t: Int) -> String? {
        if tokens[t].partCount >= 2 { return tokens[t].part(1) }
        var k = t + 1
        while k < tokens.count, tokens[k].partCount == 0 { k += 1 }
        return k < tokens.count ? tokens[k].part(0) : nil
    }

    /// `parts[from..<from + other.count] == other`, without building an array.
    @inline(__always)
    static func equal(_ parts: [String], from start: Int, _ other: [String]) -> Bool {
        for k in other.indices where parts[start + k] != other[k] { return false }
        return true
    }

    /// Lowercased alphanumeric parts: "Sar-e-Pul's" → ["sar", "e", "pul", "s"], "U.S." → ["us"].
    static func parts(_ word: String) -> [String] {
        // "Kandahar's Arghandab": the possessive ending is not part of the name.
        var s = word
        if s.hasSuffix("'s") || s.hasSuffix("’s") { s.removeLast(2) }
        // Plain ASCII words (most tokens) need no Unicode property lookups.
        let utf8 = s.utf8
        if utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }) {
            return utf8.isEmpty ? [] : [s.lowercased()]
        }
        if let ascii = asciiParts(utf8) { return ascii }
        var out: [String] = []
        var current = ""
        var dottedAcronym = true
        for c in s.unicodeScalars where c != "." {
            if isAlphanumeric(c) { continue }
            if c != "-" && c != " " { dottedAcronym = false }
        }
        for c in s.unicodeScalars {
            if isAlphanumeric(c) {
                if c.isASCII {
                    current.unicodeScalars.append(c >= "A" && c <= "Z" ? Unicode.Scalar(c.value | 0x20)! : c)
                } else {
                    current.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
                }
            } else if c == "." && dottedAcronym {
                continue
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Alphabetic or a digit 0-9; in ASCII only A-Z, a-z and 0-9 are, without a property lookup.
    @inline(__always)
    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { let l = c.value | 0x20; return (l >= 0x61 && l <= 0x7A) || (c.value >= 0x30 && c.value <= 0x39) }
        return c.properties.isAlphabetic
    }

    /// `parts` for ASCII text ("IS-K", "group's" without its ending, "U.S."), on bytes: in
    /// ASCII only A-Z, a-z and 0-9 are letters or digits. Nil for other text.
    static func asciiParts(_ utf8: String.UTF8View) -> [String]? {
        @inline(__always) func isAlnum(_ b: UInt8) -> Bool { (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        var dottedAcronym = true
        for b in utf8 {
            if b >= 0x80 { return nil }
            if b != 0x2E, !isAlnum(b), b != 0x2D, b != 0x20 { dottedAcronym = false }
        }
        var out: [String] = []
        var current: [UInt8] = []
        for b in utf8 {
            if isAlnum(b) {
                current.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if b == 0x2E && dottedAcronym {
                continue
            } else if !current.isEmpty {
                out.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// Letters and digits only, case kept: how a case-sensitive name is compared.
    static func squash(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter(isAlphanumeric)))
    }
}

/// A set of strings by first byte and length that may answer "maybe" for strings it does not
/// hold but never "no" for one it holds (or one equal to it): a cheap test before a lookup.
struct PartFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256 * 32 / 64)

    init() {}

    init(_ strings: some Sequence<String>) {
        for s in strings { insert(s) }
    }

    @inline(__always)
    private static func slot(_ s: String) -> Int {
        let utf8 = s.utf8
        return Int(utf8.first ?? 0) << 5 | min(utf8.count, 31)
    }

    mutating func insert(_ s: String) {
        let k = Self.slot(s)
        bits[k >> 6] |= 1 << UInt64(k & 63)
    }

    /// Text with non-ASCII bytes may equal a key spelled with other bytes (composed or
    /// decomposed accents): always "maybe".
    @inline(__always)
    func mayContain(_ s: String) -> Bool {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        return mayContain(s, isASCII: ascii)
    }

    /// `mayContain` when the caller knows whether `s` is ASCII (a token whose `WordHash` it holds).
    @inline(__always)
    func mayContain(_ s: String, isASCII: Bool) -> Bool {
        guard isASCII else { return true }
        let k = Self.slot(s)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
