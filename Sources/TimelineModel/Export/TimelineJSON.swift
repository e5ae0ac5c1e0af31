/// `export --format json`: one document with everything read out of the corpus — the
/// events contract (EventJSON), the sources and the leadership chains (LeadersJSON).
public enum TimelineJSON {
    public static func document(_ timeline: Timeline, events: [Event]) -> JSONValue {
        guard case .object(var pairs) = EventJSON.document(timeline, events: events) else { return .null }
        pairs.insert(("title", .optional(timeline.corpus.title)), at: 1)
        pairs.append(("chains", .array(timeline.chains.map(LeadersJSON.chain))))
        return .object(pairs)
    }

    public static func render(_ timeline: Timeline, events: [Event]) -> String {
        document(timeline, events: events).pretty + "\n"
    }
}
