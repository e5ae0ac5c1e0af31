import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// Why the browser cannot start; the message is one line for stderr.
struct TerminalError: Error, CustomStringConvertible {
    let reason: String
    var description: String {
        "timeline: no terminal to draw on (\(reason)); try 'timeline events' for plain output"
    }
}

/// The terminal while the browser runs: setup, size, painting, input, teardown.
/// The only type (with Painter and KeyReader) that calls ncurses.
final class TerminalSession {
    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// Colour turned on (allowed by the user and supported by the terminal).
    let color: Bool
    /// The locale can show UTF-8; otherwise views use ASCII.
    let unicode: Bool
    let mouse: Bool
    private var painter = Painter()
    private var ended = false

    /// Checks that there is a terminal we can draw on, without touching it.
    static func preflight(environment: [String: String]) throws {
        if isatty(1) == 0 { throw TerminalError(reason: "stdout is not a tty") }
        if isatty(0) == 0 { throw TerminalError(reason: "stdin is not a tty") }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError(reason: "TERM is not set")
        }
        var err: Int32 = 0
        // setupterm is silent (initscr would print and exit): -1 for an unknown type.
        if setupterm(nil, 1, &err) != OK {
            throw TerminalError(reason: "TERM=\(term) is not a known terminal type")
        }
        defer { cn_release_setupterm() }
        if cn_has_cup() == 0 {
            throw TerminalError(reason: "TERM=\(term) cannot move the cursor")
        }
    }

    /// Takes over the terminal. Call `end()` on every way out.
    init(environment: [String: String], allowColor: Bool, mouse: Bool, scheme: ColorScheme = .standard) throws {
        Signals.install()
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw TerminalError(reason: "TERM=\(environment["TERM"] ?? "") is not a known terminal type")
        }
        self.screen = screen
        _ = set_term(screen)
        window = cn_stdscr()
        unicode = cn_utf8_locale() != 0
        // Esc means "back": do not make it wait a second to be told apart from a sequence.
        if environment["ESCDELAY"] == nil { _ = set_escdelay(25) }
        _ = cbreak()
        _ = noecho()
        _ = keypad(window, true)
        _ = curs_set(0)
        // Poll so signals and pending key prefixes are looked at ten times a second.
        wtimeout(window, 100)
        if allowColor && has_colors() {
            _ = start_color()
            _ = use_default_colors()
            Painter.initPairs(scheme)
            color = true
        } else {
            color = false
        }
        if mouse {
            _ = mousemask(cn_mouse_buttons(), nil)
            _ = mouseinterval(0)
        }
        self.mouse = mouse
        painter.scheme = scheme
    }

    deinit { end() }

    var width: Int { Int(getmaxx(window)) }
    var height: Int { Int(getmaxy(window)) }

    func paint(_ canvas: Canvas, full: Bool = false) {
        if full { cn_redraw_all() }
        painter.paint(canvas, on: window, color: color, full: full)
    }

    func readEvent() -> InputEvent? { KeyReader.read(window) }

    /// False once the terminal is gone (hung up, its window closed) even when no SIGHUP came
    /// (blocked, or sent to another process group): every read then fails at once, and a
    /// loop that took that for "no key yet" would spin at full CPU.
    var isConnected: Bool { isatty(0) == 1 }

    /// Gives the terminal back; safe to call more than once.
    func end() {
        guard !ended else { return }
        ended = true
        if mouse { _ = mousemask(0, nil) }
        let alternate = cn_has_alternate_screen() != 0
        _ = endwin()
        if !alternate { cn_clear_screen_after_endwin() }
        delscreen(screen)
    }
}
