import Testing
import TimelineModel
@testable import tui

@Suite struct ScreenTests {
    typealias F = Fixtures

    private func blank(_ n: Int) -> String { String(repeating: "\n", count: n) }

    @Test func sourcesList() {
        let expected = """
         Sources (3 articles)                                            Invented coast
         alpha    2019-03-02  Coast Courier  Storm closes the harbour at Vell
         bravo    2019-04     Valley Post    Bridge reopens after repairs
         charlie  ?                          Harbour fees rise
        """ + blank(20) + """
         Sources                                                            1/3  ? help
        """
        #expect(Screen.render(F.state()).text() == expected)
    }

    @Test func readerOnAnArticle() {
        let s = F.press(F.state(), [.enter])
        let expected = """
         Coast Courier: Storm closes the harbour at Vell                 Invented coast
         Storm closes the harbour at Vell
         Coast Courier · published 2019-03-02 (manifest)
         https://example.org/alpha
         ──────────────────────────────────────────────────────────────────────────────
         Menu Home News
         A storm closed the harbour at Vell on Friday, officials said.

         Ferries will resume on Monday.
        """ + blank(15) + """
         Reader                                                             1/8  ? help
        """
        #expect(Screen.render(s).text() == expected)
    }

    @Test func furnitureIsDimmedAndMatchesHighlighted() {
        let s = F.press(F.state(), [.enter] + F.chars("/harbour") + [.enter])
        let c = Screen.render(s)
        #expect(c.rows[5][1].style.dim)           // "Menu Home News"
        #expect(!c.rows[6][1].style.dim)          // the article text
        let line = c.line(6)
        let col = line.distance(from: line.startIndex, to: line.range(of: "harbour")!.lowerBound)
        #expect(c.rows[6][col].style.underline && c.rows[6][col].style.bold)
        #expect(!c.rows[6][col - 1].style.underline)
        #expect(c.text().hasSuffix(" Reader                                                  2 matches  1/8  ? help"))
    }

    @Test func selectionIsReverseEvenWithoutColour() {
        let c = Screen.render(F.press(F.state(), F.chars("j")))
        #expect(c.rows[2].allSatisfy { $0.style.reverse })
        #expect(!c.rows[1][3].style.reverse)
        #expect(c.rows.joined().allSatisfy { !$0.style.dim || $0.style.role == .dim })
    }

    @Test func searchPromptInTheStatusLine() {
        let s = F.press(F.state(), F.chars("/brid"))
        #expect(Screen.render(s).text().hasSuffix("\n /brid_                                                    1 match  2/3  ? help"))
    }

    @Test func tooSmallSaysHowMuchRoomIsNeeded() {
        let (s, _) = Browser.handle(F.state(), .resize(width: 59, height: 24))
        #expect(Screen.render(s).text() == "timeline needs at least 60×16 (now 59×24)" + blank(23))
        let (t, _) = Browser.handle(F.state(ascii: true), .resize(width: 70, height: 15))
        #expect(Screen.render(t).text().hasPrefix("timeline needs at least 60x16 (now 70x15)\n"))
    }

    @Test func asciiLinesInANonUTF8Locale() {
        let s = F.press(F.state(ascii: true), [.enter])
        let lines = Screen.render(s).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == " Coast Courier - published 2019-03-02 (manifest)")
        #expect(lines[4] == " " + String(repeating: "-", count: 78))
        #expect(Screen.render(s).text().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func helpIsGeneratedFromTheActionTable() {
        let s = F.press(F.state(), F.chars("?"))
        let text = Screen.render(s).text()
        #expect(text.hasPrefix(" Help: keys"))
        #expect(text.contains("   j, ↓              move-down         Move down one line"))
        #expect(text.contains("   g g, g, Home      move-top          Go to the first line"))
        let all = (0..<s.top.rowCount).map { s.top.row($0, width: 200, context: s.context).text }
        for a in Action.allCases { #expect(all.contains { $0.contains(a.name) }, "\(a.name) missing from help") }
    }

