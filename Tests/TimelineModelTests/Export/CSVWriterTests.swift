import Testing
@testable import TimelineModel

@Suite struct CSVWriterTests {
    @Test func plainFieldsAreWrittenAsTheyAre() {
        #expect(CSVWriter.row(["a", "b c", "", "1.5"]) == "a,b c,,1.5\r\n")
    }

    @Test func commasQuotesAndLineBreaksAreQuoted() {
        #expect(CSVWriter.field("Darzab, Jowzjan") == "\"Darzab, Jowzjan\"")
        #expect(CSVWriter.field("the so-called \"mother of all bombs\"") == "\"the so-called \"\"mother of all bombs\"\"\"")
        #expect(CSVWriter.field("line one\nline two") == "\"line one\nline two\"")
        #expect(CSVWriter.field("cr\ronly") == "\"cr\ronly\"")
        // "\r\n" is one Character in Swift, equal to neither "\r" nor "\n": still quoted.
        #expect(CSVWriter.field("windows\r\nline") == "\"windows\r\nline\"")
        #expect(CSVWriter.field("\"") == "\"\"\"\"")
        #expect(CSVWriter.field(" padded ") == "\" padded \"")
    }

    @Test func aDocumentRoundTripsThroughAStrictReader() throws {
        let rows = [
            ["plain", "with, comma", "with \"quotes\"", "multi\nline", "crlf\r\nline", ""],
            ["", "\"", ",", "\r\n", "ünïcödé — “curly”", "tab\there"],
            ["last", "", "", "", "", "trailing space "],
        ]
        let header = ["a", "b", "c", "d", "e", "f"]
        let text = CSVWriter.document(header: header, rows: rows)
        #expect(text.hasSuffix("\r\n"))
        let back = try CSVTestReader.parse(text)
        #expect(back == [header] + rows)
    }

    @Test func theReaderRejectsWhatRFC4180Forbids() {
        #expect(throws: CSVTestReader.Malformed.self) { try CSVTestReader.parse("a\"b,c\r\n") }
        #expect(throws: CSVTestReader.Malformed.self) { try CSVTestReader.parse("\"a\"b,c\r\n") }
        #expect(throws: CSVTestReader.Malformed.self) { try CSVTestReader.parse("\"open,c\r\n") }
    }

    @Test func eventCSVUsesTheWriter() throws {
        var e = Event(id: "x-1", kind: .raid, date: .day(CalendarDay(year: 2020, month: 1, day: 2)!),
                      place: EventPlace(country: "Afghanistan", province: "Balkh"), actors: ["A, B"], targets: [],
                      people: [], counts: Counts(killed: Count(3)), headline: "Raid \"at night\",\nthen more", evidence: [], conflicts: [])
        e.evidence = [Evidence(source: "s1", range: TextRange(start: 0, end: 1), text: "x")]
        let rows = try CSVTestReader.parse(EventCSV.render([e]))
        #expect(rows.count == 2)
        #expect(rows[0] == EventCSV.header)
        #expect(rows[1][rows[0].firstIndex(of: "headline")!] == "Raid \"at night\",\nthen more")
        #expect(rows[1][rows[0].firstIndex(of: "actors")!] == "A, B")
    }
}
