import Foundation
import Testing
import TimelineModel
@testable import tui

/// The leadership pane on an invented corpus: a province's militia leader killed in an
/// airstrike and replaced, the successor later surrendering. Run through the real model.
@Suite struct LeadershipTests {
    typealias F = Fixtures

    static let timeline: Timeline = {
        let files = [
            "000_aa11.txt": """
                Velmora militia leader killed in airstrike

                The group's leader in Velmora province, Mullah Karim Dawari, was killed in an airstrike on 3 May 2021, the defence ministry said.

                Dawari has been replaced by Mawlawi Sadiq Barakzai, the ministry added.

                """,
            "001_bb22.txt": """
                Militia leader surrenders in Velmora

                The group's leader in Velmora province, Mawlawi Sadiq Barakzai, surrendered to government forces with 40 fighters on 9 September 2021, officials said.

                """,
            "corpus.yaml": """
                title: Invented hills
                sources:
                  - file: 000_aa11.txt
                    outlet: Hill Ledger
                    published: 2021-05-05
                  - file: 001_bb22.txt
                    outlet: Valley Wire
                    published: 2021-09-10

                """,
        ]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-leaders-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let corpus = try! CorpusReader.standard().read(dir.path)
        try? FileManager.default.removeItem(at: dir)
        return Timeline.build(from: corpus)
    }()

    static func state(_ t: Timeline = timeline, width: Int = 80, height: Int = 24, ascii: Bool = false) -> BrowserState {
        BrowserState(timeline: t, settings: BrowserSettings(color: false, ascii: ascii, mouse: true), width: width, height: height)
    }

    @Test func theModelGivesOneChainOfTwo() {
        #expect(Self.timeline.chains.count == 1)
        #expect(Self.timeline.chains.first?.holders.map(\.name) == ["Mullah Karim Dawari", "Mawlawi Sadiq Barakzai"])
    }

    @Test func ladderAt80x24() {
        let s = F.press(Self.state(), F.chars("l"))
        let expected = """
             Leadership (1 chain, 2 holders)                                 Invented hills
             leader
             ├ ✝ Mullah Karim Dawari (Dawari)       until 2021-05-03             killed
             │   ↳ 2021-05-03  Airstrike in Velmora: Mullah Karim Dawari killed
             └ ⚐ Mawlawi Sadiq Barakzai             2021-05 ~ – 2021-09-09       surrendered
                 ↳ 2021-09-09  Surrender in Velmora: Mawlawi Sadiq Barakzai surrendered

















             Leadership                                                         1/2  ? help
            """
        #expect(Screen.render(s).text() == expected)
    }

