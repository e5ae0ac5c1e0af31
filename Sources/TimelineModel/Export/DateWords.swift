/// Dates as a reader writes them in prose: "5 April 2018", "April 2018", "2014",
/// "March–December 2017", at the precision the sources give and no finer.
public enum DateWords {
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// The date at its precision, without any hedge.
    public static func plain(_ d: DateSpan) -> String {
        switch d.precision {
        case .day: return day(d.start)
        case .month: return month(d.start)
        case .year: return String(d.start.year)
        case .range, .unknown:
            let monthly = d.start.day == 1
            if monthly {
                if d.start.year == d.end.year && d.start.month == d.end.month { return month(d.start) }
                if d.start.year == d.end.year { return "\(months[d.start.month - 1])–\(month(d.end))" }
                return "\(month(d.start)) – \(month(d.end))"
            }
            if d.start == d.end { return day(d.start) }
            if d.start.year == d.end.year && d.start.month == d.end.month {
                return "\(d.start.day)–\(d.end.day) \(months[d.end.month - 1]) \(d.end.year)"
            }
            return "\(day(d.start)) – \(day(d.end))"
        }
    }

    /// "around April 2018" when the sources hedge, else the plain date.
    public static func spoken(_ d: DateSpan) -> String {
        d.approximate ? "around " + plain(d) : plain(d)
    }

    /// "April 2018 (approx.)" when the sources hedge, else the plain date.
    public static func labelled(_ d: DateSpan) -> String {
        d.approximate ? plain(d) + " (approx.)" : plain(d)
    }

    static func day(_ c: CalendarDay) -> String { "\(c.day) \(months[c.month - 1]) \(c.year)" }
    static func month(_ c: CalendarDay) -> String { "\(months[c.month - 1]) \(c.year)" }
}
