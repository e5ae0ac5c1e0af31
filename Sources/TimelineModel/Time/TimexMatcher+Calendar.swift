/// Explicit calendar forms: "11 April", "Apr. 11, 2018", "2017-12-11", "in 2015", "the 1990s",
/// weekdays ("Wednesday, August 1", "Monday night") and clock times glued to a date.
extension TimexMatcher {
    /// The day number at i (1...31, one or two digits) and the index after an ordinal suffix.
    func dayNumber(at i: Int) -> (day: Int, next: Int)? {
        guard isNumber(i), t[i].digits <= 2, t[i].flags & (TimeToken.grouped | TimeToken.decimal) == 0 else { return nil }
        let d = val(i)
        guard d >= 1 && d <= 31 else { return nil }
        if glued(i + 1) && isNumber(i + 1) { return nil }
        if glued(i + 1) && lex(i + 1) == .ordinalSuffix { return (d, i + 2) }
        if glued(i + 1), i + 1 < count, t[i + 1].kind == .word { return nil }  // "11am", "3km"
        if glued(i + 1) && (isPunct(i + 1, 0x3A) || isPunct(i + 1, 0x2F)) { return nil }  // "11:30", "5/6"
        return (d, i + 1)
    }

    /// A four-digit year at i when written after a month or day ("April 11, 2018", "August 2021").
    func trailingYear(at i: Int) -> Int? {
        guard isNumber(i), t[i].digits == 4, t[i].flags & (TimeToken.grouped | TimeToken.decimal) == 0 else { return nil }
        let y = val(i)
        guard y >= 1000 && y <= 2199 else { return nil }
        if glued(i + 1) && (isNumber(i + 1) || (i + 1 < count && t[i + 1].kind == .word) || isPunct(i + 1, 0x3A)) { return nil }
        return y
    }

    /// A month name at i: full names count when capitalised; abbreviations only with a day or year.
    func monthName(at i: Int) -> (month: Int, next: Int, abbreviated: Bool)? {
        guard i < count, isCapitalized(i) else { return nil }
        switch lex(i) {
        case .month: return (val(i), i + 1, false)
        case .monthAbbrev:
            return (val(i), isPunct(i + 1, 0x2E) && glued(i + 1) ? i + 2 : i + 1, true)
        default: return nil
        }
    }

    /// Month-first dates from i: "April 11", "Apr. 11, 2018", "Apr 08 2018", "August 2021", "March of 2017".
    func monthFirstDate(at i: Int) -> TimexCandidate? {
        guard let (m, next, _) = monthName(at: i) else { return nil }
        if let (d, after) = dayNumber(at: next), CalendarDay(year: 2000, month: m, day: d) != nil {
            var yearAt = after
            if isPunct(yearAt, 0x2C) { yearAt += 1 }
            if let y = trailingYear(at: yearAt), CalendarDay(year: y, month: m, day: d) != nil {
                return TimexCandidate(first: i, last: yearAt, meaning: .calendar(year: y, month: m, day: d), explicitYear: true)
            }
            return TimexCandidate(first: i, last: after - 1, meaning: .calendar(year: nil, month: m, day: d))
        }
        var yearAt = next
        if isPunct(yearAt, 0x2C) || lex(yearAt) == .of { yearAt += 1 }
        if let y = trailingYear(at: yearAt) {
            return TimexCandidate(first: i, last: yearAt, meaning: .calendar(year: y, month: m, day: nil), explicitYear: true)
        }
        return nil
    }

    /// Day-first dates from i: "11 April", "1st of May 2018", "16 March".
    func dayFirstDate(at i: Int) -> TimexCandidate? {
        guard let (d, next) = dayNumber(at: i) else { return nil }
        var m0 = next
        if lex(m0) == .of && next > i + 1 { m0 += 1 }   // "1st of May" needs the suffix
        guard let (m, after, _) = monthName(at: m0), CalendarDay(year: 2000, month: m, day: d) != nil else { return nil }
        var yearAt = after
        if isPunct(yearAt, 0x2C) { yearAt += 1 }
        if let y = trailingYear(at: yearAt), CalendarDay(year: y, month: m, day: d) != nil {
            return TimexCandidate(first: i, last: yearAt, meaning: .calendar(year: y, month: m, day: d), explicitYear: true)
        }
        return TimexCandidate(first: i, last: after - 1, meaning: .calendar(year: nil, month: m, day: d))
    }

