import TimelineModel

/// The events in time order, grouped by year: a separator row per year, then one row per
/// event (date at its precision, a mark where sources disagree, number of sources, kind,
/// place, headline). The row mapping is built once per filter; drawing asks only for the
/// visible rows, so a frame costs the same with ten events or a million.
struct TimelinePane: Pane {
    enum Row: Hashable, Sendable {
        /// A year heading (nil: undated events).
        case year(Int?)
        /// Position in the catalog's events, and among the rows that are events (for "12/40").
        case event(index: Int, ordinal: Int)
    }

    let kind = PaneKind.timeline
    let catalog: EventCatalog
    let filter: EventFilter?
    var cursor: ListCursor
    private(set) var rows: [Row]
    private(set) var eventCount: Int
    /// The row of each event of the catalog, -1 when the filter hides it.
    private var rowOfEvent: [Int32]

    init(catalog: EventCatalog, filter: EventFilter? = nil, height: Int = 1) {
        self.catalog = catalog
        self.filter = filter?.isEmpty == true ? nil : filter
        (rows, eventCount) = TimelinePane.rows(catalog, self.filter)
        var rowOf = [Int32](repeating: -1, count: catalog.events.count)
        for (r, row) in rows.enumerated() { if case .event(let i, _) = row { rowOf[i] = Int32(r) } }
        rowOfEvent = rowOf
        cursor = ListCursor(count: rows.count, height: height, scrolloff: 2)
        settle(forward: true)
    }

    /// Separators and events for the events that pass `filter`.
    static func rows(_ catalog: EventCatalog, _ filter: EventFilter?) -> ([Row], Int) {
        var out: [Row] = []
        out.reserveCapacity(catalog.events.count + 64)
        var lastYear: Int?? = .none
        var n = 0
        for i in catalog.events.indices {
            // Without a filter no event is decoded: the first frame of a large corpus.
            if let filter, !filter.matches(catalog.events[i], searchText: catalog.searchText[i]) { continue }
            let year = catalog.events.firstDay(at: i)?.year
            if lastYear == nil || lastYear! != year {
                out.append(.year(year))
                lastYear = .some(year)
            }
            out.append(.event(index: i, ordinal: n))
            n += 1
        }
        return (out, n)
    }

    var title: String {
        let total = catalog.events.count
        guard let filter else { return "Timeline (\(total) event\(total == 1 ? "" : "s"))" }
        return "Timeline (\(eventCount) of \(total) events: \(filter.text))"
    }

    var rowCount: Int { rows.count }

    /// The event under the cursor (a separator never stays selected, see `settle`).
    var selectedEvent: Event? {
        guard cursor.selected < rows.count, case .event(let i, _) = rows[cursor.selected] else { return nil }
        return catalog.events[i]
    }

    var position: String {
        guard cursor.selected < rows.count, case .event(_, let n) = rows[cursor.selected] else { return "0/\(eventCount)" }
        return "\(n + 1)/\(eventCount)"
    }

    /// "12/40 events" while a filter is on.
    var filterSummary: String? { filter.map { _ in "\(eventCount)/\(catalog.events.count) events" } }

    /// Moves off a year separator, in the direction of travel (back the other way at an end).
    mutating func settle(forward: Bool) {
        guard !rows.isEmpty, case .year = rows[cursor.selected] else { return }
        let step = forward ? 1 : -1
        var i = cursor.selected + step
        while i >= 0 && i < rows.count, case .year = rows[i] { i += step }
        if i < 0 || i >= rows.count {
            i = cursor.selected - step
            while i >= 0 && i < rows.count, case .year = rows[i] { i -= step }
        }
        if i >= 0 && i < rows.count {
            // Keep the year heading on screen when moving up onto the first event of a year.
            if !forward, i > 0, i - 1 < cursor.offset { cursor.select(i - 1) }
            cursor.select(i)
        }
    }

    /// The row of event `id`, if it passes the filter.
    func row(ofEvent id: String) -> Int? {
        catalog.eventIndex(of: id).flatMap(row(ofEventIndex:))
    }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
        let a = context.ascii
        switch rows[i] {
        case .year(let y):
            let label = y.map { String($0) } ?? "undated"
            let lead = String(repeating: context.rule, count: 2)
            let rest = max(0, width - DisplayWidth.of(label) - 5)
            var line = StyledLine()
            line.append(" " + lead + " ", .dimmed)
            line.append(label, .heading)
            line.append(" " + String(repeating: context.rule, count: rest), .dimmed)
            return line
        case .event(let index, _):
            let e = catalog.events[index]
            let placeWidth = min(18, max(8, width / 5))
            var line = StyledLine()
            line.spans.reserveCapacity(7)
            line.append(" ")
            line.append(DisplayWidth.pad(TimelinePane.dateLabel(e.date, context.dateFormat), 12, ascii: a) + " ", e.date?.approximate == true ? .dimmed : .accent)
            line.append(e.isDisputed ? TimelinePane.disputedMark(context) : " ", .bold)
            line.append(TimelinePane.sourceCount(e.sources.count) + " ")
            line.append(DisplayWidth.pad(e.kind.label, 11, ascii: a) + " ", .bold)
            line.append(DisplayWidth.pad(TerminalText.line(e.place.label, ascii: a), placeWidth, ascii: a) + " ")
            let used = 1 + 13 + 1 + 3 + 12 + placeWidth + 1
            line.append(DisplayWidth.fit(TerminalText.line(e.headline, ascii: a), max(0, width - used), ascii: a))
            return line
        }
    }

    /// Rows holding a match and the number of matches, from the catalog's search index
    /// (a scan of bytes, not of strings: fast over a million events).
    func searchHits(_ matcher: SearchMatcher, context: RenderContext) -> SearchHits? {
        let hits = catalog.searchIndex.hits(matcher)
        var out = SearchHits(rows: [], occurrences: 0)
        out.rows.reserveCapacity(hits.count)
        for block in hits.blocks {
            for h in block {
                let r = rowOfEvent[Int(h.event)]
                guard r >= 0 else { continue }
                out.rows.append(Int(r))
                out.occurrences += Int(h.count)
            }
        }
        return out
    }

    /// The event's row, if the filter shows it.
    func row(ofEventIndex i: Int) -> Int? { rowOfEvent[i] >= 0 ? Int(rowOfEvent[i]) : nil }

    func searchText(_ i: Int, context: RenderContext) -> String {
        guard case .event(let index, _) = rows[i] else { return "" }
        return catalog.searchText[index]
    }

    func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome {
        .ignored
    }

    /// The number of sources right-aligned in two columns ("1…" from a hundred on).
    static func sourceCount(_ n: Int) -> String {
        let digits = String(n)
        return digits.utf8.count < 2 ? " " + digits : DisplayWidth.fit(digits, 2)
    }

    /// Where sources disagree.
    static func disputedMark(_ context: RenderContext) -> String { context.ascii ? "!" : "≠" }

    /// The date at its precision, " ~" when approximate; a range as compactly as it reads
    /// (in the config's `date-format`, ISO by default).
    static func dateLabel(_ d: DateSpan?, _ format: DateFormat = .iso) -> String { format.label(d) }
}

