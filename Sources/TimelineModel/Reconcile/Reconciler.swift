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
        var work = Workspace(mentions: mentions, nameKey: nameKey)
        let dated = mentions.indices.filter { mentions[$0].dateBasis != .report && mentions[$0].dateBasis != .none }
        let undated = mentions.indices.filter { mentions[$0].dateBasis == .report || mentions[$0].dateBasis == .none }
        for i in dated {
            let candidates = work.nearbySorted(i)
            if let k = candidates.first(where: { fits(i, work.clusters[$0], work, strict: true) }) {
                work.add(i, to: k)
            } else {
                work.start(i)
            }
        }
        for i in undated {
            // An undated report joins an event its own source tells of, or one that names its people.
            let candidates = Workspace.sortedUnique(work.sameSourceOrPersonList(i)).filter { fits(i, work.clusters[$0], work, strict: false) }
            if let k = candidates.max(by: { affinity(i, work.clusters[$0], work) < affinity(i, work.clusters[$1], work) }) {
                work.add(i, to: k)
            } else {
                work.start(i)
            }
        }
        let builder = EventBuilder(reconciler: self)
        return work.clusters.map { builder.build($0.map { mentions[$0] }) }.sorted(by: Self.chronological)
    }

    /// Clusters of mention indices with the indexes that keep merging near-linear: by month,
    /// by source and by the distinctive words of people's names.
    /// The facts of a mention that merging compares: a class, so that comparisons share
    /// rather than copy them.
    final class Brief {
        let kind: EventKind
        let source: String
        let date: DateSpan?
        let dateBasis: DateBasis
        let place: EventPlace
        let placeInherited: Bool
        let counts: Counts
        let genericKind: Bool
        let sentence: Int
        let paragraph: Int

        init(_ m: EventMention) {
            kind = m.kind
            source = m.source
            date = m.date
            dateBasis = m.dateBasis
            place = m.place
            placeInherited = m.placeInherited
            counts = m.counts
            genericKind = m.genericKind
            sentence = m.sentence.index
            paragraph = m.sentence.paragraph
        }
    }

    struct Workspace {
        let mentions: [Brief]
        let keys: [[(NameKey, Fate)]]
        var clusters: [[Int]] = []
        var byMonth: [Int: [Int]] = [:]
        var bySource: [String: [Int]] = [:]
        var byName: [String: [Int]] = [:]

        init(mentions: [EventMention], nameKey: (String) -> NameKey) {
            self.mentions = mentions.map(Brief.init)
            var cache: [String: NameKey] = [:]
            keys = mentions.map { m in
                m.people.map { p in
                    if let k = cache[p.name] { return (k, p.fate) }
                    let k = nameKey(p.name)
                    cache[p.name] = k
                    return (k, p.fate)
                }
            }
        }

        static func months(_ d: DateSpan) -> ClosedRange<Int> {
            let a = d.start.year * 12 + d.start.month - 1, b = d.end.year * 12 + d.end.month - 1
            return a...min(b, a + 24)
        }

        func nearby(_ i: Int) -> Set<Int> {
            guard let d = mentions[i].date else { return Set(clusters.indices) }
            var out = Set<Int>()
            let r = Self.months(d)
            for month in (r.lowerBound - 1)...(r.upperBound + 1) { out.formUnion(byMonth[month] ?? []) }
            return out.union(sameSourceOrPerson(i).filter { k in clusters[k].contains { mentions[$0].date == nil } })
        }

        /// `nearby(i).sorted()`, gathered in an array rather than a set.
        func nearbySorted(_ i: Int) -> [Int] {
            guard let d = mentions[i].date else { return Array(clusters.indices) }
            var out: [Int] = []
            let r = Self.months(d)
            for month in (r.lowerBound - 1)...(r.upperBound + 1) { if let ks = byMonth[month] { out += ks } }
            for k in sameSourceOrPersonList(i) where clusters[k].contains(where: { mentions[$0].date == nil }) { out.append(k) }
            return Self.sortedUnique(out)
        }

        /// The clusters of `sameSourceOrPerson(i)`, possibly repeated, in no order.
        func sameSourceOrPersonList(_ i: Int) -> [Int] {
            var out = bySource[mentions[i].source] ?? []
            for (k, _) in keys[i] { for w in k.distinctive { if let ks = byName[w] { out += ks } } }
            return out
        }

        static func sortedUnique(_ xs: [Int]) -> [Int] {
            var xs = xs
            xs.sort()
            var out: [Int] = []
            out.reserveCapacity(xs.count)
            for x in xs where out.last != x { out.append(x) }
            return out
        }

        func sameSourceOrPerson(_ i: Int) -> Set<Int> {
            var out = Set(bySource[mentions[i].source] ?? [])
            for (k, _) in keys[i] { for w in k.distinctive { out.formUnion(byName[w] ?? []) } }
            return out
        }

        mutating func start(_ i: Int) {
            clusters.append([])
            add(i, to: clusters.count - 1)
        }

        mutating func add(_ i: Int, to k: Int) {
            clusters[k].append(i)
            let m = mentions[i]
            if let d = m.date, m.dateBasis != .report {
                for month in Self.months(d) where byMonth[month]?.last != k { byMonth[month, default: []].append(k) }
            }
            if bySource[m.source]?.last != k { bySource[m.source, default: []].append(k) }
            for (key, _) in keys[i] { for w in key.distinctive where byName[w]?.last != k { byName[w, default: []].append(k) } }
        }
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

    static let killedOrTargeted: Set<Fate> = [.killed, .targeted]
    static let appointedOnly: Set<Fate> = [.appointed]
    static let milestoneKinds: [EventKind] = [.other, .offensive, .appointment]
    static let placedKinds: [EventKind] = [.raid, .airstrike, .clash, .attack, .killing]

    func sharesPerson(_ i: Int, _ cluster: [Int], _ w: Workspace, fates: Set<Fate>? = nil) -> Bool {
        let mine = w.keys[i].filter { fates == nil || fates!.contains($0.1) }.map(\.0)
        guard !mine.isEmpty else { return false }
        return cluster.contains { j in
            w.keys[j].contains { k, fate in (fates == nil || fates!.contains(fate)) && mine.contains { $0.matches(k) } }
        }
    }

    func fits(_ i: Int, _ clusterIndices: [Int], _ w: Workspace, strict: Bool) -> Bool {
        let m = w.mentions[i]
        let cluster = clusterIndices.lazy.map { w.mentions[$0] }
        if m.kind == .tally || cluster.contains(where: { $0.kind == .tally }) {
            return cluster.allSatisfy { $0.kind == .tally && $0.source == m.source && $0.date == m.date && $0.counts == m.counts }
        }
        // Dates more than two days apart rule a merge out whatever ties the reports (the
        // date test below): checked first, as it is cheap and rejects most candidates.
        if let a = window(m) {
            for other in cluster {
                guard let b = window(other), !a.overlaps(b) else { continue }
                if min(abs(a.start.ordinal - b.end.ordinal), abs(b.start.ordinal - a.end.ordinal)) > 2 { return false }
            }
        }
        let killedTogether = sharesPerson(i, clusterIndices, w, fates: Self.killedOrTargeted)
        // Two appointments are one only if they name the same appointee.
        if m.kind == .appointment, w.keys[i].contains(where: { $0.1 == .appointed }),
           clusterIndices.contains(where: { w.mentions[$0].kind == .appointment && w.keys[$0].contains { $0.1 == .appointed } }),
           !sharesPerson(i, clusterIndices, w, fates: Self.appointedOnly) { return false }
        for other in cluster {
            let generic = (m.genericKind || other.genericKind) && m.kind.isViolent && other.kind.isViolent
            if !m.kind.canDescribeSameHappening(as: other.kind) && !killedTogether && !generic { return false }
            if !placesAgree(m, other) { return false }
            if m.source == other.source, !countsAgree(m.counts, other.counts) { return false }
        }
        // Dates: agree, or differ by a couple of days while something else ties them.
        let tie = killedTogether || sharesPerson(i, clusterIndices, w) || cluster.contains { sameDistrict($0, m) || sameCount($0, m) }
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
            let milestone = Self.milestoneKinds.contains(m.kind) && cluster.contains { $0.kind == m.kind }
            let containedDay = cluster.contains { c in
                guard let x = c.date, let y = m.date else { return false }
                return (x.precision == .day || y.precision == .day) && x.overlaps(y) && c.kind == m.kind && placesAgree(c, m)
                    && (placesAgreeStrongly(c, m) || !Self.placedKinds.contains(m.kind))
            }
            return tie || sameDay || milestone || containedDay
        }
        // Within a source two dated reports of the same kind and period are one event unless
        // something sets them apart (checked above: counts, places).
        return true
    }

    /// Where a mention's date may fall: an undated mention only says "before the report".
    func window(_ m: Brief) -> DateSpan? {
        guard let d = m.date else { return nil }
        if m.dateBasis == .report { return .range(d.end.adding(days: -3650), d.end) }
        return d
    }

    func placesAgree(_ a: Brief, _ b: Brief) -> Bool {
        if a.placeInherited || b.placeInherited { return true }
        return a.place.isCompatible(with: b.place)
    }

    func placesAgreeStrongly(_ a: Brief, _ b: Brief) -> Bool {
        !a.placeInherited && !b.placeInherited && a.place.province != nil && a.place.province == b.place.province
    }

    func sameDistrict(_ a: Brief, _ b: Brief) -> Bool {
        a.place.district != nil && a.place.district == b.place.district && !a.placeInherited && !b.placeInherited
    }

    func sameCount(_ a: Brief, _ b: Brief) -> Bool {
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
    func affinity(_ i: Int, _ clusterIndices: [Int], _ w: Workspace) -> Int {
        let m = w.mentions[i]
        let cluster = clusterIndices.lazy.map { w.mentions[$0] }
        var score = 0
        if cluster.contains(where: { $0.source == m.source }) { score += 4 }
        if sharesPerson(i, clusterIndices, w) { score += 8 }
        if cluster.contains(where: { $0.kind == m.kind }) { score += 3 }
        if cluster.contains(where: { sameDistrict($0, m) }) { score += 2 }
        if cluster.contains(where: { sameCount($0, m) }) { score += 3 }
        // Nearby sentences of one source most likely tell of the same happening.
        let distance = cluster.filter { $0.source == m.source }.map { abs($0.sentence - m.sentence) }.min() ?? 99
        score += distance <= 2 ? 3 : distance <= 5 ? 2 : 0
        return score
    }
}
