import Testing
@testable import TimelineModel

/// Less frequent forms: slashed dates, centuries written as "the 1800s", holidays.
@Suite struct TimeRareFormTests {
    static let rows: [TimeRow] = [
        r("Filed 10/26/89 by the desk.", dctJune, "10/26/89", "1989-10-26"),
        r("The memo, dated 4/8/2018, surfaced.", dctJune, "4/8/2018", "2018-04-08"),
        r("Railways spread in the 1800s.", dctJune, "the 1800s", "18"),
        r("Music from the '90s filled the hall.", dctJune, "the '90s", "199"),
        r("Markets fell this past week.", dctJune, "this past week", "2019-W23"),
        r("The village was founded years ago.", dctJune, "years ago", "PAST_REF"),
        r("Shops closed on Christmas Eve.", dctJune, "Christmas Eve", "2018-12-24"),
        r("Fireworks lit the sky on New Year's Eve.", dctNewYear, "New Year's Eve", "2017-12-31"),
        r("The mall reopens after Christmas.", dctNov, "Christmas", "2020-12-25"),
    ]

    @Test func rareForms() { checkTable(Self.rows) }

    @Test func newIsOnlyAHolidayInNewYear() {
        #expect(TemporalTagger().tag("The New York office opened.", dct: nil).isEmpty)
    }
}

@Suite struct TimeRangeAndAgreementTests {
    static let rows: [TimeRow] = [
        r("Output grew from 2014-2016 steadily.", dctJune, "2014", "2014"),
        r("The 2017-18 season was cut short.", dctJune, "2017", "2017"),
        r("Figures for 2018-04 were revised.", dctJune, "2018-04", "2018-04"),
        r("Cities boomed in the late 1990s.", dctJune, "the late 1990s", "199"),
        r("It began in the mid-1980s.", dctJune, "the mid-1980s", "198"),
        r("Empires fell in the early 20th century.", dctJune, "the early 20th century", "19"),
    ]

    @Test func ranges() { checkTable(Self.rows) }

    @Test func latestAgreeingDay() {
        let limit = CalendarDay(iso: "2026-11-22")!
        #expect(CalendarDay.latest(month: 8, day: 1, weekday: 3, notAfter: limit)?.description == "2018-08-01")
        #expect(CalendarDay.latest(month: 8, day: 1, notAfter: limit)?.description == "2026-08-01")
        #expect(CalendarDay.latest(month: 12, day: 1, notAfter: limit)?.description == "2025-12-01")
        #expect(CalendarDay.latest(month: 2, day: 29, weekday: 4, notAfter: limit)?.description == "2024-02-29")
    }
}
