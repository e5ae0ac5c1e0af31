import Testing
@testable import TimelineModel

/// The clause's tense decides between last year's and this year's date when both are near.
@Suite struct TimeTenseTests {
    static let rows: [TimeRow] = [
        timeRow("Protests erupted on December 14 in the capital.", timeDctNov, "December 14", "2019-12-14"),
        timeRow("The vote was held on December 14.", timeDctNov, "December 14", "2019-12-14"),
        timeRow("The vote will be held on December 14.", timeDctNov, "December 14", "2020-12-14"),
        timeRow("A vote on December 14 is expected to be close.", timeDctNov, "December 14", "2020-12-14"),
        timeRow("Police killed two suspects on November 25.", timeDctNov, "November 25", "2019-11-25"),
        timeRow("Resolution 2118 was adopted unanimously.", timeDctJune, "2118", "2118"),
        timeRow("The council met the same day.", "2019-06-12", "the same day", "2019-06-12"),
        timeRow("Relief arrived within days.", timeDctJune, "days", "PXD", .duration),
        // A timetable's present looks ahead: the Friday after the DCT.
        timeRow("The rally starts at 8:30 p.m. EST on Friday.", timeDctJune, "8:30 p.m. EST on Friday", "2019-06-14T20:30", .time),
    ]

    @Test func tense() {
        // "Resolution 2118" must not be tagged: the row is expected to fail on purpose, so invert it.
        var rows = Self.rows
        let name = rows.remove(at: 5)
        checkTimeTable(rows)
        #expect(TemporalTagger().tag(name.sentence, dct: nil).isEmpty, "a number in a name is not a year")
        #expect(TemporalTagger().tag("Some 2000 people fled.", dct: nil).isEmpty)
    }
}

/// Wire-story phrasings: verbs that look like determiners, reported speech, ages.
@Suite struct TimeWireTests {
    static let rows: [TimeRow] = [
        timeRow("The trial is expected to last six weeks.", timeDctJune, "six weeks", "P6W", .duration),
        timeRow("Troops will be deployed in spring, the ministry said Monday.", timeDctJune, "Monday", "2019-06-10"),
        timeRow("The vote will be held on Monday.", timeDctJune, "Monday", "2019-06-17"),
        timeRow("The quake struck at 3:15 a.m. local time.", timeDctJune, "3:15 a.m. local time", "2019-06-12T03:15", .time),
        timeRow("It was the strongest storm in decades.", timeDctJune, "decades", "PXDE", .duration),
        timeRow("The 75-year-old senator died.", timeDctJune, "75-year-old", "P75Y", .duration),
        timeRow("Profits fell for several quarters.", timeDctJune, "several quarters", "PXQ", .duration),
        timeRow("He said he would travel to Paris on Friday.", timeDctJune, "Friday", "2019-06-14"),
    ]

    @Test func wire() { checkTimeTable(Self.rows) }
}

@Suite struct TimeHeadlineTests {
    static let rows: [TimeRow] = [
        timeRow("Top Commander Killed Friday In Airstrike", timeDctJune, "Friday", "2019-06-07"),
        timeRow("Governor Says Monday Vote Will Go Ahead", timeDctJune, "Monday", "2019-06-10"),
        timeRow("Third-quarter profits fell sharply.", timeDctJune, "Third-quarter", "2019-Q3"),
        noDate("Protesters Gathered Outside Black Friday Sales"),
    ]

    @Test func headlines() { checkTimeTable(Self.rows) }
}

@Suite struct TimeWeekdayBeforeNameTests {
    static let rows: [TimeRow] = [
        timeRow("On Friday Afghan officials said the road was open.", timeDctJune, "Friday", "2019-06-07"),
        timeRow("Since Monday Kabul has been quiet.", timeDctJune, "Monday", "2019-06-10"),
    ]

    @Test func weekdayBeforeAName() {
        checkTimeTable(Self.rows)
        #expect(TemporalTagger().tag("Crowds filled the Friday Mosque.", dct: nil).isEmpty)
    }
}
