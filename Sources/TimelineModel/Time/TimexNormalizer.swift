/// Pins a recognised expression to the calendar: the DCT resolves year-less dates, weekdays
/// and "last month"; precision is kept (a month stays a month).
struct TimexNormalizer {
    let dct: CalendarDay?

    struct Result {
        var type: TimexType
        var value: String
        var span: DateSpan?
        var forwardLooking = false
    }

    /// `forward`: the sentence looks ahead. `reference`: the last date mentioned before it
    /// (for "Two months later"), falling back to the DCT.
    func normalize(_ c: TimexCandidate, forward: Bool, past: Bool = false, reference: DateSpan?) -> Result? {
        var r: Result
        switch c.meaning {
        case .set:
            return nil
        case let .calendar(year, month, day):
            r = calendar(year: year, month: month, day: day, weekday: c.weekday, forward: c.direction.map { $0 > 0 } ?? forward,
                         past: c.direction == nil && past, forced: c.direction != nil)
        case let .dayOfMonth(d):
            r = dayOfMonth(d, forward: forward, past: past)
        case let .weekday(w, shift):
            r = weekday(w, shift: shift, forward: forward)
        case let .relativeDay(offset):
            if let dct {
                let d = dct.adding(days: offset)
                r = Result(type: .date, value: TimexValue.day(d), span: .day(d))
            } else {
                r = Result(type: .date, value: "XXXX-XX-XX", span: nil)
            }
        case let .relativeUnit(unit, offset):
            r = relativeUnit(unit, offset)
        case let .weekend(offset):
            r = weekend(offset)
        case let .season(s, year, offset):
            r = season(s, year: year, offset: offset, forward: forward)
        case let .yearPart(letter, index, year, offset):
            let y = year ?? dct.map { $0.year + offset }
            guard let y else { return Result(type: .date, value: "XXXX-" + letter + String(index), span: nil) }
            let per = letter == "Q" ? 3 : 6
            let first = (index - 1) * per + 1
            r = Result(type: .date, value: TimexValue.year(y) + "-" + letter + String(index),
                       span: .range(.firstOf(year: y, month: first), .lastOf(year: y, month: first + per - 1)))
        case let .decade(prefix):
            r = Result(type: .date, value: String(prefix),
                       span: .range(.firstOf(year: prefix * 10, month: 1), .lastOf(year: prefix * 10 + 9, month: 12)))
        case let .century(prefix):
            r = Result(type: .date, value: TimexValue.pad(prefix, 2),
                       span: .range(.firstOf(year: prefix * 100, month: 1), .lastOf(year: prefix * 100 + 99, month: 12)))
        case let .reference(ref):
            r = Result(type: .date, value: ref.value, span: nil)
        case let .duration(amount, unit):
            return Result(type: .duration, value: TimexValue.duration(amount, unit), span: nil)
        case let .ago(amount, unit):
            r = offsetFrom(dct, amount: -amount, unit: unit)
        case let .anchored(amount, unit, direction, hasPhrase):
            if hasPhrase { return Result(type: .duration, value: TimexValue.duration(amount, unit), span: nil) }
            // A tentative value from the reference; the events stage re-resolves it, so no span.
            let signed = direction == .after ? amount : -amount
            // From the middle of a coarse reference, so "Four days earlier" after "Last month" stays in that month.
            let base = reference.map { CalendarDay(ordinal: ($0.start.ordinal + $0.end.ordinal) / 2) } ?? dct
            var tentative = offsetFrom(base, amount: signed, unit: unit)
            if let ref = reference, ref.precision != .day, tentative.span != nil {
                let d = tentative.span!.start
                // A week at most ("the previous week" after "last week") stays a week.
                let withinWeek = ref.end.ordinal - ref.start.ordinal < 7 && (unit == .day || unit == .week)
                tentative.value = ref.precision == .year || unit == .year ? TimexValue.year(d.year)
                    : withinWeek ? TimexValue.week(d) : TimexValue.month(d.year, d.month)
            }
            return Result(type: .date, value: tentative.value, span: nil)
        }
        applyPart(c, &r)
        // A fiscal year need not start in January: the calendar's span is only near it.
        if c.fiscal { r.span?.approximate = true }
        if let pod = c.partOfDay {
            r.type = .time
            r.value += "T" + pod.code
        }
        if let clock = c.clock {
            r.type = .time
            r.value += "T" + TimexValue.pad(clock.hour, 2) + ":" + TimexValue.pad(clock.minute, 2)
        }
        return r
    }

    // MARK: pieces

