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
            panes(&canvas, s)
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

    /// Draws each visible pane in its region, and the dividers between them.
    private static func panes(_ canvas: inout Canvas, _ s: BrowserState) {
        let ctx = s.context
        let (panes, dividers) = s.regions
        for (index, rect) in panes {
            paneBody(&canvas, s, index: index, rect: rect)
        }
        for (d, (index, _)) in zip(dividers, panes.dropFirst()) {
            if d.width == 1 {
                for y in d.y..<(d.y + d.height) { canvas.put(ctx.ascii ? "|" : "│", x: d.x, y: y, style: .dimmed) }
            } else {
                // A stacked pane's title rides on the divider above it.
                let title = " " + TerminalText.line(s.stack[index].title, ascii: ctx.ascii) + " "
                let style: Style = index == s.focus ? .heading : .dimmed
                canvas.put(String(repeating: ctx.rule, count: 2), x: d.x, y: d.y, style: .dimmed)
                let end = canvas.put(DisplayWidth.fit(title, max(0, d.width - 4), ascii: ctx.ascii), x: d.x + 2, y: d.y, style: style)
                canvas.put(String(repeating: ctx.rule, count: max(0, d.x + d.width - end)), x: end, y: d.y, style: .dimmed)
            }
        }
    }

    /// Asks the pane only for the visible rows. The focused pane's selection is reversed,
    /// another pane's is underlined so it still shows which line it is on.
    private static func paneBody(_ canvas: inout Canvas, _ s: BrowserState, index: Int, rect: Rect) {
        let pane = s.stack[index]
        let ctx = s.context
        let focused = index == s.focus
        let matcher = focused ? SearchMatcher(s.search.active, ignoreCase: s.settings.ignoreCase) : nil
        let c = pane.cursor
        let rows = rect.y..<(rect.y + rect.height)
        for (y, i) in zip(rows, c.offset..<(c.offset + rows.count)) where i < pane.rowCount {
            var line = pane.row(i, width: rect.width, context: ctx)
            if let matcher { line = line.highlighting(matcher.ranges(in: line.text), with: .match) }
            if c.mode == .select && i == c.selected {
                let style: Style = focused ? .selected : Style(underline: true)
                canvas.fill(y: y, x: rect.x, count: rect.width, style: style)
                canvas.put(line, x: rect.x, y: y, maxWidth: rect.width, base: style)
            } else {
                canvas.put(line, x: rect.x, y: y, maxWidth: rect.width)
            }
        }
        if pane.rowCount == 0, let y = rows.first {
            let what = pane.kind == .detail ? "  (no event selected)" : "  (nothing to show)"
            canvas.put(what, x: rect.x, y: y, style: .dimmed, maxWidth: rect.width)
        }
    }
}
