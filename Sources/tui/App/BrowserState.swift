import TimelineModel

/// Settings the browser runs with (from flags, the environment and the config file).
struct BrowserSettings: Hashable, Sendable {
    var color = true
    var ascii = false
    var mouse = true
    /// Lines one wheel notch scrolls (`set mouse-scroll`).
    var wheelLines = 3
    /// The key map: the action table's keys with the config's `bind` lines applied.
    var keys = KeyResolver()
    var ignoreCase = IgnoreCase.smartCase
    /// n and N go round from the last match to the first (`set wrap-search`).
    var wrapSearch = true
    var dateFormat = DateFormat.iso

    var context: RenderContext { RenderContext(ascii: ascii, color: color, dateFormat: dateFormat) }
}

/// Effects the loop carries out after a reduction (htop's HandlerResult flags).
struct Effects: OptionSet, Hashable, Sendable {
    let rawValue: Int
    static let quit = Effects(rawValue: 1)
    /// Repaint everything, not just the rows that changed (^L, after a resize).
    static let fullRedraw = Effects(rawValue: 2)
}

/// Everything the browser shows, as one value: the corpus and its events, the stack of
/// open panes and their cursors, which pane has the focus, the search, the screen size and
/// the settings.
struct BrowserState {
    let catalog: EventCatalog
    var corpus: Corpus { catalog.corpus }
    var settings: BrowserSettings
    private(set) var width: Int
    private(set) var height: Int
    /// Open panes; Esc pops. A timeline is always followed by its detail, and the two are
    /// on screen together.
    var stack: [any Pane]
    /// Index in `stack` of the pane keys go to (one of `visible`).
    var focus: Int
    /// For each pane, the focus to go back to when it is popped (parallel to `stack`).
    private var returnFocus: [Int] = [0]
    var pendingKeys: [Key] = []
    var search = SearchState()
    /// A one-off note for the status line, cleared by the next key.
    var message: String?
    var exitStatus: Int32 = 0
    /// Where the ladder was when Enter closed it, so `l` reopens it on the same holder.
    var leadershipCursor: ListCursor?

    static let minWidth = 60
    static let minHeight = 16

    /// The sources list on its own (a corpus without events).
    init(corpus: Corpus, settings: BrowserSettings = BrowserSettings(), width: Int = 80, height: Int = 24) {
        self.init(catalog: EventCatalog(corpus: corpus), settings: settings, width: width, height: height, root: .sources)
    }

    /// The browser on the timeline of events, Sources one key away.
    init(timeline: Timeline, settings: BrowserSettings = BrowserSettings(), width: Int = 80, height: Int = 24) {
        self.init(loaded: LoadedTimeline(timeline), settings: settings, width: width, height: height)
    }

    /// The same, its chains and people decoded when the leadership pane first needs them.
    init(loaded: LoadedTimeline, settings: BrowserSettings = BrowserSettings(), width: Int = 80, height: Int = 24) {
        self.init(catalog: EventCatalog(loaded: loaded), settings: settings, width: width, height: height, root: .timeline)
    }

    init(catalog: EventCatalog, settings: BrowserSettings, width: Int, height: Int, root: PaneKind) {
        self.catalog = catalog
        self.settings = settings
        self.width = width
        self.height = height
        stack = [SourcesPane(corpus: catalog.corpus)]
        focus = 0
        if root == .timeline { resetToTimeline(TimelinePane(catalog: catalog)) }
        resize(width: width, height: height)
    }

    var context: RenderContext { settings.context }
    /// The focused pane.
    var top: any Pane {
        get { stack[focus] }
        set { stack[focus] = newValue }
    }
    var isTooSmall: Bool { width < Self.minWidth || height < Self.minHeight }
    /// Rows between the title bar and the status line.
    var bodyHeight: Int { max(1, height - 2) }
    var body: Rect { Rect(x: 0, y: 1, width: width, height: bodyHeight) }

