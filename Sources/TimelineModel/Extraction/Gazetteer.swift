/// Places, organisations and the words around them, from the shipped data files
/// (places.tsv, organisations.tsv, demonyms.tsv) plus the user's additions.
public struct Gazetteer: Sendable {
    public var places = NameIndex<Place>()
    public var organisations = NameIndex<Organisation>()

    public init() {}

    public static func standard() -> Gazetteer {
        var g = Gazetteer()
        g.load(places: DataFile.entries("places.tsv"), organisations: DataFile.entries("organisations.tsv"))
        return g
    }

    /// Reads tab-separated rows; malformed rows are skipped (a user's file must not stop the program).
    public mutating func load(places placeRows: [String], organisations orgRows: [String]) {
        for row in placeRows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count >= 4, let kind = Place.Kind(rawValue: cols[0]), !cols[1].isEmpty else { continue }
            let province = cols[2].isEmpty || cols[2] == "-" ? nil : cols[2]
            let place = Place(kind: kind, name: cols[1], province: province, country: cols[3])
            let aliases = cols.count > 4 ? cols[4].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : []
            for name in [cols[1]] + aliases where !name.isEmpty && name != "-" {
                places.add(name, place, caseSensitive: Self.isAcronym(name))
            }
        }
        for row in orgRows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count >= 2, !cols[0].isEmpty, let kind = Organisation.Kind(rawValue: cols[1]) else { continue }
            let org = Organisation(name: cols[0], kind: kind)
            let aliases = cols.count > 2 ? cols[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : []
            for name in [cols[0]] + aliases where !name.isEmpty && name != "-" {
                organisations.add(name, org, caseSensitive: Self.isAcronym(name))
            }
        }
    }

    /// Short all-capital names ("IS", "US", "RS") only match as written.
    static func isAcronym(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
    }
}

/// An armed group, force or institution.
public struct Organisation: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case state, militant, international, other
    }
    public var name: String
    public var kind: Kind
}
