import Testing
import TimelineModel
@testable import tui

/// The diff the painter sends covers what changed and little more.
@Suite struct CanvasDiffTests {
    typealias Run = CanvasDiff.Run

    @Test func noChangeNoRuns() {
        var a = Canvas(width: 20, height: 3)
        a.put("hello", x: 2, y: 1)
        #expect(CanvasDiff.runs(from: a, to: a).isEmpty)
    }

    @Test func firstFrameAndResizePaintEverything() {
        let a = Canvas(width: 4, height: 2)
        #expect(CanvasDiff.runs(from: nil, to: a) == [Run(y: 0, x: 0, count: 4), Run(y: 1, x: 0, count: 4)])
        #expect(CanvasDiff.runs(from: Canvas(width: 5, height: 2), to: a).count == 2)
    }

    @Test func changesMakeRunsAndShortGapsAreBridged() {
        let a = Canvas(width: 30, height: 2)
        var b = a
        b.put("x", x: 2, y: 1)
        #expect(CanvasDiff.runs(from: a, to: b) == [Run(y: 1, x: 2, count: 1)])
        b.put("y", x: 2 + 1 + CanvasDiff.bridge, y: 1)  // a gap of `bridge` cells: one run
        #expect(CanvasDiff.runs(from: a, to: b) == [Run(y: 1, x: 2, count: 2 + CanvasDiff.bridge)])
        b.put("z", x: 20, y: 1)  // far off: a run of its own
        #expect(CanvasDiff.runs(from: a, to: b).count == 2)
        b.overlay(y: 0, style: .selected)
        #expect(CanvasDiff.runs(from: a, to: b).first == Run(y: 0, x: 0, count: 30))
    }

    @Test func aRunStartsOnTheLeftHalfOfAWideCharacter() {
        var a = Canvas(width: 10, height: 1)
        a.put("漢", x: 4, y: 0)
        var b = a
        b.put("漢", x: 4, y: 0, style: .bold)
        let runs = CanvasDiff.runs(from: a, to: b)
        #expect(runs == [Run(y: 0, x: 4, count: 2)])
    }

    /// Every changed cell is in a run, and what the runs leave out is unchanged.
    @Test func runsCoverExactlyTheChangedCells() {
        let s = Fixtures.eventState(width: 200, height: 60)
        let before = Screen.render(s)
        let after = Screen.render(Fixtures.press(s, [.char("j")]))
        let runs = CanvasDiff.runs(from: before, to: after)
        var covered = Set<[Int]>()
        for r in runs { for x in r.x..<r.end { covered.insert([r.y, x]) } }
        for y in 0..<after.height {
            for x in 0..<after.width where before.rows[y][x] != after.rows[y][x] { #expect(covered.contains([y, x])) }
        }
        #expect(covered.count < after.width * after.height / 10)
    }

    /// Side by side: in the timeline's columns only the old and the new selected rows change;
    /// the rest of the screen that changes is the detail (a new event) and the status line.
    @Test func movingTheSelectionRepaintsTwoListRowsTheDetailAndTheStatus() {
        let s = Fixtures.press(Fixtures.eventState(width: 200, height: 60), [])
        let listWidth = s.regions.panes[0].rect.width
        let before = Screen.render(s)
        let after = Screen.render(Fixtures.press(s, [.char("j")]))
        let runs = CanvasDiff.runs(from: before, to: after)
        let listRows = Set(runs.filter { $0.x < listWidth }.map(\.y)).subtracting([after.height - 1])
        #expect(listRows == [2, 4])  // 2020's only event, then 2021's first (under its year heading)
        #expect(runs.contains { $0.y == after.height - 1 })
        #expect(!runs.contains { $0.y == 0 })  // the title bar stays
        #expect(runs.contains { $0.x > listWidth })  // the detail shows the new event
    }
}
