import Dispatch

/// One person however the reports spell them: names joined conservatively and explainably.
///
/// Names of two words or more join when a distinctive word (not a common given name)
/// agrees once honorifics are dropped and spellings evened out; a single word joins only
/// when exactly one fuller name holds it, so "Rahman" never bridges two people; a name
/// left with one distinctive word ("Qari Zalra") joins a fuller one only when that word is
/// unambiguous in the corpus (`OneWordRule`).
public struct PersonDirectory: Sendable {
    public struct Person: Hashable, Sendable {
        public var name: String
        public var aliases: [String]
    }

    /// Why two spellings were joined, for `timeline leaders --explain`.
    public struct Join: Hashable, Sendable {
        public var a: String
        public var b: String
        public var reason: String
    }

    public private(set) var people: [Person] = []
    public private(set) var joins: [Join] = []
    private var index: [String: Int] = [:]

    /// `aliases`: names the reports say are one person's, joined whatever their spelling.
    public init(names: [String], key: @escaping @Sendable (String) -> NameKey, aliases: [AliasPair] = []) {
        // (`index` below is the directory's spelling → person map; the local `index` is
        // the people's keys, indexed for matching.) The keys are needed only here: a
        // directory of a large corpus does not keep them.
        var keys = KeyLedger()
        // Each distinct spelling's place in `order` (first use), and how often it is used.
        var slot: [String: Int] = [:]
        // Tables of a large corpus are sized once rather than grown by doubling (each
        // doubling rehashes every entry).
        slot.reserveCapacity(names.count / 2)
        var order: [String] = []
        var uses: [Int] = []
        for n in names {
            func tally(_ s: inout Int) {
                if s < 0 {
                    s = order.count
                    order.append(n)
                    uses.append(0)
                }
                uses[s] += 1
            }
            tally(&slot[n, default: -1])
        }
        let multi = order.filter { Self.hasSpaceOrHyphen($0) }
        let single = order.filter { !Self.hasSpaceOrHyphen($0) }
        let multiKeys = Self.keys(of: multi, key)
        // Settled before any join, from the whole corpus: whether a one-word key may join is
        // not a matter of which names came first.
        let rule = OneWordRule(fullerNames: multiKeys)
        var terms = TermTable()
        var index = MatchIndex(expected: multi.count)
        keys.reserve(multi.count)
        self.index.reserveCapacity(order.count)
        for (n, k) in zip(multi, multiKeys) {
            let t = terms.terms(of: k)
            if let p = index.firstMatch(t, rule: rule, matches: { keys.anyMatches($0, k, t, rule: rule) }) {
                let hit = keys.earliestMatch(p, k, t, rule: rule) ?? KeyLedger.Entry(key: key(people[p].name), alias: people[p].name)
                joins.append(Join(a: hit.alias, b: n, reason: Self.reason(hit.key, k)))
                people[p].aliases.append(n)
                // A key the person holds already matches exactly what it matched before.
                if keys.add(k, t, alias: n, to: p) { index.add(t, p) }
                self.index[n] = p
            } else {
                people.append(Person(name: n, aliases: [n]))
                keys.startPerson(k, t, alias: n)
                index.add(t, people.count - 1)
                self.index[n] = people.count - 1
            }
        }
        for n in single {
            let k = key(n)
            let t = terms.terms(of: k)
            if let p = index.onlyMatch(t, matches: { keys.anyMatches($0, k, t, rule: .open) }) {
                joins.append(Join(a: people[p].name, b: n, reason: Self.reason(keys.entries[p][0].key, k)))
                people[p].aliases.append(n)
                self.index[n] = p
            } else {
                people.append(Person(name: n, aliases: [n]))
                keys.startPerson(k, t, alias: n)
                index.add(t, people.count - 1)
                self.index[n] = people.count - 1
            }
        }
        joinStatedAliases(aliases)
        // The name: the spelling of two words or more used most often, the first on a tie.
        for p in people.indices {
            let candidates = people[p].aliases.filter { Self.hasSpace($0) }
            let pool = (candidates.isEmpty ? people[p].aliases : candidates).map { slot[$0]! }
            people[p].name = order[pool.max { uses[$0] < uses[$1] || (uses[$0] == uses[$1] && $0 > $1) }!]
        }
    }

    /// The keys of `names`, in order, computed on all cores (a corpus spells a person
    /// hundreds of thousands of ways).
    static func keys(of names: [String], _ key: @Sendable (String) -> NameKey) -> [NameKey] {
        let chunk = 4096
        guard names.count > chunk else { return names.map(key) }
        var out = [NameKey?](repeating: nil, count: names.count)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: (names.count + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min(names.count, (c + 1) * chunk) { slots[i] = key(names[i]) }
            }
        }
        return out.map { $0! }
    }

    /// Joins the people of each stated pair: the later person's spellings move to the
    /// earlier one, and the people are renumbered in their first order.
    private mutating func joinStatedAliases(_ pairs: [AliasPair]) {
        var merged = Array(people.indices)
        func root(_ p: Int) -> Int {
            var p = p
            while merged[p] != p { p = merged[p] }
            return p
        }
        var any = false
        for pair in pairs {
            guard let a = index[pair.name], let b = index[pair.alias] else { continue }
            let ra = root(a), rb = root(b)
            guard ra != rb else { continue }
            let (keep, gone) = (min(ra, rb), max(ra, rb))
            merged[gone] = keep
            joins.append(Join(a: pair.name, b: pair.alias, reason: "a report gives one as the other's other name (\"also known as\")"))
            any = true
        }
        guard any else { return }
        var renumbered: [Int: Int] = [:]
        var kept: [Person] = []
        for p in people.indices where root(p) == p {
            renumbered[p] = kept.count
            kept.append(people[p])
        }
        for p in people.indices where root(p) != p {
            kept[renumbered[root(p)]!].aliases += people[p].aliases
        }
        people = kept
        for (name, p) in index { index[name] = renumbered[root(p)]! }
    }

    /// The directory as an earlier run built it (a cached snapshot): every spelling is an
    /// alias of exactly one person, so the aliases rebuild the index.
    init(people: [Person], joins: [Join]) {
        self.people = people
        self.joins = joins
        index.reserveCapacity(people.reduce(0) { $0 + $1.aliases.count })
        for (p, person) in people.enumerated() {
            for a in person.aliases where index[a] == nil { index[a] = p }
        }
    }

    /// `name.contains(" ") || name.contains("-")`, on bytes when the name is ASCII.
    static func hasSpaceOrHyphen(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.utf8.contains { $0 == 0x20 || $0 == 0x2D } }
        return name.contains(" ") || name.contains("-")
    }

    static func hasSpace(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.utf8.contains(0x20) }
        return name.contains(" ")
    }

    /// The person a spelling belongs to.
    public func person(_ name: String) -> Person? { index[name].map { people[$0] } }
    public func id(_ name: String) -> Int? { index[name] }

    static func reason(_ a: NameKey, _ b: NameKey) -> String {
        let shared = Set(a.distinctive).intersection(b.distinctive)
        if let w = shared.sorted().first { return "share the word '\(w)' once honorifics are dropped and spellings evened out (-ullah, ee/i, w/v)" }
        return "spell the same letters run together ('\(a.words.joined())' ~ '\(b.words.joined())')"
    }
}
