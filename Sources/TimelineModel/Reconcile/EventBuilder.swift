/// Builds one event from the mentions that report it: the most precise, best-supported
/// value of each field, and every disagreement with who says what.
struct EventBuilder {
    let reconciler: Reconciler

    func build(_ mentions: [EventMention]) -> Event {
        let ordered = mentions.sorted { ($0.source, $0.sentence.range.start) < ($1.source, $1.sentence.range.start) }
        let kind = chooseKind(ordered)
        let (date, dateConflict) = chooseDate(ordered)
        let (place, placeConflict) = choosePlace(ordered)
        var (actors, actorConflict) = chooseActors(ordered)
        // Who acted is disputed for acts of force, arrests and surrenders, not for milestones.
        if !(kind.isViolent || kind == .capture || kind == .surrender) { actorConflict = nil }
        let targets = unique(ordered.flatMap(\.targets)).filter { !actors.contains($0) }
        let people = mergePeople(ordered)
        var counts = Counts()
        var conflicts = [dateConflict, placeConflict, actorConflict].compactMap { $0 }
        for field in Counts.Field.allCases {
            let (value, conflict) = chooseCount(ordered, field)
            counts[field] = value
            if let conflict { conflicts.append(conflict) }
        }
        var evidence: [Evidence] = []
        for m in ordered where !evidence.contains(where: { $0.source == m.source && $0.range == m.sentence.range }) {
            evidence.append(m.evidence)
        }
        var event = Event(id: "", kind: kind, date: date, place: place, actors: actors, targets: targets, people: people,
                          counts: counts, headline: "", evidence: evidence, conflicts: conflicts)
        event.headline = Headline.make(for: event, mentions: ordered)
        event.id = EventID.make(for: event)
        return event
    }

    func unique(_ xs: [String]) -> [String] {
        var out: [String] = []
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }

    /// Who says it: "the defense ministry, 001" or "001".
    func claimant(_ m: EventMention) -> String { m.attribution.map { "\($0)" } ?? "" }

    func chooseKind(_ ms: [EventMention]) -> EventKind {
        var support: [EventKind: Int] = [:]
        let named = ms.filter { !$0.genericKind }
        for m in named.isEmpty ? ms : named { support[m.kind, default: 0] += 1 }
        return support.keys.max { a, b in
            // A named method beats a bare killing; then support; then specificity.
            let ka = a == .killing ? 0 : 1, kb = b == .killing ? 0 : 1
            if ka != kb { return ka < kb }
            if a.specificity != b.specificity { return a.specificity < b.specificity }
            if support[a]! != support[b]! { return support[a]! < support[b]! }
            return a.rawValue > b.rawValue  // deterministic on a tie
        }!
    }

    /// The most precise date, most supported among equals; disagreeing day-precise claims,
    /// and coarser claims that do not contain the chosen date, are conflicts.
    func chooseDate(_ ms: [EventMention]) -> (DateSpan?, Conflict?) {
        let own = ms.filter { $0.date != nil && $0.dateBasis != .report && $0.dateBasis != .none }
        let pool = own.isEmpty ? ms.filter { $0.date != nil } : own
        guard !pool.isEmpty else { return (nil, nil) }
        func rank(_ d: DateSpan) -> Int {
            switch d.precision {
            case .day: 0
            case .month: 1
            case .range: 2
            case .year: 3
            case .unknown: 4
            }
        }
        var groups: [DateSpan: [EventMention]] = [:]
        for m in pool {
            var d = m.date!
            d.approximate = false
            groups[d, default: []].append(m)
        }
        func support(_ d: DateSpan) -> Int {
            let ms = groups[d]!
            return Set(ms.map { "\($0.source)|\($0.attribution ?? "")" }).count
        }
        let chosenKey = groups.keys.min { a, b in
            // Exact days first; approximate-only days ("overnight") count as less precise.
            let ra = rank(a) + (groups[a]!.allSatisfy { $0.date!.approximate } ? 1 : 0)
            let rb = rank(b) + (groups[b]!.allSatisfy { $0.date!.approximate } ? 1 : 0)
            if ra != rb { return ra < rb }
            if support(a) != support(b) { return support(a) > support(b) }
            // A total order, so the choice never depends on the dictionary's hash seed.
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            return a.precision.rawValue < b.precision.rawValue
        }!
        var chosen = chosenKey
        chosen.approximate = groups[chosenKey]!.allSatisfy { $0.date!.approximate }
        // Claims that contradict the chosen date.
        let contradicting = groups.keys.filter { d in
            d != chosenKey && !d.overlaps(chosenKey) && !(groups[d]!.allSatisfy { $0.date!.approximate } && abs(d.start.ordinal - chosenKey.start.ordinal) <= 1)
        }
        guard !contradicting.isEmpty else { return (chosen, nil) }
        let claims = ([chosenKey] + contradicting.sorted { ($0.start, $0.end) < ($1.start, $1.end) }).map { d in
            claim(d.label, groups[d]!)
        }
        return (chosen, Conflict(field: "date", claims: claims))
    }

    func claim(_ value: String, _ ms: [EventMention]) -> Claim {
        Claim(value: value, sources: unique(ms.map(\.source)), attributions: unique(ms.compactMap(\.attribution)))
    }

