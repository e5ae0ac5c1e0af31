import Foundation
import Testing
@testable import TimelineModel

@Suite struct CorpusReaderTests {
    @Test func readsSortedSourcesWithManifestFacts() throws {
        let dir = TestFolder()
        dir.write("b.txt", "Second story.\nThe dam held on Monday, engineers said.")
        dir.write("a.txt", "First story.\nThe bridge opened on Friday, the council said.")
        dir.write("sub/c.txt", "Third story in a sub-folder, officials said.")
        dir.write("corpus.yaml", "title: Test corpus\nsources:\n  - file: a.txt\n    outlet: Wire\n    published: 2019-05-04\n")
        let corpus = try CorpusReader.forTests().read(dir.path)
        #expect(corpus.title == "Test corpus")
        #expect(corpus.sources.map(\.id) == ["a", "b", "sub/c"])
        #expect(corpus.sources[0].outlet == "Wire")
        #expect(corpus.sources[0].published.origin == .manifest)
        #expect(corpus.sources[1].published.origin == .unknown)
        #expect(corpus.issues.isEmpty)
    }

    @Test func manifestNamingAMissingFileIsAnError() {
        let dir = TestFolder()
        dir.write("a.txt", "Story text, officials said.")
        dir.write("corpus.yaml", "sources:\n  - file: a.txt\n  - file: gone.txt\n")
        #expect(throws: CorpusError.missingFile(ManifestError(line: 3, column: 11, message: "`gone.txt` is listed but not in the folder; fix the name or remove the entry"))) {
            try CorpusReader.forTests().read(dir.path)
        }
    }

    @Test func brokenManifestIsAnError() {
        let dir = TestFolder()
        dir.write("corpus.yaml", "sources: [\n")
        do {
            _ = try CorpusReader.forTests().read(dir.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("corpus.yaml:"))
        }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: CorpusError.notFound("/nonexistent/x")) { try CorpusReader.forTests().read("/nonexistent/x") }
    }

    @Test func badFilesAreReportedNotFatal() throws {
        let dir = TestFolder()
        dir.write("good.txt", "A usable story, officials said.")
        dir.write("binary.dat", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01])
        dir.write("empty.txt", "")
        dir.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" opened, owners said.".utf8))
        dir.link("loop", to: "loop")
        dir.link("self", to: ".")
        dir.link("dangling.txt", to: "nowhere.txt")
        let corpus = try CorpusReader.forTests().read(dir.path)
        #expect(corpus.sources.map(\.id) == ["good", "latin1"])
        #expect(corpus.sources[1].text == "Caf\u{FFFD} opened, owners said.")
        let byFile = Dictionary(uniqueKeysWithValues: corpus.issues.map { ($0.file, $0) })
        #expect(byFile["binary.dat"]?.severity == .skipped)
        #expect(byFile["binary.dat"]?.message.contains("binary") == true)
        #expect(byFile["empty.txt"]?.severity == .warning)
        #expect(byFile["latin1.txt"]?.message.contains("invalid UTF-8") == true)
        #expect(byFile["loop"]?.message.contains("loop") == true)
        #expect(byFile["self"]?.message.contains("loop") == true)
        #expect(byFile["dangling.txt"]?.message.contains("broken") == true)
    }

    @Test func unreadableFileIsReported() {
        let reader = CorpusReader.forTests()
        let (source, issues) = reader.readOne(FoundFile(relativePath: "gone.txt", fullPath: Array("/nonexistent/gone.txt".utf8)), entry: nil)
        #expect(source == nil)
        #expect(issues.first?.message.contains("cannot read") == true)
    }

    @Test func aSingleFileIsACorpus() throws {
        let dir = TestFolder()
        let path = dir.write("one.txt", "Only story, officials said.")
        let corpus = try CorpusReader.forTests().read(path)
        #expect(corpus.sources.map(\.id) == ["one"])
    }

    @Test func oversizedFilesAreSkipped() throws {
        let dir = TestFolder()
        dir.write("big.txt", String(repeating: "word ", count: 3000))
        var reader = CorpusReader.forTests()
        reader.maxFileBytes = 10_000
        let corpus = try reader.read(dir.path)
        #expect(corpus.sources.isEmpty)
        #expect(corpus.issues.first?.message.contains("larger than") == true)
    }

    @Test func headerAndBodyDatesAreSeparated() throws {
        let dir = TestFolder()
        // A stub finder: a date at each "@YYYY-MM-DD" (header or body) and "#YYYY" (a year).
        let finder: DateMentionFinder = { text in
            var found: [DateMention] = []
            let scalars = Array(text.unicodeScalars)
            for (i, s) in scalars.enumerated() where s == "@" || s == "#" {
                let rest = String(String.UnicodeScalarView(scalars[(i + 1)...].prefix(s == "@" ? 10 : 4)))
                if s == "@", let d = CalendarDay(iso: rest) { found.append(DateMention(offset: i, span: .day(d))) }
                if s == "#", let y = Int(rest) { found.append(DateMention(offset: i, span: .year(y))) }
            }
            return found
        }
        dir.write("stamped.txt", "@2021-06-18\nListen Live\nThe group grew strong by #2015 and again in #2016, analysts said in a long report.")
        dir.write("headed.txt", "Published @2016-03-02\nThe group grew strong by #2015, analysts said in a long report on the region.")
        let corpus = try CorpusReader.forTests(findDates: finder).read(dir.path)
        let headed = corpus.sources[0], stamped = corpus.sources[1]
        #expect(headed.published.origin == .header)
        #expect(headed.published.span?.label == "2016-03-02")
        #expect(stamped.published.origin == .inferred)
        #expect(stamped.published.span?.label == "2016")
        #expect(stamped.published.note?.contains("capture stamp") == true)
    }
}
