/// Builds leadership chains from the positions and successions the sources state and the
/// events that ended tenures.
public struct ChainBuilder: Sendable {
    public var roles: RoleReader
    public var nameKey: @Sendable (String) -> NameKey

    public init(roles: RoleReader = .standard(), nameKey: @escaping @Sendable (String) -> NameKey) {
        self.roles = roles
        self.nameKey = nameKey
    }

    /// A position named fully enough to be one office wherever it is told: with a region
    /// ("governor of Balkh"), or an organisation's own ("IS-K's emir"). "The group's emir"
    /// with no group named could be any group's.
    static func isFileable(_ key: RoleKey) -> Bool { key.region != nil || key.organisation != nil }

    /// The positions a successor takes from a predecessor who holds `keys`: the chief's
    /// ones when he held a deputy's post besides.
    static func postsPassedOn(_ keys: [Int]?, _ table: RoleKeyTable) -> [Int]? {
        guard let keys else { return nil }
        let chief = keys.filter { table[$0].position != "deputy" }
        return chief.isEmpty ? keys : chief
    }

    /// The position of a succession whose office no report names.
    static let unnamedPost = RoleKey(organisation: nil, position: "post not named", region: nil)

    public static func standard() -> ChainBuilder {
        ChainBuilder(nameKey: Reconciler.standard().nameKey)
    }

