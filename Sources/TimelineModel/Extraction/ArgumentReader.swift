/// Reads an event's arguments (counts, people and their fates, actors, targets, place)
/// from the tokens of one segment of a sentence, by proximity and light syntax.
struct ArgumentReader {
    let analysis: SentenceAnalysis
    let segment: Range<Int>
    let demonyms: [String: String]

    var tokens: [Token] { analysis.tokens }

    static let killVerbs: Set<String> = ["killed", "kills", "kill", "killing", "dead", "eliminated", "death", "slain",
                                         "assassinated", "executed", "beheaded", "shot", "left"]
    static let woundVerbs: Set<String> = ["wounded", "injured", "wounding", "injuring", "hurt"]
    static let captureVerbs: Set<String> = ["captured", "arrested", "detained", "caught", "apprehended", "abducted", "kidnapped", "capture", "arrest"]
    static let surrenderVerbs: Set<String> = ["surrendered", "surrender", "surrendering", "turned", "handed", "gave", "laid"]
    static let appointVerbs: Set<String> = ["appointed", "named", "replaced", "succeeded", "promoted", "sworn"]
    static let passiveMarks: Set<String> = ["was", "were", "been", "be", "being", "is", "are", "got"]
    static let objectStops: Set<String> = [".", ";", ",", "in", "on", "at", "during", "by", "from", "after", "before", "near",
                                           "when", "while", "as", "since", "and", "but", "who", "which", "that", "across",
                                           "including", "with", "for", "into", "to", "the", "overnight"]
    static let victimNouns: Set<String> = ["fighter", "fighters", "militant", "militants", "member", "members", "people",
                                           "person", "civilians", "civilian", "soldier", "soldiers", "commander", "commanders",
                                           "leader", "leaders", "insurgents", "insurgent", "bodyguard", "bodyguards", "guard",
                                           "guards", "policemen", "police", "officers", "officer", "troops", "children",
                                           "women", "men", "deputy", "successors", "others", "other", "terrorists", "jihadists",
                                           "recruits", "fighter.", "followers", "loyalists", "gunmen", "attackers", "villagers",
                                           "students", "worshippers", "workers", "passengers", "family", "families"]
    static let singular: Set<String> = ["a", "an", "another", "one", "his", "her"]

    /// The verbs in the segment that report what happened to people, with the fate they give.
    func fateVerbs() -> [(index: Int, fate: Fate, passive: Bool)] {
        var out: [(Int, Fate, Bool)] = []
        for i in segment {
            let w = tokens[i].folded
            var fate: Fate?
            if Self.killVerbs.contains(w) {
                if w == "shot", !(i + 1 < tokens.count && tokens[i + 1].folded == "dead") { continue }
                if w == "left", !(segment.contains(i + 2) && ["dead", "killed"].contains(tokens[min(i + 3, tokens.count - 1)].folded) || tokens[min(i + 2, tokens.count - 1)].folded == "dead") { continue }
                if w == "death", !(i + 1 < tokens.count && tokens[i + 1].folded == "of") { continue }
                fate = .killed
            } else if Self.woundVerbs.contains(w) {
                fate = .wounded
            } else if Self.captureVerbs.contains(w) {
                fate = .captured
            } else if Self.surrenderVerbs.contains(w) {
                if ["turned", "handed", "gave", "laid"].contains(w) {
                    guard i + 1 < tokens.count, ["themselves", "himself", "down"].contains(tokens[i + 1].folded) else { continue }
                }
                fate = .surrendered
            } else if Self.appointVerbs.contains(w) {
                fate = .appointed
            }
            guard let fate else { continue }
            let before = tokens[max(segment.lowerBound, i - 3)..<i].map(\.folded)
            let passive = before.contains { Self.passiveMarks.contains($0) } || w == "dead" || w == "death"
            out.append((i, fate, passive))
        }
        return out
    }

    /// Counts: numbers next to fate verbs ("killed 22 fighters", "six members … were killed",
    /// "more than 150 fighters surrendered"), or victims counted from noun phrases
    /// ("a platoon commander and another fighter" → 2, hedged as a lower bound).
    func counts() -> Counts {
        var counts = Counts()
        for (v, fate, passive) in fateVerbs() {
            guard let field = Self.countField(fate) else { continue }
            if counts[field] != nil { continue }
            let forward = !passive && fate != .surrendered && tokens[v].folded != "dead"
            let span = forward ? objectSpan(after: v) : subjectSpan(before: v)
            if let c = count(in: span) { counts[field] = c }
        }
        return counts
    }

    static func countField(_ fate: Fate) -> Counts.Field? {
        switch fate {
        case .killed: .killed
        case .wounded: .wounded
        case .captured: .captured
        case .surrendered: .surrendered
        default: nil
        }
    }