    @Test func wideAndCurlyTextLinesUp() {
        let sources = [
            Source(id: "cjk", file: "cjk.txt", title: "漢字の見出し", outlet: "新华社",
                   published: PublicationDate(span: .day(F.day(2020, 1, 2)), origin: .manifest), text: "本文"),
            Source(id: "curly", file: "curly.txt", title: "“Quoted” ‘Aydd returns", outlet: "Le Monde’s",
                   published: PublicationDate(span: .year(2020), origin: .header), text: "x"),
            Source(id: "plain", file: "plain.txt", title: "Plain", outlet: "Wire", text: "y"),
        ]
        let s = BrowserState(corpus: Corpus(name: "w", path: "/w", sources: sources),
                             settings: BrowserSettings(color: false), width: 60, height: 16)
        let c = Screen.render(s)
        let expected = """
         Sources (3 articles)                                     w
         cjk    2020-01-02  新华社      漢字の見出し
         curly  2020        Le Monde’s  “Quoted” ‘Aydd returns
         plain  ?           Wire        Plain
        """
        #expect(c.text().hasPrefix(expected + "\n"))
        // The title column starts at the same screen column on every row.
        let firsts = (1...3).map { y in c.rows[y].firstIndex { ["漢", "“", "P"].contains($0.grapheme) }! }
        #expect(Set(firsts).count == 1)
    }

    @Test func renderingAsksOnlyForVisibleRows() {
        struct Counting: Pane {
            let kind = PaneKind.timeline
            var cursor = ListCursor(count: 1_000_000, height: 22)
            var title: String { "Big" }
            var rowCount: Int { 1_000_000 }
            func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
                precondition(cursor.visible.contains(i), "row \(i) is not visible")
                return StyledLine("row \(i)")
            }
            func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome { .ignored }
        }
        var s = F.state()
        s.stack = [Counting()]
        s = F.press(s, F.chars("G"))
        let text = Screen.render(s).text()
        #expect(text.contains("row 999999") && text.contains("1000000/1000000"))
    }
}

@Suite struct EdgeScreenTests {
    @Test func emptyCorpus() {
        var s = BrowserState(corpus: Corpus(name: "empty", path: "/e", sources: []),
                             settings: BrowserSettings(color: false), width: 60, height: 16)
        let text = Screen.render(s).text()
        #expect(text.hasPrefix(" Sources (0 articles)" + String(repeating: " ", count: 33) + "empty\n  (nothing to show)\n"))
        #expect(text.hasSuffix(" Sources" + String(repeating: " ", count: 40) + "0/0  ? help"))
        s = Fixtures.press(s, [.enter] + Fixtures.chars("jGn/x"))
        #expect(s.stack.count == 1)
    }

    @Test func readerWrapsWideTextAndLongWords() {
        let src = Source(id: "w", file: "w.txt", title: "Wide", outlet: "O",
                         text: String(repeating: "漢字", count: 40) + "\n" + String(repeating: "x", count: 130))
        var s = BrowserState(corpus: Corpus(name: "w", path: "/w", sources: [src]),
                             settings: BrowserSettings(color: false), width: 60, height: 16)
        s = Fixtures.press(s, [.enter])
        let lines = Screen.render(s).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[4] == " " + String(repeating: "漢字", count: 14) + "漢")
        #expect(lines[5] == " " + String(repeating: "字漢", count: 14) + "字")
        #expect(lines[6] == " " + String(repeating: "漢字", count: 11))
        #expect(lines[7] == " " + String(repeating: "x", count: 58))
        #expect(lines[9] == " " + String(repeating: "x", count: 14))
        // Resizing re-wraps.
        s = Browser.handle(s, .resize(width: 70, height: 16)).0
        let wider = Screen.render(s).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(wider[7] == " " + String(repeating: "x", count: 68))
    }
}

@Suite struct EvidenceTests {
    @Test func readerMarksTheLinesOfTheEvidenceAndOpensThere() {
        let filler = (1...30).map { "Filler line \($0)." }.joined(separator: "\n")
        let para = "The second paragraph says the harbour closed on Friday, and then it goes on long enough to wrap twice at this width, yes."
        let text = filler + "\n" + para + "\n" + filler
        let offset = filler.unicodeScalars.count + 1
        let start = offset + Array(para.unicodeScalars).indices.first { String(String.UnicodeScalarView(para.unicodeScalars.dropFirst($0))).hasPrefix("harbour closed") }!
        let src = Source(id: "e", file: "e.txt", title: "Evidence", outlet: "O", text: text)
        let pane = ReaderPane(source: src, index: 0, context: RenderContext(), width: 60, height: 14,
                              highlights: [TextRange(start: start, end: start + 14)])
        var s = BrowserState(corpus: Corpus(name: "e", path: "/e", sources: [src]),
                             settings: BrowserSettings(color: false), width: 60, height: 16)
        s.push(pane)
        let lines = Screen.render(s).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == " Filler line 29.")
        #expect(lines[3].hasPrefix("▌The second paragraph says the harbour closed on Friday"))
        #expect(lines[4].hasPrefix(" "))
    }
}
