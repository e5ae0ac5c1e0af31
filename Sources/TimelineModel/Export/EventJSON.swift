/// The JSON form of events in DESIGN.md's contract.
public enum EventJSON {
    public static func document(_ timeline: Timeline, events: [Event]) -> JSONValue {
        .object([
            ("corpus", .string(timeline.corpus.name)),
            ("sources", .array(timeline.corpus.sources.map(SourceJSON.source))),
            ("events", .array(events.map(event))),
        ])
    }

    public static func event(_ e: Event) -> JSONValue {
        .object([
            ("id", .string(e.id)),
            ("kind", .string(e.kind.rawValue)),
            ("date", SourceJSON.date(e.date)),
            ("place", .object([
                ("country", .optional(e.place.country)), ("province", .optional(e.place.province)),
                ("district", .optional(e.place.district)), ("locality", .optional(e.place.locality)),
            ])),
            ("actors", .array(e.actors.map { .string($0) })),
            ("targets", .array(e.targets.map { .string($0) })),
            ("people", .array(e.people.map { .object([("name", .string($0.name)), ("fate", .string($0.fate.rawValue))]) })),
            ("killed", .optional(e.counts.killed?.value)),
            ("wounded", .optional(e.counts.wounded?.value)),
            ("captured", .optional(e.counts.captured?.value)),
            ("surrendered", .optional(e.counts.surrendered?.value)),
            ("hedges", .object(Counts.Field.allCases.compactMap { f in
                guard let c = e.counts[f], c.hedge != .exact || c.upper != nil else { return nil }
                var pairs: [(String, JSONValue)] = [("hedge", .string(c.hedge.rawValue))]
                if let u = c.upper { pairs.append(("upper", .int(u))) }
                return (f.rawValue, .object(pairs))
            })),
            ("headline", .string(e.headline)),
            ("evidence", .array(e.evidence.map { ev in
                .object([("source", .string(ev.source)), ("start", .int(ev.range.start)), ("end", .int(ev.range.end)),
                         ("text", .string(ev.text)), ("when", .optional(ev.when)), ("attribution", .optional(ev.attribution))])
            })),
            ("conflicts", .array(e.conflicts.map { c in
                .object([("field", .string(c.field)), ("claims", .array(c.claims.map { cl in
                    .object([("value", .string(cl.value)), ("sources", .array(cl.sources.map { .string($0) })),
                             ("attributions", .array(cl.attributions.map { .string($0) }))])
                }))])
            })),
        ])
    }
}
