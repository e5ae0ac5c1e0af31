import Testing
@testable import tui

@Suite struct TextTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("“quoted” ‘Aydd") == 14)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func fitCutsByColumnsNotCharacters() {
        #expect(DisplayWidth.fit("漢字漢字", 5) == "漢字…")
        #expect(DisplayWidth.of(DisplayWidth.fit("漢字漢字", 5)) == 5)
        #expect(DisplayWidth.pad("漢", 4) == "漢  ")
        #expect(DisplayWidth.fit("abcdef", 4, ascii: true) == "abc~")
    }

    @Test func sanitizerDropsOrShowsEveryControl() {
        let evil = "a\u{1B}[2Jb\u{1B}]0;owned\u{07}c\u{07}d\u{08}\u{08}e\rf\u{202E}g\u{2066}h\u{2069}\u{7F}i\u{9B}31mj"
        #expect(TerminalText.line(evil) == "a␛b␛c␇d␈␈ef" + "gh␡i␛j")
        #expect(TerminalText.line(evil, ascii: true) == "a^[b^[c^Gd^H^Hefgh^?i^[j")
        // Nothing below 0x20 (or DEL, or C1) survives.
        let out = TerminalText.line(evil)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
    }

    @Test func sanitizerHandlesStringsTerminatedByST() {
        #expect(TerminalText.line("x\u{1B}P1$r\u{1B}\\y") == "x␛y")
        #expect(TerminalText.line("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "x␛link␛")
        // CR LF is a line end, not a lone CR.
        #expect(TerminalText.lines("one\r\ntwo") == ["one", "two"])
    }

    @Test func tabsExpandToEightColumnStops() {
        #expect(TerminalText.line("a\tb") == "a       b")
        #expect(TerminalText.line("漢\tb") == "漢      b")
    }

    @Test func asciiModeTransliterates() {
        #expect(TerminalText.line("“Hi” – it’s…", ascii: true) == "\"Hi\" - it's...")
        #expect(TerminalText.line("漢x", ascii: true) == "??x")
    }

    @Test func wrapByWidth() {
        #expect(Wrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(Wrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(Wrap.lines("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(Wrap.lines("", width: 5) == [""])
    }

    @Test func canvasKeepsWideCharactersWhole() {
        var c = Canvas(width: 6, height: 1)
        c.put("漢字x", x: 0, y: 0)
        #expect(c.text() == "漢字x")
        c.put("a", x: 1, y: 0)  // overwrites the right half of 漢
        #expect(c.text() == " a字x")
        var d = Canvas(width: 3, height: 1)
        d.put("a漢字", x: 0, y: 0)
        #expect(d.text() == "a漢")
        var e = Canvas(width: 4, height: 1)
        e.put("ab漢", x: 1, y: 0)  // no room for the second half: a space
        #expect(e.line(0) == " ab ")
    }

    @Test func highlightingSplitsSpans() {
        let line = StyledLine([Span("Harbour "), Span("fees", .bold)])
        let m = SearchMatcher("r fe")!
        let h = line.highlighting(m.ranges(in: line.text), with: .match)
        #expect(h.text == line.text)
        #expect(h.spans.map(\.text) == ["Harbou", "r ", "fe", "es"])
        #expect(h.spans[2].style.bold && h.spans[2].style.underline)
    }

    @Test func smartCase() {
        #expect(SearchMatcher("harb")!.ranges(in: "Harbour harbour").count == 2)
        #expect(SearchMatcher("Harb")!.ranges(in: "Harbour harbour").count == 1)
        #expect(SearchMatcher("") == nil)
    }
}

@Suite struct PaintingTests {
    @Test func onlyChangedRowsArePainted() {
        var a = Canvas(width: 10, height: 4)
        a.put("one", x: 0, y: 0)
        var b = a
        #expect(b.changedRows(since: a) == [])
        b.put("two", x: 0, y: 2)
        #expect(b.changedRows(since: a) == [2])
        b.overlay(y: 3, style: .selected)
        #expect(b.changedRows(since: a) == [2, 3])
        #expect(b.changedRows(since: nil) == [0, 1, 2, 3])
        #expect(Canvas(width: 11, height: 4).changedRows(since: a).count == 4)
    }

    @Test func movingTheSelectionRepaintsTwoRows() {
        let s = Fixtures.state()
        let before = Screen.render(s)
        let after = Screen.render(Fixtures.press(s, [.char("j")]))
        #expect(after.changedRows(since: before) == [1, 2, 23])  // old row, new row, status position
    }

    @Test func keyTableListsEveryAction() {
        let table = Action.keyTable()
        #expect(table.count == Action.allCases.count)
        #expect(table.first?.hasPrefix("move-down") == true)
        #expect(table.contains { $0.hasPrefix("next-source") && $0.contains("detail,reader") })
    }
}