    func choosePlace(_ ms: [EventMention]) -> (EventPlace, Conflict?) {
        let stated = ms.filter { !$0.placeInherited && !$0.place.isEmpty }
        guard !stated.isEmpty else { return (ms.first { !$0.place.isEmpty }?.place ?? EventPlace(), nil) }
        func level(_ p: EventPlace) -> Int { p.locality != nil ? 4 : p.district != nil ? 3 : p.province != nil ? 2 : p.country != nil ? 1 : 0 }
        var best = stated.max { level($0.place) < level($1.place) }!.place
        // Fill gaps from the others when they agree.
        for m in stated where m.place.isCompatible(with: best) {
            if best.district == nil { best.district = m.place.district }
            if best.province == nil { best.province = m.place.province }
            if best.country == nil { best.country = m.place.country }
            if best.locality == nil { best.locality = m.place.locality }
        }
        let disagreeing = stated.filter { !$0.place.isCompatible(with: best) }
        guard !disagreeing.isEmpty else { return (best, nil) }
        var claims = [claim(best.label, stated.filter { $0.place.isCompatible(with: best) })]
        for (label, group) in Dictionary(grouping: disagreeing, by: { $0.place.label }).sorted(by: { $0.key < $1.key }) {
            claims.append(claim(label, group))
        }
        return (best, Conflict(field: "place", claims: claims))
    }

    /// The actors most reports name; reports naming other actors are a conflict ("who struck").
    func chooseActors(_ ms: [EventMention]) -> ([String], Conflict?) {
        let naming = ms.filter { !$0.actors.isEmpty }
        guard !naming.isEmpty else { return ([], nil) }
        var groups: [[String]: [EventMention]] = [:]
        for m in naming { groups[m.actors.sorted(), default: []].append(m) }
        func support(_ k: [String]) -> Int { Set(groups[k]!.map { "\($0.source)|\($0.attribution ?? "")" }).count }
        let best = groups.keys.max { a, b in
            if support(a) != support(b) { return support(a) < support(b) }
            if a.count != b.count { return a.count < b.count }
            return a.joined() > b.joined()  // deterministic on a tie
        }!
        // Sets that share an actor with the chosen one, or add to it, do not contradict it.
        let contradicting = groups.keys.filter { k in k != best && Set(k).isDisjoint(with: best) }
        let actors = unique(naming.flatMap(\.actors).filter { best.contains($0) })
        guard !contradicting.isEmpty else {
            return (unique(naming.flatMap(\.actors)), nil)
        }
        let claims = ([best] + contradicting.sorted { $0.joined() < $1.joined() }).map { k in
            claim(k.joined(separator: " and "), groups[k]!)
        }
        return (actors, Conflict(field: "actors", claims: claims))
    }

    func chooseCount(_ ms: [EventMention], _ field: Counts.Field) -> (Count?, Conflict?) {
        let with = ms.filter { $0.counts[field] != nil }
        guard !with.isEmpty else { return (nil, nil) }
        var groups: [Count: [EventMention]] = [:]
        for m in with { groups[m.counts[field]!, default: []].append(m) }
        let firm = groups.keys.filter { $0.hedge != .atLeast }
        func support(_ c: Count) -> Int { Set(groups[c]!.map { "\($0.source)|\($0.attribution ?? "")" }).count }
        let pool = firm.isEmpty ? Array(groups.keys) : firm
        // The most conservative reading of a hedged number, as ACLED counts.
        func reading(_ c: Count) -> Double {
            switch c.hedge {
            case .upTo: Double(c.value) - 0.5
            case .about, .vague: Double(c.value) - 0.25
            case .exact: Double(c.value)
            case .atLeast: Double(c.value) + 0.25
            case .moreThan: Double(c.value) + 0.5
            }
        }
        let chosen = pool.max { a, b in
            if (a.hedge == .exact) != (b.hedge == .exact) { return b.hedge == .exact }
            if support(a) != support(b) { return support(a) < support(b) }
            if reading(a) != reading(b) { return reading(a) > reading(b) }
            return (a.upper ?? 0) > (b.upper ?? 0)
        }!
        let others = pool.filter { $0 != chosen }
        guard !others.isEmpty else { return (chosen, nil) }
        let claims = ([chosen] + others.sorted { ($0.value, $0.label) < ($1.value, $1.label) }).map { c in claim(c.label, groups[c]!) }
        return (chosen, Conflict(field: field.rawValue, claims: claims))
    }

    /// People across reports, one entry per person however spelled; the fullest spelling
    /// names them and the gravest fate stands.
    func mergePeople(_ ms: [EventMention]) -> [PersonInEvent] {
        var out: [PersonInEvent] = []
        var keys = FirstMatch()
        let gravity: [Fate: Int] = [.killed: 7, .captured: 6, .surrendered: 5, .wounded: 4, .replaced: 3, .appointed: 3, .targeted: 2, .involved: 1]
        for m in ms {
            for p in m.people {
                let key = reconciler.nameKey(p.name)
                if let k = keys.first(matching: key) {
                    if gravity[p.fate, default: 0] > gravity[out[k].fate, default: 0] { out[k].fate = p.fate }
                    if p.name.count > out[k].name.count { out[k].name = p.name }
                } else {
                    keys.append(key)
                    out.append(p)
                }
            }
        }
        return out
    }
}