    /// The panes shown together with pane `i`: a timeline and its detail (and, from
    /// `Layout.thirdColumnWidth` columns, a leadership pane opened right over them), or `i` alone.
    func group(of i: Int) -> [Int] {
        var g = [i]
        if stack[i].kind == .timeline, i + 1 < stack.count, stack[i + 1].kind == .detail { g = [i, i + 1] }
        if stack[i].kind == .detail, i > 0, stack[i - 1].kind == .timeline { g = [i - 1, i] }
        if stack[i].kind == .leadership, i > 1, hasThirdColumn(at: i) { return [i - 2, i - 1, i] }
        if g.count == 2, let l = g.last.map({ $0 + 1 }), l < stack.count, stack[l].kind == .leadership, hasThirdColumn(at: l) {
            g.append(l)
        }
        return g
    }

    /// A leadership pane at `i` sits beside the timeline and detail below it when there is room.
    private func hasThirdColumn(at i: Int) -> Bool {
        width >= Layout.thirdColumnWidth && i > 1 && stack[i - 1].kind == .detail && stack[i - 2].kind == .timeline
    }

    /// Indices of the panes on screen.
    var visible: [Int] { group(of: stack.count - 1) }

    /// Where each visible pane is drawn, and the dividers between them.
    var regions: (panes: [(index: Int, rect: Rect)], dividers: [Rect]) {
        let v = visible
        let split = Layout.split(body, count: v.count)
        return (Array(zip(v, split.panes)).map { ($0.0, $0.1) }, split.dividers)
    }

    mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        // Narrowing below the third column hides the timeline and detail: keys go to what shows.
        if !visible.contains(focus) { focus = stack.count - 1 }
        relayout()
    }

    /// Sizes every pane to the place it has (or would have) on screen.
    mutating func relayout() {
        var i = 0
        while i < stack.count {
            let g = group(of: i)
            let rects = Layout.split(body, count: g.count).panes
            for (j, r) in zip(g, rects) { stack[j].layout(width: r.width, height: r.height, context: context) }
            i = (g.last ?? i) + 1
        }
    }

    /// Where pane `j` is (or would be) drawn, as `relayout` sizes it.
    func place(of j: Int) -> Rect {
        let g = group(of: j)
        let rects = Layout.split(body, count: g.count).panes
        return g.firstIndex(of: j).map { rects[$0] } ?? body
    }

    /// Pushes a pane sized to the screen and gives it the focus.
    mutating func push(_ pane: any Pane) {
        returnFocus.append(focus)
        stack.append(pane)
        focus = stack.count - 1
        relayout()
    }

    /// Pushes a timeline with its detail; the timeline has the focus.
    mutating func pushTimeline(_ pane: TimelinePane) {
        returnFocus += [focus, focus]
        stack.append(pane)
        stack.append(DetailPane(catalog: catalog, event: pane.selectedEvent, context: context))
        focus = stack.count - 2
        relayout()
    }

    /// Only the timeline and its detail, the timeline focused (the `t` key, the start).
    mutating func resetToTimeline(_ pane: TimelinePane) {
        stack = []
        returnFocus = []
        focus = 0
        pushTimeline(pane)
    }

    /// Replaces the focused last pane (next article, next source) keeping where Esc returns.
    mutating func replaceTop(_ pane: any Pane) {
        stack[stack.count - 1] = pane
        focus = stack.count - 1
        relayout()
    }

    /// Removes the last `n` panes; the focus goes back where it was before they opened.
    mutating func pop(_ n: Int = 1) {
        let k = min(n, stack.count - 1)
        guard k > 0 else { return }
        let back = returnFocus[stack.count - k]
        stack.removeLast(k)
        returnFocus.removeLast(k)
        focus = min(max(0, back), stack.count - 1)
        relayout()
    }

    /// Keeps each detail on the event its timeline has selected (detail follows the list).
    mutating func syncDetails() {
        for i in stack.indices where stack[i].kind == .timeline && i + 1 < stack.count {
            guard let t = stack[i] as? TimelinePane, let d = stack[i + 1] as? DetailPane else { continue }
            let want = t.selectedEvent
            if want?.id != d.event?.id {
                // Wrapped at its place on screen straight away, not at a default width and again.
                let r = place(of: i + 1)
                stack[i + 1] = DetailPane(catalog: catalog, event: want, context: context, width: r.width, height: r.height)
                relayout()
            }
        }
    }

    /// The timeline shown with the focused pane, if any (for `f` and the status line).
    var focusedTimeline: Int? { group(of: focus).first { stack[$0].kind == .timeline } }
}
