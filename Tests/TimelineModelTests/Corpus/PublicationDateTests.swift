import Testing
@testable import TimelineModel

@Suite struct PublicationDateTests {
    let today = CalendarDay(year: 2026, month: 1, day: 1)!
    func day(_ s: String) -> CalendarDay { CalendarDay(iso: s)! }

    @Test func manifestWins() {
        let p = PublicationDateResolver.resolve(manifest: .month(year: 2019, month: 5), header: [.day(day("2019-05-09"))],
                                                mentions: [], today: today)
        #expect(p == PublicationDate(span: .month(year: 2019, month: 5), origin: .manifest))
    }

    @Test func headerDateIsUsedWhenConsistent() {
        let p = PublicationDateResolver.resolve(manifest: nil, header: [.day(day("2019-05-09"))],
                                                mentions: [DateMention(offset: 90, span: .year(2018))], today: today)
        #expect(p.origin == .header)
        #expect(p.span == .day(day("2019-05-09")))
    }

    /// "Published: 9 August 2020" above a report that looks back to 2019 is its date; the
    /// same date on a bare line would be taken for a capture stamp.
    @Test func aStatedPublicationDateIsTakenThoughTheReportLooksBack() throws {
        let reader = CorpusReader.standard()
        let folder = TestFolder()
        _ = folder.write("a.txt", "Group names a new leader\n\nPublished: 9 August 2020\n\nThe group said in a statement on its website that its former leader had taken over the branch in April 2019.\n")
        _ = folder.write("b.txt", "Group names a new leader\n\n9 August 2020\n\nThe group said in a statement on its website that its former leader had taken over the branch in April 2019.\n")
        let c = try reader.read(folder.path)
        let a = c.sources.first { $0.id == "a" }, b = c.sources.first { $0.id == "b" }
        #expect(a?.published.origin == .header)
        #expect(a?.published.span == .day(day("2020-08-09")))
        #expect(b?.published.origin == .inferred)
    }

    /// A byline's date is the filing date, though the report names only an older year.
    @Test func aBylineDateIsThePublicationDate() throws {
        let folder = TestFolder()
        _ = folder.write("a.txt", "Commander killed in raid\n\nBy Staff Writer - 14 Mar 2019\n\nForces killed a commander on Tuesday. The group emerged in 2015.\n")
        let a = try CorpusReader.standard().read(folder.path).sources.first
        #expect(a?.published.origin == .header)
        #expect(a?.published.span == .day(day("2019-03-14")))
    }

    /// A wire dateline without a year ("KUNDUZ, June 14 (Wire) -") takes the year of the
    /// latest date the report mentions; a year-less date elsewhere in the text does not.
    @Test func aYearlessDatelineTakesTheYearOfTheLatestDateMentioned() throws {
        let reader = CorpusReader.standard()
        let folder = TestFolder()
        _ = folder.write("a.txt", "Troops retake district\n\nKUNDUZ, June 14 (Wire) - Afghan forces retook the district on Saturday, the first gain since March 2020.\n")
        _ = folder.write("b.txt", "Troops retake district\n\nKUNDUZ, Feb. 2 (Wire) - Afghan forces retook the district, the first gain since March 2020.\n")
        _ = folder.write("c.txt", "Troops retake district\n\nAfghan forces retook the district on June 14, the first gain since March 2020.\n")
        let c = try reader.read(folder.path)
        let a = c.sources.first { $0.id == "a" }, b = c.sources.first { $0.id == "b" }, d = c.sources.first { $0.id == "c" }
        #expect(a?.published.span == .day(day("2020-06-14")))
        #expect(a?.published.origin == .inferred)
        // February comes before March: the next year's.
        #expect(b?.published.span == .day(day("2021-02-02")))
        #expect(d?.published.span != .day(day("2020-06-14")))
    }

    /// "KUNDUZ, June 14 (Wire) -" in a report that names no year: the nearest June 14 not
    /// after the day the file was written, not an undated report.
    @Test func aYearlessDatelineWithNoYearInTheTextTakesTheFileDate() {
        let dateline = DateMention(offset: 8, month: 6, day: 14, end: 15)
        let after = PublicationDateResolver.resolve(manifest: nil, header: [], mentions: [dateline], dateline: dateline,
                                                    fileDay: day("2019-07-02"), today: today)
        #expect(after.span == .day(day("2019-06-14")))
        #expect(after.origin == .inferred)
        // Written before June 14 of its year: the year before.
        let before = PublicationDateResolver.resolve(manifest: nil, header: [], mentions: [dateline], dateline: dateline,
                                                     fileDay: day("2019-03-02"), today: today)
        #expect(before.span == .day(day("2018-06-14")))
    }

    /// "MAIMANA, Sept 8 (Wire) -- As many as 30 fighters were killed": the day of the
    /// dateline counts nobody, dated or not.
    @Test func theDayOfAnUndatedDatelineIsNoCount() {
        let source = Source(id: "t", file: "t.txt", published: PublicationDate(span: nil, origin: .unknown),
                            text: "MAIMANA, Sept 8 (Wire) -- As many as 30 fighters were killed in clashes in Faryab.")
        let found = sharedExtractor.mentions(in: source)
        #expect(found.first?.counts.killed?.value == 30)
        #expect(found.first?.counts.killed?.hedge == .about)
    }

    @Test func captureStampYearsLaterIsRejected() {
        let p = PublicationDateResolver.resolve(manifest: nil, header: [.day(day("2022-03-01"))],
                                                mentions: [DateMention(offset: 10, span: .year(2015)),
                                                           DateMention(offset: 50, span: .year(2016))],
                                                today: today)
        #expect(p.origin == .inferred)
        #expect(p.span == .year(2016))
        #expect(p.note?.contains("capture stamp") == true)
    }

    @Test func futureHeaderIsRejected() {
        let p = PublicationDateResolver.resolve(manifest: nil, header: [.day(day("2030-01-01"))], mentions: [], today: today)
        #expect(p.origin == .unknown)
        #expect(p.note?.contains("future") == true)
    }

    @Test func weekdayAndDateAgreementPicksTheYear() {
        // Tuesday 3 March: 2020, 2015, 2009 …; with nothing else, the latest not after today.
        let m = DateMention(offset: 5, weekday: 2, month: 3, day: 3)
        let p = PublicationDateResolver.resolve(manifest: nil, header: [], mentions: [m], today: today)
        #expect(p == PublicationDate(span: .day(day("2020-03-03")), origin: .inferred, note: p.note))
        // With an explicit 2014 in the text, the first agreeing year from 2014 on.
        let q = PublicationDateResolver.resolve(manifest: nil, header: [], mentions: [m, DateMention(offset: 1, span: .year(2014))], today: today)
        #expect(q.span == .day(day("2015-03-03")))
    }

    @Test func latestMentionedDateIsInferred() {
        let p = PublicationDateResolver.resolve(manifest: nil, header: [],
                                                mentions: [DateMention(offset: 1, span: .day(day("2012-07-04"))),
                                                           DateMention(offset: 2, span: .month(year: 2013, month: 2)),
                                                           DateMention(offset: 3, span: .year(2011))],
                                                today: today)
        #expect(p.origin == .inferred)
        #expect(p.span == .month(year: 2013, month: 2))
    }

    @Test func nothingMeansUnknown() {
        #expect(PublicationDateResolver.resolve(manifest: nil, header: [], mentions: [], today: today).origin == .unknown)
    }
}
