/// Reads an event's arguments (counts, people and their fates, actors, targets, place)
/// from the tokens of one segment of a sentence, by proximity and light syntax.
struct ArgumentReader {
    let analysis: SentenceAnalysis
    let segment: Range<Int>
    let demonyms: [String: String]

    /// `analysis.tokens`, held once: a computed property would retain and release the array
    /// at every token read.
    let tokens: [Token]
    /// `fateVerbs()`, read once: counts and people both ask for them.
    private(set) var verbs: [(index: Int, fate: Fate, passive: Bool)] = []

    init(analysis: SentenceAnalysis, segment: Range<Int>, demonyms: [String: String]) {
        self.analysis = analysis
        tokens = analysis.tokens
        self.segment = segment
        self.demonyms = demonyms
        verbs = fateVerbs()
    }

    static let killVerbs: Set<String> = ["killed", "kills", "kill", "killing", "dead", "eliminated", "death", "slain",
                                         "assassinated", "executed", "beheaded", "shot", "left", "died", "die", "dies", "martyred",
                                         "gunned", "embraced"]
    static let woundVerbs: Set<String> = ["wounded", "injured", "wounding", "injuring", "hurt"]
    static let captureVerbs: Set<String> = ["captured", "arrested", "detained", "caught", "apprehended", "abducted", "kidnapped", "capture", "arrest"]
    static let surrenderVerbs: Set<String> = ["surrendered", "surrender", "surrendering", "turned", "handed", "gave", "laid"]
    static let appointVerbs: Set<String> = Set(["appointed", "named", "promoted", "sworn"]).union(replacingVerbs)
    /// Verbs whose active subject takes the office and whose object leaves it ("Y replaced X").
    static let replacingVerbs: Set<String> = ["replaced", "replace", "replaces", "replacing", "succeeded", "succeed", "succeeds", "succeeding"]
    static let passiveMarks: WordSet = ["was", "were", "been", "be", "being", "is", "are", "got"]
    static let objectStops: WordSet = [".", ";", ",", "in", "on", "at", "during", "by", "from", "after", "before", "near",
                                           "when", "while", "as", "since", "and", "but", "who", "which", "that", "across",
                                           "including", "with", "for", "into", "to", "the", "overnight"]
    static let victimNouns: WordSet = ["fighter", "fighters", "militant", "militants", "member", "members", "people",
                                           "person", "civilians", "civilian", "soldier", "soldiers", "commander", "commanders",
                                           "leader", "leaders", "insurgents", "insurgent", "bodyguard", "bodyguards", "guard",
                                           "guards", "policemen", "police", "officers", "officer", "troops", "children",
                                           "women", "men", "deputy", "successors", "others", "other", "terrorists", "jihadists",
                                           "recruits", "fighter.", "followers", "loyalists", "gunmen", "attackers", "villagers",
                                           "students", "worshippers", "workers", "passengers", "family", "families",
                                           "officials", "official", "governor", "chief", "elder", "elders", "journalist", "journalists",
                                           "cleric", "clerics", "judge", "judges", "teacher", "teachers", "employee", "employees",
                                           "pilgrims", "personnel", "cadets", "recruits"]
    static let singular: WordSet = ["a", "an", "another", "one", "his", "her"]
    /// Words that open a hedged number: "at least 170", "more than 20", "some 40".
    static let hedgeWords: Set<String> = ["at", "more", "over", "nearly", "about", "around", "some", "up", "as", "almost", "roughly"]

    /// People of a group who can act for it: "the Taliban's fighters", "IS-K's gunmen".
    static let forceNouns: WordSet = ["forces", "force", "troops", "commandos", "police", "units", "unit"]

    /// Who denies or condemns an attack is not who carried it out.
    /// "did not comment on the raid", "declined to comment": whoever comments did not act either.
    static let denials: WordSet = ["denied", "denies", "deny", "rejected", "rejects", "dismissed", "condemned", "condemns",
                                   "comment", "commented", "declined",
                                   "condemn", "denounced", "deplored", "criticised", "criticized"]

    /// Words that open an aside between commas inside a subject.
    static let asideOpeners: Set<String> = ["who", "which", "whose", "including", "among"]
    static let appositionOpeners: Set<String> = ["the", "a", "an", "its", "his", "her", "their"]

