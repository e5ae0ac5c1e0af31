import Foundation
import Testing
@testable import TimelineModel

@Suite struct TimelineJSExportTests {
    typealias F = ExportFixtures

    /// The document as TimelineJS would receive it: parsed JSON.
    func parse(_ out: ExportOutput) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(out.text.utf8)) as? [String: Any])
    }

    func slides(_ doc: [String: Any]) -> [[String: Any]] { doc["events"] as? [[String: Any]] ?? [] }

    @Test func datesCarryOnlyThePartsTheirPrecisionKnows() throws {
        let events = [
            F.event("d", .raid, .day(F.day(2018, 4, 5))),
            F.event("m", .raid, .month(year: 2018, month: 4, approximate: true)),
            F.event("y", .other, .year(2014)),
            F.event("r", .tally, .range(F.day(2018, 1, 1), F.day(2018, 4, 30))),
            F.event("w", .raid, .range(F.day(2018, 4, 2), F.day(2018, 4, 6))),
        ]
        let doc = try parse(TimelineJSExport.render(Timeline(corpus: F.corpus(), events: events), events: events))
        let byID = Dictionary(uniqueKeysWithValues: slides(doc).map { ($0["unique_id"] as! String, $0) })
        func start(_ id: String) -> [String: Int] { byID[id]?["start_date"] as? [String: Int] ?? [:] }
        func end(_ id: String) -> [String: Int]? { byID[id]?["end_date"] as? [String: Int] }
        #expect(start("d") == ["year": 2018, "month": 4, "day": 5])
        #expect(end("d") == nil)
        #expect(start("m") == ["year": 2018, "month": 4])
        #expect(byID["m"]?["display_date"] as? String == "April 2018 (approx.)")
        #expect(byID["d"]?["display_date"] == nil)
        #expect(start("y") == ["year": 2014])
        #expect(start("r") == ["year": 2018, "month": 1] && end("r") == ["year": 2018, "month": 4])
        #expect(start("w") == ["year": 2018, "month": 4, "day": 2] && end("w") == ["year": 2018, "month": 4, "day": 6])
        #expect(byID["y"]?["group"] as? String == "other")
    }

    @Test func articleTextIsHTMLEscaped() throws {
        let text = "He said <script>alert(1)</script> & left \"quietly\", it's said."
        let source = Source(id: "s", file: "a&b.txt", outlet: "Times <Online>", text: text)
        let e = F.event("x", .raid, .day(F.day(2020, 1, 2)), headline: "Raid <b>& \"more\"</b>",
                        evidence: [Evidence(source: "s", range: TextRange(start: 0, end: 10), text: text, attribution: "O'Brien")])
        let doc = try parse(TimelineJSExport.render(Timeline(corpus: F.corpus([source]), events: [e]), events: [e]))
        let slide = try #require(slides(doc).first)
        let t = try #require(slide["text"] as? [String: String])
        #expect(t["headline"] == "Raid &lt;b&gt;&amp; &quot;more&quot;&lt;/b&gt;")
        let html = try #require(t["text"])
        #expect(html.contains("He said &lt;script&gt;alert(1)&lt;/script&gt; &amp; left &quot;quietly&quot;, it&#39;s said."))
        #expect(!html.contains("<script>"))
        #expect(html.contains("Times &lt;Online&gt;, a&amp;b.txt, says O&#39;Brien"))
        #expect(HTML.escape("<&\"'>") == "&lt;&amp;&quot;&#39;&gt;")
    }

    @Test func undatedEventsAreLeftOutAndCounted() throws {
        let events = [F.event("a", .raid, .day(F.day(2020, 1, 2))), F.event("b", .raid, nil), F.event("c", .other, nil)]
        let out = TimelineJSExport.render(Timeline(corpus: F.corpus(), events: events), events: events)
        #expect(slides(try parse(out)).map { $0["unique_id"] as? String } == ["a"])
        #expect(out.warnings == ["2 events left out: no date (a TimelineJS slide needs one)"])
    }

    @Test func idsAreUniqueAcrossTitleEventsAndEras() throws {
        let events = [F.event("same", .raid, .day(F.day(2020, 1, 2))), F.event("same", .clash, .day(F.day(2020, 1, 3)))]
        let tenure = { (name: String) in Tenure(name: name, members: [], aliases: [], start: .day(F.day(2020, 1, 1)), end: nil, exit: .unknown, exitEvent: nil, evidence: []) }
        let chain = SuccessionChain(organisation: "Group", role: "leader", key: RoleKey(organisation: "Group", position: "leader", region: nil),
                                    holders: [tenure("Title"), tenure("Title")])
        let t = Timeline(corpus: F.corpus(title: "Title"), events: events, chains: [chain])
        let doc = try parse(TimelineJSExport.render(t, events: events))
        let title = try #require(doc["title"] as? [String: Any])
        let eras = try #require(doc["eras"] as? [[String: Any]])
        let ids = [title["unique_id"] as? String] + slides(doc).map { $0["unique_id"] as? String } + eras.map { $0["unique_id"] as? String }
        #expect(ids.allSatisfy { $0 != nil })
        #expect(Set(ids).count == ids.count)
        #expect(slides(doc).first?["unique_id"] as? String == "same")
    }

    @Test func erasSpanTenuresAndAlwaysHaveTwoDifferentDates() throws {
        let events = [
            F.event("kill", .airstrike, .day(F.day(2018, 4, 5)), people: [PersonInEvent(name: "Abel Rook", fate: .killed)]),
            F.event("late", .raid, .day(F.day(2018, 9, 1))),
        ]
        let first = Tenure(name: "Abel Rook", members: [], aliases: [], start: nil, end: .day(F.day(2018, 4, 5)), exit: .killed, exitEvent: "kill", evidence: [])
        let second = Tenure(name: "Cato Pike", members: [], aliases: [], start: nil, end: nil, exit: .unknown, exitEvent: nil, evidence: [])
        let chain = SuccessionChain(organisation: "Group", role: "leader", key: RoleKey(organisation: "Group", position: "leader", region: nil),
                                    holders: [first, second])
        let doc = try parse(TimelineJSExport.render(Timeline(corpus: F.corpus(), events: events, chains: [chain]), events: events))
        let eras = try #require(doc["eras"] as? [[String: Any]])
        #expect(eras.count == 2)
        func date(_ era: [String: Any], _ key: String) -> [String: Int] { era[key] as? [String: Int] ?? [:] }
        // The first holder's only date is the day he was killed: the era still has a width.
        #expect(date(eras[0], "start_date") == ["year": 2018, "month": 4, "day": 5])
        #expect(date(eras[0], "end_date") == ["year": 2018, "month": 4, "day": 6])
        // The successor starts when the predecessor left and runs to the last event.
        #expect(date(eras[1], "start_date") == ["year": 2018, "month": 4, "day": 5])
        #expect(date(eras[1], "end_date") == ["year": 2018, "month": 9, "day": 1])
        for era in eras {
            #expect(date(era, "start_date")["year"] != nil && date(era, "end_date")["year"] != nil)
            #expect(date(era, "start_date") != date(era, "end_date"))
            #expect((era["text"] as? [String: String])?["headline"]?.isEmpty == false)
        }
    }

    @Test func theTitleIsTheCorpusTitleElseTheFolderName() throws {
        let withTitle = try parse(TimelineJSExport.render(Timeline(corpus: F.corpus(title: "A <b> title"), events: []), events: []))
        #expect(((withTitle["title"] as? [String: Any])?["text"] as? [String: String])?["headline"] == "A &lt;b&gt; title")
        let without = try parse(TimelineJSExport.render(Timeline(corpus: F.corpus(title: nil), events: []), events: []))
        #expect(((without["title"] as? [String: Any])?["text"] as? [String: String])?["headline"] == "invented")
    }
}
