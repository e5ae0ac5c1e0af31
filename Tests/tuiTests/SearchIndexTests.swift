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

    /// The events as a warm start has them: decoded from a snapshot's bytes when read.
    static func snapshotEvents(_ events: [Event]) throws -> EventList {
        var w = ByteWriter()
        w.eventTable(EventList(events))
        return EventList(try SnapshotEvents(ByteReader(w.bytes), damaged: { Issue.record("an event did not decode") }))
    }

    static let queries = ["velmora", "Velmora", "kesh", "KESH", "red lantern", "e", "2021", "\u{1F}", "harbor", "killed", "zzz"]

    @Test(arguments: [1, 2, 5, 16_384])
    func aSnapshotsEventsDecodedOnEveryCoreIndexAsHeldOnes(blockSize: Int) throws {
        // Many copies of the events, so that both cores decode events of one list at once.
        let events = Array(repeating: Fixtures.events.events, count: 200).flatMap { $0 }
        let lazy = try Self.snapshotEvents(events)
        let decoded = SearchIndex(count: lazy.count, blockSize: blockSize) { i, out in
            lazy.withEvent(at: i) { EventCatalog.writeSearchText(of: $0, to: &out) }
        }
        let held = SearchIndex(events.map(EventCatalog.searchText(of:)), blockSize: blockSize)
        for q in Self.queries {
            let m = try #require(SearchMatcher(q))
            #expect(decoded.hits(m) == held.hits(m), "\(q) in blocks of \(blockSize)")
        }
        #expect(decoded.hits(SearchMatcher("velmora")!).count == held.hits(SearchMatcher("velmora")!).count)
        #expect(!held.hits(SearchMatcher("velmora")!).isEmpty)
    }

    @Test func aCatalogOverASnapshotSearchesAsOneOverHeldEvents() throws {
        let t = Fixtures.events
        let warm = EventCatalog(loaded: LoadedTimeline(corpus: t.corpus, events: try Self.snapshotEvents(t.events),
                                                       leadership: DeferredLeadership((t.chains, t.people))))
        let cold = EventCatalog(timeline: t)
        // Built elsewhere (as after the first frame) while the search asks for it.
        warm.prepareSearchInBackground()
        for q in Self.queries {
            let m = try #require(SearchMatcher(q))
            #expect(warm.searchIndex.hits(m) == cold.searchIndex.hits(m), "\(q)")
            let a = try #require(TimelinePane(catalog: warm).searchHits(m, context: RenderContext()))
            let b = try #require(TimelinePane(catalog: cold).searchHits(m, context: RenderContext()))
            #expect(a.rows == b.rows && a.occurrences == b.occurrences, "\(q)")
        }
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

/// The byte index against a plain reference: the events whose text, lowercased by the
/// standard library for a lowercase query (as written for one with a capital), holds the
/// query's bytes, counted without overlaps. Small invented texts, non-ASCII among them,
/// over blocks of every size so that texts and matches fall on the blocks' edges.
@Suite struct SearchIndexScanTests {
    static let texts = [
        "Doran Kesh was killed in Velmora",
        "Straße nach KÖLN: “Kesh” überlebte",
        "",
        "ÉCOLE évacuée à Velmora — 2021-06-10",
        "aaaa aaa",
        "İstanbul ΣΟΦΊΑ Ǆemal",
        "xxab",
        "cdyy",
        "abcd 👍🏽 e\u{301}te",
        "kesh KESH Kesh kEsH",
    ]
    static let queries = ["kesh", "Kesh", "k", "e", "é", "É", "straße", "ß", "köln", "KÖLN", "aa", "a", "abcd", "bc",
                          "👍", "\u{301}", "σοφ", "ǆ", "i̇stanbul", "—", "“kesh”", "zzz", "velmora", "2021", " "]

    func reference(_ texts: [String], _ query: String) -> [SearchIndex.Hit] {
        let m = SearchMatcher(query)!
        let needle = Array(m.pattern.joined().utf8)
        var out: [SearchIndex.Hit] = []
        for (i, t) in texts.enumerated() {
            let hay = Array((m.ignoreCase ? t.lowercased() : t).utf8)
            var n = 0
            var at = 0
            while at + needle.count <= hay.count {
                if Array(hay[at..<(at + needle.count)]) == needle {
                    n += 1
                    at += needle.count
                } else {
                    at += 1
                }
            }
            if n > 0 { out.append(SearchIndex.Hit(event: Int32(i), count: Int32(n))) }
        }
        return out
    }

    @Test(arguments: [1, 2, 3, 4, 7, 64])
    func everyQueryFindsWhatTheReferenceFinds(blockSize: Int) throws {
        for q in Self.queries {
            let index = SearchIndex(Self.texts, blockSize: blockSize)
            #expect(Array(index.hits(try #require(SearchMatcher(q)))) == reference(Self.texts, q), "\(q) in blocks of \(blockSize)")
        }
    }

    @Test func theReferenceIsNotEmpty() {
        // So that the agreement above says something.
        #expect(reference(Self.texts, "aa") == [SearchIndex.Hit(event: 4, count: 3)])
        #expect(reference(Self.texts, "kesh").map(\.event) == [0, 1, 9])
        #expect(reference(Self.texts, "Kesh").map(\.count) == [1, 1, 1])
        #expect(reference(Self.texts, "é").map(\.event) == [3])
    }

    @Test(arguments: [1, 2, 3, 6, 7, 8, 64])
    func aMatchNeverRunsFromOneTextIntoTheNext(blockSize: Int) {
        // "xxab" then "cdyy": "abcd" stands only in the text that holds it whole, wherever
        // the blocks end.
        let index = SearchIndex(Self.texts, blockSize: blockSize)
        #expect(Array(index.hits(SearchMatcher("abcd")!)) == [SearchIndex.Hit(event: 8, count: 1)])
        #expect(Array(index.hits(SearchMatcher("bcd")!)) == [SearchIndex.Hit(event: 8, count: 1)])
        #expect(index.hits(SearchMatcher("yyabcd")!).isEmpty)
    }

    @Test func matchesAtTheEdgesOfBlocks() {
        // Each text a block of its own, then two to a block: the first and last bytes count.
        let texts = ["q starts", "ends q", "q", "mid q mid", "qq"]
        for size in [1, 2, 5] {
            let hits = SearchIndex(texts, blockSize: size).hits(SearchMatcher("q")!)
            #expect(hits.map(\.event) == [0, 1, 2, 3, 4], "blocks of \(size)")
            #expect(hits.map(\.count) == [1, 1, 1, 1, 2], "blocks of \(size)")
        }
    }

    @Test(arguments: [1, 2, 3, 64])
    func typingNarrowsToWhatAFreshScanFinds(blockSize: Int) throws {
        // One index typed into, keystroke by keystroke, including backspaces (which widen)
        // and a capital (an exact search, which must not narrow the folded one's hits).
        let typed = SearchIndex(Self.texts, blockSize: blockSize)
        for q in ["k", "ke", "kes", "kesh", "ke", "kE", "kEs", "a", "aa", "aaa", "aaaa", "aaaaa", "e", "é", "éc", "ék",
                  "s", "st", "str", "stra", "straß", "straße", "straßen"] {
            let m = try #require(SearchMatcher(q))
            #expect(Array(typed.hits(m)) == reference(Self.texts, q), "\(q) in blocks of \(blockSize)")
        }
    }

    @Test func aSparseNarrowingGoesTextByText() throws {
        // Many texts, few holding the first letter: the narrowing looks only at those (and
        // must still find exactly what a fresh scan finds).
        var texts = [String](repeating: "nothing to see here", count: 200)
        texts[3] = "qat and qaf"
        texts[150] = "a quiet qat"
        texts[199] = "qa"
        let index = SearchIndex(texts, blockSize: 64)
        #expect(index.hits(SearchMatcher("q")!).map(\.event) == [3, 150, 199])
        #expect(Array(index.hits(SearchMatcher("qa")!)) == reference(texts, "qa"))
        #expect(Array(index.hits(SearchMatcher("qat")!)) == reference(texts, "qat"))
        #expect(reference(texts, "qat").map(\.event) == [3, 150])
    }

    @Test func aLongTextCountsEveryByte() {
        // Longer than the byte counter's lanes hold before they are added up (255 × 16).
        let long = String(repeating: "ab", count: 5000) + "a"
        let hits = SearchIndex([long, "b"]).hits(SearchMatcher("a")!)
        #expect(Array(hits) == [SearchIndex.Hit(event: 0, count: 5001)])
    }

    @Test func anIndexPreparedElsewhereAnswersTheSame() async throws {
        let index = SearchIndex(Self.texts, blockSize: 2)
        await Task.detached { index.prepare() }.value
        for q in Self.queries {
            #expect(Array(index.hits(try #require(SearchMatcher(q)))) == reference(Self.texts, q), "\(q)")
        }
    }

    @Test func theCatalogsIndexIsWrittenFromTheEventsAsTheirTextsRead() throws {
        let catalog = EventCatalog(timeline: Fixtures.events)
        let fromStrings = SearchIndex(catalog.searchText)
        for q in ["velmora", "Velmora", "kesh", "e", "2021", "\u{1F}", "district", "red lantern", "harbor", "killed"] {
            let m = try #require(SearchMatcher(q))
            #expect(catalog.searchIndex.hits(m) == fromStrings.hits(m), "\(q)")
        }
        #expect(!catalog.searchIndex.hits(SearchMatcher("velmora")!).isEmpty)
    }

    @Test func anEventsSearchTextKeepsItsPiecesAndOrder() {
        for e in Fixtures.events.events {
            var parts = [e.headline, e.kind.label, e.date?.label ?? "", e.place.label,
                         [e.place.locality, e.place.district, e.place.province, e.place.country].compactMap { $0 }.joined(separator: " ")]
            parts += e.people.map(\.name) + e.actors + e.targets + e.evidence.map(\.text)
            #expect(EventCatalog.searchText(of: e) == parts.joined(separator: " \u{1F} "))
        }
    }
}
