import TimelineModel

/// The pure heart of the browser: input → actions → new state. No terminal here.
enum Browser {
    static let resolver = KeyResolver()

    /// Handles one input event.
    static func handle(_ state: BrowserState, _ event: InputEvent) -> (BrowserState, Effects) {
        var s = state
        switch event {
        case .resize(let w, let h):
            s.resize(width: w, height: h)
            recount(&s)
            return (s, .fullRedraw)
        case .idle:
            guard !s.pendingKeys.isEmpty else { return (s, []) }
            let keys = s.pendingKeys
            s.pendingKeys = []
            if let a = resolver.exact(keys, in: s.top.kind) { return reduce(s, a) }
            return (s, [])
        case .mouse(let m):
            s.message = nil
            return (mouse(s, m), [])
        case .key(let key):
            if s.search.isEditing { return (prompt(s, key), []) }
            s.message = nil
            return press(s, key)
        }
    }

    /// Feeds a key through the resolver, completing or abandoning a pending prefix.
    private static func press(_ state: BrowserState, _ key: Key) -> (BrowserState, Effects) {
        var s = state
        let keys = s.pendingKeys + [key]
        switch resolver.resolve(keys, in: s.top.kind) {
        case .pending:
            s.pendingKeys = keys
            return (s, [])
        case .action(let a):
            s.pendingKeys = []
            return reduce(s, a)
        case .elsewhere, .unbound:
            if !s.pendingKeys.isEmpty {
                // `g` then `j`: run what `g` alone means, then the new key on its own.
                let prefix = s.pendingKeys
                s.pendingKeys = []
                var fx = Effects()
                if let a = resolver.exact(prefix, in: s.top.kind) { (s, fx) = reduce(s, a) }
                if fx.contains(.quit) { return (s, fx) }
                let (t, fx2) = press(s, key)
                return (t, fx.union(fx2))
            }
            if case .elsewhere(let a) = resolver.resolve(keys, in: s.top.kind) {
                s.message = "\(a.name) is not available in \(s.top.kind.label)"
            } else {
                s.message = "\(keys.map { $0.label(ascii: s.context.ascii) }.joined(separator: " ")) is not bound (? for help)"
            }
            return (s, [])
        }
    }

    /// Applies one action.
    static func reduce(_ state: BrowserState, _ action: Action) -> (BrowserState, Effects) {
        var s = state
        let ctx = s.context
        switch action {
        case .moveDown: s.top.cursor.down()
        case .moveUp: s.top.cursor.up()
        case .pageDown: s.top.cursor.pageDown()
        case .pageUp: s.top.cursor.pageUp()
        case .halfPageDown: s.top.cursor.halfPageDown()
        case .halfPageUp: s.top.cursor.halfPageUp()
        case .top: s.top.cursor.top()
        case .bottom: s.top.cursor.bottom()
        case .back:
            if s.stack.count > 1 { pop(&s) }
        case .close:
            if s.stack.count > 1 { pop(&s) } else { return (s, .quit) }
        case .quit:
            return (s, .quit)
        case .redraw:
            return (s, .fullRedraw)
        case .help:
            if s.top.kind != .help { s.push(HelpPane(for: s.top.kind, context: ctx)) }
        case .sources:
            // Sources is the root for now; later it is one of the top-level panes.
            while s.stack.count > 1 { s.stack.removeLast() }
            recount(&s)
        case .search:
            s.search.draft = ""
            s.search.savedCursor = s.top.cursor
        case .searchNext, .searchPrevious:
            jump(&s, forward: action == .searchNext, from: s.top.cursor.selected, skipCurrent: true)
        case .nextPane, .previousPane, .timeline, .leadership, .eventsOfArticle, .filter:
            s.message = "\(action.name): not available yet (arrives with the events panes)"
        case .nextSource, .previousSource:
            guard action.applies(in: s.top.kind) else {
                s.message = "\(action.name) is not available in \(s.top.kind.label)"
                break
            }
            s.message = "\(action.name): not available yet (arrives with the events panes)"
        case .open, .nextArticle, .previousArticle:
            apply(&s, s.top.handle(action, corpus: s.corpus, context: ctx), for: action)
        }
        return (s, [])
    }

