import CNcurses

/// Paints a Canvas through the wide API, touching only the rows that differ from the last
/// frame (tig's per-line dirty bits, SwiftTUI's cell cache).
struct Painter {
    private var previous: Canvas?
    /// Rows painted by the last call, for tests and curiosity.
    private(set) var lastPaintedRows = 0
    /// Cells sent by the last call.
    private(set) var lastPaintedCells = 0
    /// The config's colours and attributes per area.
    var scheme = ColorScheme.standard

    /// Pair 0 is the terminal's and cannot be changed, so every role has its own from 1
    /// (`color normal` can then colour plain text too).
    static func pair(for role: ColorRole) -> Int16 { Int16(role.rawValue) + 1 }

    /// One pair per colour role, from the scheme. A colour the terminal lacks (color200 on
    /// an 8-colour terminal) makes init_pair fail: that area keeps its standard colours.
    static func initPairs(_ scheme: ColorScheme) {
        for role in ColorRole.allCases {
            let want = scheme.colors(role)
            if init_pair(pair(for: role), want.foreground.curses, want.background.curses) == ERR {
                let standard = ColorScheme.standard.colors(role)
                _ = init_pair(pair(for: role), standard.foreground.curses, standard.background.curses)
            }
        }
    }

    static func attributes(_ style: Style) -> attr_t {
        var a = cn_a_normal()
        if style.bold { a |= cn_a_bold() }
        if style.reverse { a |= cn_a_reverse() }
        if style.underline { a |= cn_a_underline() }
        if style.dim { a |= cn_a_dim() }
        return a
    }

    mutating func paint(_ canvas: Canvas, on window: UnsafeMutablePointer<WINDOW>, color: Bool, full: Bool) {
        let runs = CanvasDiff.runs(from: full ? nil : previous, to: canvas)
        // Nothing changed (an idle tick, a key with no effect): nothing to send.
        if runs.isEmpty && !full && previous != nil {
            lastPaintedRows = 0
            lastPaintedCells = 0
            return
        }
        if full || previous?.width != canvas.width || previous?.height != canvas.height { _ = werase(window) }
        var cc = cchar_t()
        // The last frame's style and its curses attributes: neighbouring cells mostly share one.
        var lastStyle: Style?
        var attrs = cn_a_normal()
        var pair: Int16 = 0
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { wide in
            for run in runs {
                let row = canvas.rows[run.y]
                for x in run.x..<run.end {
                    let cell = row[x]
                    if cell.isContinuation { continue }
                    // ncurses fills the bottom-right cell by writing its neighbour to the left and
                    // inserting; a one-column window has no neighbour and the trick leaves garbage.
                    if canvas.width == 1 && run.y == canvas.height - 1 { continue }
                    var n = 0
                    if let b = cell.glyph.singleByte {
                        wide[0] = wchar_t(b)
                        n = 1
                    } else {
                        for u in cell.grapheme.unicodeScalars.prefix(5) {
                            wide[n] = wchar_t(bitPattern: u.value)
                            n += 1
                        }
                    }
                    wide[n] = 0
                    if cell.style != lastStyle {
                        lastStyle = cell.style
                        // The config's attributes apply with or without colour.
                        attrs = Painter.attributes(scheme.restyle(cell.style))
                        pair = color ? Painter.pair(for: cell.style.role) : 0
                    }
                    _ = setcchar(&cc, wide.baseAddress!, attrs, pair, nil)
                    // At the bottom-right cell this returns ERR (the cursor cannot advance) but draws.
                    _ = mvwadd_wch(window, Int32(run.y), Int32(x), &cc)
                }
            }
        }
        lastPaintedRows = Set(runs.map(\.y)).count
        lastPaintedCells = runs.reduce(0) { $0 + $1.count }
        previous = canvas
        _ = wnoutrefresh(window)
        _ = doupdate()
    }
}
