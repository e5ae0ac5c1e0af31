import Testing
@testable import TimelineModel

/// Less frequent forms: slashed dates, centuries written as "the 1800s", holidays.
@Suite struct TimeRareFormTests {
    static let rows: [TimeRow] = [
        timeRow("Filed 10/26/89 by the desk.", timeDctJune, "10/26/89", "1989-10-26"),
        timeRow("The memo, dated 4/8/2018, surfaced.", timeDctJune, "4/8/2018", "2018-04-08"),
        timeRow("Railways spread in the 1800s.", timeDctJune, "the 1800s", "18"),
        timeRow("Music from the '90s filled the hall.", timeDctJune, "the '90s", "199"),
        timeRow("Markets fell this past week.", timeDctJune, "this past week", "2019-W23"),
        timeRow("The village was founded years ago.", timeDctJune, "years ago", "PAST_REF"),
        timeRow("Shops closed on Christmas Eve.", timeDctJune, "Christmas Eve", "2018-12-24"),
        timeRow("Fireworks lit the sky on New Year's Eve.", timeDctNewYear, "New Year's Eve", "2017-12-31"),
        timeRow("The mall reopens after Christmas.", timeDctNov, "Christmas", "2020-12-25"),
        // A fiscal year is one expression, valued as TimeML does, by the calendar's year.
        timeRow("Profit rose in fiscal 2017, the firm said.", timeDctJune, "fiscal 2017", "2017"),
        timeRow("Revenue for fiscal year 2018 fell.", timeDctJune, "fiscal year 2018", "2018"),
        timeRow("Sales in the second quarter of fiscal 2019 slowed.", timeDctJune, "the second quarter of fiscal 2019", "2019-Q2"),
        timeRow("Earnings fell in the fiscal first quarter.", timeDctJune, "the fiscal first quarter", "2019-Q1"),
        // "current" is "this": the period of the DCT.
        timeRow("The current quarter looks weak.", timeDctJune, "The current quarter", "2019-Q2"),
        timeRow("Spending in the current year rose.", timeDctJune, "the current year", "2019"),
        // Counted from the DCT, forward, and two days off.
        timeRow("The vote is two weeks from now.", timeDctJune, "two weeks from now", "2019-W26"),
        timeRow("The day after tomorrow is a holiday.", timeDctJune, "The day after tomorrow", "2019-06-14"),
        timeRow("He left the day before yesterday.", timeDctJune, "the day before yesterday", "2019-06-10"),
        // A week after a week stays a week.
        timeRow("Stocks fell last week after gains the previous week.", timeDctJune, "the previous week", "2019-W22"),
        // A comma ends an offset: it hangs on the date before it, not on the words after.
        timeRow("The deal closed on May 4. The day before, shares fell.", timeDctJune, "The day before", "2019-05-03"),
        timeRow("The deal closed on May 4. The week before, talks broke down.", timeDctJune, "The week before", "2019-W17"),
        timeRow("The year before last was calm.", timeDctJune, "The year before last", "2017"),
        // A date that opens its clause takes the tense of what follows.
        timeRow("On November 3 the vote was held.", timeDctJune, "November 3", "2018-11-03"),
        timeRow("On April 3 the vote will be held.", timeDctJune, "April 3", "2020-04-03"),
        // A day of a month left unsaid: the DCT's month, or the one the tense points to.
        timeRow("The deadline falls on the 15th.", timeDctJune, "the 15th", "2019-06-15"),
        timeRow("The talks collapsed on the 20th.", timeDctJune, "the 20th", "2019-05-20"),
        timeRow("The new rules will take effect on the 3rd.", timeDctJune, "the 3rd", "2019-07-03"),
        timeRow("They met on the morning of the 2nd.", timeDctJune, "the morning of the 2nd", "2019-06-02TMO", .time),
        noDate("The office is on the 15th floor."),
        noDate("Troops of the 21st Division moved north."),
        // Financial "the quarter" is the DCT's; a city's quarter is no date.
        timeRow("Revenue fell 5 percent in the quarter.", timeDctJune, "the quarter", "2019-Q2"),
        noDate("Shops in the quarter of the old city reopened."),
        noDate("Fighting reached the Old Quarter."),
        // The rest of a period is its part after the DCT.
        timeRow("Sales will stay flat for the rest of the year.", timeDctJune, "the rest of the year", "2019"),
        timeRow("Talks are stalled at the moment.", timeDctJune, "the moment", "PRESENT_REF"),
        noDate("At the moment of the blast the road was empty."),
        timeRow("At the moment the group is weak.", timeDctJune, "the moment", "PRESENT_REF"),
        timeRow("For the moment, the road stays closed.", timeDctJune, "the moment", "PRESENT_REF"),
        noDate("At the moment the bomb went off the road was empty."),
        // A range's first month takes the year written after the second.
        timeRow("Strikes rose between January and March 2019.", timeDctNov, "January", "2019-01"),
        timeRow("Snow fell from December to February 2019.", timeDctNov, "December", "2018-12"),
        // A timetable's present looks ahead; "is to", "are set to" too.
        timeRow("The talks begin on Monday, officials said.", timeDctJune, "Monday", "2019-06-17"),
        timeRow("The minister is to visit Kabul on Friday.", timeDctJune, "Friday", "2019-06-14"),
        timeRow("Both sides are set to meet on Tuesday.", timeDctJune, "Tuesday", "2019-06-18"),
        timeRow("The offensive began on Monday.", timeDctJune, "Monday", "2019-06-10"),
        timeRow("Gunmen attack a school on Monday, police said.", timeDctJune, "Monday", "2019-06-10"),
        // "earlier in the day": the day of the date before it.
        timeRow("Police closed the road on May 4. Earlier in the day, a bomb went off.", timeDctJune, "Earlier in the day", "2019-05-04"),
    ]

