/// TIMEX3 value strings.
enum TimexValue {
    static func pad(_ n: Int, _ width: Int) -> String { CalendarDay.pad(n, width) }
    static func day(_ d: CalendarDay) -> String { d.description }
    static func month(_ y: Int, _ m: Int) -> String { pad(y, 4) + "-" + pad(m, 2) }
    static func year(_ y: Int) -> String { pad(y, 4) }
    static func week(_ d: CalendarDay) -> String {
        let w = d.isoWeek
        return pad(w.year, 4) + "-W" + pad(w.week, 2)
    }

    /// "P3D", "PT5H", "PXY".
    static func duration(_ amount: Int?, _ unit: TimeUnit) -> String {
        let (letter, isTime) = unit.designator
        return "P" + (isTime ? "T" : "") + (amount.map(String.init) ?? "X") + letter
    }

    /// The days of the ISO week containing d.
    static func weekSpan(_ d: CalendarDay) -> DateSpan {
        let monday = d.adding(days: 1 - d.isoWeekday)
        return .range(monday, monday.adding(days: 6))
    }
}
