extension CalendarDay {
    /// The latest day not after `limit` that falls on `month`/`day` and, when given, on the
    /// ISO `weekday` (1 = Monday): "Wednesday, August 1" in an undated article → the most
    /// recent August 1 that was a Wednesday. Looks back at most `years` years.
    public static func latest(month: Int, day: Int, weekday: Int? = nil, notAfter limit: CalendarDay, years: Int = 60) -> CalendarDay? {
        var year = limit.year
        while year >= limit.year - years {
            if let d = CalendarDay(year: year, month: month, day: day), d <= limit, weekday == nil || d.isoWeekday == weekday {
                return d
            }
            year -= 1
        }
        return nil
    }
}
