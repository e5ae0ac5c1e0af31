import Testing
@testable import TimelineModel

/// Weekdays, parts of day, today/yesterday, and the names that contain a weekday.
@Suite struct TimeWeekdayTests {
    static let rows: [TimeRow] = [
        r("The minister resigned on Friday.", dctJune, "Friday", "2019-06-07"),
        r("Police said on Monday that the road was open.", dctJune, "Monday", "2019-06-10"),
        r("The report was released on Wednesday.", dctJune, "Wednesday", "2019-06-12"),
        r("The talks will resume on Friday.", dctJune, "Friday", "2019-06-14"),
        r("The envoy is scheduled to arrive on Monday.", dctJune, "Monday", "2019-06-17"),
        r("Rebels attacked the town late Monday night.", dctJune, "late Monday night", "2019-06-10TNI", .time),
        r("The convoy left Thursday afternoon.", dctJune, "Thursday afternoon", "2019-06-06TAF", .time),
        r("Shelling continued Sunday morning.", dctJune, "Sunday morning", "2019-06-09TMO", .time),
        r("Protesters gathered on Tuesday evening.", dctJune, "Tuesday evening", "2019-06-11TEV", .time),
        r("The court will rule next Friday.", dctJune, "next Friday", "2019-06-14"),
        r("Two men were arrested last Thursday.", dctJune, "last Thursday", "2019-06-06"),
        r("The ministry said Saturday's attack was deliberate.", dctJune, "Saturday", "2019-06-08"),
        r("The ministry confirmed the deal on Friday.", dctNov, "Friday", "2020-11-20"),
        r("Riots broke out on Saturday.", dctNov, "Saturday", "2020-11-14"),
        r("Talks resumed on Friday.", nil, "Friday", "XXXX-WXX-5"),
        r("The army said today that the pass was open.", dctJune, "today", "2019-06-12"),
        r("Two soldiers died yesterday.", dctJune, "yesterday", "2019-06-11"),
        r("The results are expected tomorrow.", dctJune, "tomorrow", "2019-06-13"),
        r("A curfew begins tonight.", dctJune, "tonight", "2019-06-12TNI", .time),
        r("Gunfire was heard yesterday morning.", dctJune, "yesterday morning", "2019-06-11TMO", .time),
        r("The minister spoke this morning.", dctJune, "this morning", "2019-06-12TMO", .time),
        r("Explosions shook the city last night.", dctJune, "last night", "2019-06-11TNI", .time),
        r("Hundreds fled overnight.", dctJune, "overnight", "2019-06-12TNI", .time),
        r("Yesterday, the council met in secret.", dctNewYear, "Yesterday", "2018-01-02"),
        r("On Sunday, voters queued for hours.", dctNewYear, "Sunday", "2017-12-31"),
        r("The strike ended earlier today.", dctJune, "earlier today", "2019-06-12"),
    ]

    @Test func weekdaysAndDays() { checkTable(Self.rows) }

    static let traps: [TimeRow] = [
        none("Worshippers filled the Friday Mosque."),
        none("Survivors remember Black Sunday with a march."),
        none("She reads the Sunday Times."),
        none("He prays every Friday."),
        none("Markets are closed on Sundays."),
        none("The Good Friday agreement held."),
        none("She was quoted in USA Today."),
    ]

    @Test func weekdaysInsideNamesAndSets() { checkTable(Self.traps) }

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
        r("Hundreds fled overnight.", nil, "overnight", "XXXX-XX-XXTNI", .time),
        r("Shots rang out at 19:32 GMT.", nil, "19:32 GMT", "XXXX-XX-XXT19:32", .time),
        r("Rebels attacked late Monday night.", nil, "late Monday night", "XXXX-WXX-1TNI", .time),
        r("Two soldiers died yesterday.", nil, "yesterday", "XXXX-XX-XX"),
        r("Violence surged earlier this year.", nil, "earlier this year", "XXXX"),
        r("Talks collapsed last week.", nil, "last week", "XXXX-WXX"),
    ]

    @Test func placeholders() { checkTable(Self.rows) }
}
