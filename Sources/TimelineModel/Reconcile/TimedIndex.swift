extension Reconciler {
    /// Clusters filed under a key and the days of a member's dates, for the reconciler's
    /// candidates: a dated mention can only join clusters whose members' dates come within
    /// the slack of its own, so a query asks for a key near a few days, not at any date.
    ///
    /// A member dated within a few days is filed under each of those days; one dated more
    /// loosely (a month, a year) under each month it spans. Every member is also filed by
    /// month in a second table, so a loosely dated query looks up a few months rather than
    /// every day of them. Dense corpora hold hundreds of reports a month in one district:
    /// a query for a day then meets that day's clusters and the month's loosely dated ones,
    /// not the whole month's.
    struct TimedIndex<Key: Hashable> {
        struct Slot: Hashable {
            let key: Key
            /// A day's ordinal, or a month as year × 12 + month − 1.
            let time: Int
        }

        /// Members dated within `narrowDays`, by day.
        private var narrowByDay: [Slot: [Int]] = [:]
        /// Members dated more loosely, by month.
        private var wideByMonth: [Slot: [Int]] = [:]
        /// Every member, by month.
        private var allByMonth: [Slot: [Int]] = [:]

        static var narrowDays: Int { Workspace.narrowDays }

        /// Files cluster `k` under `key` for a member that may fall on the days `window`.
        mutating func file(_ k: Int, under key: Key, window: ClosedRange<Int>) {
            let months = Workspace.months(window)
            if window.count <= Self.narrowDays {
                for day in window { Self.append(k, to: &narrowByDay, Slot(key: key, time: day)) }
            } else {
                for month in months { Self.append(k, to: &wideByMonth, Slot(key: key, time: month)) }
            }
            for month in months { Self.append(k, to: &allByMonth, Slot(key: key, time: month)) }
        }

        private static func append(_ k: Int, to table: inout [Slot: [Int]], _ slot: Slot) {
            // Members join in runs, so a cluster already filed is the list's last. One
            // lookup when the slot is there: a member is filed under each of its days.
            func once(_ list: inout [Int]) { if list.last != k { list.append(k) } }
            once(&table[slot, default: []])
        }

        /// Calls `body` with every cluster filed under `key` for a member whose days meet
        /// `days`, possibly more than once, and possibly with others.
        func forEach(_ key: Key, near days: ClosedRange<Int>, _ body: (Int) -> Void) {
            let months = Workspace.months(days)
            if days.count <= Self.narrowDays + 2 * Workspace.slack {
                for day in days {
                    if let ks = narrowByDay[Slot(key: key, time: day)] { for k in ks { body(k) } }
                }
                for month in months {
                    if let ks = wideByMonth[Slot(key: key, time: month)] { for k in ks { body(k) } }
                }
            } else {
                for month in months {
                    if let ks = allByMonth[Slot(key: key, time: month)] { for k in ks { body(k) } }
                }
            }
        }
    }

    /// A key filed apart for each group of kinds that can merge (`Workspace.kindGroup`).
    struct Grouped<Key: Hashable>: Hashable {
        let key: Key
        let group: Int
    }
}