    /// "2017-12-11", "2017/12/11".
    func isoDate(at i: Int) -> TimexCandidate? {
        guard isNumber(i), t[i].digits == 4, t[i].flags & (TimeToken.grouped | TimeToken.decimal) == 0 else { return nil }
        let sep: UInt8 = isPunct(i + 1, 0x2D) ? 0x2D : 0x2F
        guard isPunct(i + 1, sep), glued(i + 1), isNumber(i + 2), glued(i + 2), t[i + 2].digits == 2,
              isPunct(i + 3, sep), glued(i + 3), isNumber(i + 4), glued(i + 4), t[i + 4].digits == 2,
              !(glued(i + 5) && isNumber(i + 5)),
              let day = CalendarDay(year: val(i), month: val(i + 2), day: val(i + 4)) else { return nil }
        return TimexCandidate(first: i, last: i + 4, meaning: .calendar(year: day.year, month: day.month, day: day.day),
                              explicitYear: true)
    }

    /// A bare four-digit number that is a year ("in 2015", "of 2017"), not a count ("2000 troops").
    func bareYear(at i: Int) -> TimexCandidate? {
        guard let y = trailingYear(at: i), y >= 1800 || lex(i - 1) == .preposition else { return nil }
        if isPunct(i - 1, 0x24) || isPunct(i - 1, 0x23) { return nil }  // $2000, #2015
        if isPunct(i + 1, 0x25) { return nil }
        // "2018-04" is a year-month in ISO form, not a year; "2014-2016" and "2017-18" keep the year.
        if isPunct(i + 1, 0x2D), glued(i + 1), isNumber(i + 2), glued(i + 2), t[i + 2].digits == 2, val(i + 2) <= 12,
           !(isPunct(i + 3, 0x2D) && glued(i + 3)) {
            return TimexCandidate(first: i, last: i + 2, meaning: .calendar(year: y, month: val(i + 2), day: nil), explicitYear: true)
        }
        let prev = lex(i - 1)
        if prev == .hedgeCount || prev == .fuzzy || (prev == .preposition && val(i - 1) == 1) { return nil }
        // "Resolution 2118", "Room 2015": a number that belongs to a name.
        if i > 0, t[i - 1].kind == .word, t[i - 1].isCapitalized, t[i - 1].lexKind == nil { return nil }
        if isWord(i + 1, "people") || isWord(i + 1, "men") || isWord(i + 1, "women") || isWord(i + 1, "children")
            || isWord(i + 1, "police") || isWord(i + 1, "personnel") || isWord(i + 1, "staff") { return nil }
        if isLowercaseWord(i + 1) && t[i + 1].lexKind == nil {
            let strong = isWord(i - 1, "in") || isWord(i - 1, "since") || isWord(i - 1, "until") || isWord(i - 1, "during")
            let last = bytes[Int(t[i + 1].end) - 1] | 0x20
            let secondLast = bytes[Int(t[i + 1].end) - 2] | 0x20
            if !strong && t[i + 1].length >= 4 && last == 0x73 && secondLast != 0x73 && secondLast != 0x75 { return nil }
        }
        return TimexCandidate(first: i, last: i, meaning: .calendar(year: y, month: nil, day: nil), explicitYear: true)
    }

    /// "1990s" (+ "the" handled by the caller).
    func decade(at i: Int) -> TimexCandidate? {
        guard isNumber(i), glued(i + 1), isWord(i + 1, "s"), val(i) % 10 == 0 else { return nil }
        if t[i].digits == 4 {
            // "the 1800s" is a century in TIMEX3 ("18"), "the 1990s" a decade ("199").
            if val(i) % 100 == 0 { return TimexCandidate(first: i, last: i + 1, meaning: .century(val(i) / 100)) }
            return TimexCandidate(first: i, last: i + 1, meaning: .decade(val(i) / 10))
        }
        // "the '90s"
        if t[i].digits == 2, isPunct(i - 1, 0x27), glued(i) {
            let prefix = val(i) >= 30 ? 190 + val(i) / 10 : 200 + val(i) / 10
            return TimexCandidate(first: i - 1, last: i + 1, meaning: .decade(prefix))
        }
        return nil
    }

