/// Reads who followed whom in one sentence.
///
/// - A succession verb between two people: "Y succeeded X", "Y had himself taken over from
///   X", "X was replaced as governor by Y", "the council replaced X with Y", "X handed
///   over to Y" (the verbs are a data file).
/// - The possessive nouns: "X’s successor, Y", "Y’s predecessor X", "his successor, Y",
///   "named Y as his successor", "Y, the successor of X".
/// - "Y took over as the group’s leader": Y is the new holder of that position.
/// A role written with "as" beside the verb ("succeeded X as governor of Herat") is a
/// position both people held.
struct SuccessionReader: Sendable {
    /// Verb phrase (folded words) → whether the active subject is the successor.
    let verbs: [[String]: Bool]
    /// The first word of every verb phrase: a phrase can only start at one of them.
    private let firstWords: Set<String>
    private let longest: Int
    /// Every word a succession can be read from: a sentence with none is passed over.
    private let cues: WordSet

    init(rows: [String]) {
        var v: [[String]: Bool] = [:]
        for row in rows {
            let cols = row.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count >= 2 else { continue }
            v[cols[0].lowercased().split(separator: " ").map(String.init)] = cols[1] != "predecessor"
        }
        verbs = v
        firstWords = Set(v.keys.compactMap(\.first))
        longest = v.keys.map(\.count).max() ?? 1
        cues = WordSet(firstWords.union(Self.sinceWords).union(Self.appointingVerbs).union(["successor", "successors", "predecessor", "over"]))
    }

    static func standard() -> SuccessionReader { SuccessionReader(rows: DataFile.entries("succession-verbs.tsv")) }

    /// Words that may stand between a verb and the name it governs ("succeeded the late
    /// Mullah X"); anything else ("succeeded in killing X") means the name is not its object.
    static let objectLead: Set<String> = ["the", "his", "her", "their", "its", "former", "late", "slain", "ousted", "veteran",
                                          "longtime", "long-time", "long-serving", "outgoing", "acting", "interim"]
    /// Words between a possessive and its noun: "X’s new successor".
    static let nounLead: Set<String> = ["new", "former", "late", "immediate", "slain", "chosen", "designated"]
    /// Words that open a role, place or time between a passive succession verb and "by".
    static let beforeAgent: Set<String> = ["as", "in", "on", "at", "last", "earlier", "this", "late", "early"]
    static let pronouns: Set<String> = ["he", "she", "him", "her", "his", "himself", "herself"]

    /// What a succession says, before the chains resolve names to people.
    struct Found {
        var successions: [SuccessionClaim] = []
        /// Positions the succession gives its people: (person, token range of the role words).
        var roles: [(person: String, phrase: Range<Int>)] = []
    }

