/// A place as the gazetteer knows it.
public struct Place: Hashable, Sendable {
    public enum Kind: String, Sendable, Comparable {
        case country, region, province, city, district

        /// More specific places rank higher.
        var rank: Int {
            switch self {
            case .country: 0
            case .region: 1
            case .province: 2
            case .city: 3
            case .district: 4
            }
        }
        public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
    }

    public var kind: Kind
    public var name: String
    /// The province (first-level division) a district or city belongs to.
    public var province: String?
    public var country: String
}

/// Where an event happened, at the levels the text gives.
public struct EventPlace: Hashable, Sendable {
    public var country: String?
    public var province: String?
    public var district: String?
    public var locality: String?

    public init(country: String? = nil, province: String? = nil, district: String? = nil, locality: String? = nil) {
        self.country = country
        self.province = province
        self.district = district
        self.locality = locality
    }

    public var isEmpty: Bool { country == nil && province == nil && district == nil && locality == nil }

    /// "Darzab, Jowzjan" — the two most specific levels below the country; the country
    /// only when nothing finer is known.
    public var label: String {
        let parts = [locality, district, province].compactMap { $0 }
        return parts.isEmpty ? (country ?? "") : parts.prefix(2).joined(separator: ", ")
    }

    init(_ place: Place) {
        country = place.country
        switch place.kind {
        case .country: break
        case .province: province = place.name
        // "North Waziristan", "Tora Bora": a region inside a province is a place in that
        // province, not a province of its own; one without ("the tribal areas") stands for it.
        case .region:
            if let p = place.province {
                province = p
                locality = place.name
            } else {
                province = place.name
            }
        case .district:
            district = place.name
            province = place.province
        case .city:
            locality = place.name
            province = place.province
        }
    }

    /// True when nothing in one contradicts the other (missing levels agree with anything).
    public func isCompatible(with other: EventPlace) -> Bool {
        func ok(_ a: String?, _ b: String?) -> Bool { a == nil || b == nil || a == b }
        return ok(country, other.country) && ok(province, other.province) && ok(district, other.district)
    }
}
