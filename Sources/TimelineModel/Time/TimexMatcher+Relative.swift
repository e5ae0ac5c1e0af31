/// Expressions relative to the report's date: "yesterday", "last month", "earlier this year",
/// "late November", "the beginning of 2017", "the past", "now"; and SETs to be skipped.
extension TimexMatcher {
    func deicticOffset(_ i: Int) -> Int? {
        guard let d = Deixis(rawValue: val(i)) else { return nil }
        switch d {
        case .last, .previous, .past: return -1
        case .next, .coming, .following: return 1
        case .this: return 0
        }
    }

    func relativeDayLed(at i: Int) -> TimexCandidate? {
        if isCapitalized(i), i > 0, t[i - 1].kind == .word, t[i - 1].isCapitalized, t[i - 1].lexKind == nil { return nil }  // "USA Today"
        let offset = val(i) - 10
        if lex(i + 1) == .partOfDay {
            return TimexCandidate(first: i, last: i + 1, meaning: .relativeDay(offset), partOfDay: PartOfDay(rawValue: val(i + 1)))
        }
        return TimexCandidate(first: i, last: i, meaning: .relativeDay(offset))
    }

    func referenceLed(at i: Int) -> TimexCandidate? {
        if glued(i + 1) && isPunct(i + 1, 0x2D) { return nil }  // "now-defunct"
        return TimexCandidate(first: i, last: i, meaning: .reference(Reference(rawValue: val(i))!))
    }

    /// "last month", "next Friday", "this morning", "last night", "the previous year", "the past three years".
    func deicticLed(at i: Int) -> TimexCandidate? {
        // "expected to last six weeks", "will last": the verb, not the determiner.
        if val(i) == Deixis.last.rawValue, isWord(i - 1, "to") || lex(i - 1) == .forwardCue || isWord(i - 1, "could")
            || isWord(i - 1, "may") || isWord(i - 1, "might") || isWord(i - 1, "can") || isWord(i - 1, "not") { return nil }
        return deicticPhrase(at: i, first: i, withThe: false)
    }

    func pastLed(at i: Int) -> TimexCandidate? { deicticPhrase(at: i, first: i, withThe: false) }

    func deicticPhrase(at i: Int, first: Int, withThe: Bool) -> TimexCandidate? {
        guard let d = Deixis(rawValue: val(i)), let off = deicticOffset(i) else { return nil }
        let n = i + 1
        // "this past week": the one before this one.
        if d == .this, lex(n) == .past, lex(n + 1) == .unit || lex(n + 1) == .weekend {
            if lex(n + 1) == .weekend { return TimexCandidate(first: first, last: n + 1, meaning: .weekend(-1)) }
            let u = unit(n + 1)
            guard u == .week || u == .month || u == .year else { return nil }
            return TimexCandidate(first: first, last: n + 1, meaning: .relativeUnit(u, -1))
        }
        let stretch = d == .last || d == .next || d == .past || d == .coming
        // "the past three years", "last few weeks", "the coming days"
        if stretch, lex(n) != .unit, let a = amount(at: n), a.unitAt < count {
            return TimexCandidate(first: first, last: a.unitAt, meaning: .duration(amount: a.amount, unit: unit(a.unitAt)))
        }
        if stretch, lex(n) == .units {
            return TimexCandidate(first: first, last: n, meaning: .duration(amount: nil, unit: unit(n)))
        }
        switch lex(n) {
        case .unit, .century:
            let u = unit(n)
            if d == .previous || d == .following || (withThe && d == .next) {
                guard let _ = u.anchorUnit else { return nil }
                return TimexCandidate(first: first, last: n, meaning: .anchored(amount: 1, unit: u, direction: off < 0 ? .before : .after, hasAnchorPhrase: false))
            }
            if withThe || d == .past {
                // "the current year" ("current" is "this" after "the"): the DCT's own.
                if d == .this {
                    guard u == .week || u == .month || u == .year else { return nil }
                    return TimexCandidate(first: first, last: n, meaning: .relativeUnit(u, 0))
                }
                return TimexCandidate(first: first, last: n, meaning: .duration(amount: 1, unit: u))
            }
            if u == .day || u.designator.isTime { return nil }
            return TimexCandidate(first: first, last: n, meaning: .relativeUnit(u, off))
        case .quarter:
            if withThe && d != .this { return nil }
            return TimexCandidate(first: first, last: n, meaning: .relativeUnit(.quarter, off))
        case .weekend:
            if withThe { return nil }
            return TimexCandidate(first: first, last: n, meaning: .weekend(off))
        case .weekday:
            guard !withThe, isCapitalized(n), val(n) < 10 else { return nil }
            let w = val(n)
            if lex(n + 1) == .partOfDay {
                return TimexCandidate(first: first, last: n + 1, meaning: .weekday(w, shift: off), partOfDay: PartOfDay(rawValue: val(n + 1)), weekday: w)
            }
            return TimexCandidate(first: first, last: n, meaning: .weekday(w, shift: off), weekday: w)
        case .month:
            guard !withThe, isCapitalized(n) else { return nil }
            if var c = monthFirstDate(at: n) { c.first = first; return c }
            var c = TimexCandidate(first: first, last: n, meaning: .calendar(year: nil, month: val(n), day: nil))
            c.direction = off == 0 ? nil : off
            return c
        case .season:
            if withThe { return nil }
            return TimexCandidate(first: first, last: n, meaning: .season(Season(rawValue: val(n))!, year: nil, offset: off))
        case .partOfDay:
            guard !withThe else { return nil }
            let pod = PartOfDay(rawValue: val(n))!
            if d == .this { return TimexCandidate(first: first, last: n, meaning: .relativeDay(0), partOfDay: pod) }
            if d == .last && (pod == .night || pod == .evening) {
                return TimexCandidate(first: first, last: n, meaning: .relativeDay(-1), partOfDay: pod)
            }
            return nil
        default:
            return nil
        }
    }

