/// The one-line JSON of `timeline dates --json` (DESIGN.md): keys in a fixed order so the
/// output is byte-for-byte stable across runs and platforms.
public enum TimexJSON {
    public static func line(file: String, dct: CalendarDay?, timexes: [Timex]) -> String {
        JSONValue.object([
            ("file", .string(file)),
            ("dct", .optional(dct?.description)),
            ("timexes", .array(timexes.map { t in
                .object([("start", .int(t.start)), ("end", .int(t.end)), ("text", .string(t.text)),
                         ("type", .string(t.type.rawValue)), ("value", .string(t.value))])
            })),
        ]).compact
    }

    /// A JSON string literal; escapes quotes, backslashes and control characters.
    public static func quote(_ s: String) -> String {
        var out = ""
        JSONValue.quote(s, into: &out)
        return out
    }
}
