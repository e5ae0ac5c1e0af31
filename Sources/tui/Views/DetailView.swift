import TimelineModel

/// One event in full: every field, each disagreement with who says what, then the evidence
/// sentences with their source. Lines are wrapped to the pane's width once per width
/// change; Enter on an evidence line opens the reader there.
struct DetailPane: Pane {
    struct Line: Hashable, Sendable {
        enum Kind: Hashable, Sendable { case heading, field, conflict, section, source, evidence, blank }
        var text: String
        var kind: Kind
        /// The evidence (index into the event's evidence) this line belongs to.
        var evidence: Int? = nil
        /// Width of the field label, drawn dimmed.
        var labelWidth: Int = 0
    }

    let kind = PaneKind.detail
    let catalog: EventCatalog
    let event: Event?
    /// For the title, which is drawn without a context.
    private let dateFormat: DateFormat
    var cursor: ListCursor
    private(set) var lines: [Line]
    private(set) var wrapWidth: Int

    init(catalog: EventCatalog, event: Event?, context: RenderContext, width: Int = 80, height: Int = 1) {
        self.catalog = catalog
        self.event = event
        dateFormat = context.dateFormat
        wrapWidth = max(10, width - 2)
        lines = event.map { DetailPane.lines($0, catalog: catalog, width: max(10, width - 2), context: context) } ?? []
        cursor = ListCursor(count: lines.count, height: height, scrolloff: 1)
    }

    var title: String {
        guard let e = event else { return "Detail" }
        return "Detail: \(TimelinePane.dateLabel(e.date, dateFormat)) \(e.kind.label)"
    }