    /// `phrase(i)`: the role phrase that starts at token `i` (bounded as the role reader bounds it).
    func read(_ a: SentenceAnalysis, evidence: Evidence, lastPerson: String?, phrase: (Int) -> Range<Int>,
              position: (Range<Int>) -> RoleKey?) -> Found {
        let tokens = a.tokens
        guard tokens.contains(where: cues.contains) else { return Found() }
        let words = tokens.map(\.folded)
        var found = Found()
        func claim(_ old: [String], _ new: [String]) {
            let old = old.filter { !new.contains($0) }
            guard !old.isEmpty, !new.isEmpty else { return }
            found.successions.append(SuccessionClaim(kind: .replaced, predecessors: old, successors: new, key: nil, evidence: evidence))
        }
        // The people named at `j` (after a title or "the late"), with those joined by "and".
        func object(at j: Int) -> (names: [String], end: Int)? {
            // "succeeded by his deputy, Y": a role noun set off before the name.
            guard let first = a.people.first(where: { $0.tokens.lowerBound >= j && $0.tokens.lowerBound <= j + 4 }),
                  (j..<first.tokens.lowerBound).allSatisfy({ Self.objectLead.contains(words[$0]) || tokens[$0].text.first?.isUppercase == true })
                    || first.tokens.lowerBound >= j + 2 && words[first.tokens.lowerBound - 1] == ","
                    && ArgumentReader.singularVictims.contains(tokens[first.tokens.lowerBound - 2])
                    && (j..<first.tokens.lowerBound - 2).allSatisfy({ Self.objectLead.contains(words[$0]) })
            else { return nil }
            var names = [first.name]
            var end = first.tokens.upperBound
            while end + 1 < tokens.count, words[end] == "and",
                  let next = a.people.first(where: { $0.tokens.lowerBound == end + 1 }) {
                names.append(next.name)
                end = next.tokens.upperBound
            }
            return (names, end)
        }
        // Who did it: the last person named before `i`, or the person a pronoun stands for.
        func subject(before i: Int, excluding: [String] = []) -> String? {
            if let p = a.people.last(where: { $0.tokens.upperBound <= i && !$0.possessive && !excluding.contains($0.name) }) { return p.name }
            if words[..<i].contains(where: Self.pronouns.contains) { return lastPerson }
            return nil
        }
        // "… as governor of Herat": the position both people held.
        func role(after j: Int, bound: Int? = nil, _ people: [String]) {
            guard j < tokens.count, words[j] == "as" else { return }
            var r = phrase(j + 1)
            if let bound { r = r.lowerBound..<min(r.upperBound, bound) }
            guard !r.isEmpty else { return }
            for p in people { found.roles.append((p, r)) }
        }
        var namedByNoun: Set<Int> = []
        for i in tokens.indices {
            // A succession verb.
            if firstWords.contains(words[i]), let (len, subjectSucceeds) = verb(at: i, words) {
                let after = i + len
                if subjectSucceeds {
                    // Passive: "X was succeeded by Y", "X was replaced as governor by Y".
                    var by: Int? = after < tokens.count && words[after] == "by" ? after : nil
                    // "was replaced as governor by Y", "was replaced in Kunar by Y", "was
                    // replaced last week by Y": a role, place or time before the agent.
                    if by == nil, after < tokens.count, Self.beforeAgent.contains(words[after]) {
                        by = (after + 1..<min(tokens.count, after + (words[after] == "as" ? 12 : 7))).first { words[$0] == "by" }
                        if let b = by, tokens[after..<b].contains(where: { [",", ".", ";"].contains($0.text) }) { by = nil }
                    }
                    if let b = by, let new = object(at: b + 1) {
                        if let old = subject(before: i, excluding: new.names) {
                            claim([old], new.names)
                            role(after: after, bound: b, [old] + new.names)
                            role(after: new.end, [old] + new.names)
                        }
                        continue
                    }
                    // "Y succeeded him": the person the sentence before named.
                    let pronoun = after < tokens.count && ["him", "her"].contains(words[after]) ? lastPerson.map { ([$0], after + 1) } : nil
                    guard let old = object(at: after) ?? pronoun else { continue }
                    // "the council replaced X with Y": the subject made the change.
                    if old.end + 1 < tokens.count, ["with", "by"].contains(words[old.end]), let new = object(at: old.end + 1) {
                        claim(old.names, new.names)
                        role(after: new.end, old.names + new.names)
                        continue
                    }
                    if let new = subject(before: i, excluding: old.names) {
                        claim(old.names, [new])
                        role(after: old.end, old.names + [new])
                    }
                } else if let new = object(at: after), let old = subject(before: i, excluding: new.names) {
                    claim([old], new.names)
                    role(after: new.end, [old] + new.names)
                }
                continue
            }
            guard words[i] == "successor" || words[i] == "predecessor" else { continue }
            let isSuccessor = words[i] == "successor"
            // "X’s successor, Y" / "Y’s predecessor X"
            let ownerEnd = i > 0 && Self.nounLead.contains(words[i - 1]) ? i - 1 : i
            if let k = a.people.lastIndex(where: { $0.possessive && $0.tokens.upperBound == ownerEnd }) {
                // "Y1 and Y2’s predecessor": every possessive joined by "and".
                var owners = [a.people[k].name]
                var first = k
                while first > 0, a.people[first - 1].possessive, a.people[first - 1].tokens.upperBound + 1 == a.people[first].tokens.lowerBound,
                      words[a.people[first - 1].tokens.upperBound] == "and" {
                    first -= 1
                    owners.insert(a.people[first].name, at: 0)
                }
                let j = i + 1 < tokens.count && tokens[i + 1].text == "," ? i + 2 : i + 1
                if let other = object(at: j) {
                    if isSuccessor { claim(owners, other.names) } else { claim(other.names, owners) }
                    namedByNoun.insert(i)
                } else if let named = Self.namedAs(before: a.people[first].tokens.lowerBound, a, words) {
                    // "named Y as X’s successor", "chose Y to be X’s predecessor's …".
                    if isSuccessor { claim(owners, [named]) } else { claim([named], owners) }
                    namedByNoun.insert(i)
                }
                continue
            }
            // "his successor, Y" / "named Y as his successor": "his" is the person named before, or in the sentence before.
            if i > 0, ["his", "her"].contains(words[i - 1]) {
                let j = i + 1 < tokens.count && tokens[i + 1].text == "," ? i + 2 : i + 1
                var other = object(at: j)?.names
                if other == nil, let named = a.people.last(where: { !$0.possessive && $0.tokens.upperBound <= i - 1 && $0.tokens.upperBound >= i - 4 }),
                   (named.tokens.upperBound..<(i - 1)).allSatisfy({ ["as", "to", "be"].contains(words[$0]) }) {
                    other = [named.name]
                }
                guard let other else { continue }
                guard let owner = subject(before: i - 1, excluding: other) ?? lastPerson else { continue }
                if isSuccessor { claim([owner], other) } else { claim(other, [owner]) }
                namedByNoun.insert(i)
                continue
            }
            // "Y, the successor of X" / "named Y to be the successor to X"
            if i + 1 < tokens.count, ["of", "to"].contains(words[i + 1]), let other = object(at: i + 2),
               let owner = a.people.last(where: { !$0.possessive && $0.tokens.upperBound <= i && !other.names.contains($0.name) }) {
                if isSuccessor { claim(other.names, [owner.name]) } else { claim([owner.name], other.names) }
                namedByNoun.insert(i)
            }
        }
        // "Y had led the faction since its founder, X, was killed", "Y took over after X was
        // captured", "Y became leader following the death of X": X's tenure ended, Y's began.
        for i in tokens.indices where Self.sinceWords.contains(words[i]) {
            // The taking over is said after the new holder ("Y took over") or just before
            // ("ISIS appointed Y as acting governor …").
            guard let old = endedTenure(after: i, a, words),
                  let new = a.people.last(where: { $0.tokens.upperBound <= i && !$0.possessive && $0.name != old }),
                  (new.tokens.upperBound..<i).contains(where: { Self.takeoverWords.contains(words[$0]) })
                    || (max(0, new.tokens.lowerBound - 3)..<new.tokens.lowerBound).contains(where: { Self.appointingVerbs.contains(words[$0]) }),
                  i - new.tokens.upperBound <= 14
            else { continue }
            claim([old], [new.name])
        }
        // "Y took over as the group’s leader": a new holder of that position.
        for i in tokens.indices where words[i] == "over" && i > 0 && ["took", "takes", "take", "taken", "taking"].contains(words[i - 1]) {
            guard i + 1 < tokens.count, words[i + 1] == "as", let new = subject(before: i - 1) else { continue }
            let r = phrase(i + 2)
            guard let key = position(r) else { continue }
            found.roles.append((new, r))
            found.successions.append(SuccessionClaim(kind: .appointed, predecessors: [], successors: [new], key: key, evidence: evidence))
        }
        // "The group named Y as its new emir", "appointed Y to be its leader", "named Y its new
        // governor": a new holder of that position.
        for i in tokens.indices where Self.appointingVerbs.contains(words[i]) {
            guard let person = a.people.first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 3 && !$0.possessive }),
                  (i + 1..<person.tokens.lowerBound).allSatisfy({ Self.objectLead.contains(words[$0]) || tokens[$0].text.first?.isUppercase == true }),
                  !found.roles.contains(where: { $0.person == person.name }) else { continue }
            var j = person.tokens.upperBound
            if j < words.count, words[j] == "as" {
                j += 1
            } else if j + 1 < words.count, words[j] == "to", words[j + 1] == "be" {
                j += 2
            } else if j < words.count, !["its", "the", "their", "his", "a"].contains(words[j]) {
                continue
            }
            let r = phrase(j)
            guard let key = position(r) else { continue }
            found.roles.append((person.name, r))
            found.successions.append(SuccessionClaim(kind: .appointed, predecessors: [], successors: [person.name], key: key, evidence: evidence))
        }
        // "his two successors were killed": the successors' tenure ends in this sentence's event.
        for i in tokens.indices where (words[i] == "successors" || words[i] == "successor") && i > 0 && !namedByNoun.contains(i) {
            var count: Int? = words[i] == "successor" ? 1 : nil
            if let q = a.quantities.first(where: { $0.tokens.upperBound == i }) { count = q.value }
            // Whose successors: resolved later from the event the source told of just before.
            found.successions.append(SuccessionClaim(kind: .successorsEnded, predecessors: [], successors: [],
                                                     successorCount: count, key: nil, evidence: evidence))
        }
        return found
    }

    /// The person named just before "as" / "to be" ending at `end`: "named Y as …".
    static func namedAs(before end: Int, _ a: SentenceAnalysis, _ words: [String]) -> String? {
        guard let named = a.people.last(where: { !$0.possessive && $0.tokens.upperBound < end && $0.tokens.upperBound >= end - 2 }),
              words[named.tokens.upperBound] == "as" || words[named.tokens.upperBound] == "to",
              (named.tokens.upperBound..<end).allSatisfy({ ["as", "to", "be"].contains(words[$0]) }) else { return nil }
        return named.name
    }

    static let appointingVerbs: Set<String> = ["named", "appointed", "appoints", "names", "chose", "picked", "elected",
                                              "installed", "promoted", "nominated"]
    static let sinceWords: Set<String> = ["since", "after", "following"]
    /// Words of a predicate that starts or holds a tenure: "took over", "had led", "became".
    static let takeoverWords: Set<String> = ["took", "taken", "takes", "led", "leads", "headed", "heads", "assumed", "became",
                                             "named", "appointed", "chosen", "elected", "installed", "commanded", "promoted"]
    static let exitVerbs: Set<String> = ["killed", "captured", "arrested", "died", "surrendered", "detained", "removed", "ousted",
                                         "resigned", "dismissed", "sacked", "fired", "assassinated", "executed", "eliminated"]
    static let exitNouns: Set<String> = ["death", "killing", "capture", "arrest", "surrender", "detention", "removal", "ouster",
                                         "resignation", "dismissal", "assassination", "execution"]

    /// Whose tenure ended, said after "since"/"after" at `i`: "its founder, X, was killed",
    /// "X was captured", "the death of X".
    private func endedTenure(after i: Int, _ a: SentenceAnalysis, _ words: [String]) -> String? {
        let n = words.count
        var j = i + 1
        if j < n, words[j] == "the", j + 2 < n, Self.exitNouns.contains(words[j + 1]), words[j + 2] == "of",
           let p = a.people.first(where: { $0.tokens.lowerBound >= j + 3 && $0.tokens.lowerBound <= j + 5 }) {
            return p.name
        }
        // "following X's death", "after X’s capture".
        if let p = a.people.first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 3 }), p.possessive,
           (j..<p.tokens.lowerBound).allSatisfy({ Self.objectLead.contains(words[$0]) }) {
            var k = p.tokens.upperBound
            while k < n, ["’", "'", "s", "’s", "'s"].contains(words[k]) { k += 1 }
            if k < n, Self.exitNouns.contains(words[k]) { return p.name }
        }
        guard let p = a.people.first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 6 && !$0.possessive }) else { return nil }
        // Only a determiner and a role may stand before the name: "its founder,".
        guard (j..<p.tokens.lowerBound).allSatisfy({ !Self.sinceWords.contains(words[$0]) && words[$0] != "." }) else { return nil }
        j = p.tokens.upperBound
        if j < n, words[j] == "," { j += 1 }
        var k = j
        while k < n, k - j <= 3, !Self.exitVerbs.contains(words[k]) {
            guard ["was", "were", "had", "been", "has", "is", "reportedly", "allegedly"].contains(words[k]) else { return nil }
            k += 1
        }
        return k < n && Self.exitVerbs.contains(words[k]) ? p.name : nil
    }

    /// The longest verb phrase at token `i`: its length, and whether its subject is the successor.
    private func verb(at i: Int, _ words: [String]) -> (Int, Bool)? {
        for len in stride(from: min(longest, words.count - i), through: 1, by: -1) {
            if let v = verbs[Array(words[i..<i + len])] { return (len, v) }
        }
        return nil
    }
}
