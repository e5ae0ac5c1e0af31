/// A position in an organisation, normalised so that different wordings of one position
/// meet: "the top commander of I.S.'s Afghan franchise in the northern province of
/// Jowzjan" and "the ISKP commander in Darzab district" are both IS-K · leader · Jowzjan.
public struct RoleKey: Hashable, Sendable {
    public var organisation: String?
    /// The position class ("leader", "deputy", "governor", "head facilitator").
    public var position: String
    /// A province, or a region such as "northern Afghanistan".
    public var region: String?

    public init(organisation: String?, position: String, region: String?) {
        self.organisation = organisation
        self.position = position
        self.region = region
    }
}

/// A sentence's statement that a person holds a position.
public struct RoleClaim: Hashable, Sendable {
    public var person: String
    public var key: RoleKey
    /// The role as written ("IS-K’s former head facilitator of foreign fighters in Jowzjan").
    public var wording: String
    public var evidence: Evidence
}

/// A sentence's statement of who followed whom.
public struct SuccessionClaim: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// "X has been replaced by Y", "Y took over from X", "Y’s predecessor X".
        case replaced
        /// "appointed a new leader …, Y": the predecessor is whoever held the position last.
        case appointed
        /// "his two successors were killed": the successors' tenure ended in this sentence's event.
        case successorsEnded
    }
    public var kind: Kind
    public var predecessors: [String]
    public var successors: [String]
    /// How many successors the text counts ("his two successors"), when it does.
    public var successorCount: Int?
    public var key: RoleKey?
    public var evidence: Evidence
}