    /// early / late / mid + a date: "late November", "mid-August 2021", "early next year", "late Monday night".
    func hedgeLed(at i: Int) -> TimexCandidate? {
        var n = i + 1
        if isPunct(n, 0x2D) && glued(n) { n += 1 }
        guard n < count else { return nil }
        var inner: TimexCandidate?
        switch lex(n) {
        case .month, .monthAbbrev: inner = monthLed(at: n)
        case .weekday: inner = weekdayLed(at: n)
        case .deictic: inner = deicticLed(at: n)
        case .relativeDay: inner = relativeDayLed(at: n)
        default: inner = isNumber(n) ? (trailingYear(at: n).map { _ in bareYearAfterModifier(at: n) } ?? decade(at: n) ?? century(at: n)) : nil
        }
        guard var c = inner else { return nil }
        switch c.meaning {
        case .duration, .anchored, .set, .reference: return nil
        default: break
        }
        c.first = i
        c.part = Part(rawValue: val(i))
        return c
    }

    private func bareYearAfterModifier(at n: Int) -> TimexCandidate {
        TimexCandidate(first: n, last: n, meaning: .calendar(year: val(n), month: nil, day: nil), explicitYear: true)
    }

    /// "earlier this year", "later this month", "earlier today".
    func relativeModifierLed(at i: Int) -> TimexCandidate? {
        let n = i + 1
        if lex(n) == .deictic, val(n) == Deixis.this.rawValue, var c = deicticLed(at: n) {
            c.first = i
            c.relativeToDCT = val(i)
            return c
        }
        if lex(n) == .relativeDay, val(n) == 10 {
            return TimexCandidate(first: i, last: n, meaning: .relativeDay(0))
        }
        // "earlier in the day", "later in the year": within the period of what was just told.
        if isWord(n, "in"), lex(n + 1) == .the, lex(n + 2) == .unit, Self.offsetUnits.contains(unit(n + 2)) {
            return TimexCandidate(first: i, last: n + 2, meaning: .anchored(amount: 0, unit: unit(n + 2),
                                                                            direction: val(i) < 0 ? .before : .after, hasAnchorPhrase: false))
        }
        return nil
    }

    /// "the 15th" after "on", "by", "until" …: a day of a month left unsaid. Not "the 15th
    /// floor" or "the 21st Division": the ordinal must not lead a noun.
    func dayOfMonth(at i: Int) -> TimexCandidate? {
        let n = i + 1
        guard isNumber(n), t[n].digits <= 2, (1...31).contains(val(n)), glued(n + 1), lex(n + 1) == .ordinalSuffix else { return nil }
        let before = i - 1
        guard isWord(before, "on") || isWord(before, "by") || isWord(before, "until") || isWord(before, "till")
            || isWord(before, "before") || isWord(before, "after") || isWord(before, "since") || isWord(before, "from")
            || isWord(before, "of") || isWord(before, "to") else { return nil }
        let next = n + 2
        if next < count, t[next].kind == .word, !(isWord(next, "and") || isWord(next, "or") || isWord(next, "to")
            || isWord(next, "when") || isWord(next, "at") || lex(next) == .partOfDay) { return nil }
        return TimexCandidate(first: i, last: n + 1, meaning: .dayOfMonth(val(n)))
    }

