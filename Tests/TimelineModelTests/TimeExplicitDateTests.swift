import Testing
@testable import TimelineModel

/// Dates written out: day-month, month-day, ISO, years, month-years, hedged months and years.
@Suite struct TimeExplicitDateTests {
    static let rows: [TimeRow] = [
        timeRow("The ceasefire was signed on 11 April.", timeDctJune, "11 April", "2019-04-11"),
        timeRow("Talks resumed on April 11 in Doha.", timeDctJune, "April 11", "2019-04-11"),
        timeRow("The report is dated Apr. 11, 2018, and was leaked.", timeDctJune, "Apr. 11, 2018", "2018-04-11"),
        timeRow("Voting ended on 16 March.", timeDctJune, "16 March", "2019-03-16"),
        timeRow("Polls closed at 1930 GMT on August 1.", "2018-08-01", "1930 GMT on August 1", "2018-08-01T19:30", .time),
        timeRow("The file was created 2017-12-11 by the clerk.", timeDctJune, "2017-12-11", "2017-12-11"),
        timeRow("Posted Sunday Apr 08 2018 by staff.", timeDctJune, "Sunday Apr 08 2018", "2018-04-08"),
        timeRow("He was born on 3 September 1971.", timeDctJune, "3 September 1971", "1971-09-03"),
        timeRow("The border reopened on June 1st.", timeDctJune, "June 1st", "2019-06-01"),
        timeRow("It happened on the 4th of July, 2016.", timeDctJune, "the 4th of July, 2016", "2016-07-04"),
        timeRow("Results came out in August 2021.", timeDctJune, "August 2021", "2021-08"),
        timeRow("The deal lapsed in Sept. 2015.", timeDctJune, "Sept. 2015", "2015-09"),
        timeRow("The bridge opened on Dec 5, 2010.", timeDctJune, "Dec 5, 2010", "2010-12-05"),
        timeRow("Inflation spiked in 1998.", timeDctJune, "1998", "1998"),
        timeRow("A new law took effect in 2015.", timeDctJune, "2015", "2015"),
        timeRow("Crime fell by half between 2009 and 2012.", timeDctJune, "2009", "2009"),
        timeRow("Crime fell by half between 2009 and 2012.", timeDctJune, "2012", "2012"),
        timeRow("The merger was completed on 2020/03/15.", timeDctJune, "2020/03/15", "2020-03-15"),
        timeRow("The fighting on Wednesday, June 5 left dozens dead.", timeDctJune, "Wednesday, June 5", "2019-06-05"),
        timeRow("The 2014 election was disputed.", timeDctJune, "2014", "2014"),
        timeRow("In May 2019 the dam burst.", timeDctJune, "May 2019", "2019-05"),
        timeRow("Protests began on May 5.", timeDctJune, "May 5", "2019-05-05"),
        timeRow("Fighting flared in March of 2014.", timeDctJune, "March of 2014", "2014-03"),
        timeRow("A statement dated 7 June 2019 was read out.", nil, "7 June 2019", "2019-06-07"),
        timeRow("The accord was signed on Apr. 11, 2018.", nil, "Apr. 11, 2018", "2018-04-11"),
        timeRow("The vote took place on 11 April.", nil, "11 April", "XXXX-04-11"),
        timeRow("Elections were held on 28 October 2018, officials said.", timeDctJune, "28 October 2018", "2018-10-28"),
        timeRow("It rained on November 2nd, 2019.", timeDctNov, "November 2nd, 2019", "2019-11-02"),
        // Year-less dates near New Year resolve to the nearest such day.
        timeRow("Aid arrived on December 30 after delays.", timeDctNewYear, "December 30", "2017-12-30"),
        timeRow("Officials said the vote on December 30 was fair.", timeDctNewYear, "December 30", "2017-12-30"),
        timeRow("Officials met on 2 January.", timeDctNewYear, "2 January", "2018-01-02"),
        timeRow("The summit will take place on January 20.", timeDctNewYear, "January 20", "2018-01-20"),
        timeRow("A rally is planned on January 10.", timeDctNewYear, "January 10", "2018-01-10"),
        timeRow("The vote is planned for December 14.", timeDctNov, "December 14", "2020-12-14"),
    ]

    @Test func explicitDates() { checkTimeTable(Self.rows) }

    static let months: [TimeRow] = [
        // A month alone: the nearest one not after the DCT, unless the sentence looks forward.
        timeRow("Elections will be held in September.", timeDctJune, "September", "2019-09"),
        timeRow("Protests erupted in September.", timeDctJune, "September", "2018-09"),
        timeRow("The new governor took office in June.", timeDctJune, "June", "2019-06"),
        timeRow("The clinic closed in January.", timeDctJune, "January", "2019-01"),
        timeRow("The budget was approved in November.", timeDctNewYear, "November", "2017-11"),
        timeRow("The mayor resigned in December.", timeDctNewYear, "December", "2017-12"),
        timeRow("The plan was announced in April and will begin in October.", timeDctJune, "October", "2019-10"),
        timeRow("The plan was announced in April and will begin in October.", timeDctJune, "April", "2019-04"),
        timeRow("The talks ended in May.", timeDctJune, "May", "2019-05"),
        timeRow("The operation has killed 90 fighters since January.", timeDctJune, "January", "2019-01"),
        timeRow("Since March, attacks have fallen.", timeDctJune, "March", "2019-03"),
        timeRow("In March, the governor was killed.", timeDctNov, "March", "2020-03"),
        timeRow("Fighting resumed in late November.", timeDctJune, "late November", "2018-11"),
        timeRow("Troops withdrew in mid-August 2021.", timeDctJune, "mid-August 2021", "2021-08"),
        timeRow("Prices rose in early 2016.", timeDctJune, "early 2016", "2016"),
        timeRow("The group collapsed in late 2017.", timeDctJune, "late 2017", "2017"),
        timeRow("Construction began at the beginning of 2017.", timeDctJune, "the beginning of 2017", "2017"),
        timeRow("The treaty expires at the end of 2030.", timeDctJune, "the end of 2030", "2030"),
        timeRow("Rains came in the middle of March.", timeDctJune, "the middle of March", "2019-03"),
        timeRow("Unrest spread in early March.", timeDctJune, "early March", "2019-03"),
    ]

    @Test func monthsAndYears() { checkTimeTable(Self.months) }

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
