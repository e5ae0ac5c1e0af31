/// How exactly a date is known.
public enum DatePrecision: String, Codable, Sendable, CaseIterable {
    case day, month, year, range, unknown
}

/// An inclusive span of days with the precision the text gave it.
///
/// "on Friday" is one day at day precision; "last month" is the whole month at month
/// precision; "since March" is a range up to the report's date.
public struct DateSpan: Hashable, Sendable, CustomStringConvertible {
    public var start: CalendarDay
    public var end: CalendarDay
    public var precision: DatePrecision
    /// True when the text hedges ("around", "late", "early") or the date was inferred.
    public var approximate: Bool

    public init(start: CalendarDay, end: CalendarDay, precision: DatePrecision, approximate: Bool = false) {
        self.start = min(start, end)
        self.end = max(start, end)
        self.precision = precision
        self.approximate = approximate
    }

    public static func day(_ d: CalendarDay, approximate: Bool = false) -> DateSpan {
        DateSpan(start: d, end: d, precision: .day, approximate: approximate)
    }

    public static func month(year: Int, month: Int, approximate: Bool = false) -> DateSpan {
        DateSpan(start: .firstOf(year: year, month: month), end: .lastOf(year: year, month: month),
                 precision: .month, approximate: approximate)
    }

    public static func year(_ year: Int, approximate: Bool = false) -> DateSpan {
        DateSpan(start: .firstOf(year: year, month: 1), end: .lastOf(year: year, month: 12),
                 precision: .year, approximate: approximate)
    }

    public static func range(_ start: CalendarDay, _ end: CalendarDay, approximate: Bool = false) -> DateSpan {
        DateSpan(start: start, end: end, precision: .range, approximate: approximate)
    }

    public func contains(_ other: DateSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: DateSpan) -> Bool { start <= other.end && other.start <= end }

    /// The date as an analyst writes it at its precision: 2018-04-05, 2018-04, 2018, 2017-03..2017-12.
    public var label: String {
        switch precision {
        case .day: return start.description
        case .month: return "\(CalendarDay.pad(start.year, 4))-\(CalendarDay.pad(start.month, 2))"
        case .year: return CalendarDay.pad(start.year, 4)
        case .range, .unknown:
            // A period from the start of a month reads at month precision: 2017-03..2017-12.
            if start.day == 1 {
                return "\(CalendarDay.pad(start.year, 4))-\(CalendarDay.pad(start.month, 2))..\(CalendarDay.pad(end.year, 4))-\(CalendarDay.pad(end.month, 2))"
            }
            return "\(start)..\(end)"
        }
    }

    public var description: String { label + (approximate ? " ~" : "") }
}
