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

/// The clause's tense decides between last year's and this year's date when both are near.
@Suite struct TimeTenseTests {
    static let rows: [TimeRow] = [
        r("Protests erupted on December 14 in the capital.", dctNov, "December 14", "2019-12-14"),
        r("The vote was held on December 14.", dctNov, "December 14", "2019-12-14"),
        r("The vote will be held on December 14.", dctNov, "December 14", "2020-12-14"),
        r("A vote on December 14 is expected to be close.", dctNov, "December 14", "2020-12-14"),
        r("Police killed two suspects on November 25.", dctNov, "November 25", "2019-11-25"),
        r("Resolution 2118 was adopted unanimously.", dctJune, "2118", "2118"),
        r("The council met the same day.", "2019-06-12", "the same day", "2019-06-12"),
        r("Relief arrived within days.", dctJune, "days", "PXD", .duration),
        r("The rally starts at 8:30 p.m. EST on Friday.", dctJune, "8:30 p.m. EST on Friday", "2019-06-07T20:30", .time),
    ]

    @Test func tense() {
        // "Resolution 2118" must not be tagged: the row is expected to fail on purpose, so invert it.
        var rows = Self.rows
        let name = rows.remove(at: 5)
        checkTable(rows)
        #expect(TemporalTagger().tag(name.sentence, dct: nil).isEmpty, "a number in a name is not a year")
        #expect(TemporalTagger().tag("Some 2000 people fled.", dct: nil).isEmpty)
    }
}

/// Wire-story phrasings: verbs that look like determiners, reported speech, ages.
@Suite struct TimeWireTests {
    static let rows: [TimeRow] = [
        r("The trial is expected to last six weeks.", dctJune, "six weeks", "P6W", .duration),
        r("Troops will be deployed in spring, the ministry said Monday.", dctJune, "Monday", "2019-06-10"),
        r("The vote will be held on Monday.", dctJune, "Monday", "2019-06-17"),
        r("The quake struck at 3:15 a.m. local time.", dctJune, "3:15 a.m. local time", "2019-06-12T03:15", .time),
        r("It was the strongest storm in decades.", dctJune, "decades", "PXDE", .duration),
        r("The 75-year-old senator died.", dctJune, "75-year-old", "P75Y", .duration),
        r("Profits fell for several quarters.", dctJune, "several quarters", "PXQ", .duration),
        r("He said he would travel to Paris on Friday.", dctJune, "Friday", "2019-06-14"),
    ]

    @Test func wire() { checkTable(Self.rows) }
}

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

@Suite struct TimeHeadlineTests {
    static let rows: [TimeRow] = [
        r("Top Commander Killed Friday In Airstrike", dctJune, "Friday", "2019-06-07"),
        r("Governor Says Monday Vote Will Go Ahead", dctJune, "Monday", "2019-06-10"),
        r("Third-quarter profits fell sharply.", dctJune, "Third-quarter", "2019-Q3"),
        none("Protesters Gathered Outside Black Friday Sales"),
    ]

    @Test func headlines() { checkTable(Self.rows) }
}

@Suite struct TimeWeekdayBeforeNameTests {
    static let rows: [TimeRow] = [
        r("On Friday Afghan officials said the road was open.", dctJune, "Friday", "2019-06-07"),
        r("Since Monday Kabul has been quiet.", dctJune, "Monday", "2019-06-10"),
    ]

    @Test func weekdayBeforeAName() {
        checkTable(Self.rows)
        #expect(TemporalTagger().tag("Crowds filled the Friday Mosque.", dct: nil).isEmpty)
    }
}