    /// Tokens after a verb up to the end of its object.
    func objectSpan(after v: Int) -> Range<Int> {
        var end = v + 1
        if end < tokens.count, tokens[end].folded == "of" || tokens[end].folded == "dead" { end += 1 }
        let start = end
        var sawNoun = false
        while end < segment.upperBound {
            let w = tokens[end].folded
            if sawNoun, Self.objectStops.contains(w), !(w == "and" && end + 1 < tokens.count && (Self.singular.contains(tokens[end + 1].folded) || tokens[end + 1].kind == .number || analysis.people.contains { $0.tokens.lowerBound == end + 1 })) { break }
            if [".", ";", "including", "during", "in", "on", "by", "after", "when", "while"].contains(w) { break }
            if Self.victimNouns.contains(w) || tokens[end].isCapitalized { sawNoun = true }
            end += 1
        }
        return start..<end
    }

    /// Tokens before a (passive or intransitive) verb back to the start of its subject.
    func subjectSpan(before v: Int) -> Range<Int> {
        var start = v
        // Skip the auxiliaries: "were killed", "had been killed", "have indeed surrendered".
        while start > segment.lowerBound, Self.passiveMarks.contains(tokens[start - 1].folded) || ["had", "has", "have", "also", "indeed", "reportedly"].contains(tokens[start - 1].folded) { start -= 1 }
        let end = start
        while start > segment.lowerBound {
            let w = tokens[start - 1].folded
            if [".", ";", ":", "that", "said", "when", "after", "while", "but", "where", "reported", "—"].contains(w) { break }
            if w == ",", !(start - 2 >= 0 && (analysis.people.contains { $0.tokens.upperBound == start - 1 } || tokens[start - 2].isCapitalized)) { break }
            start -= 1
            if end - start > 14 { break }
        }
        return start..<end
    }

    /// A count in a span: a number with its hedge, else victims counted from noun phrases.
    func count(in span: Range<Int>) -> Count? {
        var total = 0
        var upper: Int?
        var hedge: Hedge?
        var covered = Set<Int>()
        for q in analysis.quantities where span.contains(q.tokens.lowerBound) || span.contains(q.tokens.upperBound - 1) {
            if q.mayBeYear { continue }
            // A number that counts something other than people ("1,400 operations") is not a casualty count.
            if q.tokens.upperBound < tokens.count, !Self.isPeopleNoun(at: q.tokens.upperBound, tokens) { continue }
            total += q.value
            upper = q.upper.map { $0 + (total - q.value) }
            hedge = hedge == nil || hedge == .exact ? q.hedge : hedge
            covered.formUnion(q.tokens)
        }
        var derived = 0
        for i in span where !covered.contains(i) {
            let w = tokens[i].folded
            if Self.singular.contains(w), i + 1 < span.upperBound, !covered.contains(i + 1),
               (i + 1..<min(i + 4, span.upperBound)).contains(where: { Self.victimNouns.contains(tokens[$0].folded) }) {
                derived += 1
            }
        }
        for p in analysis.people where span.contains(p.tokens.lowerBound) && !p.possessive {
            // A named victim not already counted by a noun phrase just before it ("the leader, X").
            let before = tokens[max(span.lowerBound, p.tokens.lowerBound - 3)..<p.tokens.lowerBound].map(\.folded)
            if !before.contains(",") { derived += 1 }
        }
        if total > 0 {
            return Count(total + (derived > 0 && hedge == .exact ? derived : 0), upper: upper, hedge: hedge ?? .exact)
        }
        // Victims counted from words: only two or more say something a single name does not.
        if derived >= 2 { return Count(derived, hedge: .atLeast) }
        return nil
    }

    static func isPeopleNoun(at i: Int, _ tokens: [Token]) -> Bool {
        // Up to three words may stand between: "22 IS-K fighters", "150 ISKP fighters".
        for k in i..<min(i + 4, tokens.count) {
            let w = tokens[k].folded
            if victimNouns.contains(w) { return true }
            if ["operations", "strikes", "airstrikes", "raids", "attacks", "km", "miles", "years", "days", "months", "percent", "%", "dollars", "bombs"].contains(w) { return false }
        }
        return true
    }

