/// "X, also known as Y", "X alias Y", "X (aka Y)": a report saying that two names are one
/// person's. Joins what spelling rules never would ("Abdullah Orakzai" and "Aslam Farooqi").
public struct AliasPair: Hashable, Sendable {
    public var name: String
    public var alias: String

    public init(name: String, alias: String) {
        self.name = name
        self.alias = alias
    }

    /// The pairs a sentence states.
    static func find(in a: SentenceAnalysis) -> [AliasPair] {
        a.people.compactMap { p in named(before: p, in: a).map { AliasPair(name: $0.name, alias: p.name) } }
    }

    /// The name that `p` is another name of: a name just before "known as", "alias" or
    /// "aka" that stands right before `p`, with only "also", a comma or a bracket between.
    /// Only a name can have another name: "the commander, known as Y," is Y.
    static func named(before p: PersonMention, in a: SentenceAnalysis) -> PersonMention? {
        guard !p.possessive else { return nil }
        let t = a.tokens
        let i = p.tokens.lowerBound
        let cue: Int
        if i >= 2, t[i - 1].folded == "as", t[i - 2].folded == "known" {
            cue = i - 2
        } else if i >= 1, t[i - 1].folded == "alias" || t[i - 1].folded == "aka" {
            cue = i - 1
        } else {
            return nil
        }
        guard let named = a.people.last(where: { $0.tokens.upperBound <= cue && cue - $0.tokens.upperBound <= 3 && !$0.possessive }),
              (named.tokens.upperBound..<cue).allSatisfy({ Self.between.contains(t[$0].folded) }),
              named.name != p.name else { return nil }
        return named
    }

    static let between: Set<String> = ["also", ",", "(", "commonly", "better", "widely"]
}