    public func build(_ readings: [SourceReading], events: [Event]) -> (chains: [SuccessionChain], people: PersonDirectory) {
        let trace = Trace()
        let roleClaims = readings.flatMap(\.roles)
        var successions = readings.flatMap(\.successions)
        let names = readings.flatMap(\.names) + roleClaims.map(\.person) + successions.flatMap { $0.predecessors + $0.successors }
            + events.flatMap { $0.people.map(\.name) }
        let directory = PersonDirectory(names: names, key: nameKey, aliases: readings.flatMap(\.aliasPairs))
        trace.mark("people directory: \(names.count) spellings, \(directory.people.count) people")
        func pid(_ n: String) -> Int { directory.id(n) ?? -1 }
        // Each person's exit events, found once.
        var exits: [Int: Int] = [:]
        for (k, e) in events.enumerated() {
            for p in e.people where [.killed, .captured, .surrendered].contains(p.fate) {
                guard let id = directory.id(p.name) else { continue }
                if let old = exits[id], (events[old].date?.start.ordinal ?? 0) <= (e.date?.start.ordinal ?? 0) { continue }
                exits[id] = k
            }
        }
        // When a person's exit began, read in place (an event is large to copy); undated last.
        func exitStart(_ person: Int) -> CalendarDay { exits[person].flatMap { events[$0].date?.start } ?? CalendarDay(ordinal: Int.max / 2) }

        // "his two successors were killed": the predecessor is who the event just before in the
        // same source ended; the successors, whoever the sources say succeeded that person.
        var successorsExit: [Int: (event: Int, count: Int?)] = [:]
        // Each source's evidence in the events, found once (a claim looks up its own sentence
        // and the event told just before it).
        var evidenceBySource: [String: [(event: Int, range: TextRange)]] = [:]
        for (k, e) in events.enumerated() {
            for ev in e.evidence { evidenceBySource[ev.source, default: []].append((k, ev.range)) }
        }
        for claim in successions where claim.kind == .successorsEnded {
            let told = evidenceBySource[claim.evidence.source] ?? []
            guard let ended = told.first(where: { $0.range == claim.evidence.range })?.event,
                  let before = Self.eventBefore(claim.evidence, in: told).map({ events[$0] }),
                  let predecessor = before.people.first(where: { [.captured, .killed, .surrendered].contains($0.fate) }) else { continue }
            successorsExit[pid(predecessor.name)] = (ended, claim.successorCount)
        }
        successions.removeAll { $0.kind == .successorsEnded }

        // Positions per person, by number in `table`.
        var table = RoleKeyTable()
        var keysOf: [Int: [Int]] = [:]
        // Each person's sentences, with the position a sentence gives them, or (a succession)
        // the other people it links them to: a tenure shows the ones about its own chain.
        var sentences = TenureEvidence()
        for c in roleClaims {
            keysOf[pid(c.person), default: []].append(table.id(c.key))
            sentences.add(.init(evidence: c.evidence, key: c.key, linked: []), to: pid(c.person))
        }
        // Succession links: predecessor → successor group.
        var next: [Int: [Int]] = [:]
        var groupOf: [Int: [Int]] = [:]
        for s in successions where s.kind == .replaced {
            let group = s.successors.map(pid)
            for p in s.predecessors.map(pid) { next[p] = group }
            for g in group { groupOf[g] = group }
            let linked = s.predecessors.map(pid) + group
            for p in linked { sentences.add(.init(evidence: s.evidence, key: nil, linked: linked.filter { $0 != p }), to: p) }
            // The position the succession names ("appointed governor of Balkh, replacing X"),
            // for whoever the text gives none of their own; else a successor holds the
            // predecessor's position, and a predecessor the successor's.
            if let key = s.key {
                let id = table.id(key)
                for p in s.predecessors.map(pid) + group where keysOf[p] == nil { keysOf[p] = [id] }
            }
            // A predecessor who was a deputy and then the chief ("X, a former deputy") is
            // followed as the chief: the successor does not take the deputy's post too.
            for g in group where keysOf[g] == nil { keysOf[g] = Self.postsPassedOn(keysOf[s.predecessors.map(pid).first ?? -1], table) }
            // "He was succeeded by his deputy, Y": a deputy who succeeds takes the chief's post too.
            if let chief = s.predecessors.map(pid).first.flatMap({ keysOf[$0] })?.filter({ table[$0].position != "deputy" }), !chief.isEmpty {
                for g in group where keysOf[g]?.allSatisfy({ table[$0].position == "deputy" }) == true { keysOf[g]! += chief }
            }
            for p in s.predecessors.map(pid) where keysOf[p] == nil { keysOf[p] = group.compactMap { keysOf[$0] }.first }
        }
        // "X takes over from Y" with no office named anywhere for either: still a link the
        // report makes, on a ladder of its own (a post not named is never filed with another).
        let unnamed = table.id(Self.unnamedPost)
        for s in successions where s.kind == .replaced {
            let linked = s.predecessors.map(pid) + s.successors.map(pid)
            if linked.allSatisfy({ keysOf[$0] == nil }) { for p in linked { keysOf[p] = [unnamed] } }
        }

        // Chains: people grouped by compatible positions, joined through successions.
        var chains: [(key: RoleKey, members: [Int])] = []
        func compatible(_ a: RoleKey, _ b: RoleKey) -> Bool {
            a.position == b.position && (a.organisation == nil || b.organisation == nil || a.organisation == b.organisation)
                && roles.regionsAgree(a.region, b.region)
        }
        // Indexes that keep grouping near-linear: the chains each person is in, who preceded
        // whom, and the first chain of each fully named position.
        var chainsOf: [Int: [Int]] = [:]
        var previous: [Int: [Int]] = [:]
        for (p, group) in next.sorted(by: { $0.key < $1.key }) { for g in group { previous[g, default: []].append(p) } }
        var byPlace: [RoleKey: Int] = [:]
        // Who is in which chain, for `join`: a chain of a common position holds thousands.
        var membership: Set<Int64> = []
        /// Whether the person was not in the chain yet.
        @discardableResult
        func joinChain(_ person: Int, _ k: Int) -> Bool {
            guard membership.insert(Int64(k) << 32 | Int64(person)).inserted else { return false }
            chains[k].members.append(person)
            chainsOf[person, default: []].append(k)
            return true
        }
        /// Files chain `k` under its key unless a lower chain is; whether it was filed.
        func file(_ k: Int, unlessAny: Bool) -> Bool {
            let key = chains[k].key
            guard Self.isFileable(key), byPlace[key].map({ !unlessAny && $0 > k }) ?? true else { return false }
            byPlace[key] = k
            return true
        }
        for (person, keys) in keysOf.sorted(by: { $0.key < $1.key }) {
            // Chains holding this person or someone linked to them by a succession.
            let linkedPeople = (previous[person] ?? []) + (next[person] ?? []) + (groupOf[person] ?? [])
            var linked = ChainCandidates(linked: linkedPeople.map { chainsOf[$0] ?? [] }, position: { chains[$0].key.position })
            /// Whether the person or their candidates changed.
            func join(_ person: Int, _ k: Int) -> Bool {
                let joined = joinChain(person, k)
                return linked.add(k) || joined
            }
            // Reads one position of the person; whether anything changed.
            func read(_ key: RoleKey) -> Bool {
                if let k = linked.first(holding: key.position, where: { compatible(chains[$0].key, key) }) {
                    var changed = join(person, k)
                    let richer = Self.richer(chains[k].key, key)
                    if richer != chains[k].key {
                        chains[k].key = richer
                        changed = true
                    }
                    return file(k, unlessAny: false) || changed
                } else if Self.isFileable(key), let k = byPlace[key], compatible(chains[k].key, key) {
                    return join(person, k)
                } else {
                    chains.append((key, []))
                    _ = join(person, chains.count - 1)
                    _ = file(chains.count - 1, unlessAny: true)
                    return true
                }
            }
            var settled = SettledKeys<Int>()
            for id in keys where !settled.isSettled(id) {
                settled.read(id, changed: read(table[id]))
            }
        }
        // "appointed a new leader …, Y": Y follows the holder whose tenure ended last.
        // The chains are complete now: a person's chain for a key, and each chain's last
        // exits, are found once however many claims ask.
        var chainFor: [PersonRole: Int?] = [:]
        var lastExits: [Int: LastExits] = [:]
        for s in successions where s.kind == .appointed {
            guard let key = s.key, let y = s.successors.first.map(pid) else { continue }
            let role = PersonRole(person: y, key: key)
            if chainFor[role] == nil {
                chainFor[role] = .some((chainsOf[y] ?? []).sorted().first(where: { compatible(chains[$0].key, key) }))
            }
            guard let k = chainFor[role]! else { continue }
            let ranking = lastExits[k] ?? LastExits(members: chains[k].members) { p in exits[p].map { events[$0].date?.end ?? CalendarDay(ordinal: 0) } }
            lastExits[k] = ranking
            if let p = ranking.last(excluding: y), next[p] == nil {
                next[p] = [y]
            }
        }

        // The sentences of an event that speak of successors, read once per event (an event
        // ends the tenures of every chain its predecessor is in).
        var successorSentences: [Int: [Evidence]] = [:]
        func successorEvidence(_ k: Int) -> [Evidence] {
            if let known = successorSentences[k] { return known }
            let found = events[k].evidence.filter { ev in ev.text.lowercased().contains("successor") }
            successorSentences[k] = found
            return found
        }
        // A holder's list for a tenure: a person of a common position is in thousands of
        // chains, so a tenure of one person shares the person's list rather than copying it.
        func shared<T>(_ group: [Int], _ list: (Int) -> [T]) -> [T] { group.count == 1 ? list(group[0]) : group.flatMap(list) }
        var spellings: [Int: [String]] = [:]
        func otherSpellings(_ p: Int) -> [String] {
            if let known = spellings[p] { return known }
            let person = directory.people[p]
            let found = person.aliases.filter { $0 != person.name }
            spellings[p] = found
            return found
        }
        // How each exit event ended its people's tenures, found once per event: an event of
        // a large corpus names hundreds of people, and ends the tenures of each one's chains.
        var exitsIn: [Int: [Int: ExitAt]] = [:]
        func exitOf(_ group: [Int], inEvent k: Int) -> TenureExit {
            if exitsIn[k] == nil { exitsIn[k] = Self.exits(in: events[k], directory: directory) }
            let found = exitsIn[k]!
            return group.compactMap { found[$0] }.min { $0.at < $1.at }?.exit ?? .unknown
        }
        var out: [SuccessionChain] = []
        let appointed = Self.appointments(directory, events)
        for chain in chains {
            let members = Set(chain.members)
            // A sentence about this position, or a succession within this chain; not every
            // sentence about the person (one person may hold many positions).
            func evidence(_ p: Int) -> [Evidence] {
                sentences.evidence(of: p, fits: { compatible(chain.key, $0) }, links: { $0.contains(where: members.contains) })
            }
            var holders: [[Int]] = []
            var placed = Set<Int>()
            // Order: follow succession links from holders nobody succeeded into.
            let successorsSet = Set(chain.members.flatMap { next[$0] ?? [] })
            var heads = chain.members.filter { !successorsSet.contains($0) }
            heads.sort { exitStart($0) < exitStart($1) }
            for h in heads where !placed.contains(h) {
                var group = groupOf[h] ?? [h]
                while !group.isEmpty, !group.allSatisfy(placed.contains) {
                    holders.append(group)
                    placed.formUnion(group)
                    // Only successors who hold this position: a Kunar commander's successor
                    // named in a Nangarhar chain is not the Kunar one's.
                    group = group.lazy.compactMap { next[$0]?.filter(members.contains) }.first { !$0.isEmpty } ?? []
                }
            }
            for m in chain.members where !placed.contains(m) {
                holders.append([m])
                placed.insert(m)
            }
            var tenures: [Tenure] = []
            for (i, group) in holders.enumerated() {
                let people = group.map { directory.people[$0] }
                var tenure = Tenure(name: people.map(\.name).joined(separator: " and "), members: group.count > 1 ? people.map(\.name) : [],
                                    aliases: shared(group, otherSpellings), start: nil, end: nil,
                                    exit: .unknown, exitEvent: nil, evidence: shared(group, evidence))
                if let k = group.lazy.compactMap({ exits[$0] }).first {
                    tenure.end = events[k].date
                    tenure.exitEvent = events[k].id
                    tenure.exit = exitOf(group, inEvent: k)
                }
                // A group's own entry in `successorsExit` belongs to its successors, not to it.
                if let pred = holders[..<i].last, let k = pred.lazy.compactMap({ successorsExit[$0]?.event }).first, tenure.exitEvent == nil {
                    let e = events[k]
                    tenure.end = e.date
                    tenure.exitEvent = e.id
                    tenure.exit = e.people.isEmpty && e.counts.killed != nil ? .killed : .unknown
                    tenure.evidence += successorEvidence(k)
                }
                if tenure.exitEvent == nil, i + 1 < holders.count { tenure.exit = .replaced }
                // An appointment starts this tenure only when its sentence is about this
                // position: one made emir is not thereby governor from that day.
                let appointments = group.flatMap { appointed[$0] ?? [] }
                if !appointments.isEmpty {
                    let told = Set(tenure.evidence.map(TenureEvidence.SentencePlace.init))
                    tenure.start = appointments.filter { k in events[k].evidence.contains { told.contains(.init($0)) } }
                        .min().map { events[$0].date } ?? nil
                }
                tenures.append(tenure)
            }
            // Keep chains that say something: a succession, or a tenure that ended in an event.
            guard tenures.count >= 2 || tenures.contains(where: { $0.exitEvent != nil }) else { continue }
            out.append(SuccessionChain(organisation: chain.key.organisation, role: Self.label(chain.key), key: chain.key, holders: tenures))
        }
        return (out, directory)
    }