    /// Phrases opened by "the".
    /// The units of "the day before", "the week after …", "the year before last".
    static let offsetUnits: Set<TimeUnit> = [.day, .week, .month, .year]

    func theLed(at i: Int) -> TimexCandidate? {
        let n = i + 1
        guard n < count else { return nil }
        if isPunct(n, 0x27), glued(n + 1), var c = decade(at: n + 1) { c.first = i; return c }  // "the '90s"
        if isNumber(n) {
            if var c = decade(at: n) ?? century(at: n) { c.first = i; return c }
            if glued(n + 1), lex(n + 1) == .ordinalSuffix, var c = dayFirstDate(at: n) { c.first = i; return c }
            return dayOfMonth(at: i)
        }
        switch lex(n) {
        case .fiscal:
            guard var c = fiscalLed(at: n) else { return nil }
            c.first = i
            return c
        case .partOfDay where lex(n + 1) == .of:
            // "the evening of 16 March": one TIME.
            let at = n + 2
            guard var c = dayFirstDate(at: at) ?? monthFirstDate(at: at) ?? (lex(at) == .weekday ? weekdayLed(at: at) : nil)
                    ?? (lex(at) == .the ? dayOfMonth(at: at) : nil) else { return nil }
            guard c.partOfDay == nil else { return nil }
            c.first = i
            c.partOfDay = PartOfDay(rawValue: val(n))
            return c
        case .hedgeModifier:
            // "the late 1990s", "the early 20th century"
            guard var c = hedgeLed(at: n) else { return nil }
            switch c.meaning {
            case .decade, .century: c.first = i; return c
            default: return nil
            }
        case .boundary:
            guard lex(n + 1) == .of, var inner = boundedPeriod(at: n + 2) else { return nil }
            inner.first = i
            inner.part = Part(rawValue: val(n))
            return inner
        case .deictic:
            return deicticPhrase(at: n, first: i, withThe: true)
        case .past:
            if let c = deicticPhrase(at: n, first: i, withThe: true) { return c }
            if isLowercaseWord(n + 1) && t[n + 1].lexKind == nil { return nil }  // "the past president"
            return TimexCandidate(first: i, last: n, meaning: .reference(.past))
        case .ordinalWord:
            if var c = yearPartLed(at: n) { c.first = i; return c }
            return nil
        case .season:
            // "the spring offensive", "the Spring Festival"
            if n + 1 < count, t[n + 1].kind == .word, t[n + 1].lexKind == nil { return nil }
            if var c = seasonLed(at: n, determiner: Int.min) { c.first = i; return c }
            return nil
        case .weekend:
            return TimexCandidate(first: i, last: n, meaning: .weekend(nil))
        case .quarter:
            // "profit rose in the quarter": the DCT's quarter. Not "the Old Quarter", "the quarter of".
            guard isWord(i - 1, "in") || isWord(i - 1, "for") || isWord(i - 1, "during") || isWord(i - 1, "over") || isWord(i - 1, "through"),
                  !isCapitalized(n), !(lex(n + 1) == .of), !(glued(n + 1) && isPunct(n + 1, 0x2D)) else { return nil }
            return TimexCandidate(first: i, last: n, meaning: .relativeUnit(.quarter, 0))
        case nil where isWord(n, "rest") && lex(n + 1) == .of && lex(n + 2) == .the && lex(n + 3) == .unit
            && [.week, .month, .year].contains(unit(n + 3)):
            // "the rest of the year": this year's part after the DCT, as "later this year".
            var c = TimexCandidate(first: i, last: n + 3, meaning: .relativeUnit(unit(n + 3), 0))
            c.relativeToDCT = 1
            return c
        case nil where isWord(n, "moment") && (lex(i - 1) == .at || isWord(i - 1, "for"))
            && (n + 1 >= count || t[n + 1].kind == .punct || t[n + 1].has(TimeToken.newlineBefore) || presentClause(after: n)):
            // "at the moment.", "At the moment the group is weak": now. Not "at the moment
            // of the blast" nor "at the moment the bomb went off" (a past clause: "when").
            return TimexCandidate(first: i, last: n, meaning: .reference(.present))
        case nil where isWord(n, "same") && lex(n + 1) == .unit && unit(n + 1).anchorUnit != nil:
            // "the same day": the date of the event just mentioned.
            return TimexCandidate(first: i, last: n + 1, meaning: .anchored(amount: 0, unit: unit(n + 1), direction: .after, hasAnchorPhrase: false))
        case .future, .present:
            if isLowercaseWord(n + 1) && t[n + 1].lexKind == nil { return nil }
            return TimexCandidate(first: i, last: n, meaning: .reference(lex(n) == .future ? .future : .present))
        case .unit where Self.offsetUnits.contains(unit(n)):
            // "the day before", "the week after the vote", "the year before last".
            guard lex(n + 1) == .relation else { return nil }
            let u = unit(n)
            let dir: AnchoredOffset.Direction = val(n + 1) > 0 ? .after : .before
            // "the day after tomorrow", "the day before yesterday": two days from the DCT.
            if u == .day, lex(n + 2) == .relativeDay, val(n + 2) != 10, (val(n + 2) > 10) == (dir == .after) {
                return TimexCandidate(first: i, last: n + 2, meaning: .relativeDay(2 * (val(n + 2) - 10)))
            }
            if u != .day, dir == .before, lex(n + 2) == .deictic, val(n + 2) == Deixis.last.rawValue {
                return TimexCandidate(first: i, last: n + 2, meaning: .ago(amount: 2, unit: u))
            }
            var c = TimexCandidate(first: i, last: n + 1, meaning: .anchored(amount: 1, unit: u, direction: dir, hasAnchorPhrase: false))
            if let phrase = anchorPhrase(from: n + 2) {
                c.meaning = .anchored(amount: 1, unit: u, direction: dir, hasAnchorPhrase: true)
                c.anchorTokens = phrase
            }
            return c
        default:
            return nil
        }
    }

