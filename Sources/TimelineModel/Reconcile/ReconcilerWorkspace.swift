extension Reconciler {
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
        /// The days (ordinals) the mention may fall on, `Reconciler.window` precomputed;
        /// nil when it has no date at all.
        let window: ClosedRange<Int>?
        /// The kind's position among all kinds, for the indexes' integer keys.
        let kindCode: Int

        init(_ m: EventMention) {
            kind = m.kind
            kindCode = EventKind.allCases.firstIndex(of: m.kind) ?? 0
            source = m.source
            date = m.date
            dateBasis = m.dateBasis
            place = m.place
            placeInherited = m.placeInherited
            counts = m.counts
            genericKind = m.genericKind
            sentence = m.sentence.index
            paragraph = m.sentence.paragraph
            if let d = m.date {
                let end = d.end.ordinal
                window = (m.dateBasis == .report ? d.end.adding(days: -3650).ordinal : d.start.ordinal)...end
            } else {
                window = nil
            }
        }
    }

    /// Clusters of mention indices, with the indexes that keep merging near-linear.
    ///
    /// A dated mention joins the first cluster that `fits` it, and a cluster can fit only
    /// if it holds a report of the same source, or something `fits` accepts across
    /// sources: a person, a district or a count in common, the same day, or the same kind
    /// near the same dates. Each of these has an index, so the candidates are the union
    /// of a few short lists rather than every cluster of the season; and since a member's
    /// dates must come within `slack` days of every member's, each cluster keeps the days
    /// that still allows (`allowedFrom`…`allowedTo`) for an O(1) test before `fits`.
    struct Workspace {
        static let slack = 2
        /// Up to this many days, a member's kind is indexed by day, else by month: a day
        /// looked up then finds a month's clusters once, not once for each of its days.
        static let narrowDays = 7

        let mentions: [Brief]
        let keys: [[(NameKey, Fate)]]
        var clusters: [[Int]] = []
        var allowedFrom: [Int] = []
        var allowedTo: [Int] = []
        /// What the indexes say a candidate of the current query shares with it (`Shared`),
        /// cleared after each query.
        var shared: [Shared] = []
        var summaries: [ClusterSummary] = []
        /// The clusters with a member that has no date.
        var undatedClusters: [Int] = []
        /// `Reconciler.exhaustive`.
        var exhaustive = false
        var touched: [Int] = []
        var bySource: [String: [Int]] = [:]
        /// By the distinctive words of people's names, at any date (for undated mentions).
        var byName: [String: [Int]] = [:]
        /// By what ties reports across sources, and a month of the member's dates: dated
        /// members that far apart could not both fit one mention, so each list stays short.
        /// Names by distinctive word and by consonant skeleton, districts, counts (other
        /// than "at least"), days of members dated to a day, and kinds.
        var byNameMonth: [Dated<String>: [Int]] = [:]
        var bySkeletonMonth: [Dated<String>: [Int]] = [:]
        var byDistrictMonth: [Dated<String>: [Int]] = [:]
        var byCountMonth: [Dated<Int>: [Int]] = [:]
        var byExactDay: [Int: [Int]] = [:]
        /// Kinds by day (`kindKey`) for members dated within a few days, by month otherwise.
        /// Kinds with a place (`Reconciler.placedKinds`) are filed under their province as
        /// well, and only there: across sources `fits` joins two such reports by kind and
        /// day only when both name the same province.
        var byKindDay: [Int: [Int]] = [:]
        var byKindMonth: [Int: [Int]] = [:]
        var byPlacedKindDay: [Dated<String>: [Int]] = [:]
        var byPlacedKindMonth: [Dated<String>: [Int]] = [:]

        /// What a cluster was found through. Exact for the clusters whose dates allow the
        /// mention: a member that shares a district or a count with it, or a name word or
        /// skeleton (without which no name can match), lies within the slack of its dates
        /// and so under one of the months looked at.
        struct Shared: OptionSet {
            let rawValue: UInt8
            static let nameWord = Shared(rawValue: 1)
            static let district = Shared(rawValue: 2)
            static let count = Shared(rawValue: 4)
            /// Found through its undated members, which the month indexes do not hold.
            static let unknown = Shared(rawValue: 8)
        }

        /// A key and a month (a day, in the by-day indexes).
        struct Dated<Key: Hashable>: Hashable {
            let key: Key
            let month: Int
        }

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

        /// The months (year × 12 + month − 1) holding the days of a range of ordinals.
        static func months(_ days: ClosedRange<Int>) -> ClosedRange<Int> {
            let a = CalendarDay(ordinal: days.lowerBound), b = CalendarDay(ordinal: days.upperBound)
            return (a.year * 12 + a.month - 1)...(b.year * 12 + b.month - 1)
        }

        /// A placed kind and the province of a report that names its own: nil when it has none.
        static func placedKindKey(_ m: Brief) -> String? {
            guard !m.placeInherited, let province = m.place.province else { return nil }
            return "\(m.kindCode)\u{1}" + province
        }

        static func kindKey(_ kind: Int, _ dayOrMonth: Int) -> Int { kind << 40 | (dayOrMonth & (1 << 40 - 1)) }
        static func countKey(_ field: Int, _ value: Int) -> Int { field << 56 | (value & (1 << 56 - 1)) }

        /// Whether mention `i`'s days overlap every member's of cluster `k`.
        func datesOverlapAll(_ i: Int, _ k: Int) -> Bool {
            guard let w = mentions[i].window else { return true }
            return w.lowerBound <= allowedTo[k] - Self.slack && w.upperBound >= allowedFrom[k] + Self.slack
        }

        /// Whether mention `i`'s days come within the slack of every member of cluster `k`.
        func datesAllow(_ i: Int, _ k: Int) -> Bool {
            guard let w = mentions[i].window else { return true }
            return w.lowerBound <= allowedTo[k] && w.upperBound >= allowedFrom[k]
        }

        /// The clusters a dated mention may join, in order: a superset of those that `fits`
        /// it under the strict rule, gathered from the indexes.
        mutating func candidates(_ i: Int) -> [Int] {
            let m = mentions[i]
            guard let w = m.window, let date = m.date, m.dateBasis != .report, !exhaustive else {
                touched = Array(clusters.indices)
                for k in touched { shared[k] = .unknown }
                return touched.filter { datesAllow(i, $0) }
            }
            var out = bySource[m.source] ?? []
            let near = (w.lowerBound - Self.slack)...(w.upperBound + Self.slack)
            let months = Self.months(near)
            func gather<Key>(_ index: [Dated<Key>: [Int]], _ key: Key, _ mark: Shared) {
                for month in months {
                    guard let ks = index[Dated(key: key, month: month)] else { continue }
                    out += ks
                    for k in ks { shared[k].insert(mark) }
                }
            }
            for (key, _) in keys[i] {
                for word in key.distinctive { gather(byNameMonth, word, .nameWord) }
                if key.consonants.count >= 5 { gather(bySkeletonMonth, key.consonants, .nameWord) }
            }
            if !m.placeInherited, let d = m.place.district { gather(byDistrictMonth, d, .district) }
            for (f, field) in Counts.Field.allCases.enumerated() {
                if let c = m.counts[field] { gather(byCountMonth, Self.countKey(f, c.value), .count) }
            }
            if date.precision == .day, let ks = byExactDay[w.lowerBound] { out += ks }
            if !Reconciler.placedKinds.contains(m.kind) {
                for day in near { if let ks = byKindDay[Self.kindKey(m.kindCode, day)] { out += ks } }
                for month in months { if let ks = byKindMonth[Self.kindKey(m.kindCode, month)] { out += ks } }
            } else if let key = Self.placedKindKey(m) {
                for day in near { if let ks = byPlacedKindDay[Dated(key: key, month: day)] { out += ks } }
                for month in months { if let ks = byPlacedKindMonth[Dated(key: key, month: month)] { out += ks } }
            }
            touched = out
            out = out.filter { datesAllow(i, $0) }
            // Clusters holding an undated member, which the indexes by date do not hold, if
            // they are of the mention's source or people (rare: a list kept apart).
            if !undatedClusters.isEmpty {
                let mine = Set(sameSourceOrPersonList(i))
                for k in undatedClusters where mine.contains(k) {
                    out.append(k)
                    touched.append(k)
                    shared[k].insert(.unknown)
                }
            }
            return Self.sortedUnique(out)
        }

        /// What the last query found cluster `k` through; nil when that is not known.
        func sharedWith(_ k: Int) -> Shared? { shared[k].contains(.unknown) ? nil : shared[k] }

        /// Forgets what the last query found, for the next one.
        mutating func clearShared() {
            for k in touched { shared[k] = [] }
            touched.removeAll(keepingCapacity: true)
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

        mutating func start(_ i: Int) {
            clusters.append([])
            allowedFrom.append(Int.min)
            allowedTo.append(Int.max)
            shared.append([])
            summaries.append(ClusterSummary())
            add(i, to: clusters.count - 1)
        }

        mutating func add(_ i: Int, to k: Int) {
            func file<Key: Hashable>(_ index: inout [Key: [Int]], _ key: Key) {
                if index[key]?.last != k { index[key, default: []].append(k) }
            }
            clusters[k].append(i)
            let m = mentions[i]
            summaries[k].add(m, people: keys[i])
            if m.date == nil, !summaries[k].hasUndated {
                summaries[k].hasUndated = true
                undatedClusters.append(k)
            }
            file(&bySource, m.source)
            for (key, _) in keys[i] { for w in key.distinctive { file(&byName, w) } }
            guard let w = m.window else { return }
            allowedFrom[k] = max(allowedFrom[k], w.lowerBound - Self.slack)
            allowedTo[k] = min(allowedTo[k], w.upperBound + Self.slack)
            // Only dated mentions are matched through the indexes below (undated ones
            // look only at their own source's and people's clusters).
            guard let date = m.date, m.dateBasis != .report, m.dateBasis != .none else { return }
            for month in Self.months(w) {
                for (key, _) in keys[i] {
                    for word in key.distinctive { file(&byNameMonth, Dated(key: word, month: month)) }
                    if key.consonants.count >= 5 { file(&bySkeletonMonth, Dated(key: key.consonants, month: month)) }
                }
                if !m.placeInherited, let d = m.place.district { file(&byDistrictMonth, Dated(key: d, month: month)) }
                for (f, field) in Counts.Field.allCases.enumerated() {
                    if let c = m.counts[field], c.hedge != .atLeast { file(&byCountMonth, Dated(key: Self.countKey(f, c.value), month: month)) }
                }
            }
            if date.precision == .day { file(&byExactDay, w.lowerBound) }
            if !Reconciler.placedKinds.contains(m.kind) {
                if w.count <= Self.narrowDays {
                    for day in w { file(&byKindDay, Self.kindKey(m.kindCode, day)) }
                } else {
                    for month in Self.months(w) { file(&byKindMonth, Self.kindKey(m.kindCode, month)) }
                }
            } else if let key = Self.placedKindKey(m) {
                if w.count <= Self.narrowDays {
                    for day in w { file(&byPlacedKindDay, Dated(key: key, month: day)) }
                } else {
                    for month in Self.months(w) { file(&byPlacedKindMonth, Dated(key: key, month: month)) }
                }
            }
        }
    }
}
