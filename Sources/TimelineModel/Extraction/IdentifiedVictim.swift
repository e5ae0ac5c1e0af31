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
    /// For a bare apposition ("the commander, X, had planned …"), the noun that must have
    /// described a victim of the event told just before; nil when a verb names the victim.
    var noun: String?
    /// The words of the subject ("The slain terrorist"): a fate word there describes the
    /// victim, it tells of no event of its own.
    var subject: Range<Int> = 0..<0

    static let verbs: WordSet = ["identified", "named"]
    /// Words allowed between "the" and the noun: "the slain commander", "the dead local leader".
    static let modifiers: WordSet = ["slain", "dead", "killed", "detained", "arrested", "captured", "senior", "local",
                                     "top", "former", "key", "militant", "group's", "group’s", "deputy", "two", "three", "four"]
    /// Between the noun and the verb: "were", "have been", a comma.
    static let auxiliaries: WordSet = ["was", "were", "have", "has", "had", "been", ","]
    /// Who did it, not to whom it was done: "the bomber, identified as X".
    static let perpetrators: WordSet = ["bomber", "bombers", "attacker", "attackers", "gunman", "gunmen", "assailant", "assailants"]

    /// "the dead included X", "the detainees included X and Y": the noun says the fate.
    static let fateNouns: WordTable<Fate> = WordTable([("dead", .killed), ("killed", .killed), ("slain", .killed), ("fatalities", .killed),
                                                         ("victims", .killed), ("detainees", .captured), ("detained", .captured),
                                                         ("arrested", .captured), ("captured", .captured), ("wounded", .wounded),
                                                         ("injured", .wounded)])
    static let includeVerbs: WordSet = ["included", "include", "includes"]

    static func find(in a: SentenceAnalysis) -> IdentifiedVictim? {
        included(in: a) ?? identified(in: a) ?? apposed(in: a)
    }

    /// The people named from `start` on, with those joined by "and" or commas.
    static func named(from start: Int, in a: SentenceAnalysis) -> [PersonMention]? {
        let t = a.tokens
        guard let first = a.people.first(where: { $0.tokens.lowerBound == start && !$0.possessive }) else { return nil }
        var people = [first]
        var end = first.tokens.upperBound
        while end + 1 < t.count, t[end].folded == "and" || t[end].folded == ",",
              let next = a.people.first(where: { $0.tokens.lowerBound == end + 1 && !$0.possessive }) {
            people.append(next)
            end = next.tokens.upperBound
        }
        return people
    }

    /// "the dead included X", "those killed included X": a fate noun before "included".
    static func included(in a: SentenceAnalysis) -> IdentifiedVictim? {
        let t = a.tokens
        for v in t.indices.dropFirst() where includeVerbs.contains(t[v]) {
            guard let fate = fateNouns[t[v - 1]], v >= 2, ["the", "those", "all"].contains(t[v - 2].folded),
                  let people = named(from: v + 1, in: a) else { continue }
            return IdentifiedVictim(people: people, verb: v, described: fate, subject: (v - 2)..<v)
        }
        return nil
    }

    /// "The spokesman said the commander, X, had planned attacks": a definite victim noun set
    /// off before a name that no speech verb follows; the event before must have used the noun.
    static func apposed(in a: SentenceAnalysis) -> IdentifiedVictim? {
        let t = a.tokens
        for c in t.indices.dropFirst(2) where t[c].text == "," && ArgumentReader.singularVictims.contains(t[c - 1]) {
            guard t[c - 2].folded == "the", c < 3 || ["said", "says", "that", ","].contains(t[c - 3].folded) || c == 2,
                  let person = a.people.first(where: { $0.tokens.lowerBound == c + 1 && !$0.possessive }),
                  person.tokens.upperBound < t.count, t[person.tokens.upperBound].text == ",",
                  person.tokens.upperBound + 1 < t.count, !Attribution.speechVerbs.contains(t[person.tokens.upperBound + 1]) else { continue }
            return IdentifiedVictim(people: [person], verb: c + 1, described: nil, noun: t[c - 1].folded, subject: (c - 2)..<c)
        }
        return nil
    }

    static func identified(in a: SentenceAnalysis) -> IdentifiedVictim? {
        let t = a.tokens
        for v in t.indices where verbs.contains(t[v]) {
            // "identified as X and Y", "as X, Y and Z"
            guard v + 1 < t.count, t[v + 1].folded == "as", let people = named(from: v + 2, in: a) else { continue }
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
            return IdentifiedVictim(people: people, verb: v, described: described, subject: k..<v)
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
