import Testing
@testable import TimelineModel

@Suite struct CalendarDayTests {
    @Test func ordinalRoundTripsAcrossCenturies() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(ordinal: ordinal).ordinal == ordinal)
        }
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDay(year: 2018, month: 2, day: 30) == nil)
        #expect(CalendarDay(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDay(iso: "2018-13-01") == nil)
        #expect(CalendarDay(iso: "2018-4-01") == nil)
    }

    @Test func weekdays() {
        #expect(CalendarDay(year: 2018, month: 8, day: 1)!.isoWeekday == 3)  // a Wednesday
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.isoWeekday == 4)
        #expect(CalendarDay(year: 2023, month: 4, day: 3)!.isoWeekday == 1)
    }

    @Test func monthArithmeticClampsTheDay() {
        let jan31 = CalendarDay(year: 2018, month: 1, day: 31)!
        #expect(jan31.adding(months: 1).description == "2018-02-28")
        #expect(jan31.adding(months: -2).description == "2017-11-30")
        #expect(jan31.adding(months: 13).description == "2019-02-28")
    }

    @Test func isoWeeks() {
        #expect(CalendarDay(year: 2017, month: 12, day: 7)!.isoWeek == (2017, 49))
        #expect(CalendarDay(year: 2021, month: 1, day: 1)!.isoWeek == (2020, 53))
    }

    @Test func spanLabelsFollowPrecision() {
        let d = CalendarDay(year: 2018, month: 4, day: 5)!
        #expect(DateSpan.day(d).label == "2018-04-05")
        #expect(DateSpan.month(year: 2018, month: 4).label == "2018-04")
        #expect(DateSpan.year(2017).label == "2017")
        #expect(DateSpan.month(year: 2018, month: 4, approximate: true).description == "2018-04 ~")
    }
}
