import Dispatch

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
    /// Offer every mention every cluster instead of the indexes' candidates: slow, and the
    /// same events; the reference the indexes are tested against.
    public var exhaustive = false
    /// How many cores may build the events (nil: all), each from its own members.
    public var cores: Int?

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
        // The workspace's indexes are let go before the events are built: a large corpus
        // would otherwise hold both at once.
        let clusters = clusters(of: mentions)
        MemoryRelease.returnFreed()
        var events = buildEvents(clusters, mentions)
        // Indices rather than events are sorted: the same comparisons and order (the sort is
        // stable), without moving large values; then the events are put in that order in place.
        let order = events.indices.sorted { Self.chronological(events[$0], events[$1]) }
        Self.permute(&events, by: order)
        return events
    }

    /// Mentions' indices grouped into one happening each, in the order the clusters start.
    func clusters(of mentions: [EventMention]) -> [[Int]] {
        var work = Workspace(mentions: mentions, nameKey: nameKey)
        work.exhaustive = exhaustive
        let dated = mentions.indices.filter { mentions[$0].dateBasis != .report && mentions[$0].dateBasis != .none }
        let undated = mentions.indices.filter { mentions[$0].dateBasis == .report || mentions[$0].dateBasis == .none }
        mergeDated(dated, &work)
        for i in undated {
            // An undated report joins an event its own source tells of, or one another
            // source tells of that names its people: as killed in both, or in a report dated
            // within a month before its own (`mayJoinUndated`).
            var candidates: [Int] = []
            for k in undatedCandidates(i, work) where work.datesAllow(i, k) && fits(i, k, work, strict: false) {
                candidates.append(k)
            }
            // The first of the best, as `max(by:)` would choose, scoring each candidate once.
            var best: (k: Int, score: Int)?
            for k in candidates {
                let score = affinity(i, k, work)
                if best == nil || score > best!.score { best = (k, score) }
            }
            if let k = best?.k {
                work.add(i, to: k)
            } else {
                work.start(i)
            }
        }
        return work.clusters
    }

    /// Merges dated mentions `dated`, in order, into the clusters of `work`: each joins the
    /// first cluster that fits it or starts one.
    func mergeDated(_ dated: [Int], _ work: inout Workspace) {
        for i in dated {
            // A loop rather than `first(where:)`: a closure capturing `work` copied it per call.
            var found: Int?
            for k in work.candidates(i) where fits(i, k, work, strict: true, shared: work.sharedWith(k)) {
                found = k
                break
            }
            work.clearShared()
            if let k = found {
                work.add(i, to: k)
            } else {
                work.start(i)
            }
        }
    }

    /// Puts `items` in the order `order` gives (a permutation of their indices: item p
    /// becomes the one at `order[p]`), moving them in place along the permutation's cycles
    /// rather than copying them into a second array.
    static func permute<T>(_ items: inout [T], by order: [Int]) {
        precondition(order.count == items.count)
        var placed = [Bool](repeating: false, count: items.count)
        items.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                // Position p takes the item at order[p]: follow the cycle through `start`.
                var p = start
                let first = buffer.moveElement(from: start)
                while true {
                    placed[p] = true
                    let from = order[p]
                    if from == start { break }
                    (buffer.baseAddress! + p).moveInitialize(from: buffer.baseAddress! + from, count: 1)
                    p = from
                }
                buffer.initializeElement(at: p, to: first)
            }
        }
    }

    /// One event per cluster, in the clusters' order: each depends only on its members, so
    /// clusters are built on several cores into their own slots.
    func buildEvents(_ clusters: [[Int]], _ mentions: [EventMention]) -> [Event] {
        let builder = EventBuilder(reconciler: self)
        guard cores != 1, clusters.count > 1000 else { return clusters.map { builder.build($0.map { mentions[$0] }) } }
        var events = [Event?](repeating: nil, count: clusters.count)
        let chunk = 256
        events.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: (clusters.count + chunk - 1) / chunk) { c in
                for k in (c * chunk)..<min(clusters.count, (c + 1) * chunk) { out[k] = builder.build(clusters[k].map { mentions[$0] }) }
            }
        }
        return events.map { $0! }
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

    static let killedOrTargeted: FateMask = [FateMask(.killed), FateMask(.targeted)]
    static let appointedOnly = FateMask(.appointed)
    static let killedOnly = FateMask(.killed)
    static let milestoneKinds: [EventKind] = [.other, .offensive, .appointment]
    static let placedKinds: [EventKind] = [.raid, .airstrike, .clash, .attack, .killing]

    /// Whether mention `i` names someone a member of cluster `k` names (with one of `fates`).
    func sharesPerson(_ i: Int, _ k: Int, _ w: Workspace, fates: FateMask = .all) -> Bool {
        let mine = w.namesOf(i)
        guard mine.contains(where: { fates.contains(FateMask(rawValue: w.nameFates[$0])) }) else { return false }
        for theirs in w.summaries[k].people where fates.contains(theirs.fate) {
            for a in mine where fates.contains(FateMask(rawValue: w.nameFates[a])) && w.names.match(Int(w.nameIDs[a]), theirs.key) { return true }
        }
        return false
    }

    /// Whether undated mention `i` may join cluster `k` of whatever kind: when `k` holds a
    /// report of its own source; when both name one person as killed (which happens once);
    /// or when a report of `k` dated (by itself or by its report) within a month before
    /// the mention's own report names one of its people. Without a date of its own, a report of anyone else's fate (taken,
    /// wounded, named) could tell of any time they met it, so only a recent one is taken
    /// for it; a word shared by two names, or a person in an event years older, is not enough.
    func mayJoinUndated(_ i: Int, _ k: Int, _ w: Workspace) -> Bool {
        if w.sourceMembers.holds(k, sourceOf: i) { return true }
        if sharesPerson(i, k, w, fates: Self.killedOnly) { return true }
        guard let recent = w.recentDays(i) else { return false }
        return w.clusters[k].contains { w.namesRecently($0, i, recent: recent) }
    }

    /// The clusters undated mention `i` may join (`mayJoinUndated`), in order: found through
    /// the indexes, or by testing every cluster in `exhaustive` mode.
    func undatedCandidates(_ i: Int, _ w: Workspace) -> [Int] {
        if w.exhaustive { return w.clusters.indices.filter { mayJoinUndated(i, $0, w) } }
        var out = w.bySource[w.mentions[i].source] ?? []
        out += w.clustersNamingKilled(i)
        out += w.clustersNamingRecently(i)
        return Workspace.sortedUnique(out)
    }

    /// Whether mention `i` may join cluster `k`. Callers have checked the dates first
    /// (`Workspace.datesAllow`: more than two days apart rule a merge out whatever ties the
    /// reports). The tests are all conjunctions, so the cheap ones come first: those the
    /// cluster's summary answers, then those that visit members, and the comparisons of
    /// people only when a verdict needs them. `shared`, when known, is what the indexes say
    /// the cluster shares with the mention, which spares comparing names with no word in common.
    func fits(_ i: Int, _ k: Int, _ w: Workspace, strict: Bool, shared: Workspace.Shared? = nil) -> Bool {
        let m = w.mentions[i]
        let summary = w.summaries[k]
        if m.kind == .tally || summary.hasTally {
            // Tallies join only tallies of their own source: the summary says so without
            // visiting the members, which most tallies' candidates fail.
            guard summary.kinds == ClusterSummary.tallyBit, w.sourceMembers.sourceCounts[k] == 1, w.sourceMembers.holds(k, sourceOf: i) else { return false }
            return w.clusters[k].lazy.map { w.mentions[$0] }.allSatisfy { $0.kind == .tally && $0.source == m.source && $0.date == m.date && $0.counts == m.counts }
        }
        if !m.placeInherited, !summary.places.agreeWithAll(m.place) { return false }
        let sameSource = w.sourceMembers.holds(k, sourceOf: i)
        // Counts agree with a member that gives none, so only a mention with counts looks.
        // A claim (another speaker's number for the event before it) disagrees; it does not split.
        if sameSource, m.hasCounts, w.sourceMembers.contains(k, sourceOf: i, where: { !countsAgree(m.counts, w.mentions[$0].counts)
            && !(m.claim && m.attribution != w.mentions[$0].attribution) }) { return false }
        // Kinds that cannot tell of one happening still can when the same person is killed
        // or targeted in both, or when one of them is only a generic word for violence.
        if !summary.kindsAgree(with: m),
           !(shared.map { $0.contains(.nameWord) } ?? true && sharesPerson(i, k, w, fates: Self.killedOrTargeted)) {
            return false
        }
        // Two reports that each name whom the event killed, with no one in common, tell of
        // two events ("killed X in a raid in Achin on Monday" / "killed Y in Achin on Monday").
        // Within one report, only when the later one gives its own date ("In another raid
        // … on Monday"): a report names the dead of one raid a sentence at a time ("His
        // deputy, Y, was also killed in the raid").
        if !sameSource || m.dateBasis == .own, w.namesOf(i).contains(where: { w.nameKilled[$0] }), summary.people.contains(where: { Self.killedOnly.contains($0.fate) }),
           !(shared.map { $0.contains(.nameWord) } ?? true && sharesPerson(i, k, w, fates: Self.killedOnly)) { return false }
        // Two appointments are one only if they name the same appointee.
        if m.kind == .appointment, summary.hasAppointee, w.namesOf(i).contains(where: { w.nameFates[$0] == Self.appointedOnly.rawValue }),
           !(shared.map { $0.contains(.nameWord) } ?? true && sharesPerson(i, k, w, fates: Self.appointedOnly)) { return false }
        // Something that ties the reports besides their dates: a person (which includes one
        // killed in both), a district or a count.
        var tieMemo: Bool?
        func tie() -> Bool {
            if let t = tieMemo { return t }
            let t: Bool
            if let shared {
                t = !shared.isDisjoint(with: [.district, .count]) || (shared.contains(.nameWord) && sharesPerson(i, k, w))
            } else {
                t = sharesPerson(i, k, w) || summary.sharesDistrict(with: m) || summary.sharesCount(with: m)
            }
            tieMemo = t
            return t
        }
        // Dates: agree, or differ by a couple of days while something else ties them.
        if !w.datesOverlapAll(i, k), !tie() { return false }
        if !strict { return true }
        // Across sources a merge needs more than a shared month: a person, a district, a
        // day, a count, or (for milestones) the same kind at the same place.
        if !sameSource {
            if let d = m.date, d.precision == .day, summary.dayDates.contains(d) { return true }
            let kindBit: UInt32 = 1 << UInt32(m.kindCode)
            if summary.kinds & kindBit != 0 {
                if Self.milestoneKinds.contains(m.kind) { return true }
                let placed = Self.placedKinds.contains(m.kind)
                let containedDay = summary.sightings.contains { c in
                    guard c.kindCode == m.kindCode, let y = m.date else { return false }
                    return (c.date.precision == .day || y.precision == .day) && c.date.overlaps(y)
                        && placesAgree(c.place, c.placeInherited, m) && (!placed || placesAgreeStrongly(c.place, c.placeInherited, m))
                }
                if containedDay { return true }
            }
            return tie()
        }
        // Within a source two dated reports of the same kind and period are one event unless
        // something sets them apart (checked above: counts, places).
        return true
    }

    func placesAgree(_ place: EventPlace, _ inherited: Bool, _ b: Brief) -> Bool {
        if inherited || b.placeInherited { return true }
        return place.isCompatible(with: b.place)
    }

    func placesAgreeStrongly(_ place: EventPlace, _ inherited: Bool, _ b: Brief) -> Bool {
        !inherited && !b.placeInherited && place.province != nil && place.province == b.place.province
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
    func affinity(_ i: Int, _ k: Int, _ w: Workspace) -> Int {
        let m = w.mentions[i]
        let summary = w.summaries[k]
        var score = 0
        let sameSource = w.sourceMembers.holds(k, sourceOf: i)
        if sameSource { score += 4 }
        if sharesPerson(i, k, w) { score += 8 }
        if summary.kinds & (1 << UInt32(m.kindCode)) != 0 { score += 3 }
        if summary.sharesDistrict(with: m) { score += 2 }
        if summary.sharesCount(with: m) { score += 3 }
        // Nearby sentences of one source most likely tell of the same happening.
        if sameSource {
            var distance = Int.max
            w.sourceMembers.forEach(k, sourceOf: i) { distance = min(distance, abs(w.mentions[$0].sentence - m.sentence)) }
            score += distance <= 2 ? 3 : distance <= 5 ? 2 : 0
        }
        return score
    }
}

