/// Every action of the browser. `Action.table` is the one place that says what each one is
/// called, what it does and which keys run it where; the key map, the help pane and
/// `timeline keys` are all derived from it.
enum Action: String, CaseIterable, Sendable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case top = "move-top"
    case bottom = "move-bottom"
    case open = "open"
    case back = "back"
    case close = "close"
    case quit = "quit"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case search = "search"
    case searchNext = "search-next"
    case searchPrevious = "search-previous"
    case filter = "filter"
    case nextSource = "next-source"
    case previousSource = "previous-source"
    case nextArticle = "next-article"
    case previousArticle = "previous-article"
    case eventsOfArticle = "article-events"
    case timeline = "timeline"
    case leadership = "leadership"
    case sources = "sources"
    case help = "help"
    case redraw = "redraw"

    var name: String { rawValue }
    var info: ActionInfo { Action.table[self]! }
}

enum ActionGroup: String, CaseIterable, Sendable {
    case movement = "Moving"
    case panes = "Panes"
    case search = "Searching"
    case evidence = "Sources and articles"
    case other = "Other"
}

/// Where an action applies; `nil` panes means every pane (the generic key map).
struct ActionInfo: Sendable {
    var group: ActionGroup
    var help: String
    var keys: [[Key]]
    var panes: Set<PaneKind>?
}

extension Action {
    private static let lists: Set<PaneKind> = [.timeline, .leadership, .sources]

    /// The action table (tig's REQ_INFO, newsboat's opdescs).
    static let table: [Action: ActionInfo] = {
        func k(_ s: String) -> [Key] { s.map { Key.char($0) } }
        return [
            .moveDown: ActionInfo(group: .movement, help: "Move down one line", keys: [k("j"), [.down]], panes: nil),
            .moveUp: ActionInfo(group: .movement, help: "Move up one line", keys: [k("k"), [.up]], panes: nil),
            .pageDown: ActionInfo(group: .movement, help: "Move down one page",
                                  keys: [[.pageDown], [.char(" ")], [.ctrl("f")]], panes: nil),
            .pageUp: ActionInfo(group: .movement, help: "Move up one page", keys: [[.pageUp], k("b"), [.ctrl("b")]], panes: nil),
            .halfPageDown: ActionInfo(group: .movement, help: "Move down half a page", keys: [[.ctrl("d")]], panes: nil),
            .halfPageUp: ActionInfo(group: .movement, help: "Move up half a page", keys: [[.ctrl("u")]], panes: nil),
            .top: ActionInfo(group: .movement, help: "Go to the first line", keys: [k("gg"), k("g"), [.home]], panes: nil),
            .bottom: ActionInfo(group: .movement, help: "Go to the last line", keys: [k("G"), [.end]], panes: nil),
            .open: ActionInfo(group: .panes, help: "Open the selected line", keys: [[.enter]],
                              panes: lists.union([.detail])),
            .back: ActionInfo(group: .panes, help: "Close this pane, back to the previous one", keys: [[.escape], [.backspace]], panes: nil),
            .close: ActionInfo(group: .panes, help: "Close this pane; quit on the top level", keys: [k("q")], panes: nil),
            .quit: ActionInfo(group: .panes, help: "Quit at once", keys: [k("Q")], panes: nil),
            .nextPane: ActionInfo(group: .panes, help: "Move the focus to the next pane on screen", keys: [[.tab]], panes: nil),
            .previousPane: ActionInfo(group: .panes, help: "Move the focus to the previous pane on screen", keys: [[.backTab]], panes: nil),
            .search: ActionInfo(group: .search, help: "Search (smart case: a capital makes it exact)", keys: [k("/")], panes: nil),
            .searchNext: ActionInfo(group: .search, help: "Next match, wrapping (reader: next evidence)", keys: [k("n")], panes: nil),
            .searchPrevious: ActionInfo(group: .search, help: "Previous match, wrapping (reader: previous evidence)", keys: [k("N")], panes: nil),
            .filter: ActionInfo(group: .search, help: "Filter: kind: place: person: source: from: to: or words", keys: [k("f")],
                                panes: lists.union([.detail])),
            .nextSource: ActionInfo(group: .evidence, help: "Next source of this event", keys: [k("]")],
                                    panes: [.detail, .reader]),
            .previousSource: ActionInfo(group: .evidence, help: "Previous source of this event", keys: [k("[")],
                                        panes: [.detail, .reader]),
            .nextArticle: ActionInfo(group: .evidence, help: "Next article in the corpus", keys: [k("}")],
                                     panes: [.reader]),
            .previousArticle: ActionInfo(group: .evidence, help: "Previous article in the corpus", keys: [k("{")],
                                         panes: [.reader]),
            .eventsOfArticle: ActionInfo(group: .evidence, help: "Events reported by this article", keys: [k("e")],
                                         panes: [.reader, .sources]),
            .timeline: ActionInfo(group: .other, help: "Show the timeline of events", keys: [k("t")], panes: nil),
            .leadership: ActionInfo(group: .other, help: "Show leadership chains (Enter: the event that ended a tenure)", keys: [k("l")], panes: nil),
            .sources: ActionInfo(group: .other, help: "Show the list of sources", keys: [k("s")], panes: nil),
            .help: ActionInfo(group: .other, help: "Show this help", keys: [k("?"), [.function(1)]], panes: nil),
            .redraw: ActionInfo(group: .other, help: "Redraw the screen", keys: [[.ctrl("l")]], panes: nil),
        ]
    }()

    /// Applies in `pane` (generic actions apply everywhere).
    func applies(in pane: PaneKind) -> Bool { info.panes?.contains(pane) ?? true }
}

extension Action {
    /// The key table as plain lines (for `timeline keys` and the README): name, keys, where
    /// it applies, what it does. `keys` is the effective map (the config's bindings applied).
    static func keyTable(ascii: Bool = false, keys map: KeyResolver = KeyResolver()) -> [String] {
        let rows = Action.allCases.map { a -> (String, String, String, String) in
            let keys = map.label(for: a, ascii: ascii)
            let panes = a.info.panes.map { p in PaneKind.allCases.filter { p.contains($0) }.map(\.rawValue).joined(separator: ",") } ?? "all"
            return (a.name, keys, panes, a.info.help)
        }
        let w0 = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let w1 = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
        let w2 = rows.map { DisplayWidth.of($0.2) }.max() ?? 0
        return rows.map {
            DisplayWidth.pad($0.0, w0) + "  " + DisplayWidth.pad($0.1, w1) + "  " + DisplayWidth.pad($0.2, w2) + "  " + $0.3
        }
    }
}
