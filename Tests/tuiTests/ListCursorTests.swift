import Testing
@testable import tui

@Suite struct ListCursorTests {
    @Test func emptyListStaysAtZero() {
        var c = ListCursor(count: 0, height: 10)
        c.down(); c.pageDown(); c.bottom(); c.halfPageUp(); c.scroll(3)
        #expect(c.selected == 0 && c.offset == 0 && c.isEmpty)
        #expect(c.visible.isEmpty)
    }

    @Test func moveClampsAtBothEnds() {
        var c = ListCursor(count: 5, height: 10)
        c.up()
        #expect(c.selected == 0)
        c.down(3)
        #expect(c.selected == 3)
        c.down(10)
        #expect(c.selected == 4 && c.offset == 0)
    }

    @Test func viewFollowsSelectionWithScrolloff() {
        var c = ListCursor(count: 100, height: 10, scrolloff: 2)
        c.down(7)
        #expect(c.selected == 7 && c.offset == 0)
        c.down()
        #expect(c.selected == 8 && c.offset == 1)
        c.up(6)
        #expect(c.selected == 2 && c.offset == 0)
        c.select(50)
        #expect(c.offset == 43)
        c.up(6)  // 44: two rows of context above means offset 42
        #expect(c.selected == 44 && c.offset == 42)
    }

    @Test func scrolloffIsCappedByHalfTheHeight() {
        var c = ListCursor(count: 100, height: 4, scrolloff: 10)
        c.down(5)
        // Effective scrolloff (4-1)/2 = 1: selected is the third of four rows.
        #expect(c.selected == 5 && c.offset == 3)
    }

    @Test func pagesMoveViewAndSelectionTogether() {
        var c = ListCursor(count: 100, height: 10)
        c.pageDown()
        #expect(c.selected == 10 && c.offset == 10)
        c.down(3)
        c.pageDown()
        #expect(c.selected == 23 && c.offset == 20)
        c.pageUp()
        #expect(c.selected == 13 && c.offset == 10)
        c.pageUp()
        #expect(c.selected == 3 && c.offset == 0)
        c.pageUp()
        #expect(c.selected == 0 && c.offset == 0)
    }

    @Test func pageDownAtTheEndSelectsTheLastRow() {
        var c = ListCursor(count: 25, height: 10)
        c.pageDown()
        c.pageDown()
        #expect(c.offset == 15)
        #expect(c.selected == 20)
        c.pageDown()
        #expect(c.selected == 24 && c.offset == 15)
    }

    @Test func halfPages() {
        var c = ListCursor(count: 100, height: 10)
        c.halfPageDown()
        #expect(c.selected == 5 && c.offset == 5)
        c.halfPageDown()
        #expect(c.selected == 10 && c.offset == 10)
        c.halfPageUp()
        #expect(c.selected == 5 && c.offset == 5)
        var odd = ListCursor(count: 100, height: 1)
        odd.halfPageDown()
        #expect(odd.selected == 1)
    }

    @Test func topAndBottom() {
        var c = ListCursor(count: 100, height: 10)
        c.bottom()
        #expect(c.selected == 99 && c.offset == 90)
        c.top()
        #expect(c.selected == 0 && c.offset == 0)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var c = ListCursor(count: 100, height: 20)
        c.select(50)
        #expect(c.offset == 31)
        c.resize(height: 5)
        #expect(c.selected == 50 && c.visible.contains(50))
        c.resize(height: 200)
        #expect(c.offset == 0 && c.selected == 50)
        c.resize(height: 0)
        #expect(c.height == 1 && c.offset == 50)
    }

    @Test func shrinkingTheListClampsTheSelection() {
        var c = ListCursor(count: 100, height: 10)
        c.select(80)
        c.setCount(20)
        #expect(c.selected == 19 && c.offset == 10)
        c.setCount(0)
        #expect(c.selected == 0 && c.offset == 0)
    }

    @Test func scrollModeHasNoSelection() {
        var c = ListCursor(count: 30, height: 10, mode: .scroll)
        c.down()
        #expect(c.offset == 1 && c.selected == 1)
        c.pageDown()
        #expect(c.offset == 11)
        c.pageDown()
        #expect(c.offset == 20)
        c.bottom()
        #expect(c.offset == 20 && c.selected == 20)
        c.select(3)
        #expect(c.offset == 3)
        var short = ListCursor(count: 4, height: 10, mode: .scroll)
        short.down(2)
        #expect(short.offset == 0)
    }

    @Test func wheelScrollDragsTheSelectionAlong() {
        var c = ListCursor(count: 100, height: 10, scrolloff: 1)
        c.scroll(3)
        #expect(c.offset == 3 && c.selected == 4)
        c.select(12)
        #expect(c.offset == 4)
        c.scroll(-3)
        #expect(c.offset == 1 && c.selected == 9)
        c.scroll(1000)
        #expect(c.offset == 90 && c.selected >= 91)
        c.scroll(-1000)
        #expect(c.offset == 0 && c.selected <= 8)
    }
}