    private func calendar(year: Int?, month: Int?, day: Int?, weekday: Int?, forward: Bool, past: Bool, forced: Bool) -> Result {
        if let year {
            if let month, let day, let d = CalendarDay(year: year, month: month, day: day) {
                return Result(type: .date, value: TimexValue.day(d), span: .day(d))
            }
            if let month { return Result(type: .date, value: TimexValue.month(year, month), span: .month(year: year, month: month)) }
            return Result(type: .date, value: TimexValue.year(year), span: .year(year))
        }
        guard let month else { return Result(type: .date, value: "XXXX", span: nil) }
        guard let dct else {
            return Result(type: .date, value: "XXXX-" + TimexValue.pad(month, 2) + (day.map { "-" + TimexValue.pad($0, 2) } ?? ""), span: nil)
        }
        if let day {
            // Candidates in the neighbouring years; a named weekday picks the year it agrees with.
            var candidates = [dct.year - 1, dct.year, dct.year + 1].compactMap { CalendarDay(year: $0, month: month, day: day) }
            if let weekday {
                let agreeing = candidates.filter { $0.isoWeekday == weekday }
                if !agreeing.isEmpty { candidates = agreeing }
            }
            // "Protests erupted on December 14" read in November: last year's.
            let chosen = Self.pick(candidates, forward: forward, past: past, dct: dct)
            return Result(type: .date, value: TimexValue.day(chosen), span: .day(chosen), forwardLooking: forward && chosen > dct)
        }
        var y = dct.year
        if forward {
            if month < dct.month || (forced && month == dct.month) { y += 1 }
        } else if month > dct.month || (forced && month == dct.month) {
            y -= 1
        }
        return Result(type: .date, value: TimexValue.month(y, month), span: .month(year: y, month: month),
                      forwardLooking: forward && (y > dct.year || month > dct.month))
    }

    /// "the 15th": that day of the DCT's month, or of the month before or after it when the
    /// tense points there ("will end on the 3rd" read on the 28th is next month's).
    private func dayOfMonth(_ d: Int, forward: Bool, past: Bool) -> Result {
        guard let dct else { return Result(type: .date, value: "XXXX-XX-" + TimexValue.pad(d, 2), span: nil) }
        let months = [dct.month - 1, dct.month, dct.month + 1]
        let candidates = months.compactMap { m -> CalendarDay? in
            let (y, m) = m < 1 ? (dct.year - 1, 12) : m > 12 ? (dct.year + 1, 1) : (dct.year, m)
            return CalendarDay(year: y, month: m, day: d)
        }
        guard !candidates.isEmpty else { return Result(type: .date, value: "XXXX-XX-" + TimexValue.pad(d, 2), span: nil) }
        let chosen = Self.pick(candidates, forward: forward, past: past, dct: dct)
        return Result(type: .date, value: TimexValue.day(chosen), span: .day(chosen), forwardLooking: forward && chosen > dct)
    }

    /// Of a day's candidates in ascending order: the first from the DCT on when the tense is
    /// future, the last up to it when past, else the nearest.
    private static func pick(_ candidates: [CalendarDay], forward: Bool, past: Bool, dct: CalendarDay) -> CalendarDay {
        if forward, let f = candidates.first(where: { $0 >= dct }) { return f }
        if past, let p = candidates.last(where: { $0 <= dct }) { return p }
        return candidates.min(by: { abs($0.ordinal - dct.ordinal) < abs($1.ordinal - dct.ordinal) })!
    }

    private func weekday(_ w: Int, shift: Int?, forward: Bool) -> Result {
        guard let dct else { return Result(type: .date, value: "XXXX-WXX-" + String(w), span: nil) }
        let delta = w - dct.isoWeekday          // -6...6
        var days: Int
        switch shift {
        case .some(0): days = delta                                  // this Friday: same ISO week
        case .some(let s) where s < 0: days = delta < 0 ? delta : delta - 7
        case .some: days = delta > 0 ? delta : delta + 7
        case .none: days = forward ? (delta >= 0 ? delta : delta + 7) : (delta <= 0 ? delta : delta - 7)
        }
        if shift == nil && forward == false { days = min(days, 0) }
        let d = dct.adding(days: days)
        return Result(type: .date, value: TimexValue.day(d), span: .day(d), forwardLooking: days > 0)
    }

    private func relativeUnit(_ unit: TimeUnit, _ offset: Int) -> Result {
        guard let dct else {
            switch unit {
            case .week: return Result(type: .date, value: "XXXX-WXX", span: nil)
            case .month: return Result(type: .date, value: "XXXX-XX", span: nil)
            default: return Result(type: .date, value: "XXXX", span: nil)
            }
        }
        switch unit {
        case .week:
            let d = dct.adding(days: 7 * offset)
            return Result(type: .date, value: TimexValue.week(d), span: TimexValue.weekSpan(d), forwardLooking: offset > 0)
        case .month:
            let d = dct.adding(months: offset)
            return Result(type: .date, value: TimexValue.month(d.year, d.month), span: .month(year: d.year, month: d.month), forwardLooking: offset > 0)
        case .quarter:
            let q0 = (dct.year * 4 + (dct.month - 1) / 3) + offset
            let y = q0 >= 0 ? q0 / 4 : (q0 - 3) / 4
            let q = q0 - y * 4 + 1
            return Result(type: .date, value: TimexValue.year(y) + "-Q" + String(q),
                          span: .range(.firstOf(year: y, month: q * 3 - 2), .lastOf(year: y, month: q * 3)), forwardLooking: offset > 0)
        case .decade:
            let p = dct.year / 10 + offset
            return Result(type: .date, value: String(p), span: .range(.firstOf(year: p * 10, month: 1), .lastOf(year: p * 10 + 9, month: 12)))
        case .century:
            let p = dct.year / 100 + offset
            return Result(type: .date, value: TimexValue.pad(p, 2), span: .range(.firstOf(year: p * 100, month: 1), .lastOf(year: p * 100 + 99, month: 12)))
        default:
            let y = dct.year + offset
            return Result(type: .date, value: TimexValue.year(y), span: .year(y), forwardLooking: offset > 0)
        }
    }

