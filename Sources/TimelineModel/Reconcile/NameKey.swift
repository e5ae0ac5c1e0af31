/// A conservative key for matching spellings of one person's name across reports:
/// honorifics and titles dropped, case, hyphens and apostrophes folded, common
/// transliteration alternations evened out ("Hekmatullah" ~ "Hekmat", "Mawlavi" ~ "Mawlawi").
public struct NameKey: Hashable, Sendable {
    /// The distinctive words of the name, normalised.
    public var words: [String]

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

    /// Words that identify a person (not a common given name, not too short).
    public var distinctive: [String] { words.filter { $0.count >= 4 && !Self.generic.contains($0) } }

    /// Two names may be one person when a distinctive word is shared and neither has a
    /// distinctive word the other contradicts in the same position.
    public func matches(_ other: NameKey) -> Bool {
        let a = Set(distinctive), b = Set(other.distinctive)
        guard !a.isDisjoint(with: b) else {
            // "Habibul Rahman" vs "Habiburahman": the same letters run together.
            let x = words.joined(), y = other.words.joined()
            return x.count >= 8 && (x == y || x.replacingOccurrences(of: "ul", with: "u") == y.replacingOccurrences(of: "ul", with: "u")
                                    || x.replacingOccurrences(of: "ulr", with: "ur") == y || y.replacingOccurrences(of: "ulr", with: "ur") == x)
        }
        return true
    }
}