    /// Nouns for one person: with "the" they count one victim ("the leader … and his bodyguard").
    static let singularVictims: WordSet = ["fighter", "person", "civilian", "soldier", "commander",
                                               "leader", "insurgent", "bodyguard", "guard", "officer", "deputy", "governor",
                                               "chief", "spokesman", "emir", "driver", "son", "brother", "wife", "aide", "terrorist", "elder", "journalist", "cleric", "judge", "teacher"]

    /// Which of the verb lists holds a word: 0 kill, 1 wound, 2 capture, 3 surrender, 4 appoint
    /// (a word in several lists belongs to the first).
    static let fateList: WordTable<Int> = {
        var out: [String: Int] = [:]
        for (k, list) in [killVerbs, woundVerbs, captureVerbs, surrenderVerbs, appointVerbs].enumerated().reversed() {
            for w in list { out[w] = k }
        }
        return WordTable(out.lazy.map { ($0.key, $0.value) })
    }()
    static let objectEnds: WordSet = [".", ";", "including", "during", "in", "on", "by", "after", "when", "while"]
    static let auxiliaries: WordSet = ["had", "has", "have", "also", "indeed", "reportedly"]
    static let subjectStops: WordSet = [".", ";", ":", "that", "when", "after", "while", "but", "where", "—", "“", "”"]
    static let afterSingularVictim: WordSet = [",", "and", "were", "was", "had", "has", "is", "who", "."]
    static let thingNouns: WordSet = ["operations", "strikes", "airstrikes", "raids", "attacks", "km", "miles", "years", "days",
                                          "months", "percent", "%", "dollars", "bombs"]
    static let pronounsHeShe: WordSet = ["him", "he", "her", "she"]
    /// Words after which a demonym names who acted ("between Afghan and foreign forces", "by U.S. Forces").
    static let actorPrepositions: WordSet = ["between", "by"]
    /// Words that open a noun phrase before an actor's name.
    static let determiners: WordSet = ["a", "an", "the", "another", "its", "their", "his", "her"]

    /// The verbs in the segment that report what happened to people, with the fate they give.
    func fateVerbs() -> [(index: Int, fate: Fate, passive: Bool)] {
        var out: [(Int, Fate, Bool)] = []
        for i in segment {
            let w = tokens[i].folded
            // One lookup says which list (if any) holds the word, the first in the order below.
            guard let list = Self.fateList[tokens[i]] else { continue }
            var fate: Fate?
            if list == 0 {
                if w == "shot", !(i + 1 < tokens.count && tokens[i + 1].folded == "dead") { continue }
                if w == "gunned", !(i + 1 < tokens.count && tokens[i + 1].folded == "down") { continue }
                if w == "embraced", !(i + 1 < tokens.count && tokens[i + 1].folded == "martyrdom") { continue }
                if w == "left", !(segment.contains(i + 2) && ["dead", "killed"].contains(tokens[min(i + 3, tokens.count - 1)].folded) || tokens[min(i + 2, tokens.count - 1)].folded == "dead") { continue }
                if w == "death", !(i + 1 < tokens.count && tokens[i + 1].folded == "of") { continue }
                fate = .killed
            } else if list == 1 {
                fate = .wounded
            } else if list == 2 {
                fate = .captured
            } else if list == 3 {
                if ["turned", "handed", "gave", "laid"].contains(w) {
                    guard i + 1 < tokens.count, ["themselves", "himself", "down"].contains(tokens[i + 1].folded) else { continue }
                }
                fate = .surrendered
            } else if list == 4 {
                // "a commander named Sher Agha, …": called, not appointed (unlike "named X as
                // its emir", "was named governor").
                if w == "named", calledBy(i) { continue }
                fate = .appointed
            }
            guard let fate else { continue }
            let before = tokens[max(segment.lowerBound, i - 3)..<i].map(\.folded)
            // "has been appointed to replace X": an infinitive is active whatever precedes it.
            let infinitive = before.last == "to"
            // "13 troops died": the subject is the victim, as in a passive.
            var passive = !infinitive && before.contains { Self.passiveMarks.contains($0) } || w == "dead" || w == "death"
                || w == "died" || w == "die" || w == "dies" || w == "embraced"
            // "Four soldiers were martyred and three others injured when …": the second
            // participle shares the first's "were" when no object follows it.
            if !passive, let last = out.last, last.2, w.hasSuffix("ed"), (last.0 + 1..<i).contains(where: { tokens[$0].folded == "and" }),
               !(i + 1 < tokens.count && (tokens[i + 1].kind == .number || Self.determiners.contains(tokens[i + 1]) || tokens[i + 1].isCapitalized)) {
                passive = true
            }
            out.append((i, fate, passive))
        }
        return out
    }