    var rowCount: Int { lines.count }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
        let l = lines[i]
        switch l.kind {
        case .heading: return StyledLine(" " + l.text, .heading)
        case .section: return StyledLine(" " + l.text, .heading)
        case .source: return StyledLine(" " + l.text, .accent)
        case .field, .conflict:
            // The label is a short prefix: slicing it off spares splitting the whole line into characters.
            return StyledLine([Span(" " + l.text.prefix(l.labelWidth), .dimmed), Span(String(l.text.dropFirst(l.labelWidth)))])
        case .evidence: return StyledLine(" " + l.text)
        case .blank: return StyledLine("")
        }
    }

    func searchText(_ i: Int, context: RenderContext) -> String { " " + lines[i].text }

    mutating func layout(width: Int, height: Int, context: RenderContext) {
        let w = max(10, width - 2)
        if w != wrapWidth, let event {
            let keep = cursor.selected < lines.count ? lines[cursor.selected].evidence : nil
            wrapWidth = w
            lines = DetailPane.lines(event, catalog: catalog, width: w, context: context)
            cursor = ListCursor(count: lines.count, height: height, scrolloff: 1)
            if let keep, let i = lines.firstIndex(where: { $0.evidence == keep }) { cursor.select(i) }
        }
        cursor.resize(height: height)
    }

    /// The evidence under the cursor, if any.
    var selectedEvidence: Int? { cursor.selected < lines.count ? lines[cursor.selected].evidence : nil }

    /// The first line of evidence `n` (its source line).
    func line(ofEvidence n: Int) -> Int? { lines.firstIndex { $0.evidence == n } }

    /// Moves to the first evidence of the next (or previous) source of the event; nil at the end.
    mutating func moveToSource(forward: Bool) -> String? {
        guard let e = event, !e.evidence.isEmpty else { return "this event has no evidence" }
        let sources = e.sources
        let target: String
        if let cur = selectedEvidence, let k = sources.firstIndex(of: e.evidence[cur].source) {
            let next = k + (forward ? 1 : -1)
            guard next >= 0, next < sources.count else {
                return forward ? "this is the last source of the event" : "this is the first source of the event"
            }
            target = sources[next]
        } else {
            target = forward ? sources[0] : sources[sources.count - 1]
        }
        guard let ev = e.evidence.firstIndex(where: { $0.source == target }), let row = line(ofEvidence: ev) else { return nil }
        // Show the whole sentence under its source line when there is room.
        cursor.select(min(lines.count - 1, lastLine(ofEvidence: ev)))
        cursor.select(row)
        return nil
    }

    private func lastLine(ofEvidence n: Int) -> Int { lines.lastIndex { $0.evidence == n } ?? 0 }

    /// The reader on the source of the evidence under the cursor, that sentence shown and
    /// the event's other sentences in that source highlighted too.
    func reader(context: RenderContext, width: Int = 80, height: Int = 1) -> ReaderPane? {
        guard let e = event, let n = selectedEvidence else { return nil }
        let ev = e.evidence[n]
        guard let index = catalog.sourceIndex(of: ev.source) else { return nil }
        let ranges = e.evidence.filter { $0.source == ev.source }.map(\.range)
        return ReaderPane(source: catalog.corpus.sources[index], index: index, context: context, width: width,
                          height: height, highlights: ranges, focus: ev.range)
    }

    func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome {
        switch action {
        case .open:
            guard event != nil else { return .message("no event selected") }
            guard let r = reader(context: context) else {
                return .message("select an evidence sentence (below) to read it in its article")
            }
            return .push(r)
        default:
            return .ignored
        }
    }

    // MARK: - Building the lines

    static func lines(_ e: Event, catalog: EventCatalog, width: Int, context: RenderContext) -> [Line] {
        let a = context.ascii
        let sep = " \(context.separator) "
        var out: [Line] = []
        for l in Wrap.lines(TerminalText.line(e.headline, ascii: a), width: width) { out.append(Line(text: l, kind: .heading)) }

        var fields: [(String, String)] = []
        fields.append(("date", e.date.map { TimelinePane.dateLabel($0, context.dateFormat) } ?? "unknown"))
        fields.append(("kind", e.kind.label))
        let place = [e.place.locality, e.place.district, e.place.province, e.place.country].compactMap { $0 }
        fields.append(("place", place.isEmpty ? "unknown" : place.joined(separator: ", ")))
        if !e.actors.isEmpty { fields.append(("actors", e.actors.joined(separator: ", "))) }
        if !e.targets.isEmpty { fields.append(("targets", e.targets.joined(separator: ", "))) }
        if !e.people.isEmpty {
            fields.append(("people", e.people.map { p in
                "\(p.name) (\(p.fate.rawValue)\(p.role.map { ", \($0)" } ?? ""))"
            }.joined(separator: "; ")))
        }
        for f in Counts.Field.allCases {
            if let c = e.counts[f] { fields.append((f.rawValue, c.label)) }
        }
        fields.append(("sources", e.sources.map { catalog.sourceLabel($0) }.joined(separator: sep)))
        let labelWidth = (fields.map { $0.0.count }.max() ?? 0) + 2
        for (name, value) in fields {
            out += wrapped(name, TerminalText.line(value, ascii: a), width: width, kind: .field, labelWidth: labelWidth)
        }

        if !e.conflicts.isEmpty {
            out.append(Line(text: "", kind: .blank))
            out.append(Line(text: "\(TimelinePane.disputedMark(context)) Sources disagree", kind: .section))
            for c in e.conflicts {
                let text = TerminalText.line(conflictText(c, event: e, separator: sep, dateFormat: context.dateFormat), ascii: a)
                out += wrapped(c.field + ":", text, width: width, kind: .conflict, labelWidth: c.field.count + 2)
            }
        }

        out.append(Line(text: "", kind: .blank))
        out.append(Line(text: "Evidence (\(e.evidence.count))", kind: .section))
        for (n, ev) in e.evidence.enumerated() {
            var head = [catalog.sourceLabel(ev.source)]
            if let who = ev.attribution { head.append("says " + who) }
            if let when = ev.when { head.append("\u{201C}\(when)\u{201D}") }
            for l in Wrap.lines(TerminalText.line(head.joined(separator: sep), ascii: a), width: width) {
                out.append(Line(text: l, kind: .source, evidence: n))
            }
            for l in Wrap.lines(TerminalText.line(ev.text, ascii: a), width: max(1, width - 2)) {
                out.append(Line(text: "  " + l, kind: .evidence, evidence: n))
            }
        }
        return out
    }

    /// "2018-04-05 (Jawzjani, 001; 000) · 2018-04-06 (the defense ministry, 001)": each value,
    /// then per source who in it says so (attributed sources first).
    static func conflictText(_ c: Conflict, event e: Event, separator: String, dateFormat: DateFormat = .iso) -> String {
        c.claims.map { claim in
            var attributed: [String] = []
            var plain: [String] = []
            var used = Set<String>()
            for s in claim.sources {
                let who = claim.attributions.filter { a in e.evidence.contains { $0.source == s && $0.attribution == a } }
                    .filter { !used.contains($0) }
                who.forEach { used.insert($0) }
                let short = EventCatalog.shortLabel(s)
                if who.isEmpty { plain.append(short) } else { attributed.append((who + [short]).joined(separator: ", ")) }
            }
            // Attributions the evidence does not tie to one source still say who claims it.
            let loose = claim.attributions.filter { !used.contains($0) }
            let pieces = (loose.isEmpty ? [] : [loose.joined(separator: ", ")]) + attributed + plain
            let value = c.field == "date" ? dateFormat.relabel(claim.value) : claim.value
            return pieces.isEmpty ? value : "\(value) (\(pieces.joined(separator: "; ")))"
        }.joined(separator: separator)
    }

    /// `label` then `value` wrapped beside it; continuation lines start under the value.
    private static func wrapped(_ label: String, _ value: String, width: Int, kind: Line.Kind, labelWidth: Int) -> [Line] {
        let pad = String(repeating: " ", count: labelWidth)
        let pieces = Wrap.lines(value, width: max(1, width - labelWidth))
        return pieces.enumerated().map { n, l in
            n == 0 ? Line(text: DisplayWidth.pad(label, labelWidth) + l, kind: kind, labelWidth: labelWidth)
                   : Line(text: pad + l, kind: kind)
        }
    }
}