    /// What "the beginning of" / "the end of" may govern: a year, a month, "this year", "the year".
    private func boundedPeriod(at j: Int) -> TimexCandidate? {
        if isNumber(j) { return trailingYear(at: j).map { _ in bareYearAfterModifier(at: j) } }
        switch lex(j) {
        case .month, .monthAbbrev: return monthLed(at: j)
        case .deictic:
            guard let c = deicticLed(at: j), case .relativeUnit = c.meaning else { return nil }
            return c
        case .the:
            if lex(j + 1) == .unit, [.week, .month, .year].contains(unit(j + 1)) {
                return TimexCandidate(first: j, last: j + 1, meaning: .relativeUnit(unit(j + 1), 0))
            }
            return nil
        default: return nil
        }
    }

    /// "every Friday", "each year", "once a week", "per day": consumed so they are not dates.
    func setLed(at i: Int) -> TimexCandidate? {
        var n = i + 1
        if isWord(n, "other") { n += 1 }
        if lex(n) == .article { n += 1 }
        switch lex(n) {
        case .weekday, .unit, .month, .weekend, .partOfDay, .season:
            return TimexCandidate(first: i, last: n, meaning: .set)
        case .numberWord:
            if lex(n + 1) == .units { return TimexCandidate(first: i, last: n + 1, meaning: .set) }
            return nil
        default:
            if isNumber(n), lex(n + 1) == .units { return TimexCandidate(first: i, last: n + 1, meaning: .set) }
            return nil
        }
    }

    /// The clause after token i is in the present: a present auxiliary comes within a few
    /// words, before any past one.
    func presentClause(after i: Int) -> Bool {
        var k = i + 1
        while k < count && k <= i + 7 {
            if t[k].kind == .punct || t[k].has(TimeToken.newlineBefore) || lex(k) == .of { return false }
            if lex(k) == .pastCue || lex(k) == .forwardCue { return false }
            if isWord(k, "is") || isWord(k, "are") || isWord(k, "has") || isWord(k, "have") || isWord(k, "remains")
                || isWord(k, "remain") || isWord(k, "seems") || isWord(k, "appears") || isWord(k, "does") { return true }
            k += 1
        }
        return false
    }
}
