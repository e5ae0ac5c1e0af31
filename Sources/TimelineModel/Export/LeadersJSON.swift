/// The JSON form of leadership chains (DESIGN.md's contract).
public enum LeadersJSON {
    public static func document(_ chains: [SuccessionChain]) -> JSONValue {
        .object([("chains", .array(chains.map(chain)))])
    }

    public static func chain(_ c: SuccessionChain) -> JSONValue {
        .object([
            ("organization", .optional(c.organisation)),
            ("role", .string(c.role)),
            ("holders", .array(c.holders.map(tenure))),
        ])
    }

    static func tenure(_ t: Tenure) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("name", .string(t.name)),
            ("aliases", .array(t.aliases.map { .string($0) })),
            ("start", span(t.start)),
            ("end", span(t.end)),
            ("exit", .string(t.exit.rawValue)),
            ("exitEvent", .optional(t.exitEvent)),
            ("evidence", .array(t.evidence.map { e in
                .object([("source", .string(e.source)), ("start", .int(e.range.start)), ("end", .int(e.range.end)), ("text", .string(e.text))])
            })),
        ]
        if !t.members.isEmpty { pairs.insert(("members", .array(t.members.map { .string($0) })), at: 1) }
        return .object(pairs)
    }

    static func span(_ d: DateSpan?) -> JSONValue {
        guard let d else { return .null }
        return .object([("start", .string(d.start.description)), ("end", .string(d.end.description)), ("precision", .string(d.precision.rawValue))])
    }
}