    /// A person and a position they hold, as a key of memos.
    struct PersonRole: Hashable {
        var person: Int
        var key: RoleKey
    }

    /// Each person's first appointment event, found once.
    /// Each person's appointment events, in the events' (chronological) order.
    static func appointments(_ directory: PersonDirectory, _ events: [Event]) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (k, e) in events.enumerated() where e.kind == .appointment {
            for ep in e.people where ep.fate == .appointed {
                if let id = directory.id(ep.name) { out[id, default: []].append(k) }
            }
        }
        return out
    }

    /// How an event ended a person's tenure, and where among its people it says so.
    struct ExitAt {
        var at: Int
        var exit: TenureExit
    }

    /// How the event ended the tenure of each person it names as killed, captured or
    /// surrendered: the first of their spellings to say so. A tenure of several people
    /// ends as the first of them named so. A spelling belongs to the one person it is an
    /// alias of, so it is looked up rather than compared with their aliases.
    static func exits(in e: Event, directory: PersonDirectory) -> [Int: ExitAt] {
        var out: [Int: ExitAt] = [:]
        for (at, ep) in e.people.enumerated() {
            let exit: TenureExit
            switch ep.fate {
            case .killed: exit = .killed
            case .captured: exit = .captured
            case .surrendered: exit = .surrendered
            default: continue
            }
            if let id = directory.id(ep.name), out[id] == nil { out[id] = ExitAt(at: at, exit: exit) }
        }
        return out
    }

    /// The event whose evidence in the same source ends last before `evidence` starts.
    static func eventBefore(_ evidence: Evidence, in told: [(event: Int, range: TextRange)]) -> Int? {
        var best: (Int, Int)?
        for (e, range) in told where range.end <= evidence.range.start {
            if best == nil || range.end > best!.1 { best = (e, range.end) }
        }
        return best?.0
    }

    /// The fuller of two keys for one position.
    static func richer(_ a: RoleKey, _ b: RoleKey) -> RoleKey {
        RoleKey(organisation: a.organisation ?? b.organisation, position: a.position, region: a.region ?? b.region)
    }

    static func label(_ k: RoleKey) -> String {
        k.region.map { "\(k.position) in \($0)" } ?? k.position
    }
}
