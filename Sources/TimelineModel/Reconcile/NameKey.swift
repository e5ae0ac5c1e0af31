/// A conservative key for matching spellings of one person's name across reports:
/// honorifics and titles dropped, case, hyphens and apostrophes folded, common
/// transliteration alternations evened out ("Zarmakullah" ~ "Zarmak", "Mawlavi" ~ "Mawlawi").
public struct NameKey: Hashable, Sendable {
    /// The distinctive words of the name, normalised.
    public var words: [String]
    /// The consonant skeleton of the whole name, computed once.
    public var consonants: String = ""
    /// The distinctive words, computed once.
    public var distinctive: [String] = []

    static let generic: Set<String> = ["mohammad", "muhammad", "mohammed", "muhamad", "ahmad", "ahmed", "abdul", "abd",
                                       "ali", "khan", "mohamad", "mohd", "gul", "shah", "noor", "nur", "jan", "din", "uddin"]

    public init(_ name: String, honorifics: Set<String>, particles: Set<String>) {
        var out: [String] = []
        for raw in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "‐" }) {
            var w = Self.asciiLetters(raw) ?? Tokenizer.fold(String(raw)).filter { $0.isLetter }
            if w.isEmpty || honorifics.contains(w) || particles.contains(w) { continue }
            w = Self.normalise(w)
            if !w.isEmpty { out.append(w) }
        }
        words = out
        consonants = Self.skeleton(out.joined())
        var seen: [String] = []
        for w in out where w.count >= 4 && !Self.generic.contains(w) && !seen.contains(w) { seen.append(w) }
        distinctive = seen
    }

    /// `fold(raw).filter(\.isLetter)` for ASCII text: its letters, lowercased; nil for other text.
    static func asciiLetters(_ raw: Substring) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        for b in raw.utf8 {
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { out.append(b | 0x20) } else if b >= 0x61 && b <= 0x7A { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when every byte is an ASCII lowercase letter.
    static func isLowercaseASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }

    /// Replaces each `pattern` (two bytes, left to right, not overlapping) with `replacement`.
    static func replacePairs(_ b: [UInt8], _ p0: UInt8, _ p1: UInt8, _ replacement: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if i + 1 < b.count, b[i] == p0, b[i + 1] == p1 {
                out.append(replacement)
                i += 2
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    static func normalise(_ word: String) -> String {
        var w = word
        for suffix in ["ullah", "ulla", "ollah", "allah"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            w.removeLast(suffix.count)
        }
        if isLowercaseASCII(w) {
            // The same replacements on bytes: a-z only, so bytes are characters.
            let e: UInt8 = 0x65, i: UInt8 = 0x69, o: UInt8 = 0x6F, u: UInt8 = 0x75, vw: UInt8 = 0x77, v: UInt8 = 0x76
            var b = replacePairs(Array(w.utf8), e, e, i)
            b = replacePairs(b, o, o, u)
            b = replacePairs(b, o, u, u)
            var squeezed: [UInt8] = []
            squeezed.reserveCapacity(b.count)
            for var c in b {
                if c == vw { c = v }
                if c == e { c = i }
                if squeezed.last != c { squeezed.append(c) }
            }
            return String(decoding: squeezed, as: UTF8.self)
        }
        w = w.replacingOccurrences(of: "ee", with: "i").replacingOccurrences(of: "oo", with: "u")
            .replacingOccurrences(of: "ou", with: "u").replacingOccurrences(of: "w", with: "v")
            .replacingOccurrences(of: "e", with: "i")
        var squeezed = ""
        for c in w where squeezed.last != c { squeezed.append(c) }
        return squeezed
    }


    /// Two names may be one person when the distinctive words of one are all among the
    /// other's ("Qari Zarmak" ~ "Zarmakullah"; not "Abdul Rahim Kakar" ~ "Zabih Rahim
    /// Zaki"), or when both spell the same consonants run together ("Zabihul Rahim" ~
    /// "Zabihurahim").
    public func matches(_ other: NameKey) -> Bool {
        // Arrays of two or three words: a linear subset test beats building sets.
        if !distinctive.isEmpty, !other.distinctive.isEmpty {
            let (small, large) = distinctive.count <= other.distinctive.count ? (distinctive, other.distinctive) : (other.distinctive, distinctive)
            if small.allSatisfy({ large.contains($0) }) { return true }
        }
        return consonants.count >= 5 && consonants == other.consonants
    }

    /// Consonants only, doubles collapsed, "lr" as "r": what survives the linking particle's
    /// spellings (-ul-, -ur-, -u-) and vowel changes.
    static func skeleton(_ s: String) -> String {
        if isLowercaseASCII(s) {
            var out: [UInt8] = []
            for c in s.utf8 where !(c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79) && out.last != c {
                out.append(c)
            }
            return String(decoding: replacePairs(out, 0x6C, 0x72, 0x72), as: UTF8.self)
        }
        var out = ""
        for c in s where !"aeiouy".contains(c) && out.last != c { out.append(c) }
        return out.replacingOccurrences(of: "lr", with: "r")
    }
}
