/// Selection and scrolling of a list shown `height` rows at a time: pure movement math
/// (newsboat's ListMovementControl, htop's Panel_onKey), tested on its own.
///
/// In `.select` mode a row is selected and the view follows it, keeping `scrolloff` rows of
/// context; in `.scroll` mode (a pager such as the reader) there is no selection and
/// `selected` always equals `offset`, the first visible row.
struct ListCursor: Hashable, Sendable {
    enum Mode: Hashable, Sendable { case select, scroll }

    private(set) var count: Int
    private(set) var selected: Int = 0
    private(set) var offset: Int = 0
    private(set) var height: Int
    var scrolloff: Int
    let mode: Mode

    init(count: Int, height: Int, scrolloff: Int = 0, mode: Mode = .select) {
        self.count = max(0, count)
        self.height = max(1, height)
        self.scrolloff = max(0, scrolloff)
        self.mode = mode
        fix()
    }

    var isEmpty: Bool { count == 0 }
    /// The rows on screen.
    var visible: Range<Int> { offset..<min(count, offset + height) }
    var lastOffset: Int { max(0, count - height) }

    mutating func down(_ n: Int = 1) { move(n) }
    mutating func up(_ n: Int = 1) { move(-n) }

    mutating func pageDown() { page(height) }
    mutating func pageUp() { page(-height) }
    mutating func halfPageDown() { page(max(1, height / 2)) }
    mutating func halfPageUp() { page(-max(1, height / 2)) }

    mutating func top() {
        selected = 0
        offset = 0
        fix()
    }

    mutating func bottom() {
        selected = max(0, count - 1)
        offset = lastOffset
        fix()
    }

    /// Selects row `i` (in scroll mode: shows it first).
    mutating func select(_ i: Int) {
        if mode == .scroll { offset = i } else { selected = i }
        fix()
    }

    /// Scrolls the view (mouse wheel) by `n` rows; a selection that would leave the screen
    /// is dragged along.
    mutating func scroll(_ n: Int) {
        offset = min(max(0, offset + n), lastOffset)
        if mode == .select {
            let so = effectiveScrolloff
            let lo = offset == 0 ? 0 : offset + so
            let hi = offset >= lastOffset ? count - 1 : offset + height - 1 - so
            selected = min(max(selected, lo), max(lo, hi))
            // Keep the offset just set; only clamp.
            selected = min(max(0, selected), max(0, count - 1))
            return
        }
        fix()
    }

    mutating func resize(height: Int) {
        self.height = max(1, height)
        fix()
    }

    /// The list grew or shrank (filter, reload): keep the selection where it still exists.
    mutating func setCount(_ n: Int) {
        count = max(0, n)
        fix()
    }

    private var effectiveScrolloff: Int { min(scrolloff, (height - 1) / 2) }

    private mutating func move(_ n: Int) {
        if mode == .scroll { offset += n } else { selected += n }
        fix()
    }

    /// Pages move the view and the selection together, like less and vim.
    private mutating func page(_ n: Int) {
        if mode == .scroll {
            offset += n
        } else {
            if n > 0 && offset >= lastOffset {
                selected = count - 1
            } else if n < 0 && offset == 0 {
                selected = 0
            } else {
                offset = min(max(0, offset + n), lastOffset)
                selected += n
            }
        }
        fix()
    }

    /// Restores the invariants: selected in range, selected visible with scrolloff, offset in range.
    private mutating func fix() {
        guard count > 0 else {
            selected = 0
            offset = 0
            return
        }
        if mode == .scroll {
            offset = min(max(0, offset), lastOffset)
            selected = offset
            return
        }
        selected = min(max(0, selected), count - 1)
        let so = effectiveScrolloff
        if selected < offset + so { offset = selected - so }
        if selected > offset + height - 1 - so { offset = selected - height + 1 + so }
        offset = min(max(0, offset), lastOffset)
    }
}
