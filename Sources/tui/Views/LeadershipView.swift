import TimelineModel

/// The leadership chains as ladders: a heading per chain ("IS-K · leader in Jowzjan"), then
/// per holder a row (connector, exit mark, name with aliases, dates, how it ended) and a
/// dimmed row naming the event that ended the tenure. Only holder rows are selectable; Enter
/// on one jumps to that event (the browser does the jump, it needs the timeline).
///
/// `rows` is a small index over the chains; the text of a row is built only when drawn.
struct LeadershipPane: Pane {
    enum Row: Hashable, Sendable {
        case heading(chain: Int)
        /// `ordinal` counts holders over all chains (for "3/7").
        case holder(chain: Int, holder: Int, ordinal: Int)
        case exit(chain: Int, holder: Int)
        case gap
    }

    let kind = PaneKind.leadership
    let catalog: EventCatalog
    var cursor: ListCursor
    let rows: [Row]
    let holderCount: Int

    init(catalog: EventCatalog, height: Int = 1) {
        self.catalog = catalog
        var rows: [Row] = []
        var n = 0
        for (c, chain) in catalog.timeline.chains.enumerated() {
            if c > 0 { rows.append(.gap) }
            rows.append(.heading(chain: c))
            for h in chain.holders.indices {
                rows.append(.holder(chain: c, holder: h, ordinal: n))
                rows.append(.exit(chain: c, holder: h))
                n += 1
            }
        }
        self.rows = rows
        holderCount = n
        cursor = ListCursor(count: rows.count, height: height, scrolloff: 2)
        settle(forward: true)
    }

    var chains: [SuccessionChain] { catalog.timeline.chains }

    var title: String {
        let n = chains.count
        return "Leadership (\(n) chain\(n == 1 ? "" : "s"), \(holderCount) holder\(holderCount == 1 ? "" : "s"))"
    }

    var rowCount: Int { rows.count }

    var position: String {
        guard cursor.selected < rows.count, case .holder(_, _, let n) = rows[cursor.selected] else { return "0/\(holderCount)" }
        return "\(n + 1)/\(holderCount)"
    }

    /// The holder under the cursor.
    var selectedTenure: Tenure? {
        guard cursor.selected < rows.count, case .holder(let c, let h, _) = rows[cursor.selected] else { return nil }
        return chains[c].holders[h]
    }

