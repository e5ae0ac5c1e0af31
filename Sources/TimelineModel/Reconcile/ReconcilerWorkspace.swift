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
        /// Whether it gives any count.
        let hasCounts: Bool
        let genericKind: Bool
        let sentence: Int
        let paragraph: Int
        /// The days (ordinals) the mention may fall on, `Reconciler.window` precomputed;
        /// nil when it has no date at all.
        let window: ClosedRange<Int>?
        /// The kind's position among all kinds, for the indexes' integer keys.
        let kindCode: Int
        /// `EventMention.claim`, and who told it.
        let claim: Bool
        let attribution: String?

        init(_ m: EventMention) {
            claim = m.claim
            attribution = m.attribution
            kind = m.kind
            kindCode = EventKind.allCases.firstIndex(of: m.kind) ?? 0
            source = m.source
            date = m.date
            dateBasis = m.dateBasis
            place = m.place
            placeInherited = m.placeInherited
            counts = m.counts
            hasCounts = m.counts != Counts()
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
        /// The people each mention names, as numbers of distinct name keys, compared through
        /// `names` without copying keys (the undated phase compares thousands of pairs per
        /// mention); the j-th person of mention i is `nameIDs[nameIDStarts[i] + j]`, and
        /// mention i's are `nameIDs[nameIDStarts[i]..<nameIDStarts[i + 1]]`.
        let nameIDs: [Int32]
        let nameIDStarts: [Int32]
        /// Whether each of `nameIDs` is named as killed.
        let nameKilled: [Bool]
        /// Each mention's date as first and last day (an empty range when it has none):
        /// plain numbers, read without touching the mention.
        let firstDays: [Int32]
        let lastDays: [Int32]
        /// Each of `nameIDs`' fate, as a `FateMask` of one.
        let nameFates: [UInt8]
        let names: NameTable
        /// Each distinct key of `names` as the numbers the indexes file it under (`NameTerms`).
        let terms: [NameTerms]
        /// Each mention's own district and province as numbers (`Interned`), -1 when it names none.
        let districtIDs: [Int]
        let provinceIDs: [Int]
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
        /// Which query (`candidates`) last tested each cluster's dates, times two, plus one
        /// if they allowed the mention: a cluster found through several lists is tested once.
        var verdicts: [UInt32] = []
        var query: UInt32 = 0
        var bySource: [String: [Int]] = [:]
        var sourceMembers: SourceMembers
        /// By the distinctive words of people's names, at any date.
        var byName: [Int: [Int]] = [:]
        /// Mentions (not clusters) by the distinctive words and skeletons of people they
        /// name as killed, at any date.
        var byKilledName: [Int: [Int]] = [:]
        /// By what ties reports across sources, near the member's dates (`TimedIndex`):
        /// dated members further apart could not both fit one mention, so each list stays
        /// short. Names by distinctive word and by consonant skeleton; districts and counts
        /// (other than "at least") by group of kinds, since across groups `fits` joins
        /// reports only through a person, whom the name indexes find; days of members dated
        /// to a day; and kinds. Kinds with a place (`Reconciler.placedKinds`) are filed
        /// under their province, and only there: across sources `fits` joins two such
        /// reports by kind and day only when both name the same province. Tallies, which
        /// join only tallies of their own source, are filed by source alone.
        var nameNear = TimedIndex<Int>()
        /// Mentions (not clusters) by the words and skeletons (`NameTerms.skeletonTerm`) of the people
        /// they name and their dates, their own or their report's, for undated mentions.
        var recentNames = TimedIndex<Int>()
        /// The cluster each mention joined.
        var clusterOf: [Int]
        var skeletonNear = TimedIndex<Int>()
        var districtNear = TimedIndex<Grouped<Int>>()
        var countNear = TimedIndex<Grouped<Int>>()
        var byExactDay: [Int: [Int]] = [:]
        var kindNear = TimedIndex<Int>()
        var placedKindNear = TimedIndex<Grouped<Int>>()

        /// What a cluster was found through. Exact for the clusters whose dates allow the
        /// mention and whose kinds can agree with its kind: a member that shares a district
        /// or a count with it, or a name word or skeleton (without which no name can match),
        /// lies within the slack of its dates and so where the query looked. (A cluster of
        /// another group of kinds can fit only through a person it shares, and then `fits`
        /// needs no district or count.)
        struct Shared: OptionSet {
            let rawValue: UInt8
            static let nameWord = Shared(rawValue: 1)
            static let district = Shared(rawValue: 2)
            static let count = Shared(rawValue: 4)
            /// Found through its undated members, which the month indexes do not hold.
            static let unknown = Shared(rawValue: 8)
        }

        init(mentions: [EventMention], nameKey: (String) -> NameKey) {
            self.mentions = mentions.map(Brief.init)
            clusterOf = Array(repeating: -1, count: mentions.count)
            sourceMembers = SourceMembers(sources: mentions.map(\.source))
            // Spellings with one key share its number, so that a cluster's people are its
            // distinct keys.
            var cache: [String: Int] = [:]
            var keyIDs: [NameKey: Int] = [:]
            var distinct: [NameKey] = []
            var flat: [Int32] = [], starts: [Int32] = [0]
            starts.reserveCapacity(mentions.count + 1)
            for m in mentions {
                for p in m.people {
                    if let id = cache[p.name] {
                        flat.append(Int32(id))
                        continue
                    }
                    let k = nameKey(p.name)
                    let id = keyIDs[k] ?? distinct.count
                    if id == distinct.count {
                        keyIDs[k] = id
                        distinct.append(k)
                    }
                    cache[p.name] = id
                    flat.append(Int32(id))
                }
                starts.append(Int32(flat.count))
            }
            nameIDs = flat
            nameKilled = mentions.flatMap { $0.people.map { $0.fate == .killed } }
            nameFates = mentions.flatMap { $0.people.map { FateMask($0.fate).rawValue } }
            nameIDStarts = starts
            firstDays = mentions.map { m in m.date.map { Int32(clamping: $0.start.ordinal) } ?? Int32.max }
            lastDays = mentions.map { m in m.date.map { Int32(clamping: $0.end.ordinal) } ?? Int32.min }
            names = NameTable(distinct)
            // Words, skeletons and places as numbers: the indexes hash two integers per
            // lookup rather than a string, and a member is filed under many days.
            var words = Interned(), skeletons = Interned(), places = Interned()
            terms = distinct.map { NameTerms($0, words: &words, skeletons: &skeletons) }
            districtIDs = self.mentions.map { m in m.place.district.map { places.id($0) } ?? -1 }
            provinceIDs = self.mentions.map { m in m.place.province.map { places.id($0) } ?? -1 }
        }

        /// The terms of person `j` of mention `i`. (Not a lazy sequence of
        /// them: one capturing the workspace would share its tables, and each change to
        /// them in `add` would then copy them whole.)
        func term(_ i: Int, _ j: Int) -> NameTerms { terms[Int(nameIDs[Int(nameIDStarts[i]) + j])] }

        /// The months (year × 12 + month − 1) holding the days of a range of ordinals.
        static func months(_ days: ClosedRange<Int>) -> ClosedRange<Int> {
            let a = CalendarDay(ordinal: days.lowerBound), b = CalendarDay(ordinal: days.upperBound)
            return (a.year * 12 + a.month - 1)...(b.year * 12 + b.month - 1)
        }

        /// The province of mention `i`, of a placed kind, when it names its own: nil when it has none.
        func placedKindKey(_ i: Int) -> Grouped<Int>? {
            guard !mentions[i].placeInherited, provinceIDs[i] >= 0 else { return nil }
            return Grouped(key: provinceIDs[i], group: mentions[i].kindCode)
        }

        /// Kinds that may tell of one happening fall in one group: every violent kind (a
        /// generic word for violence matches any of them), else each kind alone.
        static func kindGroup(_ m: Brief) -> Int { m.kind.isViolent ? -1 : m.kindCode }

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
            let near = (w.lowerBound - Self.slack)...(w.upperBound + Self.slack)
            // Each list is filtered as it is read: most of a dense month's clusters are
            // dated too far away, and sorting them all would cost more than testing them.
            // A cluster met again (most are, in several lists) keeps its first verdict.
            var out: [Int] = []
            query += 1
            func allowed(_ k: Int) -> Bool {
                if verdicts[k] >> 1 == query { return verdicts[k] & 1 == 1 }
                // `datesAllow(i, k)`, with the window read once.
                let ok = w.lowerBound <= allowedTo[k] && w.upperBound >= allowedFrom[k]
                verdicts[k] = query << 1 | (ok ? 1 : 0)
                if ok { out.append(k) }
                return ok
            }
            func take(_ k: Int) { _ = allowed(k) }
            func take(_ k: Int, _ mark: Shared) { if allowed(k) { shared[k].insert(mark) } }
            for k in bySource[m.source] ?? [] { take(k) }
            if m.kind != .tally {
                for j in people(i) {
                    let t = term(i, j)
                    for word in t.words { nameNear.forEach(word, near: near) { take($0, .nameWord) } }
                    if let skeleton = t.skeleton { skeletonNear.forEach(skeleton, near: near) { take($0, .nameWord) } }
                }
                let group = Self.kindGroup(m)
                if !m.placeInherited, districtIDs[i] >= 0 {
                    districtNear.forEach(Grouped(key: districtIDs[i], group: group), near: near) { take($0, .district) }
                }
                for (f, field) in Counts.Field.allCases.enumerated() {
                    if let c = m.counts[field] { countNear.forEach(Grouped(key: Self.countKey(f, c.value), group: group), near: near) { take($0, .count) } }
                }
                if date.precision == .day, let ks = byExactDay[w.lowerBound] { for k in ks { take(k) } }
                if !Reconciler.placedKinds.contains(m.kind) {
                    kindNear.forEach(m.kindCode, near: near) { take($0) }
                } else if let key = placedKindKey(i) {
                    placedKindNear.forEach(key, near: near) { take($0) }
                }
            }
            touched = out
            // Clusters holding an undated member, which the indexes by date do not hold, if
            // they are of the mention's source or people (rare: a list kept apart).
            if !undatedClusters.isEmpty {
                let mine = Set(sameSourceOrPersonList(i))
                for k in undatedClusters where mine.contains(k) {
                    if verdicts[k] != query << 1 | 1 {
                        out.append(k)
                        touched.append(k)
                        verdicts[k] = query << 1 | 1
                    }
                    shared[k].insert(.unknown)
                }
            }
            out.sort()
            return out
        }

        /// For a mention dated by its report, the month before the report (and the slack after).
        /// A member is recent when its date, its own or its report's, meets these days.
        func recentDays(_ i: Int) -> ClosedRange<Int>? {
            guard let w = mentions[i].window else { return nil }
            return (w.upperBound - Self.recentSpan - Self.slack)...(w.upperBound + Self.slack)
        }
        /// How many days before its report an undated mention looks for a namesake's event.
        static let recentSpan = 31

        /// The positions (0, 1, …) of the people mention `i` names.
        func people(_ i: Int) -> Range<Int> { 0..<Int(nameIDStarts[i + 1] - nameIDStarts[i]) }

        /// Mention `i`'s places in `nameIDs`.
        func namesOf(_ i: Int) -> Range<Int> { Int(nameIDStarts[i])..<Int(nameIDStarts[i + 1]) }

        /// Whether mentions `i` and `j` name one person (both as killed, when `killed`).
        func nameOnePerson(_ i: Int, _ j: Int, killed: Bool = false) -> Bool {
            for a in Int(nameIDStarts[i])..<Int(nameIDStarts[i + 1]) where !killed || nameKilled[a] {
                for b in Int(nameIDStarts[j])..<Int(nameIDStarts[j + 1]) where (!killed || nameKilled[b]) && names.match(Int(nameIDs[a]), Int(nameIDs[b])) {
                    return true
                }
            }
            return false
        }

        /// The clusters of the members that name one of mention `i`'s people as killed, as
        /// it does (`Reconciler.sharesPerson` with that fate), possibly repeated.
        func clustersNamingKilled(_ i: Int) -> [Int] {
            var out: [Int] = []
            func consider(_ j: Int) { if nameOnePerson(i, j, killed: true) { out.append(clusterOf[j]) } }
            for j in people(i) where nameKilled[Int(nameIDStarts[i]) + j] {
                let t = term(i, j)
                for word in t.words { for j in byKilledName[NameTerms.wordTerm(word)] ?? [] { consider(j) } }
                if let skeleton = t.skeleton { for j in byKilledName[NameTerms.skeletonTerm(skeleton)] ?? [] { consider(j) } }
            }
            return out
        }

        /// Whether member `j` is dated (by itself or by its report) within `recentDays(i)`
        /// and names one of mention `i`'s people.
        func namesRecently(_ j: Int, _ i: Int, recent: ClosedRange<Int>) -> Bool {
            guard Int(firstDays[j]) <= recent.upperBound, Int(lastDays[j]) >= recent.lowerBound else { return false }
            return nameOnePerson(i, j)
        }

        /// The clusters of the members that `namesRecently` accepts for mention `i`, possibly
        /// repeated, found through the members' names rather than by visiting members.
        func clustersNamingRecently(_ i: Int) -> [Int] {
            guard let recent = recentDays(i) else { return [] }
            var out: [Int] = []
            func consider(_ j: Int) { if namesRecently(j, i, recent: recent) { out.append(clusterOf[j]) } }
            for j in people(i) {
                let t = term(i, j)
                for word in t.words { recentNames.forEach(NameTerms.wordTerm(word), near: recent, consider) }
                if let skeleton = t.skeleton { recentNames.forEach(NameTerms.skeletonTerm(skeleton), near: recent, consider) }
            }
            return out
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
            for j in people(i) { for w in term(i, j).words { if let ks = byName[w] { out += ks } } }
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
            verdicts.append(0)
            summaries.append(ClusterSummary())
            add(i, to: clusters.count - 1)
        }

        mutating func add(_ i: Int, to k: Int) {
            func file<Key: Hashable>(_ index: inout [Key: [Int]], _ key: Key) {
                if index[key]?.last != k { index[key, default: []].append(k) }
            }
            clusters[k].append(i)
            clusterOf[i] = k
            sourceMembers.add(i, to: k)
            let m = mentions[i]
            summaries[k].add(m, people: namesOf(i).map { Named(key: Int(nameIDs[$0]), fate: FateMask(rawValue: nameFates[$0])) })
            if m.date == nil, !summaries[k].hasUndated {
                summaries[k].hasUndated = true
                undatedClusters.append(k)
            }
            file(&bySource, m.source)
            // A tally's cluster takes tallies of its own source alone, found by source.
            if m.kind != .tally {
                for j in people(i) {
                    let t = term(i, j)
                    for w in t.words { file(&byName, w) }
                    guard nameKilled[Int(nameIDStarts[i]) + j] else { continue }
                    for w in t.words { byKilledName[NameTerms.wordTerm(w), default: []].append(i) }
                    if let skeleton = t.skeleton { byKilledName[NameTerms.skeletonTerm(skeleton), default: []].append(i) }
                }
            }
            guard let w = m.window else { return }
            allowedFrom[k] = max(allowedFrom[k], w.lowerBound - Self.slack)
            allowedTo[k] = min(allowedTo[k], w.upperBound + Self.slack)
            // Every mention with a date, its own or its report's, files its people by that
            // date, for undated mentions (`Reconciler.mayJoinUndated`).
            if m.kind != .tally, let d = m.date {
                for j in people(i) {
                    let t = term(i, j)
                    for word in t.words { recentNames.file(i, under: NameTerms.wordTerm(word), window: d.start.ordinal...d.end.ordinal) }
                    if let skeleton = t.skeleton { recentNames.file(i, under: NameTerms.skeletonTerm(skeleton), window: d.start.ordinal...d.end.ordinal) }
                }
            }
            // Only dated mentions are matched through the indexes below (undated ones
            // look only at their own source's and people's clusters), and tallies are not.
            guard let date = m.date, m.dateBasis != .report, m.dateBasis != .none, m.kind != .tally else { return }
            for j in people(i) {
                let t = term(i, j)
                for word in t.words { nameNear.file(k, under: word, window: w) }
                if let skeleton = t.skeleton { skeletonNear.file(k, under: skeleton, window: w) }
            }
            let group = Self.kindGroup(m)
            if !m.placeInherited, districtIDs[i] >= 0 { districtNear.file(k, under: Grouped(key: districtIDs[i], group: group), window: w) }
            for (f, field) in Counts.Field.allCases.enumerated() {
                if let c = m.counts[field], c.hedge != .atLeast { countNear.file(k, under: Grouped(key: Self.countKey(f, c.value), group: group), window: w) }
            }
            if date.precision == .day { file(&byExactDay, w.lowerBound) }
            if !Reconciler.placedKinds.contains(m.kind) {
                kindNear.file(k, under: m.kindCode, window: w)
            } else if let key = placedKindKey(i) {
                placedKindNear.file(k, under: key, window: w)
            }
        }
    }
}
