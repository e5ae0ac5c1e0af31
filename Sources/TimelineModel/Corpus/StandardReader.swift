extension CorpusReader {
    /// The reader used by the commands: shipped furniture rules, today's date, and the
    /// temporal tagger for dates mentioned in the text.
    public static func standard() -> CorpusReader {
        let tagger = TemporalTagger()
        return CorpusReader(findDates: { text in
            tagger.tag(text, dct: nil, skippingLinesLongerThan: TextLimits.longestLine).compactMap(DateMention.init(timex:))
        })
    }
}

extension DateMention {
    /// The publication-date rules' view of a temporal expression found without a reference date:
    /// a calendar date whose year is written, or a weekday stated with a year-less date.
    init?(timex t: Timex) {
        guard t.type == .date || t.type == .time, t.anchor == nil else { return nil }
        if t.hasExplicitYear, let span = t.span {
            self.init(offset: t.start, span: span, end: t.end)
            return
        }
        // "Wednesday, August 1" → value XXXX-08-01 with weekday 3.
        let parts = t.value.prefix(10).split(separator: "-")
        if parts.count == 3, parts[0] == "XXXX", let m = Int(parts[1]), let d = Int(parts[2]) {
            self.init(offset: t.start, weekday: t.weekday, month: m, day: d, end: t.end)
            return
        }
        return nil
    }
}
