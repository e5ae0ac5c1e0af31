import Testing
import TimelineModel
@testable import tui

/// What the config changes once parsed: the key map, the reducer and help with rebound keys,
/// search options, date formats, and the colour scheme over a rendered screen.
@Suite struct ConfigEffectTests {
    typealias F = Fixtures

    private func config(_ text: String) -> Config {
        let (c, e) = ConfigFile.parse(text, path: "test")
        #expect(e.isEmpty, "\(e)")
        return c
    }

    /// The invented sources list with a config's settings.
    private func state(_ text: String, width: Int = 80, height: Int = 24) -> BrowserState {
        let settings = BrowserSettings(config: config(text), color: false, unicode: true, mouse: true)
        return BrowserState(corpus: F.corpus, settings: settings, width: width, height: height)
    }

    // MARK: - The key map

    @Test func bindAddsAKeyAndKeepsTheDefaults() {
        let k = config("bind J move-down").keys
        #expect(k.exact([.char("J")], in: .timeline) == .moveDown)
        #expect(k.exact([.char("J")], in: .reader) == .moveDown)
        #expect(k.exact([.char("j")], in: .timeline) == .moveDown)
        #expect(k.keys(for: .moveDown) == [[.char("j")], [.down], [.char("J")]])
    }

    @Test func bindTakesTheKeyFromItsOldAction() {
        // `e` was article-events (reader, sources): now it moves down everywhere.
        let k = config("bind e move-down").keys
        #expect(k.exact([.char("e")], in: .reader) == .moveDown)
        #expect(k.exact([.char("e")], in: .sources) == .moveDown)
        #expect(k.keys(for: .eventsOfArticle).isEmpty)
        // A pane-limited action bound without a pane: its panes only, elsewhere it says so.
        let n = config("bind j next-article").keys
        #expect(n.exact([.char("j")], in: .reader) == .nextArticle)
        #expect(n.exact([.char("j")], in: .timeline) == nil)
        #expect(n.resolve([.char("j")], in: .timeline) == .elsewhere(.nextArticle))
    }

    @Test func noneUnbinds() {
        let k = config("bind j none\nbind timeline <Down> none").keys
        #expect(k.resolve([.char("j")], in: .timeline) == .unbound)
        #expect(k.resolve([.char("j")], in: .reader) == .unbound)
        // In one pane only: the others keep the key.
        #expect(k.exact([.down], in: .timeline) == nil)
        #expect(k.exact([.down], in: .reader) == .moveDown)
        #expect(k.keys(for: .moveDown) == [[.down]])
        #expect(k.label(for: .moveDown, ascii: true) == "Down (detail,leadership,reader,sources,help)")
    }

    @Test func paneBindingWinsInItsPaneOnly() {
        let k = config("bind reader J next-article\nbind sources x open").keys
        #expect(k.exact([.char("J")], in: .reader) == .nextArticle)
        #expect(k.exact([.char("J")], in: .timeline) == nil)
        #expect(k.exact([.char("x")], in: .sources) == .open)
        #expect(k.label(for: .open, ascii: true) == "Enter, x (sources)")
        // A later line wins.
        #expect(config("bind reader J next-article\nbind J move-down").keys.exact([.char("J")], in: .reader) == .moveDown)
    }

    @Test func sequencesAndPrefixes() {
        let k = config("bind <Ctrl-x>q quit\nbind zz move-bottom").keys
        #expect(k.resolve([.ctrl("x")], in: .timeline) == .pending)
        #expect(k.resolve([.ctrl("x"), .char("q")], in: .timeline) == .action(.quit))
        #expect(k.resolve([.char("z")], in: .reader) == .pending)
        // Unbinding `gg` leaves `g` a key of its own, no longer waiting for a second one.
        let g = config("bind gg none").keys
        #expect(g.resolve([.char("g")], in: .timeline) == .action(.top))
    }

    @Test func defaultMapIsTheActionTable() {
        let k = KeyResolver()
        for a in Action.allCases {
            #expect(k.keys(for: a) == a.info.keys, "\(a.name)")
        }
        #expect(Action.keyTable(keys: config("# nothing").keys) == Action.keyTable())
    }

    // MARK: - The reducer and the screen with rebound keys

