/// "The commander, identified as X, …", "The slain leader was identified as X": a sentence
/// that names the victim an earlier clause only described ("killed a senior commander").
/// The subject must be a definite word for one person, so "The bomber was identified as X"
/// or "police identified the group as …" name nobody's fate.
struct IdentifiedVictim {
    /// The named person, and the token of "identified" / "named" (the evidence's trigger).
    var person: PersonMention
    var verb: Int
    /// The fate the subject's own words give: "the slain commander", "the detained leader".
    var described: Fate?

    static let verbs: WordSet = ["identified", "named"]
    /// Words allowed between "the" and the noun: "the slain commander", "the dead local leader".
    static let modifiers: WordSet = ["slain", "dead", "killed", "detained", "arrested", "captured", "senior", "local",
                                     "top", "former", "key", "militant", "group's", "group’s", "deputy"]

    static func find(in a: SentenceAnalysis) -> IdentifiedVictim? {
        let t = a.tokens
        for v in t.indices where verbs.contains(t[v]) {
            guard v + 1 < t.count, t[v + 1].folded == "as",
                  let person = a.people.first(where: { $0.tokens.lowerBound == v + 2 && !$0.possessive }) else { continue }
            // Back over "was" and a comma to the noun, then modifiers to "the".
            var k = v - 1
            while k >= 0, t[k].folded == "was" || t[k].folded == "," { k -= 1 }
            guard k >= 1, ArgumentReader.singularVictims.contains(t[k]) else { continue }
            k -= 1
            var described: Fate?
            while k >= 0, modifiers.contains(t[k]) {
                switch t[k].folded {
                case "slain", "dead", "killed": described = .killed
                case "detained", "arrested", "captured": described = .captured
                default: break
                }
                k -= 1
            }
            guard k >= 0, t[k].folded == "the", k == 0 || t[k - 1].folded == "," || t[k - 1].folded == "and" else { continue }
            return IdentifiedVictim(person: person, verb: v, described: described)
        }
        return nil
    }

    /// The fate an event gave the victims it counted but did not name, most final first.
    static func fate(countedIn m: EventMention) -> Fate? {
        if m.counts.killed != nil { return .killed }
        if m.counts.captured != nil { return .captured }
        if m.counts.surrendered != nil { return .surrendered }
        if m.counts.wounded != nil { return .wounded }
        return nil
    }
}
