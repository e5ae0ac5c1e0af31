/// Renders the whole state into a Canvas: the pure "draw" half of the loop.
enum Screen {
    static func render(_ s: BrowserState) -> Canvas {
        var canvas = Canvas(width: s.width, height: s.height)
        let ctx = s.context
        switch Layout.compute(width: s.width, height: s.height, ascii: ctx.ascii) {
        case .tooSmall(let message):
            var y = 0
            for line in Wrap.lines(message, width: max(1, s.width)) {
                canvas.put(line, x: 0, y: y, style: .bold)
                y += 1
            }
        case .browser(let titleRow, let body, let statusRow):
            titleBar(&canvas, s, row: titleRow)
            paneBody(&canvas, s, rows: body)
            canvas.fill(y: statusRow, style: .status)
            canvas.put(StatusBar.render(s, width: s.width), x: 0, y: statusRow, maxWidth: s.width)
        }
        return canvas
    }

    private static func titleBar(_ canvas: inout Canvas, _ s: BrowserState, row: Int) {
        let a = s.context.ascii
        canvas.fill(y: row, style: .bar)
        let right = TerminalText.line(s.corpus.title ?? s.corpus.name, ascii: a)
        let rightWidth = min(DisplayWidth.of(right), s.width / 3)
        let leftRoom = s.width - rightWidth - 3
        let left = " " + DisplayWidth.fit(TerminalText.line(s.top.title, ascii: a), leftRoom - 1, ascii: a)
        canvas.put(left, x: 0, y: row, style: .bar, maxWidth: leftRoom)
        canvas.put(DisplayWidth.fit(right, rightWidth, ascii: a), x: s.width - rightWidth - 1, y: row, style: .bar)
    }

    /// Asks the pane only for the visible rows.
    private static func paneBody(_ canvas: inout Canvas, _ s: BrowserState, rows: Range<Int>) {
        let pane = s.top
        let ctx = s.context
        let matcher = SearchMatcher(s.search.active)
        let c = pane.cursor
        for (y, i) in zip(rows, c.offset..<(c.offset + rows.count)) where i < pane.rowCount {
            var line = pane.row(i, width: s.width, context: ctx)
            if let matcher { line = line.highlighting(matcher.ranges(in: line.text), with: .match) }
            if c.mode == .select && i == c.selected {
                canvas.fill(y: y, style: .selected)
                canvas.put(line, x: 0, y: y, maxWidth: s.width, base: .selected)
            } else {
                canvas.put(line, x: 0, y: y, maxWidth: s.width)
            }
        }
        if pane.rowCount == 0, let y = rows.first {
            canvas.put("  (nothing to show)", x: 0, y: y, style: .dimmed)
        }
    }
}