    @Test func reboundKeyRunsItsAction() {
        let s = state("bind J move-down\nbind j none")
        var t = F.press(s, F.chars("JJ"))
        #expect(t.top.cursor.selected == 2)
        t = F.press(t, F.chars("j"))
        #expect(t.top.cursor.selected == 2)
        #expect(t.message == "j is not bound (? for help)")
    }

    @Test func reboundSearchKey() {
        // `/` given to the filter, search moved to `S`: typing into the prompt is unchanged.
        let s = F.press(state("bind S search\nbind / none"), F.chars("Sbrid") + [.enter])
        #expect(s.search.query == "brid")
        #expect(s.top.cursor.selected == 1)
    }

    @Test func helpAndKeysShowTheEffectiveKeys() {
        let s = F.press(state("bind J move-down\nbind j none\nbind reader x next-article"), F.chars("?"))
        let text = Screen.render(s).text()
        #expect(text.contains("   ↓, J              move-down"))
        #expect(!text.contains("   j, ↓"))
        // next-article does not apply in Sources: all its keys, and where they work.
        let keys = config("bind reader x next-article\nbind reader J move-down").keys
        let help = HelpPane.build(for: .sources, keys: keys, context: RenderContext()).map(\.text)
        #expect(help.contains { $0.hasPrefix("   }, x              next-article") && $0.hasSuffix("(in Reader)") })
        #expect(help.contains { $0.hasPrefix("   j, ↓              move-down") })
        let inReader = HelpPane.build(for: .reader, keys: keys, context: RenderContext()).map(\.text)
        #expect(inReader.contains { $0.hasPrefix("   j, ↓, J           move-down") })
        let table = Action.keyTable(keys: config("bind J move-down\nbind timeline K move-up").keys)
        #expect(table.contains { $0.hasPrefix("move-down         j, ↓, J ") })
        #expect(table.contains { $0.hasPrefix("move-up           k, ↑, K (timeline) ") })
    }

    // MARK: - Search settings

    @Test func ignoreCase() {
        #expect(SearchMatcher("harb", ignoreCase: .no)!.ranges(in: "Harbour harbour").count == 1)
        #expect(SearchMatcher("Harb", ignoreCase: .yes)!.ranges(in: "Harbour harbour").count == 2)
        #expect(SearchMatcher("Harb", ignoreCase: .smartCase)!.ranges(in: "Harbour harbour").count == 1)
        let exact = F.press(state("set ignore-case = no"), F.chars("/storm") + [.enter])
        #expect(exact.search.matchCount == 0)
        let any = F.press(state("set ignore-case = yes"), F.chars("/Storm") + [.enter])
        #expect(any.search.matchCount == 1)
    }

    @Test func wrapSearchOff() {
        // "harbour" is in the first and the last title; from the last, n goes round only with wrapping.
        let on = F.press(F.state(), F.chars("G/harbour") + [.enter] + F.chars("n"))
        #expect(on.top.cursor.selected == 0 && on.message == "search wrapped to the top")
        let off = F.press(state("set wrap-search = no"), F.chars("G/harbour") + [.enter] + F.chars("n"))
        #expect(off.top.cursor.selected == 2)
        #expect(off.message == "no more matches below (wrap-search is off)")
    }

    // MARK: - Dates

