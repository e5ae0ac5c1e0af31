import Testing
@testable import TimelineModel

/// Words and numbers that look temporal but are not dates.
@Suite struct TimeTrapTests {
    static let rows: [TimeRow] = [
        none("Officials may visit the camp."),
        none("Protesters march through the capital."),
        none("They will March on the capital."),
        none("The blast occurred at 19:32 GMT."),
        none("More than 1,600 people were killed."),
        none("Around 3,000 fighters remained."),
        none("The army deployed 2000 troops."),
        none("About 2000 families fled."),
        none("The match ended 3-1."),
        none("The score was 10:30 at half time."),
        none("Fighters from the 209th Corps surrendered."),
        none("The Spring Festival drew crowds."),
        none("Prices fall sharply."),
        none("The August Wilson play opened."),
        none("Every year the river floods."),
        none("He trains twice a week."),
        none("The estimate rose from 5,000 to 7,000 members."),
        none("They may march to the square."),
        none("The fall of the city shocked the region."),
        none("He is a former minister with a day job."),
        none("Thirty women and children surrendered."),
        none("She lives at 1600 Main Street."),
    ]

    @Test func notDates() { checkTable(Self.rows) }

    @Test func aClockTimeIsATimeNotADate() throws {
        let t = try #require(TemporalTagger().tag("The blast occurred at 19:32 GMT.", dct: CalendarDay(iso: "2019-06-12")).first)
        #expect(t.type == .time)
        #expect(t.value == "2019-06-12T19:32")
    }
}
