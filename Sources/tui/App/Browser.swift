import TimelineModel

/// The pure heart of the browser: input → actions → new state. No terminal here.
enum Browser {
    /// Handles one input event.
    static func handle(_ state: BrowserState, _ event: InputEvent) -> (BrowserState, Effects) {
        var (s, fx) = dispatch(state, event)
        s.syncDetails()
        return (s, fx)
    }

    private static func dispatch(_ state: BrowserState, _ event: InputEvent) -> (BrowserState, Effects) {
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
            if let a = s.settings.keys.exact(keys, in: s.top.kind) { return reduce(s, a) }
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
        let resolver = s.settings.keys
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
        case .moveDown: s.top.cursor.down(); s.top.settle(forward: true)
        case .moveUp: s.top.cursor.up(); s.top.settle(forward: false)
        case .pageDown: s.top.cursor.pageDown(); s.top.settle(forward: true)
        case .pageUp: s.top.cursor.pageUp(); s.top.settle(forward: false)
        case .halfPageDown: s.top.cursor.halfPageDown(); s.top.settle(forward: true)
        case .halfPageUp: s.top.cursor.halfPageUp(); s.top.settle(forward: false)
        case .top: s.top.cursor.top(); s.top.settle(forward: true)
        case .bottom: s.top.cursor.bottom(); s.top.settle(forward: false)
        case .back, .close:
            let g = s.group(of: s.focus)
            if s.top.kind == .leadership && g.count > 1 {
                // The third column closes on its own; the timeline and detail stay.
                s.pop(s.stack.count - s.focus)
                s.focus = g[0]
                recount(&s)
            } else if g.count > 1 && s.focus != g[0] {
                // Leaving a detail shown beside its list: back to the list (tig's split views).
                s.focus = g[0]
            } else if g.first ?? 0 > 0 {
                s.pop(s.stack.count - g[0])
                recount(&s)
            } else if action == .close {
                return (s, .quit)
            }
        case .quit:
            return (s, .quit)
        case .redraw:
            return (s, .fullRedraw)
        case .help:
            if s.top.kind != .help { s.push(HelpPane(for: s.top.kind, keys: s.settings.keys, context: ctx)) }
        case .sources:
            if let i = s.stack.firstIndex(where: { $0.kind == .sources }) {
                s.pop(s.stack.count - 1 - i)
            } else {
                s.push(SourcesPane(corpus: s.corpus))
            }
            recount(&s)
        case .timeline:
            if s.stack[0].kind == .timeline {
                s.pop(s.stack.count - 2)
                s.focus = 0
            } else {
                s.resetToTimeline(TimelinePane(catalog: s.catalog))
            }
            recount(&s)
        case .search:
            s.search.prompt = .search
            s.search.draft = ""
            s.search.savedCursor = s.top.cursor
        case .filter:
            guard let t = s.focusedTimeline else {
                s.message = "filter works on the timeline (t)"
                break
            }
            s.focus = t
            s.search.prompt = .filter
            s.search.draft = ""
        case .searchNext, .searchPrevious:
            // In a reader opened from an event with no search: step through the evidence.
            if s.search.query.isEmpty, let r = s.top as? ReaderPane {
                if let i = r.nextHighlight(forward: action == .searchNext) {
                    s.top.cursor.select(max(0, i - 2))
                    break
                }
            }
            jump(&s, forward: action == .searchNext, from: s.top.cursor.selected, skipCurrent: true)
        case .nextPane, .previousPane:
            let v = s.visible
            guard v.count > 1, let k = v.firstIndex(of: s.focus) else {
                s.message = "only one pane on screen"
                break
            }
            s.focus = v[(k + (action == .nextPane ? 1 : v.count - 1)) % v.count]
            recount(&s)
        case .leadership:
            openLeadership(&s)
        case .eventsOfArticle:
            eventsOfArticle(&s)
        case .nextSource, .previousSource:
            stepSource(&s, forward: action == .nextSource)
        case .open:
            if s.top.kind == .timeline {
                let g = s.group(of: s.focus)
                if g.count > 1 { s.focus = g[1] }
                recount(&s)
                break
            }
            if s.top.kind == .leadership {
                jumpToExit(&s)
                break
            }
            if let d = s.top as? DetailPane, let r = d.reader(context: ctx, width: s.width, height: s.bodyHeight) {
                // Built at the screen's size so the chosen sentence lands where it is meant to.
                s.push(r)
                recount(&s)
                break
            }
            apply(&s, s.top.handle(action, corpus: s.corpus, context: ctx), for: action)
        case .nextArticle, .previousArticle:
            apply(&s, s.top.handle(action, corpus: s.corpus, context: ctx), for: action)
        }
        return (s, [])
    }

    /// `l`: back to the leadership pane if one is open, else a new one on top (beside the
    /// timeline and detail on a wide screen, see `BrowserState.group`).
    private static func openLeadership(_ s: inout BrowserState) {
        if let i = s.stack.firstIndex(where: { $0.kind == .leadership }) {
            s.pop(s.stack.count - 1 - i)
            s.focus = i
        } else {
            var pane = LeadershipPane(catalog: s.catalog)
            if let c = s.leadershipCursor, c.count == pane.rowCount { pane.cursor = c }
            s.push(pane)
            if s.catalog.timeline.chains.isEmpty { s.message = "no leadership chains found in this corpus" }
        }
        recount(&s)
    }

    /// Enter on a holder: select the event that ended the tenure in the timeline (dropping a
    /// filter that hides it) so its detail shows. A leadership column stays open and keeps
    /// the focus; a full-screen one closes onto the timeline.
    private static func jumpToExit(_ s: inout BrowserState) {
        guard let l = s.top as? LeadershipPane, let t = l.selectedTenure else { return }
        guard let id = t.exitEvent, s.catalog.event(id) != nil else {
            s.message = t.exitEvent == nil ? "\(t.name): no event recorded for the end of this tenure"
                : "\(t.name): the event that ended this tenure is not in the timeline"
            return
        }
        s.leadershipCursor = l.cursor
        let here = s.focus
        let beside = s.group(of: here).count > 1
        // The timeline under the leadership pane, or a fresh one when it was opened elsewhere.
        let ti: Int
        if let found = s.stack[..<here].lastIndex(where: { $0.kind == .timeline }) {
            ti = found
            if !beside { s.pop(s.stack.count - ti - 2) }
        } else {
            s.resetToTimeline(TimelinePane(catalog: s.catalog))
            ti = 0
        }
        guard var pane = s.stack[ti] as? TimelinePane else { return }
        var note = "\(t.name): \(LeadershipPane.exitLabel(t.exit))"
        if pane.row(ofEvent: id) == nil {
            pane = TimelinePane(catalog: s.catalog)
            note += " (filter cleared to show it)"
        }
        if let r = pane.row(ofEvent: id) { pane.cursor.select(r) }
        s.stack[ti] = pane
        s.relayout()
        if !beside { s.focus = ti }
        s.message = note
        recount(&s)
    }

    /// `e`: the events the article on screen (or selected) reports, as a filtered timeline.
    private static func eventsOfArticle(_ s: inout BrowserState) {
        let id: String
        if let r = s.top as? ReaderPane {
            id = r.source.id
        } else if let p = s.top as? SourcesPane, !p.sources.isEmpty {
            id = p.sources[p.cursor.selected].id
        } else {
            s.message = "article-events is not available in \(s.top.kind.label)"
            return
        }
        var f = EventFilter(text: "source:\(id)")
        f.sources = [id.lowercased()]
        let pane = TimelinePane(catalog: s.catalog, filter: f)
        guard pane.eventCount > 0 else {
            s.message = "no events found in \(id)"
            return
        }
        s.pushTimeline(pane)
        recount(&s)
    }

    /// `]` `[`: in a detail, the first sentence of the next source; in a reader opened from a
    /// detail, move the detail's cursor and re-open the reader there (tig's child views).
    private static func stepSource(_ s: inout BrowserState, forward: Bool) {
        let name = forward ? Action.nextSource.name : Action.previousSource.name
        if var d = s.top as? DetailPane {
            if let m = d.moveToSource(forward: forward) { s.message = m }
            s.top = d
            return
        }
        guard s.top.kind == .reader else {
            s.message = "\(name) is not available in \(s.top.kind.label)"
            return
        }
        guard s.focus > 0, var d = s.stack[s.focus - 1] as? DetailPane else {
            s.message = "this article was not opened from an event (Enter on evidence in Detail)"
            return
        }
        if let m = d.moveToSource(forward: forward) {
            s.message = m
            return
        }
        s.stack[s.focus - 1] = d
        guard let r = d.reader(context: s.context, width: s.width, height: s.bodyHeight) else { return }
        s.replaceTop(r)
        if let e = d.event, let n = d.selectedEvidence {
            let id = e.evidence[n].source
            let k = (e.sources.firstIndex(of: id) ?? 0) + 1
            s.message = "source \(k)/\(e.sources.count): \(s.catalog.sourceLabel(id))"
        }
        recount(&s)
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
            let below = s.stack.count - 2
            if let parent, below >= 0, s.stack[below].kind == .sources { s.stack[below].cursor.select(parent) }
            s.replaceTop(pane)
            recount(&s)
        }
    }


    // MARK: - Search

    /// Keys typed into the `/` prompt: incremental search from where the prompt opened.
    private static func prompt(_ state: BrowserState, _ key: Key) -> BrowserState {
        var s = state
        guard var draft = s.search.draft else { return s }
        if s.search.prompt == .filter { return filterPrompt(s, key, draft) }
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
        // One search per keystroke: the jump walks the rows the count found.
        let hits = recount(&s)
        if !draft.isEmpty { jump(&s, forward: true, from: s.top.cursor.selected, skipCurrent: false, quiet: true, known: hits) }
        return s
    }

    /// Keys typed into the `f` prompt: applied on Enter (empty clears the filter).
    private static func filterPrompt(_ state: BrowserState, _ key: Key, _ draft: String) -> BrowserState {
        var s = state
        switch key {
        case .enter:
            s.search.draft = nil
            s.search.prompt = .search
            guard let t = s.focusedTimeline, let old = s.stack[t] as? TimelinePane else { return s }
            switch EventFilter.parse(draft) {
            case .failure(.badDate(let d)):
                s.message = "not a date: \(d) (use 2018, 2018-04 or 2018-04-05)"
            case .failure(.unknownField(let k)):
                s.message = "unknown filter \(k): (kind, place, person, source, from, to)"
            case .success(let f):
                let keep = old.selectedEvent?.id
                var pane = TimelinePane(catalog: s.catalog, filter: f)
                if let keep, let r = pane.row(ofEvent: keep) { pane.cursor.select(r) }
                s.stack[t] = pane
                s.relayout()
                if f.isEmpty { s.message = "filter cleared" }
                else if pane.eventCount == 0 { s.message = "no events match \(f.text)" }
                recount(&s)
            }
        case .escape, .ctrl("c"), .ctrl("g"):
            s.search.draft = nil
            s.search.prompt = .search
        case .backspace, .delete:
            if draft.isEmpty {
                s.search.draft = nil
                s.search.prompt = .search
            } else {
                s.search.draft = String(draft.dropLast())
            }
        case .ctrl("u"):
            s.search.draft = ""
        case .char(let c):
            s.search.draft = draft + String(c)
        default:
            break
        }
        return s
    }

    private static func cancelPrompt(_ s: inout BrowserState) {
        if let saved = s.search.savedCursor { s.top.cursor = saved }
        s.search.draft = nil
        s.search.savedCursor = nil
        recount(&s)
    }

    /// Counts the occurrences of the active pattern in the top pane; the rows holding them
    /// when the pane found them at once.
    @discardableResult
    static func recount(_ s: inout BrowserState) -> SearchHits? {
        guard let m = SearchMatcher(s.search.active, ignoreCase: s.settings.ignoreCase) else {
            s.search.matchCount = nil
            return nil
        }
        let pane = s.top
        let ctx = s.context
        if let hits = pane.searchHits(m, context: ctx) {
            s.search.matchCount = hits.occurrences
            return hits
        }
        var n = 0
        for i in 0..<pane.rowCount { n += m.ranges(in: pane.searchText(i, context: ctx)).count }
        s.search.matchCount = n
        return nil
    }

    /// Moves to the next (or previous) row holding a match, wrapping around the ends unless
    /// `set wrap-search = no` (then it stops there and says so, like vim's nowrapscan).
    /// `known`: the top pane's hits for the active pattern, when just found.
    private static func jump(_ s: inout BrowserState, forward: Bool, from start: Int, skipCurrent: Bool, quiet: Bool = false,
                             known: SearchHits? = nil) {
        guard let m = SearchMatcher(s.search.active, ignoreCase: s.settings.ignoreCase) else {
            if !quiet { s.message = "no search yet: / to search" }
            return
        }
        let pane = s.top
        let n = pane.rowCount
        guard n > 0 else { return }
        let ctx = s.context
        let step = forward ? 1 : -1
        var i = skipCurrent ? start + step : start
        if let hits = known ?? pane.searchHits(m, context: ctx) {
            // The same walk as below, over the rows that hold a match.
            let rows = hits.rows
            guard !rows.isEmpty else {
                if !quiet { s.message = "not found: \(s.search.active)" }
                return
            }
            var lo = 0, hi = rows.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if rows[mid] < i { lo = mid + 1 } else { hi = mid }
            }
            // lo: the first hit at or after i.
            var target: Int?
            var wrapped = false
            if forward {
                if lo < rows.count { target = rows[lo] } else { target = rows.first; wrapped = true }
            } else {
                if lo < rows.count, rows[lo] == i { target = rows[lo] } else if lo > 0 { target = rows[lo - 1] } else { target = rows.last; wrapped = true }
            }
            if i >= n || i < 0 { wrapped = true }
            if wrapped && !s.settings.wrapSearch {
                if !quiet { s.message = forward ? "no more matches below (wrap-search is off)" : "no more matches above (wrap-search is off)" }
                return
            }
            if wrapped && !quiet { s.message = forward ? "search wrapped to the top" : "search wrapped to the bottom" }
            if let target { s.top.cursor.select(target) }
            return
        }
        for _ in 0..<n {
            var wrapped = false
            if i >= n { i = 0; wrapped = true }
            if i < 0 { i = n - 1; wrapped = true }
            if wrapped && !s.settings.wrapSearch {
                if !quiet { s.message = forward ? "no more matches below (wrap-search is off)" : "no more matches above (wrap-search is off)" }
                return
            }
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
        case .wheelUp:
            s.top.cursor.scroll(-s.settings.wheelLines)
            s.top.settle(forward: false)
        case .wheelDown:
            s.top.cursor.scroll(s.settings.wheelLines)
            s.top.settle(forward: true)
        case .click(let x, let y):
            guard let (index, r) = s.regions.panes.first(where: { $0.rect.x <= x && x < $0.rect.x + $0.rect.width
                && $0.rect.y <= y && y < $0.rect.y + $0.rect.height }) else { return s }
            s.focus = index
            guard s.top.cursor.mode == .select else { return s }
            let i = s.top.cursor.offset + y - r.y
            if i < s.top.rowCount {
                s.top.cursor.select(i)
                s.top.settle(forward: true)
            }
        }
        return s
    }
}