    /// Keeps the cursor on a holder: other rows are passed in the direction of travel (back
    /// the other way at an end).
    mutating func settle(forward: Bool) {
        guard !rows.isEmpty else { return }
        let i = cursor.selected
        if case .holder = rows[i] { return }
        let rows = self.rows
        let isHolder = { (j: Int) -> Bool in if case .holder = rows[j] { return true } else { return false } }
        let step = forward ? 1 : -1
        var j = i + step
        while j >= 0 && j < rows.count && !isHolder(j) { j += step }
        if j < 0 || j >= rows.count {
            j = i - step
            while j >= 0 && j < rows.count && !isHolder(j) { j -= step }
        }
        guard j >= 0 && j < rows.count else { return }
        // Moving up onto a chain's first holder: keep its heading on screen.
        if !forward, j > 0, j - 1 < cursor.offset { cursor.select(j - 1) }
        cursor.select(j)
    }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
        let a = context.ascii
        var line = StyledLine()
        switch rows[i] {
        case .gap:
            break
        case .heading(let c):
            let chain = chains[c]
            let text = (chain.organisation.map { $0 + " " + context.separator + " " } ?? "") + chain.role
            line.append(" ")
            line.append(DisplayWidth.fit(TerminalText.line(text, ascii: a), max(0, width - 1), ascii: a), .heading)
        case .holder(let c, let h, _):
            let chain = chains[c]
            let t = chain.holders[h]
            let last = h == chain.holders.count - 1
            line.append(" " + LeadershipPane.connector(last: last, a) + " ", .dimmed)
            line.append(LeadershipPane.mark(t.exit, a), .bold)
            line.append(" ")
            // Right part: dates then how it ended; the name gets what is left. A narrow
            // column moves the dates down to the exit line so the name keeps its room.
            let compact = LeadershipPane.isCompact(width)
            let dates = compact ? "" : DisplayWidth.pad(LeadershipPane.dates(t, a, context.dateFormat), 27, ascii: a) + "  "
            let exit = DisplayWidth.pad(LeadershipPane.exitLabel(t.exit), 11)
            let room = max(0, width - 5 - 2 - DisplayWidth.of(dates) - 11)
            // Capped so the dates stay near the names on a wide screen.
            let nameRoom = min(room, 48)
            let name = TerminalText.line(t.name, ascii: a)
            let fittedName = DisplayWidth.fit(name, nameRoom, ascii: a)
            line.append(fittedName, .bold)
            var used = DisplayWidth.of(fittedName)
            // Aliases in parentheses, dimmed, as many as fit whole.
            var shown: [String] = []
            for alias in t.aliases {
                let candidate = " (" + (shown + [TerminalText.line(alias, ascii: a)]).joined(separator: ", ") + ")"
                if used + DisplayWidth.of(candidate) > nameRoom { break }
                shown.append(TerminalText.line(alias, ascii: a))
            }
            if !shown.isEmpty {
                let text = " (" + shown.joined(separator: ", ") + ")"
                line.append(text, .dimmed)
                used += DisplayWidth.of(text)
            }
            line.append(String(repeating: " ", count: max(0, nameRoom - used) + 2))
            line.append(dates, t.end?.approximate == true || t.start?.approximate == true ? .dimmed : .accent)
            line.append(exit, .bold)
        case .exit(let c, let h):
            let chain = chains[c]
            let t = chain.holders[h]
            let last = h == chain.holders.count - 1
            line.append(" " + (last ? " " : (a ? "|" : "│")) + "   ", .dimmed)
            let compact = LeadershipPane.isCompact(width)
            var text: String
            if let id = t.exitEvent, let e = catalog.event(id) {
                // Compact: the tenure's dates stand in for the event's (usually the same).
                text = (a ? "-> " : "↳ ") + (compact ? "" : TimelinePane.dateLabel(e.date, context.dateFormat) + "  ") + e.headline
            } else if t.exitEvent != nil {
                text = "(the event that ended it is not in the timeline)"
            } else {
                text = "(no event recorded for the end of this tenure)"
            }
            if compact { text = LeadershipPane.dates(t, a, context.dateFormat) + "  " + text }
            line.append(DisplayWidth.fit(TerminalText.line(text, ascii: a), max(0, width - 5), ascii: a), .dimmed)
        }
        return line
    }

    func searchText(_ i: Int, context: RenderContext) -> String {
        switch rows[i] {
        case .heading(let c): return (chains[c].organisation ?? "") + " " + chains[c].role
        case .holder(let c, let h, _):
            let t = chains[c].holders[h]
            return ([t.name] + t.aliases + [LeadershipPane.dates(t, context.ascii, context.dateFormat), LeadershipPane.exitLabel(t.exit)]).joined(separator: " ")
        case .exit, .gap: return ""
        }
    }

    /// Enter is the browser's (it moves the timeline); nothing else is special here.
    func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome { .ignored }

    /// Too narrow for a dates column (the third column on a 160-column screen).
    static func isCompact(_ width: Int) -> Bool { width < 72 }

    /// Ladder connector: a holder with a successor below, or the last one.
    static func connector(last: Bool, _ ascii: Bool) -> String {
        if ascii { return last ? "`" : "+" }
        return last ? "└" : "├"
    }

    /// One column each (checked against DisplayWidth in the tests); East Asian "ambiguous"
    /// symbols such as ⛓ and † are avoided because CJK terminals draw them two columns wide.
    static func mark(_ exit: TenureExit, _ ascii: Bool) -> String {
        switch exit {
        case .killed: return ascii ? "x" : "✝"
        case .captured: return ascii ? "#" : "⊠"
        case .surrendered: return ascii ? "^" : "⚐"
        case .replaced: return ascii ? ">" : "›"
        case .unknown: return "?"
        }
    }

    static func exitLabel(_ exit: TenureExit) -> String {
        exit == .unknown ? "end unknown" : exit.rawValue
    }

    /// "2018-04 – 2018-08-01" at each end's precision; "until …" or "from …" when one is unknown.
    static func dates(_ t: Tenure, _ ascii: Bool, _ format: DateFormat = .iso) -> String {
        let dash = ascii ? " - " : " – "
        let start = t.start.map { TimelinePane.dateLabel($0, format) }
        let end = t.end.map { TimelinePane.dateLabel($0, format) }
        switch (start, end) {
        case let (s?, e?): return s == e ? s : s + dash + e
        case let (nil, e?): return "until " + e
        case let (s?, nil): return "from " + s
        case (nil, nil): return "dates unknown"
        }
    }
}
