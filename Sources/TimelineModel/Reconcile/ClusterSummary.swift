extension Reconciler {
    /// What `fits` asks of every member of a cluster, kept as members join: which kinds
    /// (told plainly or by a generic word), places and days it holds. Most candidates are
    /// turned down on these alone, without visiting the members. (Its sources are in
    /// `SourceMembers`.)
    /// A class: `fits` reads one for every candidate, and copying a struct of five arrays
    /// retained each of them.
    final class ClusterSummary {
        var hasTally = false
        /// Whether a member has no date at all.
        var hasUndated = false
        /// Kinds of members by `Brief.kindCode`, one bit each.
        var plainKinds: UInt32 = 0
        var genericKinds: UInt32 = 0
        /// The places of the members whose place is their own, by level.
        var places = PlaceLevels()
        /// Whether a member is an appointment naming its appointee.
        var hasAppointee = false
        /// Distinct dates of the members dated to a day.
        var dayDates: [DateSpan] = []
        /// Distinct kinds, dates and places of the members with a date: what the same-kind
        /// test of `fits` reads, a few where a large cluster has hundreds of members.
        var sightings: [Sighting] = []
        private var seenSightings: Set<Sighting> = []
        private var seenPeople: Set<Named> = []
        /// Distinct people the members name, with what befell them.
        var people: [Named] = []
        /// Distinct counts (`Workspace.countKey`) of the members, other than "at least".
        var counts: [Int] = []


        struct Sighting: Hashable {
            let kindCode: Int
            let date: DateSpan
            let place: EventPlace
            let placeInherited: Bool
        }

        var kinds: UInt32 { plainKinds | genericKinds }
        static let tallyBit: UInt32 = 1 << UInt32(EventKind.allCases.firstIndex(of: .tally)!)

        func add(_ m: Brief, people named: [Named]) {
            for person in named where seenPeople.insert(person).inserted { people.append(person) }
            for (f, field) in Counts.Field.allCases.enumerated() {
                if let c = m.counts[field], c.hedge != .atLeast {
                    let key = Workspace.countKey(f, c.value)
                    if !counts.contains(key) { counts.append(key) }
                }
            }
            if m.kind == .tally { hasTally = true }
            if m.genericKind { genericKinds |= 1 << UInt32(m.kindCode) } else { plainKinds |= 1 << UInt32(m.kindCode) }
            if !m.placeInherited { places.add(m.place) }
            if m.kind == .appointment, named.contains(where: { $0.fate == Reconciler.appointedOnly }) { hasAppointee = true }
            if let d = m.date {
                if d.precision == .day, !dayDates.contains(d) { dayDates.append(d) }
                let seen = Sighting(kindCode: m.kindCode, date: d, place: m.place, placeInherited: m.placeInherited)
                if seenSightings.insert(seen).inserted { sightings.append(seen) }
            }
        }

        /// Whether a member reports the district `m` names (neither place being inherited).
        func sharesDistrict(with m: Brief) -> Bool {
            guard !m.placeInherited, let d = m.place.district else { return false }
            return places.holdsDistrict(d)
        }

        /// Whether a member gives one of `m`'s counts (and not as "at least").
        func sharesCount(with m: Brief) -> Bool {
            for (f, field) in Counts.Field.allCases.enumerated() {
                if let c = m.counts[field], counts.contains(Workspace.countKey(f, c.value)) { return true }
            }
            return false
        }

        /// Whether every member's kind can tell of the same happening as `m`'s, or one of
        /// the two is a generic word for violence.
        func kindsAgree(with m: Brief) -> Bool {
            for (code, kind) in EventKind.allCases.enumerated() {
                let bit: UInt32 = 1 << UInt32(code)
                guard kinds & bit != 0, !m.kind.canDescribeSameHappening(as: kind) else { continue }
                let violent = m.kind.isViolent && kind.isViolent
                if plainKinds & bit != 0 && !(m.genericKind && violent) { return false }
                if genericKinds & bit != 0 && !violent { return false }
            }
            return true
        }
    }

    /// A person a mention names: its key's number in `NameTable` and what befell them.
    struct Named: Hashable {
        let key: Int
        let fate: FateMask
    }

    /// Fates as bits, so that a set of them is tested at once.
    struct FateMask: OptionSet, Hashable {
        let rawValue: UInt8
        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ fate: Fate) { rawValue = 1 << UInt8(Fate.allCases.firstIndex(of: fate)!) }
        static let all = FateMask(rawValue: .max)
    }
}
