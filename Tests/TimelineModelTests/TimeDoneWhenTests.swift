import Testing
@testable import TimelineModel

/// The "done when" checks, on short invented sentences with the same phrasing.
@Suite struct TimeDoneWhenTests {
    static let rows: [TimeRow] = [
        timeRow("Outlets reported on Wednesday, August 1 that the unit had given up.", "2018-08-01", "Wednesday, August 1", "2018-08-01"),
        timeRow("The commander was killed on Friday, the ministry said.", "2018-04-07", "Friday", "2018-04-06"),
        timeRow("The police chief said he was killed on Thursday.", "2018-04-07", "Thursday", "2018-04-05"),
        timeRow("The raid late Monday night hit a hideout.", "2023-04-04", "late Monday night", "2023-04-03TNI", .time),
        timeRow("A cave complex was bombed in April.", "2017-12-11", "April", "2017-04"),
        timeRow("The push is planned to begin in December.", "2017-12-11", "December", "2017-12"),
        timeRow("Last month, commandos raided a village.", "2018-04-01", "Last month", "2018-03"),
        timeRow("Last month, commandos raided a village.", "2018-04-30", "Last month", "2018-03"),
    ]

    @Test func doneWhen() { checkTimeTable(Self.rows) }

    @Test func lateMondayNightIsThatDay() throws {
        let t = try #require(TemporalTagger().tag("The raid late Monday night hit a hideout.", dct: CalendarDay(iso: "2023-04-04")).first)
        #expect(t.span?.start.description == "2023-04-03")
        #expect(t.span?.precision == .day)
    }
}
