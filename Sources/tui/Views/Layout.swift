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
