import Testing
@testable import TimelineModel

@Suite struct ManifestTests {
    func error(_ yaml: String) -> ManifestError? {
        do {
            _ = try CorpusManifest.parse(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEntriesAtTheirPrecision() throws {
        let m = try CorpusManifest.parse("""
            title: Floods
            sources:
              - file: a.txt
                title: "River: rising"
                outlet: Wire
                url: https://example.org/a
                published: 2019-05-04
              - file: sub/b.txt
                published: 2019-05
              - file: c.txt
                published: 2019
            """)
        #expect(m.title == "Floods")
        #expect(m.entries.map(\.file) == ["a.txt", "sub/b.txt", "c.txt"])
        #expect(m.entries.map { $0.published?.precision } == [.day, .month, .year])
        #expect(m.entries[0].title == "River: rising")
        #expect(m.entries[1].line == 8)
    }

    @Test func emptyManifestIsFine() throws {
        #expect(try CorpusManifest.parse("").entries.isEmpty)
    }

    @Test func yamlSyntaxErrorIsLocated() {
        let e = error("title: x\nsources:\n  - file: a.txt\n   bad: [unclosed\n")
        #expect(e != nil)
        #expect(e?.line ?? 0 >= 3)
        #expect(e?.description.hasPrefix("corpus.yaml:") == true)
        #expect(e?.message.contains("YAML") == true)
    }

    @Test func badDateIsLocatedAtTheValue() {
        let e = error("sources:\n  - file: a.txt\n    published: 2018-02-30\n")
        #expect(e == ManifestError(line: 3, column: 16, message: "`published: 2018-02-30` is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"))
        #expect(error("sources:\n  - file: a.txt\n    published: April 2018\n")?.line == 3)
        #expect(error("sources:\n  - file: a.txt\n    published: 2018-13\n")?.line == 3)
    }

    @Test func pathLeavingTheFolderIsRejected() {
        let e = error("sources:\n  - file: ../outside.txt\n")
        #expect(e?.line == 2)
        #expect(e?.column == 11)
        #expect(e?.message.contains("leaves the corpus folder") == true)
        #expect(error("sources:\n  - file: /etc/passwd\n")?.message.contains("absolute") == true)
        #expect(error("sources:\n  - file: sub/../../x.txt\n") != nil)
        #expect(error("sources:\n  - file: sub/../x.txt\n") == nil)
    }

    @Test func wrongTypesAreRejected() {
        #expect(error("sources: a.txt\n")?.message.contains("must be a list") == true)
        #expect(error("sources:\n  - a.txt\n")?.message.contains("must be a mapping") == true)
        let e = error("sources:\n  - file: a.txt\n    title: [x, y]\n")
        #expect(e?.line == 3)
        #expect(e?.message.contains("single value") == true)
        #expect(error("- a\n- b\n")?.message.contains("expected a mapping") == true)
    }

    @Test func unknownKeysAndMissingFileAreRejected() {
        #expect(error("sources:\n  - file: a.txt\n    publised: 2018\n") == ManifestError(line: 3, column: 5, message: "unknown key `publised` (expected one of: file, title, outlet, url, published)"))
        #expect(error("sources:\n  - title: no file\n")?.message.contains("no `file:`") == true)
        #expect(error("titel: x\n")?.line == 1)
    }

    @Test func duplicateEntriesAreRejected() {
        let e = error("sources:\n  - file: a.txt\n  - file: a.txt\n")
        #expect(e?.line == 3)
        #expect(e?.message.contains("listed twice") == true)
    }

    @Test func aliasBombDoesNotExplode() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<12 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
        yaml += "sources: *a11\n"
        // Only the expected shape is walked: the bomb is a wrong type, reported at once.
        #expect(error(yaml) != nil)
    }
}
