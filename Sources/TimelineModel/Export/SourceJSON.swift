/// The JSON forms of sources and dates in DESIGN.md's contract.
public enum SourceJSON {
    public static func source(_ s: Source) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("file", .string(s.file)),
            ("title", .optional(s.title)),
            ("outlet", .optional(s.outlet)),
            ("url", .optional(s.url)),
            ("published", published(s.published)),
        ])
    }

    public static func published(_ p: PublicationDate) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("start", .optional(p.span?.start.description)),
            ("end", .optional(p.span?.end.description)),
            ("precision", .string((p.span?.precision ?? .unknown).rawValue)),
            ("origin", .string(p.origin.rawValue)),
        ]
        if let note = p.note, !note.isEmpty { pairs.append(("note", .string(note))) }
        return .object(pairs)
    }

    /// A date with its precision and hedge: {"start", "end", "precision", "approximate"}.
    public static func date(_ d: DateSpan?) -> JSONValue {
        guard let d else {
            return .object([("start", nil), ("end", nil), ("precision", "unknown"), ("approximate", false)])
        }
        return .object([
            ("start", .string(d.start.description)),
            ("end", .string(d.end.description)),
            ("precision", .string(d.precision.rawValue)),
            ("approximate", .bool(d.approximate)),
        ])
    }

    public static func sources(_ corpus: Corpus) -> JSONValue {
        .object([("corpus", .string(corpus.name)), ("sources", .array(corpus.sources.map(source)))])
    }
}
