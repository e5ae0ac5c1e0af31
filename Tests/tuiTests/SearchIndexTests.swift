import Testing
@testable import TimelineModel
@testable import tui

/// The timeline's byte index must find exactly what the row-by-row matcher finds: the same
/// counts, the same rows, the same wrapping.
@Suite struct SearchIndexTests {
    /// What the pane's rows say, matched one by one (the reference).
    func bruteForce(_ pane: TimelinePane, _ m: SearchMatcher) -> (rows: [Int], count: Int) {
        var rows: [Int] = []
        var count = 0
        for i in 0..<pane.rowCount {
            let n = m.ranges(in: pane.searchText(i, context: RenderContext())).count
            if n > 0 { rows.append(i) }
            count += n
        }
        return (rows, count)
    }

    @Test func theIndexAgreesWithTheMatcherOnEveryQuery() throws {
        let pane = try #require(Fixtures.eventState().stack.first as? TimelinePane)
        for q in ["velmora", "Velmora", "kesh", "KESH", "red lantern", "e", "ki", "zzz", "airstrike", "Doran Kesh", "2021"] {
            let m = try #require(SearchMatcher(q))
            let fast = try #require(pane.searchHits(m, context: RenderContext()))
            let slow = bruteForce(pane, m)
            #expect(fast.rows == slow.rows, "\(q)")
            #expect(fast.occurrences == slow.count, "\(q)")
        }
    }

    @Test func typingNarrowsToWhatAFreshScanFinds() throws {
        let texts = Fixtures.events.events.map(EventCatalog.searchText(of:))
        let typed = SearchIndex(texts)
        for q in ["k", "ki", "kil", "kill", "killed", "r", "re", "red ", "red l"] {
            let m = try #require(SearchMatcher(q))
            #expect(typed.hits(m) == SearchIndex(texts).hits(m), "\(q)")
        }
        #expect(!typed.hits(SearchMatcher("killed")!).isEmpty)
    }

    @Test func aFilteredTimelineOnlyCountsItsOwnRows() throws {
        let catalog = EventCatalog(timeline: Fixtures.events)
        let filter = try EventFilter.parse("kind:raid").get()
        let pane = TimelinePane(catalog: catalog, filter: filter)
        let m = try #require(SearchMatcher("velmora"))
        let fast = try #require(pane.searchHits(m, context: RenderContext()))
        #expect(fast.rows == bruteForce(pane, m).rows)
        #expect(fast.occurrences == bruteForce(pane, m).count)
        #expect(fast.rows.count < (try #require(TimelinePane(catalog: catalog).searchHits(m, context: RenderContext()))).rows.count)
    }

    @Test func nAndShiftNWalkTheMatchesAndWrap() {
        var s = Fixtures.press(Fixtures.eventState(), Fixtures.chars("/velmora") + [.enter])
        let pane = s.stack[0] as! TimelinePane
        let expected = bruteForce(pane, SearchMatcher("velmora")!).rows
        #expect(expected.count >= 2)
        var seen: [Int] = [s.stack[0].cursor.selected]
        for _ in 0..<expected.count {
            s = Fixtures.press(s, [.char("n")])
            seen.append(s.stack[0].cursor.selected)
        }
        // Once round: every matching row, then back to the first.
        #expect(Array(seen.prefix(expected.count)) == expected)
        #expect(seen.last == expected.first)
        #expect(s.message == "search wrapped to the top")
        s = Fixtures.press(s, [.char("N")])
        #expect(s.stack[0].cursor.selected == expected.last)
        #expect(s.message == "search wrapped to the bottom")
    }
}