    private func weekend(_ offset: Int?) -> Result {
        guard let dct else { return Result(type: .date, value: "XXXX-WXX-WE", span: nil) }
        var week = dct
        if let offset { week = dct.adding(days: 7 * offset) }
        else if dct.isoWeekday < 6 { week = dct.adding(days: -7) }
        let saturday = week.adding(days: 6 - week.isoWeekday)
        return Result(type: .date, value: TimexValue.week(week) + "-WE", span: .range(saturday, saturday.adding(days: 1)))
    }

    private func season(_ s: Season, year: Int?, offset: Int?, forward: Bool) -> Result {
        var y = year
        if y == nil, let dct {
            // The season's year is that of its first month; winter 2017 runs Dec 2017 – Feb 2018.
            let current = dct.month >= 3 ? dct.year : dct.year - 1
            let index = (dct.month + 9) % 12 / 3 + 1            // Mar-May → 1 (spring) ...
            if let offset {
                // "last summer": the most recent one before the current season; "next": the first after it.
                switch offset {
                case 0: y = current
                case ..<0: y = s.rawValue < index ? current : current - 1
                default: y = s.rawValue > index ? current : current + 1
                }
            } else if forward {
                y = s.rawValue >= index ? current : current + 1
            } else {
                y = s.rawValue <= index ? current : current - 1
            }
        }
        guard let y else { return Result(type: .date, value: "XXXX-" + s.code, span: nil) }
        let (m1, m2) = s.months
        let end = m2 > 12 ? CalendarDay.lastOf(year: y + 1, month: m2 - 12) : CalendarDay.lastOf(year: y, month: m2)
        return Result(type: .date, value: TimexValue.year(y) + "-" + s.code, span: .range(.firstOf(year: y, month: m1), end))
    }

    /// "two weeks ago" from the DCT; also the tentative value of anchored offsets.
    private func offsetFrom(_ base: CalendarDay?, amount: Int, unit: TimeUnit) -> Result {
        guard let base else { return Result(type: .date, value: "XXXX-XX-XX", span: nil) }
        switch unit {
        case .day:
            let d = base.adding(days: amount)
            return Result(type: .date, value: TimexValue.day(d), span: .day(d))
        case .week:
            let d = base.adding(days: 7 * amount)
            return Result(type: .date, value: TimexValue.week(d), span: TimexValue.weekSpan(d))
        case .month:
            let d = base.adding(months: amount)
            return Result(type: .date, value: TimexValue.month(d.year, d.month), span: .month(year: d.year, month: d.month))
        case .decade, .century:
            let y = base.year + amount * (unit == .decade ? 10 : 100)
            return Result(type: .date, value: TimexValue.year(y), span: .year(y))
        case .quarter:
            let d = base.adding(months: 3 * amount)
            return Result(type: .date, value: TimexValue.month(d.year, d.month), span: .month(year: d.year, month: d.month))
        case .year:
            let y = base.year + amount
            return Result(type: .date, value: TimexValue.year(y), span: .year(y))
        case .hour, .minute, .second:
            return Result(type: .date, value: TimexValue.day(base), span: .day(base))
        }
    }

    /// "late November" keeps month precision but narrows the days; "earlier this year" stops at the DCT.
    private func applyPart(_ c: TimexCandidate, _ r: inout Result) {
        guard var span = r.span else { return }
        if c.relativeToDCT != 0, let dct {
            if c.relativeToDCT < 0 { span.end = max(span.start, min(span.end, dct)) } else { span.start = min(span.end, max(span.start, dct)) }
        } else if let part = c.part {
            // "late Monday night" names the day itself; only coarser periods get hedged.
            span.approximate = span.precision != .day
            switch span.precision {
            case .month:
                let last = CalendarDay.daysIn(month: span.start.month, year: span.start.year)
                let (a, b) = part == .early ? (1, 10) : part == .mid ? (11, 20) : (21, last)
                span.start = CalendarDay(year: span.start.year, month: span.start.month, day: a)!
                span.end = CalendarDay(year: span.start.year, month: span.start.month, day: b)!
            case .year:
                let (a, b) = part == .early ? (1, 4) : part == .mid ? (5, 8) : (9, 12)
                span.start = .firstOf(year: span.start.year, month: a)
                span.end = .lastOf(year: span.start.year, month: b)
            default:
                break
            }
        }
        r.span = span
    }
}
