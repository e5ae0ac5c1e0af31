/// How a tenure ended.
public enum TenureExit: String, Sendable, Codable {
    case killed, captured, surrendered, replaced, unknown
}

/// One holder's time in a position (several people who succeed together are one tenure).
public struct Tenure: Hashable, Sendable {
    /// The holder's name, or the members' names joined by " and ".
    public var name: String
    /// When several people hold the position together, each of them.
    public var members: [String]
    /// Other spellings of the name(s) in the corpus.
    public var aliases: [String]
    public var start: DateSpan?
    public var end: DateSpan?
    public var exit: TenureExit
    /// The event that ended the tenure.
    public var exitEvent: String?
    public var evidence: [Evidence]
}

/// Who held one position, in order.
public struct SuccessionChain: Hashable, Sendable {
    public var organisation: String?
    /// The position as a reader says it: "leader in northern Afghanistan".
    public var role: String
    public var key: RoleKey
    public var holders: [Tenure]
}
