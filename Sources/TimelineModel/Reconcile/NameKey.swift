/// A conservative key for matching spellings of one person's name across reports:
/// honorifics and titles dropped, case, hyphens and apostrophes folded, common
/// transliteration alternations evened out ("Hekmatullah" ~ "Hekmat", "Mawlavi" ~ "Mawlawi").
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
            var w = Tokenizer.fold(String(raw)).filter { $0.isLetter }
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

    static func normalise(_ word: String) -> String {
        var w = word
        for suffix in ["ullah", "ulla", "ollah", "allah"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            w.removeLast(suffix.count)
        }
        w = w.replacingOccurrences(of: "ee", with: "i").replacingOccurrences(of: "oo", with: "u")
            .replacingOccurrences(of: "ou", with: "u").replacingOccurrences(of: "w", with: "v")
            .replacingOccurrences(of: "e", with: "i")
        var squeezed = ""
        for c in w where squeezed.last != c { squeezed.append(c) }
        return squeezed
    }


    /// Two names may be one person when the distinctive words of one are all among the
    /// other's ("Qari Hekmat" ~ "Hekmatullah"; not "Abdul Rahman Kakar" ~ "Habib Rahman
    /// Zaki"), or when both spell the same consonants run together ("Habibul Rahman" ~
    /// "Habiburahman").
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
        var out = ""
        for c in s where !"aeiouy".contains(c) && out.last != c { out.append(c) }
        return out.replacingOccurrences(of: "lr", with: "r")
    }
}
