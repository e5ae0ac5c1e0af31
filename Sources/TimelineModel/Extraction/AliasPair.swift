/// "X, also known as Y", "X alias Y", "X (aka Y)": a report saying that two names are one
/// person's. Joins what spelling rules never would ("Abdullah Orakzai" and "Aslam Farooqi").
public struct AliasPair: Hashable, Sendable {
    public var name: String
    public var alias: String

    public init(name: String, alias: String) {
        self.name = name
        self.alias = alias
    }

    /// The pairs a sentence states: a name right after the cue, and a name just before it.
    static func find(in a: SentenceAnalysis) -> [AliasPair] {
        let t = a.tokens
        var out: [AliasPair] = []
        for p in a.people where !p.possessive {
            let i = p.tokens.lowerBound
            let cue: Int
            if i >= 2, t[i - 1].folded == "as", t[i - 2].folded == "known" {
                cue = i - 2
            } else if i >= 1, t[i - 1].folded == "alias" || t[i - 1].folded == "aka" {
                cue = i - 1
            } else {
                continue
            }
            // Back over "also", a comma or a bracket to the first name.
            guard let named = a.people.last(where: { $0.tokens.upperBound <= cue && cue - $0.tokens.upperBound <= 3 && !$0.possessive }),
                  (named.tokens.upperBound..<cue).allSatisfy({ ["also", ",", "(", "commonly", "better", "widely"].contains(t[$0].folded) }),
                  named.name != p.name else { continue }
            out.append(AliasPair(name: named.name, alias: p.name))
        }
        return out
    }
}