    /// People in the segment with what happened to them.
    func people(resolvePronoun: (String) -> String?) -> [PersonInEvent] {
        let verbs = fateVerbs()
        var out: [PersonInEvent] = []
        func add(_ name: String, _ fate: Fate) {
            if let k = out.firstIndex(where: { $0.name == name }) {
                if out[k].fate == .involved || out[k].fate == .targeted { out[k].fate = fate }
            } else {
                out.append(PersonInEvent(name: name, fate: fate))
            }
        }
        for p in analysis.people where segment.contains(p.tokens.lowerBound) && !p.possessive {
            if let fate = fate(ofTokensAt: p.tokens.lowerBound, verbs: verbs) { add(p.name, fate) }
        }
        // Pronoun victims: "a drone hit him", "He … has been replaced by".
        for i in segment where ["him", "he", "her", "she"].contains(tokens[i].folded) && !analysis.quoted[i] {
            guard let fate = fate(ofTokensAt: i, verbs: verbs) ?? (tokens[i].folded == "him" ? .targeted : nil) else { continue }
            let earlier = analysis.people.last { $0.tokens.upperBound <= i && !$0.possessive }
            if let name = earlier?.name ?? resolvePronoun(tokens[i].folded) { add(name, fate) }
        }
        return out
    }

    /// The fate of whoever stands at token `i`, from the nearest fate verb that governs it.
    func fate(ofTokensAt i: Int, verbs: [(index: Int, fate: Fate, passive: Bool)]) -> Fate? {
        for (v, fate, passive) in verbs {
            if v < i {
                // Object of an active verb, or "replaced by X" / "appointed …, X".
                if objectSpan(after: v).contains(i) || (i - v <= 12 && (fate == .appointed || fate == .surrendered) && !passive) {
                    if fate == .appointed || !passive { return fate == .appointed ? .appointed : fate }
                }
                if fate == .appointed, passive, i - v <= 3, tokens[v + 1].folded == "by" { return .appointed }
                // "surrendered, including X and his deputy, Y"
                if (v + 1..<i).contains(where: { tokens[$0].folded == "including" }), i - v <= 16 { return fate }
            } else if passive || fate == .surrendered || tokens[v].folded == "dead" {
                if subjectSpan(before: v).contains(i) {
                    if fate == .appointed, v + 1 < tokens.count, tokens[v + 1].folded == "by" { return .replaced }
                    return fate
                }
            }
        }
        return nil
    }

    /// Who acted: organisations in subject position or after "by", and a demonym or
    /// organisation written just before the event word ("an Afghan airstrike").
    func actors(trigger: Range<Int>, kind: EventKind) -> (actors: [String], targets: [String]) {
        var actors: [String] = []
        var targets: [String] = []
        func add(_ list: inout [String], _ name: String) { if !list.contains(name) { list.append(name) } }
        // Demonym or organisation right before the trigger.
        var k = trigger.lowerBound - 1
        while k >= segment.lowerBound, ["a", "an", "the", "joint", "partnered", "nighttime", "night", "overnight", "recent"].contains(tokens[k].folded) == false {
            if let name = demonyms[tokens[k].text] { add(&actors, name) }
            if let org = analysis.organisations.first(where: { $0.tokens.upperBound == k + 1 }) { add(&actors, org.value.name) }
            if trigger.lowerBound - k >= 3 { break }
            k -= 1
        }
        for org in analysis.organisations where segment.contains(org.tokens.lowerBound) {
            let name = org.value.name
            let before = org.tokens.lowerBound > 0 ? tokens[org.tokens.lowerBound - 1].folded : ""
            let after = org.tokens.upperBound < tokens.count ? tokens[org.tokens.upperBound].folded : ""
            let victimAfter = Self.victimNouns.contains(after) || after == "headquarters" || after == "hideout"
            if ["against", "on", "targeting", "targeted", "of", "for", "from"].contains(before) || (victimAfter && org.tokens.lowerBound > trigger.lowerBound) {
                add(&targets, name)
            } else if before == "by" || before == "between" || (before == "and" && actors.contains(where: { _ in true })) {
                add(&actors, name)
            } else if before == "to", kind == .surrender {
                add(&actors, name)
            } else if org.tokens.upperBound <= trigger.lowerBound {
                // Subject position: "ASSF and U.S. Special Forces killed", "Afghan forces captured".
                if kind == .surrender { add(&targets, name) } else if victimAfter { add(&targets, name) } else { add(&actors, name) }
            } else if after == "carried" || after == "conducted" || after == "launched" {
                add(&actors, name)
            } else if victimAfter {
                add(&targets, name)
            }
        }
        // "carried out the airstrike" with the subject far before it.
        for i in segment where tokens[i].folded == "carried" || tokens[i].folded == "conducted" {
            if let org = analysis.organisations.last(where: { $0.tokens.upperBound <= i && segment.contains($0.tokens.lowerBound) }) {
                add(&actors, org.value.name)
            }
        }
        targets.removeAll { actors.contains($0) }
        return (actors, targets)
    }
}
