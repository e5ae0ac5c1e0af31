/// Builds leadership chains from the positions and successions the sources state and the
/// events that ended tenures.
public struct ChainBuilder: Sendable {
    public var roles: RoleReader
    public var nameKey: @Sendable (String) -> NameKey

    public init(roles: RoleReader = .standard(), nameKey: @escaping @Sendable (String) -> NameKey) {
        self.roles = roles
        self.nameKey = nameKey
    }

    public static func standard() -> ChainBuilder {
        ChainBuilder(nameKey: Reconciler.standard().nameKey)
    }

    public func build(_ readings: [SourceReading], events: [Event]) -> (chains: [SuccessionChain], people: PersonDirectory) {
        let roleClaims = readings.flatMap(\.roles)
        var successions = readings.flatMap(\.successions)
        let names = readings.flatMap(\.names) + roleClaims.map(\.person) + successions.flatMap { $0.predecessors + $0.successors }
            + events.flatMap { $0.people.map(\.name) }
        let directory = PersonDirectory(names: names, key: nameKey)
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
        func exitEvent(_ person: Int, _ directory: PersonDirectory, _ events: [Event]) -> Event? { exits[person].map { events[$0] } }

        // "his two successors were killed": the predecessor is who the event just before in the
        // same source ended; the successors, whoever the sources say succeeded that person.
        var successorsExit: [Int: (event: Event, count: Int?)] = [:]
        for claim in successions where claim.kind == .successorsEnded {
            guard let ended = events.first(where: { $0.evidence.contains { $0.source == claim.evidence.source && $0.range == claim.evidence.range } }),
                  let before = Self.eventBefore(claim.evidence, in: events),
                  let predecessor = before.people.first(where: { [.captured, .killed, .surrendered].contains($0.fate) }) else { continue }
            successorsExit[pid(predecessor.name)] = (ended, claim.successorCount)
        }
        successions.removeAll { $0.kind == .successorsEnded }

        // Positions per person.
        var keysOf: [Int: [RoleKey]] = [:]
        var evidenceOf: [Int: [Evidence]] = [:]
        for c in roleClaims {
            keysOf[pid(c.person), default: []].append(c.key)
            evidenceOf[pid(c.person), default: []].append(c.evidence)
        }
        // Succession links: predecessor → successor group.
        var next: [Int: [Int]] = [:]
        var groupOf: [Int: [Int]] = [:]
        for s in successions where s.kind == .replaced {
            let group = s.successors.map(pid)
            for p in s.predecessors.map(pid) { next[p] = group }
            for g in group { groupOf[g] = group }
            for p in s.predecessors.map(pid) + group { evidenceOf[p, default: []].append(s.evidence) }
            // A successor holds the predecessor's position when the text gives none of its own.
            for g in group where keysOf[g] == nil { keysOf[g] = keysOf[s.predecessors.map(pid).first ?? -1] }
            for p in s.predecessors.map(pid) where keysOf[p] == nil { keysOf[p] = group.compactMap { keysOf[$0] }.first }
        }

        // Chains: people grouped by compatible positions, joined through successions.
        var chains: [(key: RoleKey, members: [Int])] = []
        func compatible(_ a: RoleKey, _ b: RoleKey) -> Bool {
            a.position == b.position && (a.organisation == nil || b.organisation == nil || a.organisation == b.organisation)
                && roles.regionsAgree(a.region, b.region)
        }
        for (person, keys) in keysOf.sorted(by: { $0.key < $1.key }) {
            for key in keys {
                if let k = chains.firstIndex(where: { c in compatible(c.key, key) && (c.members.contains(person) || c.members.contains { next[$0]?.contains(person) == true || next[person]?.contains($0) == true || groupOf[person]?.contains($0) == true }) }) {
                    if !chains[k].members.contains(person) { chains[k].members.append(person) }
                    chains[k].key = Self.richer(chains[k].key, key)
                } else if let k = chains.firstIndex(where: { compatible($0.key, key) && $0.key.region != nil && key.region != nil && $0.key.region == key.region && $0.key.organisation == key.organisation }) {
                    if !chains[k].members.contains(person) { chains[k].members.append(person) }
                } else {
                    chains.append((key, [person]))
                }
            }
        }
        // "appointed a new leader …, Y": Y follows the holder whose tenure ended last.
        for s in successions where s.kind == .appointed {
            guard let key = s.key, let y = s.successors.first.map(pid),
                  let k = chains.firstIndex(where: { compatible($0.key, key) && $0.members.contains(y) }) else { continue }
            let exits = chains[k].members.filter { $0 != y }.compactMap { p in exitEvent(p, directory, events).map { (p, $0) } }
            if let (p, _) = exits.max(by: { ($0.1.date?.end ?? .init(ordinal: 0)) < ($1.1.date?.end ?? .init(ordinal: 0)) }), next[p] == nil {
                next[p] = [y]
            }
        }

        var out: [SuccessionChain] = []
        for chain in chains {
            var holders: [[Int]] = []
            var placed = Set<Int>()
            // Order: follow succession links from holders nobody succeeded into.
            let successorsSet = Set(chain.members.flatMap { next[$0] ?? [] })
            var heads = chain.members.filter { !successorsSet.contains($0) }
            heads.sort { (exitEvent($0, directory, events)?.date?.start ?? .init(ordinal: Int.max / 2)) < (exitEvent($1, directory, events)?.date?.start ?? .init(ordinal: Int.max / 2)) }
            for h in heads where !placed.contains(h) {
                var group = groupOf[h] ?? [h]
                while !group.isEmpty, !group.allSatisfy(placed.contains) {
                    holders.append(group)
                    placed.formUnion(group)
                    group = group.compactMap { next[$0] }.first ?? []
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
                                    aliases: people.flatMap { p in p.aliases.filter { $0 != p.name } }, start: nil, end: nil,
                                    exit: .unknown, exitEvent: nil, evidence: group.flatMap { evidenceOf[$0] ?? [] })
                if let e = group.lazy.compactMap({ exitEvent($0, directory, events) }).first {
                    tenure.end = e.date
                    tenure.exitEvent = e.id
                    tenure.exit = Self.exit(of: group.map { directory.people[$0] }, in: e, nameKey: nameKey)
                } else if let e = group.lazy.compactMap({ successorsExit[$0] }).first {
                    // not this group's exit: that entry belongs to the predecessor
                    _ = e
                }
                if let pred = holders[..<i].last, let e = pred.lazy.compactMap({ successorsExit[$0] }).first, tenure.exitEvent == nil {
                    tenure.end = e.event.date
                    tenure.exitEvent = e.event.id
                    tenure.exit = e.event.people.isEmpty && e.event.counts.killed != nil ? .killed : .unknown
                    tenure.evidence += e.event.evidence.filter { ev in ev.text.lowercased().contains("successor") }
                }
                if tenure.exitEvent == nil, i + 1 < holders.count { tenure.exit = .replaced }
                tenure.start = appointment(group, directory, events)?.date
                tenures.append(tenure)
            }
            // Keep chains that say something: a succession, or a tenure that ended in an event.
            guard tenures.count >= 2 || tenures.contains(where: { $0.exitEvent != nil }) else { continue }
            out.append(SuccessionChain(organisation: chain.key.organisation, role: Self.label(chain.key), key: chain.key, holders: tenures))
        }
        return (out, directory)
    }

    func appointment(_ group: [Int], _ directory: PersonDirectory, _ events: [Event]) -> Event? {
        events.first { e in e.kind == .appointment && e.people.contains { ep in ep.fate == .appointed && group.contains(directory.id(ep.name) ?? -1) } }
    }

    static func exit(of people: [PersonDirectory.Person], in e: Event, nameKey: (String) -> NameKey) -> TenureExit {
        for ep in e.people where people.contains(where: { $0.aliases.contains(ep.name) || $0.name == ep.name }) {
            switch ep.fate {
            case .killed: return .killed
            case .captured: return .captured
            case .surrendered: return .surrendered
            default: continue
            }
        }
        return .unknown
    }

    static func eventBefore(_ evidence: Evidence, in events: [Event]) -> Event? {
        var best: (Event, Int)?
        for e in events {
            for ev in e.evidence where ev.source == evidence.source && ev.range.end <= evidence.range.start {
                if best == nil || ev.range.end > best!.1 { best = (e, ev.range.end) }
            }
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
