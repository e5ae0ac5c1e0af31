import Testing
@testable import TimelineModel

/// Dates written out: day-month, month-day, ISO, years, month-years, hedged months and years.
@Suite struct TimeExplicitDateTests {
    static let rows: [TimeRow] = [
        r("The ceasefire was signed on 11 April.", dctJune, "11 April", "2019-04-11"),
        r("Talks resumed on April 11 in Doha.", dctJune, "April 11", "2019-04-11"),
        r("The report is dated Apr. 11, 2018, and was leaked.", dctJune, "Apr. 11, 2018", "2018-04-11"),
        r("Voting ended on 16 March.", dctJune, "16 March", "2019-03-16"),
        r("Polls closed at 1930 GMT on August 1.", "2018-08-01", "1930 GMT on August 1", "2018-08-01T19:30", .time),
        r("The file was created 2017-12-11 by the clerk.", dctJune, "2017-12-11", "2017-12-11"),
        r("Posted Sunday Apr 08 2018 by staff.", dctJune, "Sunday Apr 08 2018", "2018-04-08"),
        r("He was born on 3 September 1971.", dctJune, "3 September 1971", "1971-09-03"),
        r("The border reopened on June 1st.", dctJune, "June 1st", "2019-06-01"),
        r("It happened on the 4th of July, 2016.", dctJune, "the 4th of July, 2016", "2016-07-04"),
        r("Results came out in August 2021.", dctJune, "August 2021", "2021-08"),
        r("The deal lapsed in Sept. 2015.", dctJune, "Sept. 2015", "2015-09"),
        r("The bridge opened on Dec 5, 2010.", dctJune, "Dec 5, 2010", "2010-12-05"),
        r("Inflation spiked in 1998.", dctJune, "1998", "1998"),
        r("A new law took effect in 2015.", dctJune, "2015", "2015"),
        r("Crime fell by half between 2009 and 2012.", dctJune, "2009", "2009"),
        r("Crime fell by half between 2009 and 2012.", dctJune, "2012", "2012"),
        r("The merger was completed on 2020/03/15.", dctJune, "2020/03/15", "2020-03-15"),
        r("The fighting on Wednesday, June 5 left dozens dead.", dctJune, "Wednesday, June 5", "2019-06-05"),
        r("The 2014 election was disputed.", dctJune, "2014", "2014"),
        r("In May 2019 the dam burst.", dctJune, "May 2019", "2019-05"),
        r("Protests began on May 5.", dctJune, "May 5", "2019-05-05"),
        r("Fighting flared in March of 2014.", dctJune, "March of 2014", "2014-03"),
        r("A statement dated 7 June 2019 was read out.", nil, "7 June 2019", "2019-06-07"),
        r("The accord was signed on Apr. 11, 2018.", nil, "Apr. 11, 2018", "2018-04-11"),
        r("The vote took place on 11 April.", nil, "11 April", "XXXX-04-11"),
        r("Elections were held on 28 October 2018, officials said.", dctJune, "28 October 2018", "2018-10-28"),
        r("It rained on November 2nd, 2019.", dctNov, "November 2nd, 2019", "2019-11-02"),
        // Year-less dates near New Year resolve to the nearest such day.
        r("Aid arrived on December 30 after delays.", dctNewYear, "December 30", "2017-12-30"),
        r("Officials said the vote on December 30 was fair.", dctNewYear, "December 30", "2017-12-30"),
        r("Officials met on 2 January.", dctNewYear, "2 January", "2018-01-02"),
        r("The summit will take place on January 20.", dctNewYear, "January 20", "2018-01-20"),
        r("A rally is planned on January 10.", dctNewYear, "January 10", "2018-01-10"),
        r("The vote is planned for December 14.", dctNov, "December 14", "2020-12-14"),
    ]

    @Test func explicitDates() { checkTable(Self.rows) }

    static let months: [TimeRow] = [
        // A month alone: the nearest one not after the DCT, unless the sentence looks forward.
        r("Elections will be held in September.", dctJune, "September", "2019-09"),
        r("Protests erupted in September.", dctJune, "September", "2018-09"),
        r("The new governor took office in June.", dctJune, "June", "2019-06"),
        r("The clinic closed in January.", dctJune, "January", "2019-01"),
        r("The budget was approved in November.", dctNewYear, "November", "2017-11"),
        r("The mayor resigned in December.", dctNewYear, "December", "2017-12"),
        r("The plan was announced in April and will begin in October.", dctJune, "October", "2019-10"),
        r("The plan was announced in April and will begin in October.", dctJune, "April", "2019-04"),
        r("The talks ended in May.", dctJune, "May", "2019-05"),
        r("The operation has killed 90 fighters since January.", dctJune, "January", "2019-01"),
        r("Since March, attacks have fallen.", dctJune, "March", "2019-03"),
        r("In March, the governor was killed.", dctNov, "March", "2020-03"),
        r("Fighting resumed in late November.", dctJune, "late November", "2018-11"),
        r("Troops withdrew in mid-August 2021.", dctJune, "mid-August 2021", "2021-08"),
        r("Prices rose in early 2016.", dctJune, "early 2016", "2016"),
        r("The group collapsed in late 2017.", dctJune, "late 2017", "2017"),
        r("Construction began at the beginning of 2017.", dctJune, "the beginning of 2017", "2017"),
        r("The treaty expires at the end of 2030.", dctJune, "the end of 2030", "2030"),
        r("Rains came in the middle of March.", dctJune, "the middle of March", "2019-03"),
        r("Unrest spread in early March.", dctJune, "early March", "2019-03"),
    ]

    @Test func monthsAndYears() { checkTable(Self.months) }

    @Test func lateNovemberKeepsMonthPrecisionButNarrowsTheDays() throws {
        let t = try #require(TemporalTagger().tag("It began in late November.", dct: CalendarDay(iso: "2019-06-12")).first)
        let span = try #require(t.span)
        #expect(span.precision == .month)
        #expect(span.label == "2018-11")
        #expect(span.approximate)
        #expect(span.start.description == "2018-11-21" && span.end.description == "2018-11-30")
    }

    @Test func explicitYearsAreMarked() {
        let tagger = TemporalTagger()
        let dated = tagger.tag("Signed Apr. 11, 2018 in Kabul.", dct: nil)
        #expect(dated.first?.hasExplicitYear == true)
        #expect(dated.first?.span?.label == "2018-04-11")
        let bare = tagger.tag("Signed on 11 April in Kabul.", dct: CalendarDay(iso: "2019-06-12"))
        #expect(bare.first?.hasExplicitYear == false)
    }

    @Test func weekdayWithDateKeepsTheWeekdayForYearInference() throws {
        let t = try #require(TemporalTagger().tag("Reports came on Wednesday, August 1 that ...", dct: nil).first)
        #expect(t.weekday == 3)
        #expect(t.value == "XXXX-08-01")
        #expect(t.span == nil)
    }

    @Test func aNamedWeekdayPicksTheAgreeingYear() throws {
        // 1 August was a Wednesday in 2018, not in 2019: the weekday decides.
        let t = try #require(TemporalTagger().tag("Reports came on Wednesday, August 1 that ...", dct: CalendarDay(iso: "2019-01-05")).first)
        #expect(t.value == "2018-08-01")
    }
}
