import Testing
@testable import TimelineModel

@Suite struct MarkdownChronologyTests {
    typealias F = ExportFixtures

    /// "## 2018" headings in document order.
    func years(_ md: String) -> [String] {
        md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    }

    /// Footnote references in the text, and the footnotes defined.
    func footnotes(_ md: String) -> (refs: Set<String>, defined: [String]) {
        var refs = Set<String>()
        var defined: [String] = []
        for line in md.split(separator: "\n") {
            var rest = Substring(line)
            if line.hasPrefix("[^"), let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":") {
                defined.append(String(line[line.index(line.startIndex, offsetBy: 2)..<close]))
                rest = line[line.index(after: close)...]
            }
            while let r = rest.range(of: "[^") {
                let after = rest[r.upperBound...]
                guard let close = after.firstIndex(of: "]") else { break }
                refs.insert(String(after[..<close]))
                rest = after[close...]
            }
        }
        return (refs, defined)
    }

    @Test func theSeedsChronology() throws {
        let t = try #require(SeedAcceptanceTests.seeds)
        let md = MarkdownChronology.render(t, events: t.events)
        #expect(md.hasPrefix("# "))
        let sections = years(md)
        let numeric = sections.prefix { Int($0) != nil }
        #expect(numeric.count >= 3)
        #expect(numeric.map { Int($0)! } == numeric.map { Int($0)! }.sorted())
        #expect(Set(numeric).count == numeric.count)
        #expect(sections.last == "Leadership")
        // Every reference resolves, every footnote is used, numbered 1…n.
        let (refs, defined) = footnotes(md)
        #expect(Set(defined) == refs)
        #expect(defined == (1...defined.count).map(String.init))
        #expect(defined.count == t.corpus.sources.count)
        // Chains: a heading per chain, a numbered line per holder.
        #expect(md.components(separatedBy: "\n### ").count - 1 == t.chains.count)
        #expect(md.contains("Ended: killed, 5 April 2018"))
        // The airstrike's disagreement, plainly.
        #expect(md.contains("  - Sources disagree on the date: 2018-04-05 ("))
        #expect(md.contains("vs 2018-04-06 (the defense ministry per "))
    }

    @Test func articleTextIsEscapedAndDatesReadAtTheirPrecision() {
        let source = Source(id: "s", file: "odd`name.txt", title: "A *starred* title", outlet: "The [Daily]", url: "https://example.org/x", text: "x")
        let events = [
            F.event("a", .raid, .month(year: 2019, month: 3, approximate: true), headline: "Fighters *killed* 3_4 <b>guards</b> [here](x)"),
            F.event("b", .other, .day(F.day(2018, 2, 1)), headline: "A milestone\nacross lines"),
            F.event("c", .raid, nil, headline: "Undated raid"),
        ]
        let md = MarkdownChronology.render(Timeline(corpus: F.corpus([source]), events: events), events: events)
        #expect(years(md) == ["2018", "2019", "Undated", "Leadership"])
        #expect(md.contains("- **around March 2019** — Raid — Afghanistan — Fighters \\*killed\\* 3\\_4 \\<b\\>guards\\</b\\> \\[here\\](x).[^1]"))
        #expect(md.contains("- **1 February 2018** — Milestone — Afghanistan — A milestone across lines.[^1]"))
        #expect(md.contains("- **Date unknown** — Raid — Afghanistan — Undated raid.[^1]"))
        #expect(md.contains("[^1]: The \\[Daily\\], \u{201C}A \\*starred\\* title\u{201D}, <https://example.org/x>, file `` odd`name.txt ``"))
        #expect(md.contains("No leadership chains found."))
    }

    @Test func disagreementsNameWhoSaysWhatWithFootnotes() throws {
        let t = try ExportFixtures.timeline(ExportFixtures.twoSources)
        let md = MarkdownChronology.render(t, events: t.events)
        #expect(md.contains("  - Sources disagree on the date: 2019-05-09 (the governor per Valley Courier[^1]) vs 2019-05-10 (the defence ministry per Hill Times, \"Evening\"[^2])."))
        #expect(md.hasPrefix("# Invented strikes\n"))
    }
}
