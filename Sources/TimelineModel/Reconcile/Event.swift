/// One claim in a disagreement: a value and who says it.
public struct Claim: Hashable, Sendable {
    public var value: String
    public var sources: [String]
    /// Who each source attributes it to ("the defense ministry"), where stated.
    public var attributions: [String]
}

/// A point on which the sources of one event disagree.
public struct Conflict: Hashable, Sendable {
    /// date, place, actors, killed, wounded, captured, surrendered, kind
    public var field: String
    public var claims: [Claim]
}

/// One real happening, as all the sources that report it describe it.
public struct Event: Hashable, Sendable, Identifiable {
    /// Stable across runs: derived from the event's content, not from its position.
    public var id: String
    public var kind: EventKind
    public var date: DateSpan?
    public var place: EventPlace
    public var actors: [String]
    public var targets: [String]
    public var people: [PersonInEvent]
    public var counts: Counts
    public var headline: String
    /// Every sentence that reports it, in source order.
    public var evidence: [Evidence]
    public var conflicts: [Conflict]

    /// The distinct sources that report it.
    public var sources: [String] {
        var seen: [String] = []
        for e in evidence where !seen.contains(e.source) { seen.append(e.source) }
        return seen
    }

    public var isDisputed: Bool { !conflicts.isEmpty }
}
