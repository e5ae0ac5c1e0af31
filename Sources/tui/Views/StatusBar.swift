/// The last row: the pane name or the search prompt or a message on the left; match count,
/// position and a help hint on the right.
enum StatusBar {
    static func render(_ s: BrowserState, width: Int) -> StyledLine {
        let pane = s.top
        var left: String
        if let draft = s.search.draft {
            let mark = s.search.prompt == .filter ? "filter: " : "/"
            left = " " + mark + TerminalText.line(draft, ascii: s.context.ascii) + "_"
        } else {
            left = " " + pane.kind.label
            if let m = s.message { left += "  " + TerminalText.line(m, ascii: s.context.ascii) }
            else if !s.pendingKeys.isEmpty { left += "  " + s.pendingKeys.map { $0.label(ascii: s.context.ascii) }.joined() }
        }
        var right: [String] = []
        if let n = s.search.matchCount, !s.search.active.isEmpty {
            right.append(n == 1 ? "1 match" : "\(n) matches")
        }
        if let t = s.focusedTimeline, let f = (s.stack[t] as? TimelinePane)?.filterSummary { right.append(f) }
        right.append(pane.position)
        right.append("? help ")
        let rightText = right.joined(separator: "  ")
        let room = max(0, width - DisplayWidth.of(rightText) - 1)
        let l = DisplayWidth.pad(left, room, ascii: s.context.ascii)
        return StyledLine(l + " " + rightText, .status)
    }
}