    /// "4/8/2018", "10/26/89": month first as in US wire copy, unless the first number cannot be a month.
    func slashDate(at i: Int) -> TimexCandidate? {
        guard t[i].digits <= 2, isPunct(i + 1, 0x2F), glued(i + 1), isNumber(i + 2), glued(i + 2), t[i + 2].digits <= 2,
              isPunct(i + 3, 0x2F), glued(i + 3), isNumber(i + 4), glued(i + 4),
              t[i + 4].digits == 4 || t[i + 4].digits == 2, !(glued(i + 5) && (isNumber(i + 5) || isPunct(i + 5, 0x2F))) else { return nil }
        var y = val(i + 4)
        if t[i + 4].digits == 2 { y += y >= 30 ? 1900 : 2000 }
        var (m, d) = (val(i), val(i + 2))
        if m > 12 { swap(&m, &d) }
        guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
        return TimexCandidate(first: i, last: i + 4, meaning: .calendar(year: day.year, month: day.month, day: day.day), explicitYear: true)
    }

    /// "19th century" (+ "the" handled by the caller).
    func century(at i: Int) -> TimexCandidate? {
        if isNumber(i), glued(i + 1), lex(i + 1) == .ordinalSuffix, lex(i + 2) == .century, val(i) >= 1, val(i) <= 30 {
            return TimexCandidate(first: i, last: i + 2, meaning: .century(val(i) - 1))
        }
        if lex(i) == .ordinalWord, lex(i + 1) == .century { return TimexCandidate(first: i, last: i + 1, meaning: .century(val(i) - 1)) }
        return nil
    }

    func matchNumberLed(at i: Int) -> TimexCandidate? {
        if let c = clockLed(at: i) { return c }
        if let c = isoDate(at: i) ?? slashDate(at: i) { return c }
        if let c = dayFirstDate(at: i) { return c }
        if let c = amountLed(at: i) { return c }
        if let c = decade(at: i) { return c }
        if let c = century(at: i) { return c }
        return bareYear(at: i)
    }

    // MARK: months

    func monthLed(at i: Int) -> TimexCandidate? {
        if let c = monthFirstDate(at: i) { return c }
        guard lex(i) == .month, isCapitalized(i) else { return nil }
        // A month on its own: "May" and "March" are also verbs, and any month can be a name.
        let prev = i - 1
        let dateContext = lex(prev) == .preposition || lex(prev) == .of || lex(prev) == .hedgeModifier
            || lex(prev) == .deictic || (isPunct(prev, 0x2D) && lex(prev - 1) == .hedgeModifier)
        if val(i) == 3 || val(i) == 5 {
            if !dateContext || isWord(prev, "to") { return nil }
        }
        if !dateContext && !startsSentence(i) && isCapitalized(prev) { return nil }
        if isCapitalized(i + 1) && t[i + 1].lexKind == nil && !dateContext { return nil }
        return TimexCandidate(first: i, last: i, meaning: .calendar(year: nil, month: val(i), day: nil))
    }

    // MARK: weekdays

    /// Capitalised words around a weekday that make it part of a name ("Black Sunday", "Friday Mosque").
    func weekdayIsInName(_ i: Int) -> Bool {
        let p = i - 1
        // "On Friday Afghan officials said": after a preposition it is the day, whatever follows.
        if let k = lex(p), k == .preposition || k == .hedgeModifier || k == .deictic || k == .relation { return false }
        var titleCase = false
        if p >= 0, t[p].kind == .word, t[p].isCapitalized, t[p].lexKind == nil {
            // Title-case headlines: "Commander Killed Friday" — a verb before it, not a name.
            let end = Int(t[p].end)
            titleCase = (t[p].length >= 4 && bytes[end - 1] | 0x20 == 0x64 && bytes[end - 2] | 0x20 == 0x65)
                || isWord(p, "says") || isWord(p, "say")
            if !titleCase { return true }
        }
        let n = i + 1
        if !titleCase, n < count, t[n].kind == .word, t[n].isCapitalized, t[n].has(TimeToken.spaceBefore), t[n].lexKind == nil {
            return true
        }
        return false
    }

