/// Each person's sentences, and the part of them a tenure in one chain shows: a sentence
/// giving a position compatible with the chain's, or a succession linking the person to
/// someone in the chain.
///
/// A person of a common position is in thousands of chains and has thousands of sentences,
/// so filtering every sentence for every chain is quadratic, and so is the memory of a list
/// made per tenure. Sentences are grouped by the position they give (a person gives few),
/// so a chain tests each distinct position once; and a chain that shows the same sentences
/// as another gets the same list (one array, shared), not a copy.
struct TenureEvidence {
    /// A sentence about a person: the position it gives them, or (a succession) the other
    /// people it links them to.
    struct Sentence {
        var evidence: Evidence
        var key: RoleKey?
        var linked: [Int]
    }

    /// One person's sentences, grouped once for the chains to filter.
    private struct Grouped {
        var all: [Evidence]
        /// Each distinct position given, with the numbers of its sentences, ascending.
        var keys: [RoleKey]
        var numbers: [[Int]]
        /// The successions, by number, with the people each links.
        var successions: [(number: Int, linked: [Int])]
    }

    private var sentences: [Int: [Sentence]] = [:]
    private var grouped: [Int: Grouped] = [:]
    /// Per person, the lists made so far, by the sentence numbers they hold (apart from
    /// `grouped`, so that adding one mutates it in place rather than copying it).
    private var made: [Int: [[Int]: [Evidence]]] = [:]

    /// Where each person's sentences stand in `sentences[p]`, by source and start.
    private var numbered: [Int: [SentencePlace: Int]] = [:]
    /// Where a sentence stands: its source and where it starts.
    struct SentencePlace: Hashable {
        var source: String
        var start: Int

        init(_ e: Evidence) {
            source = e.source
            start = e.range.start
        }
    }

    /// Adds a sentence about person `p`, after those added before. A sentence added again
    /// (a position and a succession in one sentence) is one sentence that says both.
    mutating func add(_ s: Sentence, to p: Int) {
        let place = SentencePlace(s.evidence)
        // Two positions in one sentence stay two: each is tested against the chains.
        if let k = numbered[p]?[place], sentences[p]![k].key == nil || s.key == nil || sentences[p]![k].key == s.key {
            sentences[p]![k].key = sentences[p]![k].key ?? s.key
            sentences[p]![k].linked += s.linked
            return
        }
        if numbered[p]?[place] == nil { numbered[p, default: [:]][place] = sentences[p]?.count ?? 0 }
        sentences[p, default: []].append(s)
    }

    /// Person `p`'s sentences that a tenure in a chain shows: those whose position `fits`
    /// the chain's, and the successions that `links` to it; in the order they were added.
    mutating func evidence(of p: Int, fits: (RoleKey) -> Bool, links: ([Int]) -> Bool) -> [Evidence] {
        guard let list = sentences[p] else { return [] }
        if grouped[p] == nil { grouped[p] = Self.group(list) }
        let g = grouped[p]!
        var chosen: [Int] = []
        for (k, key) in g.keys.enumerated() where fits(key) { chosen += g.numbers[k] }
        let byPosition = Set(chosen)
        for s in g.successions where links(s.linked) && !byPosition.contains(s.number) { chosen.append(s.number) }
        let out: [Evidence]
        if chosen.count == g.all.count {
            out = g.all
        } else if chosen.isEmpty {
            out = []
        } else {
            chosen.sort()
            if let known = made[p]?[chosen] {
                out = known
            } else {
                out = chosen.map { g.all[$0] }
                made[p, default: [:]][chosen] = out
            }
        }
        return out
    }

    private static func group(_ list: [Sentence]) -> Grouped {
        var keys: [RoleKey] = []
        var numbers: [[Int]] = []
        var at: [RoleKey: Int] = [:]
        var successions: [(number: Int, linked: [Int])] = []
        for (i, s) in list.enumerated() {
            if let key = s.key {
                if let k = at[key] {
                    numbers[k].append(i)
                } else {
                    at[key] = keys.count
                    keys.append(key)
                    numbers.append([i])
                }
            }
            if s.key == nil || !s.linked.isEmpty { successions.append((i, s.linked)) }
        }
        return Grouped(all: list.map(\.evidence), keys: keys, numbers: numbers, successions: successions)
    }
}