    @Test func rareForms() { checkTimeTable(Self.rows) }

    /// "the rest of the year" covers only the days from the DCT on.
    @Test func theRestOfTheYearStartsAtTheDCT() {
        let t = TemporalTagger().tag("Sales will stay flat for the rest of the year.", dct: CalendarDay(iso: "2019-06-12"))
        #expect(t.first?.span?.start.description == "2019-06-12")
        #expect(t.first?.span?.end.description == "2019-12-31")
    }

    @Test func newIsOnlyAHolidayInNewYear() {
        #expect(TemporalTagger().tag("The New York office opened.", dct: nil).isEmpty)
    }
}

@Suite struct TimeRangeAndAgreementTests {
    static let rows: [TimeRow] = [
        timeRow("Output grew from 2014-2016 steadily.", timeDctJune, "2014", "2014"),
        timeRow("The 2017-18 season was cut short.", timeDctJune, "2017", "2017"),
        timeRow("Figures for 2018-04 were revised.", timeDctJune, "2018-04", "2018-04"),
        timeRow("Cities boomed in the late 1990s.", timeDctJune, "the late 1990s", "199"),
        timeRow("It began in the mid-1980s.", timeDctJune, "the mid-1980s", "198"),
        timeRow("Empires fell in the early 20th century.", timeDctJune, "the early 20th century", "19"),
    ]

    @Test func ranges() { checkTimeTable(Self.rows) }

    @Test func latestAgreeingDay() {
        let limit = CalendarDay(iso: "2026-11-22")!
        #expect(CalendarDay.latest(month: 8, day: 1, weekday: 3, notAfter: limit)?.description == "2018-08-01")
        #expect(CalendarDay.latest(month: 8, day: 1, notAfter: limit)?.description == "2026-08-01")
        #expect(CalendarDay.latest(month: 12, day: 1, notAfter: limit)?.description == "2025-12-01")
        #expect(CalendarDay.latest(month: 2, day: 29, weekday: 4, notAfter: limit)?.description == "2024-02-29")
    }
}

@Suite struct TimePartOfDayPhraseTests {
    static let rows: [TimeRow] = [
        timeRow("Raiders struck on the evening of 16 March.", timeDctJune, "the evening of 16 March", "2019-03-16TEV", .time),
        timeRow("Police moved in on the night of Friday.", timeDctJune, "the night of Friday", "2019-06-07TNI", .time),
    ]

    @Test func partOfDayOfADate() { checkTimeTable(Self.rows) }
}
