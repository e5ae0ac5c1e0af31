/// One screen cell: a grapheme (empty for the right half of a wide character) and its style.
struct Cell: Hashable, Sendable {
    var glyph: Glyph
    var style: Style

    init(grapheme: String, style: Style) {
        glyph = Glyph(grapheme)
        self.style = style
    }

    init(glyph: Glyph, style: Style) {
        self.glyph = glyph
        self.style = style
    }

    var grapheme: String {
        get { glyph.string }
        set { glyph = Glyph(newValue) }
    }

    /// True for the cell covered by the wide character to its left.
    var isContinuation: Bool { glyph.isEmpty }
    /// Takes two columns (its right half is the next cell's continuation).
    var isWide: Bool { glyph.isWide }

    static let blank = Cell(glyph: Glyph(ascii: 0x20), style: .plain)
}

/// A grid of cells the views draw into and the terminal paints; `text()` gives the screen
/// as plain text for tests.
struct Canvas: Hashable, Sendable {
    let width: Int
    let height: Int
    private(set) var rows: [[Cell]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        rows = Array(repeating: Array(repeating: .blank, count: self.width), count: self.height)
    }

    /// Draws `text` at (x, y), clipped at `x + maxWidth` (or the right edge); a wide character
    /// that does not fit becomes a space. Returns the column after the last one drawn.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        if DisplayWidth.isPlainASCII(text) { return putASCII(text, x: x, y: y, style: style, limit: limit) }
        var col = x
        // The row's cells in place: one uniqueness check per call, not two per cell.
        rows[y].withUnsafeMutableBufferPointer { cells in
            for k in Clusters(text) {
                if k.width == 0 {
                    // A lone zero-width cluster (combining mark) joins the previous cell.
                    if col > 0, col - 1 < cells.count, !cells[col - 1].isContinuation {
                        cells[col - 1].grapheme += text[k.range]
                    }
                    continue
                }
                if col + k.width > limit {
                    if col >= 0 && col < limit { Canvas.place(Cell(glyph: Glyph(ascii: 0x20), style: style), at: col, in: cells) }
                    col = limit
                    break
                }
                if col >= 0 {
                    let g = k.ascii.map(Glyph.init(ascii:)) ?? Glyph(text[k.range], width: k.width)
                    Canvas.place(Cell(glyph: g, style: style), at: col, in: cells)
                    if k.width == 2 { Canvas.place(Cell(glyph: .empty, style: style), at: col + 1, in: cells) }
                }
                col += k.width
            }
        }
        return col
    }

    /// `put` for printable ASCII, one cell per byte (most of what is drawn); clips the same way.
    private mutating func putASCII(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        var col = x
        var clipped = false
        rows[y].withUnsafeMutableBufferPointer { cells in
            for b in text.utf8 {
                if col + 1 > limit {
                    clipped = true
                    break
                }
                Canvas.place(Cell(glyph: Glyph(ascii: b), style: style), at: col, in: cells)
                col += 1
            }
        }
        return clipped ? limit : col
    }

    /// Draws a styled line at (x, y) within `maxWidth` columns; returns the next column.
    @discardableResult
    mutating func put(_ line: StyledLine, x: Int, y: Int, maxWidth: Int, base: Style = .plain) -> Int {
        var col = x
        for span in line.spans {
            let room = x + maxWidth - col
            if room <= 0 { break }
            col = put(span.text, x: col, y: y, style: base.merged(span.style), maxWidth: room)
        }
        return col
    }

    /// Fills columns x..<x+count of row y with spaces in `style`.
    mutating func fill(y: Int, x: Int = 0, count: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(width, x + (count ?? width))
        var i = max(0, x)
        rows[y].withUnsafeMutableBufferPointer { cells in
            while i < end {
                Canvas.place(Cell(glyph: Glyph(ascii: 0x20), style: style), at: i, in: cells)
                i += 1
            }
        }
    }

    /// Lays `style` over the existing cells of a row (selection bar).
    mutating func overlay(y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for i in 0..<width { rows[y][i].style = rows[y][i].style.merged(style) }
    }

    /// Puts `cell` at column x of a row's cells, keeping wide characters whole: overwriting
    /// half of one blanks the other half.
    private static func place(_ cell: Cell, at x: Int, in cells: UnsafeMutableBufferPointer<Cell>) {
        guard x >= 0, x < cells.count else { return }
        let old = cells[x]
        if old.isContinuation, x > 0 { cells[x - 1].glyph = Glyph(ascii: 0x20) }
        if old.isWide, x + 1 < cells.count, !cell.isContinuation { cells[x + 1].glyph = Glyph(ascii: 0x20) }
        cells[x] = cell
    }

    /// Rows that differ from `previous` (all of them when the size changed): what the
    /// painter has to send to the terminal.
    func changedRows(since previous: Canvas?) -> [Int] {
        guard let previous, previous.width == width, previous.height == height else { return Array(0..<height) }
        return (0..<height).filter { rows[$0] != previous.rows[$0] }
    }

    /// The text of row y (wide characters once, trailing spaces kept).
    func line(_ y: Int) -> String { rows[y].map(\.grapheme).joined() }

    /// The whole screen as text, trailing spaces trimmed per row (like `tmux capture-pane -p`).
    func text() -> String {
        (0..<height).map { y -> String in
            var s = line(y)
            while s.last == " " { s.removeLast() }
            return s
        }.joined(separator: "\n")
    }
}
