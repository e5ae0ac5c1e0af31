import Testing
@testable import TimelineModel

/// Words and numbers that look temporal but are not dates.
@Suite struct TimeTrapTests {
    static let rows: [TimeRow] = [
        noDate("Officials may visit the camp."),
        noDate("Protesters march through the capital."),
        noDate("They will March on the capital."),
        noDate("The blast occurred at 19:32 GMT."),
        noDate("More than 1,600 people were killed."),
        noDate("Around 3,000 fighters remained."),
        noDate("The army deployed 2000 troops."),
        noDate("About 2000 families fled."),
        noDate("The match ended 3-1."),
        noDate("The score was 10:30 at half time."),
        noDate("Fighters from the 209th Corps surrendered."),
        noDate("The Spring Festival drew crowds."),
        noDate("Prices fall sharply."),
        noDate("The August Wilson play opened."),
        noDate("Every year the river floods."),
        noDate("He trains twice a week."),
        noDate("The estimate rose from 5,000 to 7,000 members."),
        noDate("They may march to the square."),
        noDate("The fall of the city shocked the region."),
        noDate("He is a former minister with a day job."),
        noDate("Thirty women and children surrendered."),
        noDate("She lives at 1600 Main Street."),
    ]

    @Test func notDates() { checkTimeTable(Self.rows) }

    @Test func aClockTimeIsATimeNotADate() throws {
        let t = try #require(TemporalTagger().tag("The blast occurred at 19:32 GMT.", dct: CalendarDay(iso: "2019-06-12")).first)
        #expect(t.type == .time)
        #expect(t.value == "2019-06-12T19:32")
    }
}
