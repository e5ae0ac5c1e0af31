/// Merges the mentions of one happening, across sources and within one, into events.
///
/// Mentions with dates of their own are grouped first: they merge when their kinds can
/// describe one happening, their dates agree (or disagree by a day or two while a person,
/// a district or a count ties them), their places do not contradict each other and,
/// within one source, their counts and people do not either. Undated mentions then join
/// the event of their own source that fits them best, or stand alone.
public struct Reconciler: Sendable {
    public var nameKey: @Sendable (String) -> NameKey
    /// Sources' outlets, to say who says what.
    public var outlets: [String: String]

    public init(outlets: [String: String] = [:], nameKey: @escaping @Sendable (String) -> NameKey) {
        self.outlets = outlets
        self.nameKey = nameKey
    }

    public static func standard(outlets: [String: String] = [:]) -> Reconciler {
        let honorifics = Set((DataFile.entries("name-honorifics.txt") + DataFile.entries("honorifics.txt")).map { Tokenizer.fold($0).filter(\.isLetter) })
        let particles = Set(DataFile.entries("name-particles.txt").map { Tokenizer.fold($0).filter(\.isLetter) })
        return Reconciler(outlets: outlets, nameKey: { NameKey($0, honorifics: honorifics, particles: particles) })
    }

    public func events(from mentions: [EventMention]) -> [Event] {
        var clusters: [[EventMention]] = []
        let dated = mentions.filter { $0.dateBasis != .report && $0.dateBasis != .none }
        let undated = mentions.filter { $0.dateBasis == .report || $0.dateBasis == .none }
        for m in dated {
            if let k = clusters.indices.first(where: { fits(m, clusters[$0], strict: true) }) {
                clusters[k].append(m)
            } else {
                clusters.append([m])
            }
        }
        for m in undated {
            // An undated report joins an event its own source tells of, or one that names its people.
            let candidates = clusters.indices.filter { k in
                (clusters[k].contains { $0.source == m.source } || sharesPerson(m, clusters[k])) && fits(m, clusters[k], strict: false)
            }
            if let k = candidates.max(by: { affinity(m, clusters[$0]) < affinity(m, clusters[$1]) }) {
                clusters[k].append(m)
            } else {
                clusters.append([m])
            }
        }
        return clusters.map(EventBuilder(reconciler: self).build).sorted(by: Self.chronological)
    }

    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?):
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        return (a.kind, a.id) < (b.kind, b.id)
    }

    // MARK: - Compatibility

    func sharesPerson(_ m: EventMention, _ cluster: [EventMention], fates: Set<Fate>? = nil) -> Bool {
        let mine = m.people.filter { fates == nil || fates!.contains($0.fate) }.map { nameKey($0.name) }
        guard !mine.isEmpty else { return false }
        return cluster.contains { other in
            other.people.contains { p in (fates == nil || fates!.contains(p.fate)) && mine.contains { $0.matches(nameKey(p.name)) } }
        }
    }

    func fits(_ m: EventMention, _ cluster: [EventMention], strict: Bool) -> Bool {
        if m.kind == .tally || cluster.contains(where: { $0.kind == .tally }) {
            return cluster.allSatisfy { $0.kind == .tally && $0.source == m.source && $0.date == m.date && $0.counts == m.counts }
        }
        let killedTogether = sharesPerson(m, cluster, fates: [.killed, .targeted])
        for other in cluster {
            let generic = (m.genericKind || other.genericKind) && m.kind.isViolent && other.kind.isViolent
            if !m.kind.canDescribeSameHappening(as: other.kind) && !killedTogether && !generic { return false }
            if !placesAgree(m, other) { return false }
            if m.source == other.source, !countsAgree(m.counts, other.counts) { return false }
        }
        // Dates: agree, or differ by a couple of days while something else ties them.
        let tie = killedTogether || sharesPerson(m, cluster) || cluster.contains { sameDistrict($0, m) || sameCount($0, m) }
        for other in cluster {
            guard let a = window(m), let b = window(other) else { continue }
            if a.overlaps(b) { continue }
            let gap = min(abs(a.start.ordinal - b.end.ordinal), abs(b.start.ordinal - a.end.ordinal))
            if !(tie && gap <= 2) { return false }
        }
        if !strict { return true }
        // Across sources a merge needs more than a shared month: a person, a district, a
        // day, a count, or (for milestones) the same kind at the same place.
        if cluster.allSatisfy({ $0.source != m.source }) {
            let sameDay = cluster.contains { $0.date?.precision == .day && m.date?.precision == .day && $0.date == m.date }
            let milestone = [.other, .offensive, .appointment].contains(m.kind) && cluster.contains { $0.kind == m.kind }
            let containedDay = cluster.contains { c in
                guard let x = c.date, let y = m.date else { return false }
                return (x.precision == .day || y.precision == .day) && x.overlaps(y) && c.kind == m.kind && placesAgree(c, m)
                    && (placesAgreeStrongly(c, m) || ![.raid, .airstrike, .clash, .attack, .killing].contains(m.kind))
            }
            return tie || sameDay || milestone || containedDay
        }
        // Within a source two dated reports of the same kind and period are one event unless
        // something sets them apart (checked above: counts, places).
        return true
    }

    /// Where a mention's date may fall: an undated mention only says "before the report".
    func window(_ m: EventMention) -> DateSpan? {
        guard let d = m.date else { return nil }
        if m.dateBasis == .report { return .range(d.end.adding(days: -3650), d.end) }
        return d
    }

    func placesAgree(_ a: EventMention, _ b: EventMention) -> Bool {
        if a.placeInherited || b.placeInherited { return true }
        return a.place.isCompatible(with: b.place)
    }

    func placesAgreeStrongly(_ a: EventMention, _ b: EventMention) -> Bool {
        !a.placeInherited && !b.placeInherited && a.place.province != nil && a.place.province == b.place.province
    }

    func sameDistrict(_ a: EventMention, _ b: EventMention) -> Bool {
        a.place.district != nil && a.place.district == b.place.district && !a.placeInherited && !b.placeInherited
    }

    func sameCount(_ a: EventMention, _ b: EventMention) -> Bool {
        Counts.Field.allCases.contains { f in
            guard let x = a.counts[f], let y = b.counts[f] else { return false }
            return x.value == y.value && x.hedge != .atLeast
        }
    }

    /// Within one source, two different numbers for the same count mean two happenings.
    func countsAgree(_ a: Counts, _ b: Counts) -> Bool {
        Counts.Field.allCases.allSatisfy { f in
            guard let x = a[f], let y = b[f] else { return true }
            if x.hedge == .atLeast { return y.value >= x.value || y.hedge != .exact }
            if y.hedge == .atLeast { return x.value >= y.value || x.hedge != .exact }
            return x.value == y.value
        }
    }

    /// How well an undated mention fits an event: same source, shared people, place, kind.
    func affinity(_ m: EventMention, _ cluster: [EventMention]) -> Int {
        var score = 0
        if cluster.contains(where: { $0.source == m.source }) { score += 4 }
        if sharesPerson(m, cluster) { score += 8 }
        if cluster.contains(where: { $0.kind == m.kind }) { score += 3 }
        if cluster.contains(where: { sameDistrict($0, m) }) { score += 2 }
        if cluster.contains(where: { sameCount($0, m) }) { score += 3 }
        // Nearby sentences of one source most likely tell of the same happening.
        let distance = cluster.filter { $0.source == m.source }.map { abs($0.sentence.index - m.sentence.index) }.min() ?? 99
        score += distance <= 2 ? 3 : distance <= 5 ? 2 : 0
        return score
    }
}
