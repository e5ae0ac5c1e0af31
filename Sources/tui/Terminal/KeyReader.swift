import CNcurses

/// Reads one input from ncurses and translates it into the browser's InputEvent.
enum KeyReader {
    /// nil when nothing arrived within the window's timeout.
    static func read(_ window: UnsafeMutablePointer<WINDOW>) -> InputEvent? {
        var wc: wint_t = 0
        let r = wget_wch(window, &wc)
        if r == ERR { return nil }
        if r == KEY_CODE_YES { return special(Int32(bitPattern: wc), window) }
        return character(wc)
    }

    private static func special(_ code: Int32, _ window: UnsafeMutablePointer<WINDOW>) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        case KEY_MOUSE: return mouse()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        default:
            for n in 1...12 where code == cn_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    private static func character(_ wc: wint_t) -> InputEvent? {
        switch wc {
        case 0x0A, 0x0D: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x1B: return .key(.escape)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x01...0x1A: return .key(.ctrl(Character(UnicodeScalar(UInt8(wc) + 0x60))))
        default:
            guard let u = UnicodeScalar(wc) else { return nil }
            return .key(.char(Character(u)))
        }
    }

    private static func mouse() -> InputEvent? {
        var ev = MEVENT()
        guard getmouse(&ev) == OK else { return nil }
        let b = ev.bstate
        if b & cn_button4_pressed() != 0 { return .mouse(.wheelUp) }
        if cn_button5_pressed() != 0 && b & cn_button5_pressed() != 0 { return .mouse(.wheelDown) }
        if b & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
            return .mouse(.click(x: Int(ev.x), y: Int(ev.y)))
        }
        return nil
    }
}