    private static func apply(_ s: inout BrowserState, _ outcome: PaneOutcome, for action: Action) {
        switch outcome {
        case .ignored:
            s.message = "\(action.name) is not available in \(s.top.kind.label)"
        case .handled:
            break
        case .message(let m):
            s.message = m
        case .push(let pane):
            s.push(pane)
            recount(&s)
            if s.search.matchCount ?? 0 > 0 { jump(&s, forward: true, from: 0, skipCurrent: false, quiet: true) }
        case .replace(let pane, let parent):
            s.stack.removeLast()
            if let parent, !s.stack.isEmpty { s.top.cursor.select(parent) }
            s.push(pane)
            recount(&s)
        }
    }

    private static func pop(_ s: inout BrowserState) {
        s.stack.removeLast()
        recount(&s)
    }

    // MARK: - Search

    /// Keys typed into the `/` prompt: incremental search from where the prompt opened.
    private static func prompt(_ state: BrowserState, _ key: Key) -> BrowserState {
        var s = state
        guard var draft = s.search.draft else { return s }
        switch key {
        case .enter:
            s.search.draft = nil
            s.search.savedCursor = nil
            if draft.isEmpty {
                // Empty pattern: repeat the last search, like less and vim.
                jump(&s, forward: true, from: s.top.cursor.selected, skipCurrent: true)
            } else {
                s.search.query = draft
                recount(&s)
                if s.search.matchCount == 0 { s.message = "not found: \(draft)" }
            }
            return s
        case .escape, .ctrl("c"), .ctrl("g"):
            cancelPrompt(&s)
            return s
        case .backspace, .delete:
            if draft.isEmpty {
                cancelPrompt(&s)
                return s
            }
            draft.removeLast()
        case .ctrl("u"):
            draft = ""
        case .char(let c):
            draft.append(c)
        default:
            return s
        }
        s.search.draft = draft
        if let saved = s.search.savedCursor { s.top.cursor = saved }
        recount(&s)
        if !draft.isEmpty { jump(&s, forward: true, from: s.top.cursor.selected, skipCurrent: false, quiet: true) }
        return s
    }

    private static func cancelPrompt(_ s: inout BrowserState) {
        if let saved = s.search.savedCursor { s.top.cursor = saved }
        s.search.draft = nil
        s.search.savedCursor = nil
        recount(&s)
    }

    /// Counts the occurrences of the active pattern in the top pane.
    static func recount(_ s: inout BrowserState) {
        guard let m = SearchMatcher(s.search.active) else {
            s.search.matchCount = nil
            return
        }
        let pane = s.top
        let ctx = s.context
        var n = 0
        for i in 0..<pane.rowCount { n += m.ranges(in: pane.searchText(i, context: ctx)).count }
        s.search.matchCount = n
    }

    /// Moves to the next (or previous) row holding a match, wrapping around the ends.
    private static func jump(_ s: inout BrowserState, forward: Bool, from start: Int, skipCurrent: Bool, quiet: Bool = false) {
        guard let m = SearchMatcher(s.search.active) else {
            if !quiet { s.message = "no search yet: / to search" }
            return
        }
        let pane = s.top
        let n = pane.rowCount
        guard n > 0 else { return }
        let ctx = s.context
        let step = forward ? 1 : -1
        var i = skipCurrent ? start + step : start
        for _ in 0..<n {
            var wrapped = false
            if i >= n { i = 0; wrapped = true }
            if i < 0 { i = n - 1; wrapped = true }
            if wrapped && !quiet { s.message = forward ? "search wrapped to the top" : "search wrapped to the bottom" }
            if m.matches(pane.searchText(i, context: ctx)) {
                s.top.cursor.select(i)
                return
            }
            i += step
        }
        if !quiet { s.message = "not found: \(s.search.active)" }
    }

    // MARK: - Mouse

    private static func mouse(_ state: BrowserState, _ event: MouseEvent) -> BrowserState {
        var s = state
        guard !s.isTooSmall else { return s }
        switch event {
        case .wheelUp: s.top.cursor.scroll(-s.settings.wheelLines)
        case .wheelDown: s.top.cursor.scroll(s.settings.wheelLines)
        case .click(_, let y):
            let row = y - 1
            guard row >= 0, row < s.bodyHeight, s.top.cursor.mode == .select else { return s }
            let i = s.top.cursor.offset + row
            if i < s.top.rowCount { s.top.cursor.select(i) }
        }
        return s
    }
}
