import Testing
@testable import TimelineModel

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
