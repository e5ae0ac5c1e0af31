extension Reconciler {
    /// The distinct countries, provinces and districts of places: whether another place
    /// contradicts none of them (`EventPlace.isCompatible`) and whether one names a
    /// district, without keeping every place (localities make a large cluster's many).
    struct PlaceLevels {
        private(set) var countries: [String] = []
        private(set) var provinces: [String] = []
        private(set) var districts: [String] = []

        mutating func add(_ p: EventPlace) {
            Self.add(p.country, to: &countries)
            Self.add(p.province, to: &provinces)
            Self.add(p.district, to: &districts)
        }

        private static func add(_ value: String?, to values: inout [String]) {
            if let value, !values.contains(value) { values.append(value) }
        }

        /// Whether `p` is compatible with every place added: a level `p` names must be
        /// the only value any of them gives it, since a missing level agrees with anything.
        func agreeWithAll(_ p: EventPlace) -> Bool {
            Self.allAre(p.country, countries) && Self.allAre(p.province, provinces) && Self.allAre(p.district, districts)
        }

        private static func allAre(_ value: String?, _ values: [String]) -> Bool {
            guard let value else { return true }
            return values.isEmpty || (values.count == 1 && values[0] == value)
        }

        func holdsDistrict(_ d: String) -> Bool { districts.contains(d) }
    }
}
