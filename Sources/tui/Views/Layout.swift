/// Where things go on a screen of a given size.
enum Layout: Hashable, Sendable {
    /// Title bar on row 0, the pane's body, the status line on the last row.
    case browser(title: Int, body: Range<Int>, status: Int)
    /// Below the minimum: only a message saying how much room is needed.
    case tooSmall(message: String)

    static func compute(width: Int, height: Int, ascii: Bool) -> Layout {
        if width < BrowserState.minWidth || height < BrowserState.minHeight {
            let x = ascii ? "x" : "×"
            return .tooSmall(message: "timeline needs at least \(BrowserState.minWidth)\(x)\(BrowserState.minHeight) (now \(width)\(x)\(height))")
        }
        return .browser(title: 0, body: 1..<(height - 1), status: height - 1)
    }
}

extension Layout {
    /// Width from which panes shown together sit side by side rather than stacked.
    static let sideBySideWidth = 120
    /// Width from which the leadership pane opens as a third column rather than full screen.
    static let thirdColumnWidth = 160

    /// Splits `body` among `count` panes shown together (a timeline and its detail; a
    /// leadership column): side by side from 120 columns with a one-column divider
    /// between, else stacked with a divider row between (which carries the lower pane's title).
    static func split(_ body: Rect, count: Int) -> (panes: [Rect], dividers: [Rect]) {
        guard count > 1 else { return ([body], []) }
        var panes: [Rect] = []
        var dividers: [Rect] = []
        if body.width >= sideBySideWidth {
            let room = body.width - (count - 1)
            // The list gets the larger share; further columns split the rest evenly.
            let first = count == 2 ? room * 11 / 20 : room * 2 / 5
            var x = body.x
            for i in 0..<count {
                let w = i == 0 ? first : (i == count - 1 ? body.x + body.width - x : (room - first) / (count - 1))
                panes.append(Rect(x: x, y: body.y, width: w, height: body.height))
                x += w
                if i < count - 1 {
                    dividers.append(Rect(x: x, y: body.y, width: 1, height: body.height))
                    x += 1
                }
            }
        } else {
            let room = body.height - (count - 1)
            let first = max(1, room / 2)
            var y = body.y
            for i in 0..<count {
                let h = i == 0 ? first : (i == count - 1 ? body.y + body.height - y : max(1, (room - first) / (count - 1)))
                panes.append(Rect(x: body.x, y: y, width: body.width, height: max(1, h)))
                y += h
                if i < count - 1 {
                    dividers.append(Rect(x: body.x, y: y, width: body.width, height: 1))
                    y += 1
                }
            }
        }
        return (panes, dividers)
    }
}
