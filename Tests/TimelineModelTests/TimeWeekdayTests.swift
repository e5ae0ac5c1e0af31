import Testing
@testable import TimelineModel

/// Weekdays, parts of day, today/yesterday, and the names that contain a weekday.
@Suite struct TimeWeekdayTests {
    static let rows: [TimeRow] = [
        timeRow("The minister resigned on Friday.", timeDctJune, "Friday", "2019-06-07"),
        timeRow("Police said on Monday that the road was open.", timeDctJune, "Monday", "2019-06-10"),
        timeRow("The report was released on Wednesday.", timeDctJune, "Wednesday", "2019-06-12"),
        timeRow("The talks will resume on Friday.", timeDctJune, "Friday", "2019-06-14"),
        timeRow("The envoy is scheduled to arrive on Monday.", timeDctJune, "Monday", "2019-06-17"),
        timeRow("Rebels attacked the town late Monday night.", timeDctJune, "late Monday night", "2019-06-10TNI", .time),
        timeRow("The convoy left Thursday afternoon.", timeDctJune, "Thursday afternoon", "2019-06-06TAF", .time),
        timeRow("Shelling continued Sunday morning.", timeDctJune, "Sunday morning", "2019-06-09TMO", .time),
        timeRow("Protesters gathered on Tuesday evening.", timeDctJune, "Tuesday evening", "2019-06-11TEV", .time),
        timeRow("The court will rule next Friday.", timeDctJune, "next Friday", "2019-06-14"),
        timeRow("Two men were arrested last Thursday.", timeDctJune, "last Thursday", "2019-06-06"),
        timeRow("The ministry said Saturday's attack was deliberate.", timeDctJune, "Saturday", "2019-06-08"),
        timeRow("The ministry confirmed the deal on Friday.", timeDctNov, "Friday", "2020-11-20"),
        timeRow("Riots broke out on Saturday.", timeDctNov, "Saturday", "2020-11-14"),
        timeRow("Talks resumed on Friday.", nil, "Friday", "XXXX-WXX-5"),
        timeRow("The army said today that the pass was open.", timeDctJune, "today", "2019-06-12"),
        timeRow("Two soldiers died yesterday.", timeDctJune, "yesterday", "2019-06-11"),
        timeRow("The results are expected tomorrow.", timeDctJune, "tomorrow", "2019-06-13"),
        timeRow("A curfew begins tonight.", timeDctJune, "tonight", "2019-06-12TNI", .time),
        timeRow("Gunfire was heard yesterday morning.", timeDctJune, "yesterday morning", "2019-06-11TMO", .time),
        timeRow("The minister spoke this morning.", timeDctJune, "this morning", "2019-06-12TMO", .time),
        timeRow("Explosions shook the city last night.", timeDctJune, "last night", "2019-06-11TNI", .time),
        timeRow("Hundreds fled overnight.", timeDctJune, "overnight", "2019-06-12TNI", .time),
        timeRow("Yesterday, the council met in secret.", timeDctNewYear, "Yesterday", "2018-01-02"),
        timeRow("On Sunday, voters queued for hours.", timeDctNewYear, "Sunday", "2017-12-31"),
        timeRow("The strike ended earlier today.", timeDctJune, "earlier today", "2019-06-12"),
    ]

    @Test func weekdaysAndDays() { checkTimeTable(Self.rows) }

    static let traps: [TimeRow] = [
        noDate("Worshippers filled the Friday Mosque."),
        noDate("Survivors remember Black Sunday with a march."),
        noDate("She reads the Sunday Times."),
        noDate("He prays every Friday."),
        noDate("Markets are closed on Sundays."),
        noDate("The Good Friday agreement held."),
        noDate("She was quoted in USA Today."),
    ]

    @Test func weekdaysInsideNamesAndSets() { checkTimeTable(Self.traps) }

    @Test func weekdayFieldIsSet() {
        let found = TemporalTagger().tag("He was killed on Thursday.", dct: CalendarDay(iso: "2019-06-12"))
        #expect(found.map(\.weekday) == [4])
    }

    @Test func forwardLookingIsRecorded() {
        let tagger = TemporalTagger()
        let dct = CalendarDay(iso: "2019-06-12")
        #expect(tagger.tag("The talks will resume on Friday.", dct: dct).first?.forwardLooking == true)
        #expect(tagger.tag("The talks resumed on Friday.", dct: dct).first?.forwardLooking == false)
    }
}

@Suite struct TimeWithoutDCTTests {
    static let rows: [TimeRow] = [
        timeRow("Hundreds fled overnight.", nil, "overnight", "XXXX-XX-XXTNI", .time),
        timeRow("Shots rang out at 19:32 GMT.", nil, "19:32 GMT", "XXXX-XX-XXT19:32", .time),
        timeRow("Rebels attacked late Monday night.", nil, "late Monday night", "XXXX-WXX-1TNI", .time),
        timeRow("Two soldiers died yesterday.", nil, "yesterday", "XXXX-XX-XX"),
        timeRow("Violence surged earlier this year.", nil, "earlier this year", "XXXX"),
        timeRow("Talks collapsed last week.", nil, "last week", "XXXX-WXX"),
    ]

    @Test func placeholders() { checkTimeTable(Self.rows) }
}
