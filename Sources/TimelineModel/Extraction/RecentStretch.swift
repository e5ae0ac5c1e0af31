/// "killed 15 militants over the past three days", "arrested 12 in the last 24 hours": the
/// days up to when it was said, not the report's month.
extension SourceExtractor {
    /// The stretch a "past"/"last" duration in the segment covers, ending on the statement's
    /// day (or the report's); nil when the segment has none.
    func recentStretch(in segment: Range<Int>, analysis a: SentenceAnalysis, context: DiscourseContext) -> (DateSpan, String)? {
        let tokens = a.tokens
        guard let (t, r) = a.timexes.first(where: { t, r in
            t.type == .duration && segment.contains(r.lowerBound) && r.lowerBound + 1 < tokens.count
                && (tokens[r.lowerBound].folded == "the" ? ["past", "last"].contains(tokens[r.lowerBound + 1].folded)
                    : ["past", "last"].contains(tokens[r.lowerBound].folded))
        }), let days = Self.days(of: t.value), days > 0, days <= 31 else { return nil }
        let statement = a.timexes.first { isAttribution($0.tokens, tokens) && $0.timex.span?.precision == .day }?.timex.span?.start
        guard let end = statement ?? context.dct else { return nil }
        // "the past 24 hours" ends on that day and began the day before.
        let start = CalendarDay(ordinal: end.ordinal - max(1, days) + (days == 1 ? 0 : 1))
        return (.range(start, end, approximate: true), whenText(r, tokens))
    }

    /// Whole days of a TIMEX3 duration: "P3D" 3, "P2W" 14, "PT24H" 1, "PT48H" 2.
    static func days(of value: String) -> Int? {
        guard value.hasPrefix("P") else { return nil }
        var body = value.dropFirst()
        let hours = body.hasPrefix("T")
        if hours { body = body.dropFirst() }
        guard let unit = body.last, let n = Int(body.dropLast()) else { return nil }
        switch (hours, unit) {
        case (true, "H"): return max(1, n / 24)
        case (false, "D"): return n
        case (false, "W"): return n * 7
        default: return nil
        }
    }
}