    /// Whether "named" at `i` only gives a name: a lowercase noun before it, a person after
    /// it, and no office after the person.
    func calledBy(_ i: Int) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, !Self.passiveMarks.contains(tokens[i - 1]),
              !Self.auxiliaries.contains(tokens[i - 1]), !["and", "who", "which", "that", "group", "movement", "council", "taliban"].contains(tokens[i - 1].folded),
              let person = analysis.people.first(where: { $0.tokens.lowerBound == i + 1 }) else { return false }
        let after = person.tokens.upperBound
        return after >= tokens.count || !Self.officeOpeners.contains(tokens[after])
    }

    static let officeOpeners: WordSet = ["as", "its", "the", "to", "his", "their", "a", "new", "acting", "interim", "deputy", "head", "chief"]

    /// Counts: numbers next to fate verbs ("killed 22 fighters", "six members … were killed",
    /// "more than 150 fighters surrendered"), or victims counted from noun phrases
    /// ("a platoon commander and another fighter" → 2, hedged as a lower bound).
    func counts() -> Counts {
        var counts = Counts()
        for (v, fate, passive) in verbs {
            guard let field = Self.countField(fate) else { continue }
            if counts[field] != nil { continue }
            let forward = tokens[v].folded == "death" || (!passive && fate != .surrendered && tokens[v].folded != "dead")
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
        if end < tokens.count, tokens[end].folded == "of" || tokens[end].folded == "dead" || tokens[v].folded == "gunned" && tokens[end].folded == "down" { end += 1 }
        let start = end
        var sawNoun = false
        while end < segment.upperBound {
            let w = tokens[end].folded
            // "the commander of the group's branch and 11 …": an of-phrase goes on with "the".
            let ofThe = w == "the" && end > start && tokens[end - 1].folded == "of"
            // "and" goes on to another victim: "and his aide", "and 170 Afghans", "and at least 170 …", "and X".
            // "a commander along with three of his fighters": "along with" joins as "and" does.
            let joins = w == "and" || w == "with" && end > start && tokens[end - 1].folded == "along"
            let andMore = joins && end + 1 < tokens.count && (Self.singular.contains(tokens[end + 1]) || tokens[end + 1].kind == .number
                || analysis.people.contains { $0.tokens.lowerBound == end + 1 }
                || analysis.quantities.contains { q in !q.mayBeYear && (q.tokens.lowerBound == end + 1
                    || Self.hedgeWords.contains(tokens[end + 1].folded) && (end + 2...end + 3).contains(q.tokens.lowerBound)) })
            // "killed the group's local chief, Salman X, in a shootout": the name set off after
            // a noun for one person is that person.
            if w == ",", sawNoun, end > start, (start..<end).contains(where: { Self.singularVictims.contains(tokens[$0]) }),
               let named = analysis.people.first(where: { $0.tokens.lowerBound == end + 1 }),
               named.tokens.upperBound >= tokens.count || [",", "."].contains(tokens[named.tokens.upperBound].text) {
                end = named.tokens.upperBound
                continue
            }
            // "killed the group's top leader in Iraq, Abu X, in a raid": past the office's place
            // to the name set off after it.
            if w == "in" || w == "of", sawNoun, (start..<end).contains(where: { Self.singularVictims.contains(tokens[$0]) }),
               let place = analysis.places.first(where: { $0.tokens.lowerBound == end + 1 }), place.tokens.upperBound + 1 < tokens.count,
               tokens[place.tokens.upperBound].text == ",",
               let named = analysis.people.first(where: { $0.tokens.lowerBound == place.tokens.upperBound + 1 }),
               named.tokens.upperBound >= tokens.count || [",", "."].contains(tokens[named.tokens.upperBound].text) {
                end = named.tokens.upperBound
                continue
            }
            if sawNoun, !ofThe, Self.objectStops.contains(tokens[end]), !andMore { break }
            // "and at least 170": over the hedge ("at" would stop the object) to its number.
            if andMore, let q = analysis.quantities.first(where: { $0.tokens.lowerBound > end && $0.tokens.lowerBound <= end + 3 }),
               q.tokens.upperBound > end + 1 {
                end = q.tokens.upperBound
                continue
            }
            // The stops of "U.S." are no end of the object.
            if Self.objectEnds.contains(tokens[end]), !analysis.organisations.contains(where: { $0.tokens.contains(end) }),
               !analysis.places.contains(where: { $0.tokens.contains(end) }) { break }
            // A bare number is a whole object: "wounding four, a provincial official said".
            if Self.victimNouns.contains(tokens[end]) || tokens[end].isCapitalized
                || analysis.quantities.contains(where: { $0.tokens.contains(end) }) { sawNoun = true }
            end += 1
        }
        return start..<end
    }

    /// Tokens before a (passive or intransitive) verb back to the start of its subject.
    func subjectSpan(before v: Int) -> Range<Int> {
        var start = v
        // Skip the auxiliaries: "were killed", "had been killed", "have indeed surrendered".
        while start > segment.lowerBound, Self.passiveMarks.contains(tokens[start - 1]) || Self.auxiliaries.contains(tokens[start - 1]) { start -= 1 }
        var end = start
        while start > segment.lowerBound {
            let w = tokens[start - 1].folded
            if Self.subjectStops.contains(tokens[start - 1]) || Attribution.speechVerbs.contains(tokens[start - 1]) { break }
            // Another fate verb ends the subject: "X had replaced Y, who was captured" is Y's.
            if verbs.contains(where: { $0.index == start - 1 }) { break }
            // "X, who led the group's operations in the mountains, was killed": the subject is
            // before the relative clause.
            if w == ",", let open = relativeClauseStart(endingAt: start - 1), open > segment.lowerBound {
                start = open
                end = open
                continue
            }
            if w == ",", !(start - 2 >= 0 && (analysis.people.contains { $0.tokens.upperBound == start - 1 } || tokens[start - 2].isCapitalized)) { break }
            start -= 1
            if end - start > 14 { break }
        }
        return start..<end
    }

    /// The comma that opens ", who … ," / ", which … ," / ", including … ," when the comma
    /// at `close` ends it: the clause is an aside inside the subject.
    func relativeClauseStart(endingAt close: Int) -> Int? {
        var k = close - 1
        while k > segment.lowerBound, close - k <= 20 {
            let w = tokens[k].folded
            // "X, the group's first emir, was killed": a description between commas after a name.
            let described = k + 1 < tokens.count && Self.appositionOpeners.contains(tokens[k + 1].folded)
                && analysis.people.contains { $0.tokens.upperBound == k }
            if w == "." || w == ";" || w == "," && !(k + 1 < tokens.count && Self.asideOpeners.contains(tokens[k + 1].folded)) && !described { return nil }
            if w == ",", k + 1 < close { return k }
            k -= 1
        }
        return nil
    }

    /// A count in a span: a number with its hedge, else victims counted from noun phrases.
    func count(in span: Range<Int>) -> Count? {
        var total = 0
        var upper: Int?
        var hedge: Hedge?
        var covered = Set<Int>()
        for q in analysis.quantities where span.contains(q.tokens.lowerBound) || span.contains(q.tokens.upperBound - 1) {
            if q.mayBeYear { continue }
            // "one of the most senior officials" is not a count.
            if q.value == 1, q.tokens.upperBound < tokens.count, tokens[q.tokens.upperBound].folded == "of" { continue }
            // A number that counts something other than people ("1,400 operations") is not a casualty count.
            if q.tokens.upperBound < tokens.count, !Self.isPeopleNoun(at: q.tokens.upperBound, tokens) { continue }
            total += q.value
            upper = q.upper.map { $0 + (total - q.value) }
            hedge = hedge == nil || hedge == .exact ? q.hedge : hedge
            covered.formUnion(q.tokens)
        }
        var derived = 0
        var fromNounPhrases = 0
        for i in span where !covered.contains(i) {
            let w = tokens[i].folded
            let nouns = i + 1..<min(i + 5, span.upperBound)
            // "11 of his fighters": a partitive's "his" counts nobody more; "his bodyguard" is
            // one person, "his fighters" a number not given.
            let possessive = w == "his" || w == "her"
            if Self.singular.contains(tokens[i]), i + 1 < span.upperBound, !covered.contains(i + 1),
               !(i > span.lowerBound && tokens[i - 1].folded == "of"),
               nouns.contains(where: { Self.singularVictims.contains(tokens[$0]) || (!possessive && Self.victimNouns.contains(tokens[$0])) }) {
                derived += 1
                fromNounPhrases += 1
            } else if w == "the", nouns.contains(where: { n in Self.singularVictims.contains(tokens[n])
                        && (n + 1 >= span.upperBound || Self.afterSingularVictim.contains(tokens[n + 1]) || officeOfPlace(n + 1)) }),
                      !nouns.contains(where: { Self.victimNouns.contains(tokens[$0]) && !Self.singularVictims.contains(tokens[$0]) }) {
                derived += 1
            }
        }
        for p in analysis.people where span.contains(p.tokens.lowerBound) && !p.possessive && !isAlias(p) {
            // A named victim not already counted by a noun phrase just before it ("the leader, X").
            let before = tokens[max(span.lowerBound, p.tokens.lowerBound - 3)..<p.tokens.lowerBound].map(\.folded)
            if !before.contains(",") { derived += 1 }
        }
        if total > 0 {
            return Count(total + (derived > 0 && hedge == .exact ? derived : 0), upper: upper, hedge: hedge ?? .exact)
        }
        // Victims counted from words: two or more say something a single name does not;
        // "a senior leader" says at least one.
        if derived >= 2 { return Count(derived) }
        if fromNounPhrases == 1 { return Count(1, hedge: .atLeast) }
        return nil
    }

    /// "the governor of eastern Nangarhar province and four others": "of" and a place
    /// right after a noun for one person keep it one person's office.
    func officeOfPlace(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].folded == "of" else { return false }
        return analysis.places.contains { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 2 }
    }

    static func isPeopleNoun(at i: Int, _ tokens: [Token]) -> Bool {
        // Up to three words may stand between: "22 IS-K fighters", "150 ISKP fighters".
        for k in i..<min(i + 4, tokens.count) {
            if victimNouns.contains(tokens[k]) { return true }
            if thingNouns.contains(tokens[k]) { return false }
        }
        return true
    }

    /// "X, also known as Y", "X alias Y", "X (aka Y)": Y is X under another name, not a
    /// second person.
    func isAlias(_ p: PersonMention) -> Bool { AliasPair.named(before: p, in: analysis) != nil }

    /// People in the segment with what happened to them. `ignored`: the words that say who spoke ("…, spokesman Bilal Karimi said"): their
    /// people are no participants.
    func people(trigger: Range<Int>? = nil, ignored: Range<Int>? = nil, resolvePronoun: (String) -> String?) -> [PersonInEvent] {
        var out: [PersonInEvent] = []
        func add(_ name: String, _ fate: Fate) {
            if let k = out.firstIndex(where: { $0.name == name }) {
                if out[k].fate == .involved || out[k].fate == .targeted { out[k].fate = fate }
            } else {
                out.append(PersonInEvent(name: name, fate: fate))
            }
        }
        for p in analysis.people where segment.contains(p.tokens.lowerBound) && !p.possessive && !isAlias(p) {
            if let ignored, ignored.contains(p.tokens.lowerBound) { continue }
            if let fate = fate(ofTokensAt: p.tokens.lowerBound, verbs: verbs) {
                add(p.name, fate)
            } else if let t = trigger, p.tokens.lowerBound >= t.upperBound, p.tokens.lowerBound - t.upperBound <= 1 {
                // "a drone hit Karim Dawari": whoever the event word names next was its target.
                add(p.name, .targeted)
            }
        }
        // Pronoun victims: "a drone hit him", "He … has been replaced by".
        for i in segment where Self.pronounsHeShe.contains(tokens[i]) {
            // "he added", "she said": the speaker, not a participant.
            if i + 1 < tokens.count, Attribution.speechVerbs.contains(tokens[i + 1]) { continue }
            guard let fate = fate(ofTokensAt: i, verbs: verbs) ?? (tokens[i].folded == "him" ? .targeted : nil) else { continue }
            let earlier = analysis.people.last { $0.tokens.upperBound <= i && !$0.possessive }
            if let name = earlier?.name ?? resolvePronoun(tokens[i].folded) { add(name, fate) }
        }
        return out
    }

    /// The fate of whoever stands at token `i`, from the first fate verb that governs it; a
    /// change of office gives way to an end that also governs it ("replaced X, who was
    /// captured …": X was captured, and the succession is the leadership reader's to say).
    func fate(ofTokensAt i: Int, verbs: [(index: Int, fate: Fate, passive: Bool)]) -> Fate? {
        // Of the changes of office, the verb nearest the name: "was appointed to replace X" is X's replacement.
        var office: (fate: Fate, distance: Int)?
        for verb in verbs {
            guard let f = governingFate(ofTokensAt: i, verb) else { continue }
            if f != .appointed && f != .replaced { return f }
            let distance = abs(verb.index - i)
            if office == nil || Self.replacingVerbs.contains(tokens[verb.index].folded) && distance < office!.distance { office = (f, distance) }
        }
        return office?.fate
    }

    /// The fate `verb` gives whoever stands at token `i`, if it governs that token.
    private func governingFate(ofTokensAt i: Int, _ verb: (index: Int, fate: Fate, passive: Bool)) -> Fate? {
        let (v, fate, passive) = verb
        // "Y replaced X", "Y, who succeeded X": the object leaves the office, the subject takes it.
        if Self.replacingVerbs.contains(tokens[v].folded) {
            // The agent of the passive: "X was replaced (as governor) by Y".
            let by = (v + 1..<min(tokens.count, v + 8)).first { tokens[$0].folded == "by" }
            if passive || by == v + 1 {
                if v > i { return subjectSpan(before: v).contains(i) ? .replaced : nil }
                return by.map { $0 < i && i - $0 <= 3 } == true ? .appointed : nil
            }
            if v < i { return objectSpan(after: v).contains(i) ? .replaced : nil }
            // In a sentence that also tells of a capture or a death, the successor only stands
            // beside it: "X had replaced Y, who was captured" is Y's capture, not X's.
            guard verbs.allSatisfy({ $0.fate == .appointed }) else { return nil }
            return subjectSpan(before: v).contains(i) ? .appointed : nil
        }
        if v < i {
            // Object of an active verb, or "replaced by X" / "appointed …, X".
            if objectSpan(after: v).contains(i) || (i - v <= 12 && fate == .appointed && !passive) {
                if fate == .appointed || !passive { return fate }
            }
            if fate == .appointed, passive, i - v <= 3, tokens[v + 1].folded == "by" { return .appointed }
            // "surrendered, including X and his deputy, Y"
            if (v + 1..<i).contains(where: { tokens[$0].folded == "including" }), i - v <= 16 { return fate }
        } else if passive || fate == .surrendered || tokens[v].folded == "dead" {
            let subject = subjectSpan(before: v)
            if subject.contains(i) {
                if fate == .appointed, v + 1 < tokens.count, tokens[v + 1].folded == "by" { return .replaced }
                return fate
            }
            // "Six militants, including their commander X, were killed": the aside the subject
            // passes over names some of those the verb counts.
            if fate != .appointed, !subject.isEmpty, i >= subject.upperBound,
               (subject.upperBound..<i).contains(where: { tokens[$0].folded == "including" }) { return fate }
        }
        return nil
    }

    /// Who acted and against whom. Actors: an organisation or demonym written just before
    /// the event word ("an Afghan airstrike"), after "by" or "between", the forces a group
    /// surrendered "to", and organisations in subject position. Targets: organisations after
    /// "against", "on", "targeting", or naming the victims ("22 IS-K fighters"). Organisations
    /// in the words that say who spoke (`ignored`) are neither.
    func actors(trigger: Range<Int>, kind: EventKind, ignored: Range<Int>? = nil) -> (actors: [String], targets: [String]) {
        var actors: [String] = []
        var targets: [String] = []
        func add(_ list: inout [String], _ name: String) { if !list.contains(name) { list.append(name) } }
        // Demonym or organisation right before the trigger ("an Afghan airstrike", "a U.S. drone hit").
        var k = trigger.lowerBound - 1
        while k >= segment.lowerBound, trigger.lowerBound - k <= 3, !Self.determiners.contains(tokens[k]) {
            if let name = demonyms[tokens[k].text] { add(&actors, name) }
            k -= 1
        }
        // "between Afghan and foreign forces", "by U.S. Forces"
        for i in segment where Self.actorPrepositions.contains(tokens[i]) && i > trigger.lowerBound - 1 {
            for j in i + 1..<min(i + 6, tokens.count) {
                if let name = demonyms[tokens[j].text], j + 1 < tokens.count, ["and", "forces", "troops", "military"].contains(tokens[j + 1].folded) { add(&actors, name) }
            }
        }
        for org in analysis.organisations where segment.contains(org.tokens.lowerBound) {
            // "IS-K claimed responsibility for the attack": the claimant is who acted (as it says).
            let u = org.tokens.upperBound
            if u + 1 < tokens.count, ["claimed", "claims", "claim"].contains(tokens[u].folded), tokens[u + 1].folded == "responsibility" {
                add(&actors, org.value.name)
                continue
            }
            if let ignored, ignored.contains(org.tokens.lowerBound) { continue }
            // "The Taliban denied involvement in the blast": who denies is no actor.
            if tokens[org.tokens.upperBound..<min(org.tokens.upperBound + 3, tokens.count)].contains(where: { Self.denials.contains($0) }) { continue }
            let name = org.value.name
            var b = org.tokens.lowerBound - 1
            var determined = false
            while b >= 0, Self.determiners.contains(tokens[b]) || tokens[b].kind == .number || QuantityReader.units[tokens[b]] != nil {
                determined = true
                b -= 1
            }
            let before = b >= 0 ? tokens[b].folded : ""
            let after = org.tokens.upperBound < tokens.count ? tokens[org.tokens.upperBound].folded : ""
            let victimAfter = Self.victimNouns.contains(after) || ["headquarters", "hideout", "hideouts", "positions", "base", "stronghold", "strongholds", "pockets", "platoon"].contains(after)
            let overlapsTrigger = org.tokens.overlaps(trigger)
            if overlapsTrigger || org.tokens.upperBound == trigger.lowerBound && !victimAfter {
                add(&actors, name)
            } else if ["against", "on", "targeting", "targeted", "attacked"].contains(before) || victimAfter {
                add(&targets, name)
            } else if before == "by" || before == "between" || (before == "and" && !actors.isEmpty && org.tokens.upperBound <= trigger.lowerBound) {
                add(&actors, name)
            } else if before == "to", kind == .surrender {
                add(&actors, name)
            } else if !determined || before == "and", org.tokens.upperBound <= trigger.lowerBound, kind != .surrender, ![.other, .tally].contains(kind) || org.tokens.upperBound + 2 >= trigger.lowerBound {
                // Subject position: "ASSF and U.S. Special Forces killed", "Afghan forces captured";
                // not the object of an active verb before it ("killed a commander of IS-K").
                let object = verbs.contains { !$0.passive && $0.index < org.tokens.lowerBound }
                // "13 US troops died", "six Taliban fighters were killed": the subject of a
                // passive fate is its victim.
                let victims = verbs.contains { $0.passive && $0.index >= org.tokens.upperBound && subjectSpan(before: $0.index).contains(org.tokens.lowerBound) }
                // "ISIS-K named X … after its chief was killed in a raid by Afghan special
                // forces": the event word's own agent says who acted, not the subject before it.
                let agent = trigger.upperBound < tokens.count && tokens[trigger.upperBound].folded == "by"
                // "appointed to lead Hurras al-Din's military council": a possessive names what
                // the group has, not a deed of it, unless its forces follow ("the Taliban's fighters").
                let u = org.tokens.upperBound
                let possessive = tokens[u - 1].text.hasSuffix("'s") || tokens[u - 1].text.hasSuffix("’s")
                    || u < tokens.count && ["'s", "’s", "'", "’"].contains(tokens[u].text)
                let ownPeople = (u..<min(u + 3, tokens.count)).contains { Self.forceNouns.contains(tokens[$0]) || Self.victimNouns.contains(tokens[$0]) }
                if possessive, !ownPeople, u + 2 < trigger.lowerBound {
                    // neither actor nor target
                } else if object || victims {
                    if kind.isViolent { add(&targets, name) }
                } else if !agent, before != "of" && before != "for" && before != "from" { add(&actors, name) }
            } else if ["carried", "conducted", "launched"].contains(after) {
                add(&actors, name)
            }
        }
        targets.removeAll { actors.contains($0) }
        return (actors, targets)
    }
}
