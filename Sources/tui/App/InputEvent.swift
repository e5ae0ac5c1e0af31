/// A key as the browser sees it, independent of ncurses key codes.
enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, stored lowercase: ^D is `.ctrl("d")`.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// How the help screen and `timeline keys` write the key.
    func label(ascii: Bool = false) -> String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + c.uppercased()
        case .up: return ascii ? "Up" : "↑"
        case .down: return ascii ? "Down" : "↓"
        case .left: return ascii ? "Left" : "←"
        case .right: return ascii ? "Right" : "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "BS"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        }
    }
}

/// A mouse report, in screen cells.
enum MouseEvent: Hashable, Sendable {
    case wheelUp, wheelDown
    case click(x: Int, y: Int)
}

/// Everything the loop can receive; the terminal layer produces these, the reducer consumes them.
enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// No input within the poll interval: completes a pending key prefix such as `g`.
    case idle
}
