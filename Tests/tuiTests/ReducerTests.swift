import Testing
import TimelineModel
@testable import tui

@Suite struct ReducerTests {
    typealias F = Fixtures

    @Test func movementKeys() {
        var s = F.press(F.state(), F.chars("jj"))
        #expect(s.top.cursor.selected == 2)
        s = F.press(s, [.up])
        #expect(s.top.cursor.selected == 1)
        s = F.press(s, F.chars("G"))
        #expect(s.top.cursor.selected == 2)
        s = F.press(s, F.chars("gg"))
        #expect(s.top.cursor.selected == 0)
        s = F.press(s, [.end, .home])
        #expect(s.top.cursor.selected == 0)
    }

    @Test func singleGIsTopAfterTheIdleTick() {
        var s = F.press(F.state(), F.chars("G"))
        s = Browser.handle(s, .key(.char("g"))).0
        #expect(s.pendingKeys == [.char("g")] && s.top.cursor.selected == 2)
        s = Browser.handle(s, .idle).0
        #expect(s.pendingKeys.isEmpty && s.top.cursor.selected == 0)
    }

    @Test func prefixFollowedByAnotherKeyRunsBoth() {
        // `g` then `j`: top, then down.
        var s = F.press(F.state(), F.chars("G"))
        s = Browser.handle(s, .key(.char("g"))).0
        s = Browser.handle(s, .key(.char("j"))).0
        #expect(s.top.cursor.selected == 1 && s.pendingKeys.isEmpty)
    }

    @Test func enterOpensTheReaderAndEscGoesBack() {
        var s = F.press(F.state(), [.char("j"), .enter])
        #expect(s.top.kind == .reader)
        #expect((s.top as? ReaderPane)?.source.id == "bravo")
        s = F.press(s, [.escape])
        #expect(s.top.kind == .sources && s.top.cursor.selected == 1)
        // Esc on the top level stays.
        let (t, fx) = Browser.handle(s, .key(.escape))
        #expect(t.stack.count == 1 && fx.isEmpty)
    }

    @Test func qClosesPanesThenQuits() {
        let s = F.press(F.state(), [.enter, .char("?")])
        #expect(s.stack.map(\.kind) == [.sources, .reader, .help])
        var (t, fx) = Browser.handle(s, .key(.char("q")))
        #expect(t.top.kind == .reader && fx.isEmpty)
        (t, fx) = Browser.handle(t, .key(.char("q")))
        #expect(t.top.kind == .sources && fx.isEmpty)
        (t, fx) = Browser.handle(t, .key(.char("q")))
        #expect(fx.contains(.quit))
        #expect(Browser.handle(s, .key(.char("Q"))).1.contains(.quit))
    }

    @Test func nextArticleMovesTheParentAndReopens() {
        var s = F.press(F.state(), [.enter, .char("}")])
        #expect((s.top as? ReaderPane)?.source.id == "bravo")
        #expect(s.stack[0].cursor.selected == 1 && s.stack.count == 2)
        s = F.press(s, [.char("}"), .char("}")])
        #expect((s.top as? ReaderPane)?.source.id == "charlie")
        #expect(s.message == "this is the last article")
        s = F.press(s, [.char("{")])
        #expect((s.top as? ReaderPane)?.source.id == "bravo")
        s = F.press(s, [.escape])
        #expect(s.top.cursor.selected == 1)
    }

    @Test func readerScrollsLikeAPager() {
        var s = F.press(F.state(height: 16), [.enter])
        #expect(s.top.cursor.mode == .scroll)
        s = F.press(s, F.chars("jj"))
        #expect(s.top.cursor.offset == 0)  // 8 lines fit in 14 rows: nothing to scroll
        s = Browser.handle(F.state(height: 16), .resize(width: 60, height: 16)).0
        #expect(s.width == 60)
    }

    @Test func incrementalSearchWithSmartCase() {
        var s = F.press(F.state(), F.chars("/har"))
        #expect(s.search.isEditing && s.search.draft == "har")
        #expect(s.search.matchCount == 3)  // alpha "harbour"; charlie: "charlie" and "Harbour"
        s = F.press(s, [.enter])
        #expect(!s.search.isEditing && s.search.query == "har" && s.top.cursor.selected == 0)
        s = F.press(s, F.chars("n"))
        #expect(s.top.cursor.selected == 2)
        s = F.press(s, F.chars("n"))
        #expect(s.top.cursor.selected == 0 && s.message == "search wrapped to the top")
        s = F.press(s, F.chars("N"))
        #expect(s.top.cursor.selected == 2 && s.message == "search wrapped to the bottom")
        s = F.press(s, F.chars("/Har") + [.enter])
        #expect(s.search.matchCount == 1 && s.top.cursor.selected == 2)
    }

    @Test func escCancelsTheSearchPrompt() {
        var s = F.press(F.state(), F.chars("/fees"))
        #expect(s.top.cursor.selected == 2)
        s = F.press(s, [.escape])
        #expect(!s.search.isEditing && s.top.cursor.selected == 0 && s.search.matchCount == nil)
        #expect(s.stack.count == 1)
        s = F.press(s, F.chars("/x") + [.backspace, .backspace])
        #expect(!s.search.isEditing)
    }

    @Test func searchCarriesIntoTheReader() {
        var s = F.press(F.state(), F.chars("/monday") + [.enter])
        #expect(s.search.matchCount == 0)
        s = F.press(s, [.enter])
        #expect(s.top.kind == .reader && s.search.matchCount == 1)
    }

    @Test func actionsThatCannotRunSayWhy() {
        let s = F.press(F.state(), F.chars("e"))
        #expect(s.message == "no events found in alpha")
        #expect(F.press(F.state(), F.chars("l")).message == "no leadership chains found in this corpus")
        let t = F.press(F.state(), F.chars("]"))
        #expect(t.message == "next-source is not available in Sources")
        let u = F.press(F.state(), F.chars("z"))
        #expect(u.message == "z is not bound (? for help)")
        #expect(F.press(u, F.chars("j")).message == nil)
    }

    @Test func redrawAndResizeAskForAFullRepaint() {
        #expect(Browser.handle(F.state(), .key(.ctrl("l"))).1 == .fullRedraw)
        let (s, fx) = Browser.handle(F.state(), .resize(width: 100, height: 30))
        #expect(fx == .fullRedraw && s.height == 30 && s.top.cursor.height == 28)
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var s = Browser.handle(F.state(), .mouse(.click(x: 10, y: 3))).0
        #expect(s.top.cursor.selected == 2)
        s = Browser.handle(s, .mouse(.click(x: 10, y: 12))).0  // below the last row
        #expect(s.top.cursor.selected == 2)
        s = Browser.handle(s, .mouse(.wheelUp)).0
        #expect(s.top.cursor.selected == 2)
    }

    @Test func everyActionHasKeysAndEveryKeyOneAction() {
        let r = KeyResolver()
        for a in Action.allCases {
            #expect(!a.info.keys.isEmpty, "\(a.name) has no key")
            for keys in a.info.keys {
                let pane = a.info.panes?.first ?? .sources
                #expect(r.exact(keys, in: pane) == a, "\(keys) in \(pane)")
            }
        }
        #expect(Set(Action.allCases.map(\.name)).count == Action.allCases.count)
    }
}
