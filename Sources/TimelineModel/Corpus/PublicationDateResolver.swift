/// A date an article mentions, as the publication-date rules need it.
public struct DateMention: Hashable, Sendable {
    /// Unicode-scalar offset of the mention in the text.
    public var offset: Int
    /// The days meant, when the text fixes them without a reference date ("11 April 2018", "in 2017").
    public var span: DateSpan?
    /// For a weekday stated with a year-less date ("Wednesday, August 1"): 1 = Monday … 7 = Sunday.
    public var weekday: Int?
    public var month: Int?
    public var day: Int?
    /// Where the mention ends (Unicode scalars), when known.
    public var end: Int?

    public init(offset: Int, span: DateSpan? = nil, weekday: Int? = nil, month: Int? = nil, day: Int? = nil, end: Int? = nil) {
        self.offset = offset
        self.end = end
        self.span = span
        self.weekday = weekday
        self.month = month
        self.day = day
    }
}

/// Chooses a source's publication date and records where it came from.
///
/// Order: corpus.yaml; else a line near the top that says it gives the publication date
/// ("Published: 9 August 2020", "Updated …"); else a date line near the top of the article,
/// unless it is years after every date the article mentions (then it is a capture stamp,
/// noted and ignored); else inferred from the text; else unknown.
public enum PublicationDateResolver {
    /// How far past the latest date the article mentions a header date may lie.
    static let captureStampGapDays = 365

    /// `dateline`: a year-less date that opens the first paragraph ("KABUL, June 14 (Reuters) -").
    public static func resolve(manifest: DateSpan?, announced: [DateSpan] = [], header: [DateSpan], mentions: [DateMention],
                               dateline: DateMention? = nil, fileDay: CalendarDay? = nil, today: CalendarDay) -> PublicationDate {
        if let manifest { return PublicationDate(span: manifest, origin: .manifest) }
        // A stated publication date is taken even long after what the article mentions:
        // a report may look back years. Only the future is refused.
        if let stated = announced.first(where: { $0.start <= today }) { return PublicationDate(span: stated, origin: .header) }
        let explicit = mentions.compactMap(\.span).filter { $0.start <= today }
        let latest = explicit.max { $0.end < $1.end }
        var note: String?
        if let stamp = header.first {
            if stamp.start > today {
                note = "header date \(stamp.label) is in the future; ignored"
            } else if let latest, stamp.start.ordinal > latest.end.ordinal + captureStampGapDays {
                note = "header date \(stamp.label) is years after every date the article mentions "
                    + "(latest \(latest.label)): a capture stamp, ignored"
            } else {
                return PublicationDate(span: stamp, origin: .header)
            }
        }
        if let dateline, let filed = filedDay(dateline, latest: latest, today: today)
            ?? latestDay(dateline, notAfter: min(fileDay ?? today, today), when: latest == nil) {
            return PublicationDate(span: .day(filed.day), origin: .inferred,
                                   note: [note, "the dateline's \(filed.why)"].compactMap { $0 }.joined(separator: "; "))
        }
        if let inferred = infer(explicit: explicit, latest: latest, mentions: mentions, today: today) {
            return PublicationDate(span: inferred.span, origin: .inferred, note: [note, inferred.why].compactMap { $0 }.joined(separator: "; "))
        }
        return PublicationDate(span: nil, origin: .unknown, note: note)
    }

    private static func infer(explicit: [DateSpan], latest: DateSpan?, mentions: [DateMention],
                              today: CalendarDay) -> (span: DateSpan, why: String)? {
        var best: (span: DateSpan, why: String)?
        if let latest { best = (latest, "the latest date the article mentions") }
        for m in mentions where m.span == nil {
            guard let weekday = m.weekday, let month = m.month, let day = m.day,
                  let year = agreeingYear(weekday: weekday, month: month, day: day,
                                          notBefore: latest?.end.year, today: today),
                  let date = CalendarDay(year: year, month: month, day: day) else { continue }
            if best == nil || date > best!.span.end {
                best = (.day(date), "the weekday and date it mentions agree only in \(year)")
            }
        }
        return best
    }

    /// The day a year-less dateline names: in the year of the latest date the article
    /// mentions, or the year after when that day would come before it; with a weekday, the
    /// first year from there on that agrees. Without a dated mention there is no year to take.
    static func filedDay(_ d: DateMention, latest: DateSpan?, today: CalendarDay) -> (day: CalendarDay, why: String)? {
        guard let month = d.month, let day = d.day, let latest else { return nil }
        if let weekday = d.weekday {
            guard let y = agreeingYear(weekday: weekday, month: month, day: day, notBefore: latest.end.year, today: today),
                  let date = CalendarDay(year: y, month: month, day: day) else { return nil }
            return (date, "weekday and day agree in \(y), the first year from the latest date the article mentions")
        }
        for y in [latest.end.year, latest.end.year + 1] {
            if let date = CalendarDay(year: y, month: month, day: day), date >= latest.start, date <= today {
                return (date, "day, in the first year not before the latest date the article mentions (\(latest.label))")
            }
        }
        return nil
    }

    /// "KABUL, May 3 (Reuters) -" in a report that names no year: a dateline is written when
    /// the report is filed, so the nearest such day not after the file was written
    /// (or today), agreeing with the weekday when the dateline gives one.
    static func latestDay(_ d: DateMention, notAfter ceiling: CalendarDay, when allowed: Bool) -> (day: CalendarDay, why: String)? {
        guard allowed, let month = d.month, let day = d.day else { return nil }
        if let weekday = d.weekday {
            guard let y = agreeingYear(weekday: weekday, month: month, day: day, notBefore: nil, today: ceiling),
                  let date = CalendarDay(year: y, month: month, day: day) else { return nil }
            return (date, "weekday and day agree in \(y), the last such year not after the file's date")
        }
        for y in [ceiling.year, ceiling.year - 1] {
            if let date = CalendarDay(year: y, month: month, day: day), date <= ceiling {
                return (date, "day, the last one not after the file's date (\(ceiling.description))")
            }
        }
        return nil
    }

    /// The year in which `month`/`day` falls on `weekday`: the first from `notBefore` on
    /// when the article's other dates bound it, else the latest not after today.
    static func agreeingYear(weekday: Int, month: Int, day: Int, notBefore: Int?, today: CalendarDay) -> Int? {
        func agrees(_ y: Int) -> Bool {
            guard let d = CalendarDay(year: y, month: month, day: day), d <= today else { return false }
            return d.isoWeekday == weekday
        }
        if let floor = notBefore {
            return (floor...floor + 11).first(where: agrees)
        }
        return stride(from: today.year, through: today.year - 40, by: -1).first(where: agrees)
    }
}