    func weekdayLed(at i: Int) -> TimexCandidate? {
        guard isCapitalized(i) else { return nil }
        let w = val(i) > 10 ? val(i) - 10 : val(i)
        let abbreviated = val(i) > 10
        var next = i + 1
        if abbreviated && isPunct(next, 0x2E) && glued(next) { next += 1 }
        var dateAt = next
        if isPunct(dateAt, 0x2C) { dateAt += 1 }
        if lex(dateAt) == .the { dateAt += 1 }
        if var c = monthFirstDate(at: dateAt) ?? dayFirstDate(at: dateAt) {
            c.first = i
            c.weekday = w
            return c
        }
        if abbreviated || weekdayIsInName(i) { return nil }
        if lex(next) == .partOfDay {
            return TimexCandidate(first: i, last: next, meaning: .weekday(w, shift: nil),
                                  partOfDay: PartOfDay(rawValue: val(next)), weekday: w)
        }
        return TimexCandidate(first: i, last: i, meaning: .weekday(w, shift: nil), weekday: w)
    }

    // MARK: clock times

    /// "19:32 GMT", "1930 GMT on August 1", "10 a.m. Friday": a TIME, merged with a date that follows.
    func clockLed(at i: Int) -> TimexCandidate? {
        var hour = 0, minute = 0, next = i + 1
        var colon = false
        if t[i].digits <= 2, isPunct(i + 1, 0x3A), glued(i + 1), isNumber(i + 2), glued(i + 2), t[i + 2].digits == 2 {
            hour = val(i); minute = val(i + 2); next = i + 3; colon = true
        } else if t[i].digits == 4 {
            hour = val(i) / 100; minute = val(i) % 100
        } else if t[i].digits <= 2 {
            hour = val(i)
        } else {
            return nil
        }
        guard hour <= 24, minute <= 59, t[i].flags & (TimeToken.grouped | TimeToken.decimal) == 0 else { return nil }
        var marked = false
        if lex(next) == .zone { next += 1; marked = true }
        else if isWord(next, "local") && isWord(next + 1, "time") { next += 2; marked = true }
        else if lex(next) == .meridiem, hour <= 12 { hour = hour % 12 + val(next); next += 1; marked = true }
        else if isWord(next, "a") || isWord(next, "p"), glued(next + 1), isPunct(next + 1, 0x2E), isWord(next + 2, "m"), hour <= 12 {
            hour = hour % 12 + (isWord(next, "p") ? 12 : 0)
            next += isPunct(next + 3, 0x2E) && glued(next + 3) ? 4 : 3
            marked = true
        }
        if marked && lex(next) == .zone { next += 1 }  // "8:30 p.m. EST"
        if marked && isWord(next, "local") && isWord(next + 1, "time") { next += 2 }
        if t[i].digits == 4 && !marked { return nil }
        var dateAt = next
        if isWord(dateAt, "on") { dateAt += 1 }
        if isPunct(dateAt, 0x2C) { dateAt += 1 }
        let date = monthFirstDate(at: dateAt) ?? dayFirstDate(at: dateAt) ?? weekdayDate(at: dateAt)
        guard marked || (colon && date != nil) else { return nil }
        if let date {
            var c = date
            c.first = i
            c.clock = (hour, minute)
            return c
        }
        return TimexCandidate(first: i, last: next - 1, meaning: .relativeDay(0), clock: (hour, minute))
    }

    private func weekdayDate(at i: Int) -> TimexCandidate? {
        guard lex(i) == .weekday else { return nil }
        return weekdayLed(at: i)
    }

    // MARK: quarters, halves, seasons

