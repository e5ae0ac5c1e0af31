/// "The commander, identified as X, …", "The slain leader was identified as X": a sentence
/// that names the victim an earlier clause only described ("killed a senior commander").
/// The subject must be a definite word for one person, so "The bomber was identified as X"
/// or "police identified the group as …" name nobody's fate.
struct IdentifiedVictim {
    /// The named people ("identified as X and Y"), and the token of "identified" / "named"
    /// (the evidence's trigger).
    var people: [PersonMention]
    var verb: Int
    /// The fate the subject's own words give: "the slain commander", "the detained leader".
    var described: Fate?

    static let verbs: WordSet = ["identified", "named"]
    /// Words allowed between "the" and the noun: "the slain commander", "the dead local leader".
    static let modifiers: WordSet = ["slain", "dead", "killed", "detained", "arrested", "captured", "senior", "local",
                                     "top", "former", "key", "militant", "group's", "group’s", "deputy", "two", "three", "four"]
    /// Between the noun and the verb: "were", "have been", a comma.
    static let auxiliaries: WordSet = ["was", "were", "have", "has", "had", "been", ","]
    /// Who did it, not to whom it was done: "the bomber, identified as X".
    static let perpetrators: WordSet = ["bomber", "bombers", "attacker", "attackers", "gunman", "gunmen", "assailant", "assailants"]

    static func find(in a: SentenceAnalysis) -> IdentifiedVictim? {
        let t = a.tokens
        for v in t.indices where verbs.contains(t[v]) {
            guard v + 1 < t.count, t[v + 1].folded == "as",
                  let first = a.people.first(where: { $0.tokens.lowerBound == v + 2 && !$0.possessive }) else { continue }
            var people = [first]
            // "identified as X and Y", "as X, Y and Z"
            var end = first.tokens.upperBound
            while end + 1 < t.count, t[end].folded == "and" || t[end].folded == ",",
                  let next = a.people.first(where: { $0.tokens.lowerBound == end + 1 && !$0.possessive }) {
                people.append(next)
                end = next.tokens.upperBound
            }
            // Back over "were", "have been" and a comma to the noun, then modifiers to "the".
            var k = v - 1
            while k >= 0, auxiliaries.contains(t[k]) { k -= 1 }
            let apposition = v >= 1 && t[v - 1].folded == ","
            guard k >= 1, !perpetrators.contains(t[k]),
                  ArgumentReader.singularVictims.contains(t[k]) || ArgumentReader.victimNouns.contains(t[k]) || t[k].folded == "dead"
                    || apposition && k == v - 2 && t[k].kind == .word && !t[k].isCapitalized else { continue }
            k -= 1
            var described: Fate?
            while k >= 0, modifiers.contains(t[k]) || t[k].isCapitalized && k > 0 {
                switch t[k].folded {
                case "slain", "dead", "killed": described = .killed
                case "detained", "arrested", "captured": described = .captured
                default: break
                }
                k -= 1
            }
            // "The commander, identified as X", "a Daesh recruiter, identified as X," (beside
            // the event that took him).
            let determiner = t[k].folded == "the" && (k == 0 || t[k - 1].folded == "," || t[k - 1].folded == "and")
                || apposition && ["a", "an", "the"].contains(t[k].folded)
            guard k >= 0, determiner else { continue }
            return IdentifiedVictim(people: people, verb: v, described: described)
        }
        return nil
    }

    /// The fate an event gave the victims it counted but did not name, most final first.
    static func fate(countedIn m: EventMention) -> Fate? {
        if m.counts.killed != nil { return .killed }
        if m.counts.captured != nil { return .captured }
        if m.counts.surrendered != nil { return .surrendered }
        if m.counts.wounded != nil { return .wounded }
        // "arrested a recruiter, identified as X": what a capture or surrender does to whom it names.
        if m.kind == .capture { return .captured }
        if m.kind == .surrender { return .surrendered }
        return nil
    }
}
