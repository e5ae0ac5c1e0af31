import Testing
@testable import TimelineModel

/// The `timeline dates --json` line and the scalar offsets it reports.
@Suite struct TimeJSONTests {
    @Test func lineHasTheContractKeyOrder() {
        let t = Timex(start: 120, end: 128, text: "Saturday", type: .date, value: "2018-04-07")
        let line = TimexJSON.line(file: "a.txt", dct: CalendarDay(iso: "2018-04-07"), timexes: [t])
        #expect(line == #"{"file": "a.txt", "dct": "2018-04-07", "timexes": [{"start": 120, "end": 128, "text": "Saturday", "type": "DATE", "value": "2018-04-07"}]}"#)
    }

    @Test func unknownDctIsNull() {
        #expect(TimexJSON.line(file: "b.txt", dct: nil, timexes: []) == #"{"file": "b.txt", "dct": null, "timexes": []}"#)
    }

    @Test func stringsAreEscaped() {
        #expect(TimexJSON.quote("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
        #expect(TimexJSON.quote("Muḥammad’s") == "\"Muḥammad’s\"")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // Curly quotes and a combining accent before the date: bytes ≠ characters ≠ scalars.
        let text = "“Café” — e\u{301}té: the raid on 11 April’s eve."
        let t = try #require(TemporalTagger().tag(text, dct: CalendarDay(iso: "2018-04-30")).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == "11 April")
        #expect(t.text == "11 April")
        #expect(t.value == "2018-04-11")
    }

    @Test func resultsAreSortedAndDisjoint() {
        let text = "On Friday, 3 May 2019, and again last week, then in 2015 and yesterday, twenty days after the vote."
        let found = TemporalTagger().tag(text, dct: CalendarDay(iso: "2019-06-12"))
        #expect(found.count >= 5)
        for (a, b) in zip(found, found.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func emptyAndOddInputs() {
        let tagger = TemporalTagger()
        #expect(tagger.tag("", dct: nil).isEmpty)
        #expect(tagger.tag("2018-", dct: nil).map(\.value) == ["2018"])
        #expect(tagger.tag("April", dct: nil).count == 1)
        #expect(tagger.tag("\u{0}\u{FFFF}", dct: nil).isEmpty)
    }
}