    @Test func ladderAt80x24Ascii() {
        let s = F.press(Self.state(ascii: true), F.chars("lj"))
        let lines = Screen.render(s).text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == " + x Mullah Karim Dawari (Dawari)       until 2021-05-03             killed")
        #expect(lines[3] == " |   -> 2021-05-03  Airstrike in Velmora: Mullah Karim Dawari killed")
        #expect(lines[4] == " ` ^ Mawlawi Sadiq Barakzai             2021-05 ~ - 2021-09-09       surrendered")
        #expect(lines[23].hasSuffix(" 2/2  ? help"))
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    }

    @Test func marksAreOneColumn() {
        for exit in [TenureExit.killed, .captured, .surrendered, .replaced, .unknown] {
            for ascii in [false, true] {
                let m = LeadershipPane.mark(exit, ascii)
                #expect(DisplayWidth.of(m) == 1 && m.count == 1)
                if ascii { #expect(m.unicodeScalars.allSatisfy { $0.isASCII }) }
            }
        }
        for ascii in [false, true] {
            #expect(DisplayWidth.of(LeadershipPane.connector(last: true, ascii)) == 1)
            #expect(DisplayWidth.of(LeadershipPane.connector(last: false, ascii)) == 1)
        }
    }

    /// Movement skips headings and exit lines: j goes holder to holder, in and across chains.
    @Test func movementStaysOnHolders() {
        var s = F.press(Self.state(), F.chars("l"))
        #expect((s.top as? LeadershipPane)?.selectedTenure?.name == "Mullah Karim Dawari")
        s = F.press(s, F.chars("j"))
        #expect((s.top as? LeadershipPane)?.selectedTenure?.name == "Mawlawi Sadiq Barakzai")
        s = F.press(s, F.chars("j"))
        #expect((s.top as? LeadershipPane)?.selectedTenure?.name == "Mawlawi Sadiq Barakzai")
        s = F.press(s, F.chars("kk"))
        #expect((s.top as? LeadershipPane)?.selectedTenure?.name == "Mullah Karim Dawari")
        #expect(s.top.cursor.offset == 0)
    }

    @Test func enterSelectsTheExitEventInTheTimeline() throws {
        let s = F.press(Self.state(), F.chars("lj") + [.enter])
        let want = try #require(Self.timeline.chains.first?.holders[1].exitEvent)
        let t = try #require(s.top as? TimelinePane)
        #expect(t.selectedEvent?.id == want)
        #expect(s.stack.map(\.kind) == [.timeline, .detail])
        #expect((s.stack[1] as? DetailPane)?.event?.id == want)
        #expect(s.message == "Mawlawi Sadiq Barakzai: surrendered")
        // l reopens the ladder on the same holder; Esc from it returns to the timeline.
        let again = F.press(s, F.chars("l"))
        #expect(again.top.kind == .leadership)
        #expect((again.top as? LeadershipPane)?.selectedTenure?.name == "Mawlawi Sadiq Barakzai")
        #expect(F.press(again, [.escape]).top.kind == .timeline)
    }

    @Test func enterClearsAFilterThatHidesTheEvent() throws {
        var s = F.press(Self.state(), F.chars("f") + F.chars("kind:airstrike") + [.enter])
        #expect((s.top as? TimelinePane)?.eventCount == 1)
        s = F.press(s, F.chars("lj") + [.enter])
        let t = try #require(s.top as? TimelinePane)
        #expect(t.filter == nil)
        #expect(t.selectedEvent?.id == Self.timeline.chains[0].holders[1].exitEvent)
        #expect(s.message?.contains("filter cleared") == true)
    }

    @Test func aTenureWithoutAnExitEventSaysSo() {
        var t = Self.timeline
        var next = t.chains[0].holders[1]
        next.name = "Qari Latif Noorzad"
        next.exit = .unknown
        next.exitEvent = nil
        next.end = nil
        t.chains[0].holders.append(next)
        let s = F.press(Self.state(t), F.chars("ljj") + [.enter])
        #expect(s.top.kind == .leadership)
        #expect(s.message == "Qari Latif Noorzad: no event recorded for the end of this tenure")
        let text = Screen.render(s).text()
        #expect(text.contains("└ ? Qari Latif Noorzad"))
        #expect(text.contains("(no event recorded for the end of this tenure)"))
        #expect(text.contains("end unknown"))
    }

    /// A narrow column (the third one) moves the dates to the exit line.
    @Test func compactRows() {
        let pane = LeadershipPane(catalog: EventCatalog(timeline: Self.timeline), height: 10)
        let ctx = RenderContext(ascii: false, color: false)
        #expect(pane.row(2, width: 50, context: ctx).text == " │   until 2021-05-03  ↳ Airstrike in Velmora: Mu…")
        #expect(pane.row(3, width: 50, context: ctx).text == " └ ⚐ Mawlawi Sadiq Barakzai            surrendered")
        #expect(pane.row(4, width: 50, context: ctx).text == "     2021-05 ~ – 2021-09-09  ↳ Surrender in Velmo…")
    }

    /// From 160 columns the ladder is a third column; Enter moves the timeline beside it and
    /// keeps the focus; Esc closes only the ladder.
    @Test func thirdColumnWhenWide() throws {
        var s = F.press(Self.state(width: 170, height: 30), F.chars("l"))
        #expect(s.visible.count == 3)
        #expect(s.regions.panes.map(\.rect.width) == [67, 50, 51])
        s = F.press(s, F.chars("j") + [.enter])
        #expect(s.top.kind == .leadership)
        #expect((s.stack[0] as? TimelinePane)?.selectedEvent?.id == Self.timeline.chains[0].holders[1].exitEvent)
        #expect((s.stack[1] as? DetailPane)?.event?.id == Self.timeline.chains[0].holders[1].exitEvent)
        s = F.press(s, [.escape])
        #expect(s.stack.map(\.kind) == [.timeline, .detail] && s.focus == 0)
        // Focus on the timeline, then narrower than 160: the ladder goes full screen and takes the keys.
        var shrunk = F.press(Self.state(width: 170, height: 30), F.chars("l") + [.tab])
        #expect(shrunk.focus == 0)
        shrunk = Browser.handle(shrunk, .resize(width: 120, height: 30)).0
        #expect(shrunk.visible == [2] && shrunk.focus == 2)
        // Narrower than 160: the same pane is full screen.
        let narrow = F.press(Self.state(width: 159, height: 30), F.chars("l"))
        #expect(narrow.visible.count == 1)
    }
}
