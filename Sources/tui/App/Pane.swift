import TimelineModel

/// The panes of the browser.
enum PaneKind: String, CaseIterable, Hashable, Sendable {
    case timeline, detail, leadership, reader, sources, help

    var label: String {
        switch self {
        case .timeline: return "Timeline"
        case .detail: return "Detail"
        case .leadership: return "Leadership"
        case .reader: return "Reader"
        case .sources: return "Sources"
        case .help: return "Help"
        }
    }
}

/// How the views should draw: decided once by the terminal layer, passed into pure code.
struct RenderContext: Hashable, Sendable {
    /// Non-UTF-8 locale: ASCII lines, marks and text.
    var ascii = false
    var color = true
    /// How dates are written (the config's `date-format`).
    var dateFormat: DateFormat = .iso

    var separator: String { ascii ? "-" : "·" }
    var rule: String { ascii ? "-" : "─" }
    var marker: String { ascii ? ">" : "▶" }
}

/// What a pane asks the browser to do after handling an action.
enum PaneOutcome {
    /// Not this pane's business: the browser reports it as unavailable.
    case ignored
    case handled
    case message(String)
    case push(any Pane)
    /// Replace this pane, and move the parent's cursor to `parentSelection` (tig's
    /// "next/previous in a child view moves the parent and re-opens the child").
    case replace(any Pane, parentSelection: Int?)
}

/// A rectangle of the screen, in cells.
struct Rect: Hashable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}

/// A pane is data plus this small protocol (tig's view_ops): the browser does movement,
/// search, drawing and the stack; the pane gives rows on demand and handles its own actions.
///
/// Rows are asked for one at a time and only for the visible range, so a pane over a
/// million events costs the same to draw as one over ten.
protocol Pane {
    var kind: PaneKind { get }
    /// The title bar text.
    var title: String { get }
    var cursor: ListCursor { get set }
    var rowCount: Int { get }
    /// Row `i`, sanitized and fitted to `width` columns.
    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine
    /// The text search looks at for row `i`.
    func searchText(_ i: Int, context: RenderContext) -> String
    /// Every row holding a match, when the pane can find them faster than row by row.
    func searchHits(_ matcher: SearchMatcher, context: RenderContext) -> SearchHits?
    /// The size of the pane's body changed (a pager re-wraps here).
    mutating func layout(width: Int, height: Int, context: RenderContext)
    /// Pane-specific actions (open, next article...); movement and search are generic.
    func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome
    /// Called after a move: a list with rows that cannot be selected (year headings) moves on.
    mutating func settle(forward: Bool)
    /// Where the cursor is, for the status line ("3/12").
    var position: String { get }
}

extension Pane {
    func searchText(_ i: Int, context: RenderContext) -> String { row(i, width: 1 << 20, context: context).text }
    func searchHits(_ matcher: SearchMatcher, context: RenderContext) -> SearchHits? { nil }

    mutating func layout(width: Int, height: Int, context: RenderContext) {
        cursor.resize(height: height)
    }

    mutating func settle(forward: Bool) {}

    var position: String { cursor.isEmpty ? "0/0" : "\(cursor.selected + 1)/\(cursor.count)" }
}

/// The rows holding a search's matches, in order, and how many matches there are.
struct SearchHits: Hashable, Sendable {
    var rows: [Int]
    var occurrences: Int
}
