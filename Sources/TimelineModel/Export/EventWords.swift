/// Events in words, for the exports that write prose (ACLED notes, Markdown, TimelineJS).
public enum EventWords {
    /// What happened, in one line: the headline, or the whole sentence when the headline
    /// is a sentence clipped to fit a screen line.
    public static func summary(_ e: Event) -> String {
        let headline = e.headline.trimmingCharacters(in: .whitespacesAndNewlines)
        guard headline.hasSuffix("\u{2026}") else { return headline }
        let stem = headline.dropLast()
        let full = e.evidence.lazy.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.first { $0.hasPrefix(stem) }
        return (full ?? headline).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// A leadership tenure in words: its dates and how it ended.
public enum TenureWords {
    /// "April 2018 – 1 August 2018", "until 5 April 2018", "from April 2018", "dates not reported".
    public static func span(_ t: Tenure) -> String {
        switch (t.start, t.end) {
        case let (s?, e?): "\(DateWords.spoken(s)) – \(DateWords.spoken(e))"
        case let (nil, e?): "until \(DateWords.spoken(e))"
        case let (s?, nil): "from \(DateWords.spoken(s))"
        case (nil, nil): "dates not reported"
        }
    }

    /// "Ended: killed, 5 April 2018", "Ended: replaced", "End not reported".
    public static func ending(_ t: Tenure) -> String {
        switch (t.exit, t.end) {
        case (.unknown, nil): "End not reported"
        case (.unknown, let e?): "Ended \(DateWords.spoken(e))"
        case (let exit, nil): "Ended: \(exit.rawValue)"
        case (let exit, let e?): "Ended: \(exit.rawValue), \(DateWords.spoken(e))"
        }
    }
}