    /// "Q1", "Q3 2018".
    func quarterLetterLed(at i: Int) -> TimexCandidate? {
        guard isCapitalized(i), isNumber(i + 1), glued(i + 1), (1...4).contains(val(i + 1)), !glued(i + 2) || !isNumber(i + 2) else { return nil }
        if let y = trailingYear(at: i + 2) {
            return TimexCandidate(first: i, last: i + 2, meaning: .yearPart(letter: "Q", index: val(i + 1), year: y, offset: 0), explicitYear: true)
        }
        return TimexCandidate(first: i, last: i + 1, meaning: .yearPart(letter: "Q", index: val(i + 1), year: nil, offset: 0))
    }

    /// "first quarter (of 2018)", "second half of last year".
    func yearPartLed(at i: Int) -> TimexCandidate? {
        if let c = century(at: i) { return c }
        let n = val(i)
        // "third-quarter profits" reads like "the third quarter".
        let hyphen = isPunct(i + 1, 0x2D) && glued(i + 1) && glued(i + 2)
        let at = hyphen ? i + 2 : i + 1
        let letter: String
        if lex(at) == .quarter, n <= 4 { letter = "Q" } else if lex(at) == .half, n <= 2 { letter = "H" } else { return nil }
        if hyphen {
            return TimexCandidate(first: i, last: at, meaning: .yearPart(letter: letter, index: n == 4 && isWord(i, "final") ? (letter == "Q" ? 4 : 2) : n, year: nil, offset: 0))
        }
        let index = n == 4 && isWord(i, "final") ? (letter == "Q" ? 4 : 2) : n
        if lex(i + 2) == .of {
            if lex(i + 3) == .fiscal, let y = trailingYear(at: i + 4) {
                var c = TimexCandidate(first: i, last: i + 4, meaning: .yearPart(letter: letter, index: index, year: y, offset: 0), explicitYear: true)
                c.fiscal = true
                return c
            }
            if let y = trailingYear(at: i + 3) {
                return TimexCandidate(first: i, last: i + 3, meaning: .yearPart(letter: letter, index: index, year: y, offset: 0), explicitYear: true)
            }
            if lex(i + 3) == .deictic, lex(i + 4) == .unit, unit(i + 4) == .year, let off = deicticOffset(i + 3) {
                return TimexCandidate(first: i, last: i + 4, meaning: .yearPart(letter: letter, index: index, year: nil, offset: off))
            }
            if lex(i + 3) == .the, lex(i + 4) == .unit, unit(i + 4) == .year {
                return TimexCandidate(first: i, last: i + 4, meaning: .yearPart(letter: letter, index: index, year: nil, offset: 0))
            }
        }
        return TimexCandidate(first: i, last: i + 1, meaning: .yearPart(letter: letter, index: index, year: nil, offset: 0))
    }

    /// "fiscal 1998", "fiscal year 2001", "fiscal first quarter": a company's or a government's
    /// year, not the calendar's.
    func fiscalLed(at i: Int) -> TimexCandidate? {
        if lex(i + 1) == .ordinalWord, var c = yearPartLed(at: i + 1) {
            c.first = i
            c.fiscal = true
            return c
        }
        let at = lex(i + 1) == .unit && unit(i + 1) == .year ? i + 2 : i + 1
        guard let y = trailingYear(at: at) else { return nil }
        var c = TimexCandidate(first: i, last: at, meaning: .calendar(year: y, month: nil, day: nil), explicitYear: true)
        c.fiscal = true
        return c
    }

    /// "summer 2017", "the summer of 2017", "last winter"; a bare season word is left alone.
    func seasonLed(at i: Int, determiner: Int?) -> TimexCandidate? {
        let s = Season(rawValue: val(i))!
        if let y = trailingYear(at: i + 1) {
            return TimexCandidate(first: i, last: i + 1, meaning: .season(s, year: y, offset: nil), explicitYear: true)
        }
        if lex(i + 1) == .of, let y = trailingYear(at: i + 2) {
            return TimexCandidate(first: i, last: i + 2, meaning: .season(s, year: y, offset: nil), explicitYear: true)
        }
        if let d = determiner {
            if lex(i + 1) == .of { return nil }   // "the fall of Kabul"
            return TimexCandidate(first: i, last: i, meaning: .season(s, year: nil, offset: d == Int.min ? nil : d))
        }
        return nil
    }
}