    @Test func dateFormats() {
        func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: day)! }
        let day = DateSpan.day(d(2018, 4, 5)), month = DateSpan.month(year: 2018, month: 4, approximate: true)
        let range = DateSpan.range(d(2018, 1, 1), d(2018, 4, 30))
        #expect(DateFormat.text.label(day) == "5 Apr 2018")
        #expect(DateFormat.text.label(month) == "Apr 2018 ~")
        #expect(DateFormat.text.label(.year(2018)) == "2018")
        #expect(DateFormat.text.label(range) == "Jan-Apr 2018")
        #expect(DateFormat.text.label(.range(d(2018, 4, 5), d(2018, 4, 9))) == "5-9 Apr 2018")
        #expect(DateFormat.text.label(nil) == "undated")
        let p = try! DateFormat.parse("%d/%m/%Y").get()
        #expect(p.label(day) == "05/04/2018" && p.label(month) == "04/2018 ~" && p.label(.year(2018)) == "2018")
        #expect(p.label(range) == "01/2018..04/2018")
        let us = try! DateFormat.parse("%B %e, %Y").get()
        #expect(us.label(day) == "April 5, 2018" && us.label(month) == "April 2018 ~")
        let short = try! DateFormat.parse("%y%m%d %%").get()
        #expect(short.label(day) == "180405 %")
        // ISO is what the browser always wrote.
        #expect(DateFormat.iso.label(range) == "2018-01..04" && DateFormat.iso.label(day) == "2018-04-05")
        // A disagreement's claim, written by the model in ISO.
        #expect(DateFormat.text.relabel("2018-04-06") == "6 Apr 2018")
        #expect(DateFormat.text.relabel("2018-04 ~") == "Apr 2018 ~")
        #expect(DateFormat.text.relabel("2017-03..2017-12") == "Mar-Dec 2017")
        #expect(DateFormat.text.relabel("Jawzjani") == "Jawzjani")
        #expect(DateFormat.iso.relabel("2018-04-06") == "2018-04-06")
    }

    @Test func dateFormatOnScreen() {
        let s = state("set date-format = text")
        let text = Screen.render(s).text()
        #expect(text.contains(" alpha    2 Mar 2019  Coast Courier"))
        #expect(text.contains(" bravo    Apr 2019    Valley Post"))
        let reader = Screen.render(F.press(s, [.enter])).text()
        #expect(reader.contains("published 2 Mar 2019 (manifest)"))
        let events = BrowserState(timeline: F.events, settings: BrowserSettings(config: config("set date-format = \"%d.%m.%Y\""),
                                  color: false, unicode: true, mouse: true), width: 120, height: 30)
        let screen = Screen.render(events).text()
        #expect(screen.range(of: #" \d\d\.\d\d\.20\d\d "#, options: .regularExpression) != nil)
        #expect(screen.range(of: #"20\d\d-\d\d-\d\d"#, options: .regularExpression) == nil)
    }

    @Test func lineGraphics() {
        let ascii = BrowserSettings(config: config("set line-graphics = ascii"), color: true, unicode: true, mouse: true)
        #expect(ascii.ascii)
        let auto = BrowserSettings(config: Config(), color: true, unicode: false, mouse: true)
        #expect(auto.ascii)
        let utf8 = BrowserSettings(config: config("set line-graphics = utf-8"), color: true, unicode: false, mouse: true)
        #expect(!utf8.ascii)
        #expect(BrowserSettings(config: config("set mouse-scroll = 7"), color: true, unicode: true, mouse: true).wheelLines == 7)
    }

    // MARK: - Colours

    @Test func schemeAttributesOverTheScreen() {
        let scheme = config("""
            color title-bar white blue bold
            color accent magenta default underline
            color dim default default normal
            """).colors
        let s = F.press(F.state(), F.chars("j"))
        let canvas = Screen.render(s)
        // The title bar: bold in place of bold + reverse.
        let bar = scheme.restyle(canvas.rows[0][1].style)
        #expect(bar.bold && !bar.reverse && bar.role == .bar)
        // An id (accent) on an unselected row, and on the selected one: the selection stays reversed.
        let id = scheme.restyle(canvas.rows[1][1].style)
        #expect(id.underline && !id.reverse && id.role == .accent)
        let selectedID = scheme.restyle(canvas.rows[2][1].style)
        #expect(selectedID.underline && selectedID.reverse)
        // bravo's inferred date is dimmed; `normal` takes the dim away.
        let date = canvas.rows[2][11].style
        #expect(date.dim && date.role == .dim)
        #expect(!scheme.restyle(date).dim && scheme.restyle(date).reverse)
        // The status line was not configured: as it was.
        let status = canvas.rows[23][1].style
        #expect(scheme.restyle(status) == status)
        #expect(ColorScheme.standard.restyle(bar) == bar)
    }

    @Test func schemeColours() {
        let scheme = config("color title-bar white blue\ncolor normal color250 black").colors
        #expect(scheme.colors(.bar).foreground.curses == 7 && scheme.colors(.bar).background.curses == 4)
        #expect(scheme.colors(.normal).foreground.curses == 250 && scheme.colors(.normal).background.curses == 0)
        // Without attributes the area keeps its own: the bar is still bold and reversed.
        let bar = Style.bar
        #expect(scheme.restyle(bar) == bar)
        #expect(ColorScheme.standard.colors(.accent).foreground == .index(6))
        #expect(ColorScheme.standard.colors(.status).background == .terminalDefault)
        // Every role has an area name, and every name reads back.
        for role in ColorRole.allCases { #expect(ColorScheme.role(named: ColorScheme.name(of: role)) == role) }
    }
}
