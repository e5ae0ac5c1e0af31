import TimelineModel

/// One article as a pager: title, outlet, publication date and where it came from, then
/// the text wrapped to the width with page furniture dimmed.
struct ReaderPane: Pane {
    struct Line: Hashable, Sendable {
        enum Kind: Hashable, Sendable { case title, meta, rule, text, furniture }
        var text: String
        var kind: Kind
        /// Unicode-scalar offsets of the article this line shows (text lines only); exact
        /// when the line needed no sanitizing, else the whole source line.
        var range: Range<Int>? = nil
    }

    let kind = PaneKind.reader
    let source: Source
    /// Position of the source in the corpus, for } and {.
    let index: Int
    var cursor: ListCursor
    private(set) var lines: [Line]
    private(set) var wrapWidth: Int
    /// Evidence to highlight (scalar offsets); the reader opens at the first one.
    let highlights: [TextRange]

    init(source: Source, index: Int, context: RenderContext, width: Int = 80, height: Int = 1,
         highlights: [TextRange] = [], focus: TextRange? = nil) {
        self.source = source
        self.index = index
        self.highlights = highlights.sorted()
        // One column of margin on each side.
        wrapWidth = max(10, width - 2)
        lines = ReaderPane.wrap(source, width: wrapWidth, context: context)
        cursor = ListCursor(count: lines.count, height: height, mode: .scroll)
        if let focus { show(focus) } else { showFirstHighlight() }
    }

    /// Scrolls so the line holding `range` shows with two lines of context above.
    mutating func show(_ range: TextRange) {
        guard let i = lines.firstIndex(where: { $0.range.map { $0.overlaps(range.start..<max(range.end, range.start + 1)) } ?? false })
        else { return }
        cursor.select(max(0, i - 2))
    }

    /// The next (or previous) highlighted sentence after the top of the view, wrapping;
    /// nil when there are no highlights.
    func nextHighlight(forward: Bool) -> Int? {
        let starts = lines.indices.filter { i in isHighlighted(lines[i]) && (i == 0 || !isHighlighted(lines[i - 1])) }
        guard !starts.isEmpty else { return nil }
        let here = cursor.offset + 2
        if forward { return starts.first { $0 > here } ?? starts[0] }
        return starts.last { $0 < here } ?? starts[starts.count - 1]
    }

    /// Scrolls so the first highlighted line shows with two lines of context above.
    mutating func showFirstHighlight() {
        guard let first = highlights.first,
              let i = lines.firstIndex(where: { $0.range.map { $0.overlaps(first.start..<max(first.end, first.start + 1)) } ?? false })
        else { return }
        cursor.select(max(0, i - 2))
    }

    func isHighlighted(_ line: Line) -> Bool {
        guard let r = line.range else { return false }
        return highlights.contains { r.overlaps($0.start..<max($0.end, $0.start + 1)) }
    }

    /// The outlet leads so it stays in sight wherever the article is scrolled to.
    var title: String { [source.outlet, source.title ?? source.id].compactMap { $0 }.joined(separator: ": ") }
    var rowCount: Int { lines.count }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
        let line = lines[i]
        switch line.kind {
        case .title: return StyledLine(" " + line.text, .heading)
        case .meta: return StyledLine(" " + line.text, .accent)
        case .rule: return StyledLine(" " + String(repeating: context.rule, count: max(0, width - 2)), .dimmed)
        case .text, .furniture:
            let base: Style = line.kind == .furniture ? .dimmed : .plain
            if isHighlighted(line) {
                return StyledLine([Span(context.ascii ? "|" : "▌", .accent), Span(line.text, base.merged(.evidence))])
            }
            return StyledLine(" " + line.text, base)
        }
    }

    func searchText(_ i: Int, context: RenderContext) -> String {
        lines[i].kind == .rule ? "" : " " + lines[i].text
    }

    mutating func layout(width: Int, height: Int, context: RenderContext) {
        let w = max(10, width - 2)
        if w != wrapWidth {
            // Keep the reading position: find the new line holding the old top line's text start.
            let topFraction = lines.isEmpty ? 0 : Double(cursor.offset) / Double(lines.count)
            let topOffset = cursor.offset < lines.count ? lines[cursor.offset].range?.lowerBound : nil
            wrapWidth = w
            lines = ReaderPane.wrap(source, width: w, context: context)
            cursor = ListCursor(count: lines.count, height: height, mode: .scroll)
            if let topOffset, let i = lines.lastIndex(where: { ($0.range?.lowerBound ?? Int.max) <= topOffset }) {
                cursor.select(i)
            } else {
                cursor.select(Int(topFraction * Double(lines.count)))
            }
        }
        cursor.resize(height: height)
    }

    func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome {
        switch action {
        case .nextArticle, .previousArticle:
            let next = index + (action == .nextArticle ? 1 : -1)
            guard next >= 0, next < corpus.sources.count else {
                return .message(action == .nextArticle ? "this is the last article" : "this is the first article")
            }
            let pane = ReaderPane(source: corpus.sources[next], index: next, context: context,
                                  width: wrapWidth + 2, height: cursor.height)
            // (Evidence highlights belong to the article they were given for.)
            return .replace(pane, parentSelection: next)
        default:
            return .ignored
        }
    }

    /// Header and text lines at `width` columns (the pane adds one column of margin).
    static func wrap(_ s: Source, width: Int, context: RenderContext) -> [Line] {
        let a = context.ascii
        var out: [Line] = []
        for l in Wrap.lines(TerminalText.line(s.title ?? s.id, ascii: a), width: width) { out.append(Line(text: l, kind: .title)) }
        var meta = [s.outlet.map { TerminalText.line($0, ascii: a) } ?? "unknown outlet",
                    "published " + s.published.label(context.dateFormat)]
        if let note = s.published.note { meta.append(TerminalText.line(note, ascii: a)) }
        for l in Wrap.lines(meta.joined(separator: " \(context.separator) "), width: width) { out.append(Line(text: l, kind: .meta)) }
        if let url = s.url {
            for l in Wrap.lines(TerminalText.line(url, ascii: a), width: width) { out.append(Line(text: l, kind: .meta)) }
        }
        out.append(Line(text: "", kind: .rule))
        // Source lines with their scalar offsets (LF, CRLF and a lone CR end a line, as for the
        // sentence splitter), furniture walked alongside: both are in text order.
        var furniture = s.furniture.sorted()[...]
        LineScanner.forEachLine(of: s.text) { line in
            let start = line.range.start, end = line.range.end
            while let f = furniture.first, f.end <= start { furniture = furniture.dropFirst() }
            let isFurniture = furniture.first?.contains(start) ?? false
            let kind: Line.Kind = isFurniture ? .furniture : .text
            // A line longer than any paragraph (a dump, a page without breaks) is shown cut
            // short: wrapping 50 MB would freeze the screen, and such a line is not read anyway.
            var raw = line.text
            var hidden = 0
            if line.range.length > TextLimits.longestLine {
                let cut = raw.unicodeScalars.index(raw.unicodeScalars.startIndex, offsetBy: TextLimits.longestLine)
                raw = raw[..<cut]
                hidden = line.range.length - TextLimits.longestLine
            }
            let clean = TerminalText.line(raw, ascii: a)
            let pieces = Wrap.pieces(clean, width: width)
            if clean == raw && hidden == 0 {
                // Character offsets map back to scalar offsets exactly.
                var scalarAt = [Int](repeating: 0, count: 1)
                for c in raw { scalarAt.append(scalarAt[scalarAt.count - 1] + c.unicodeScalars.count) }
                for (n, p) in pieces.enumerated() {
                    let lo = start + scalarAt[min(p.start, scalarAt.count - 1)]
                    let hi = n + 1 < pieces.count ? start + scalarAt[min(pieces[n + 1].start, scalarAt.count - 1)] : end
                    out.append(Line(text: p.text, kind: kind, range: lo..<max(lo, hi)))
                }
            } else {
                for p in pieces { out.append(Line(text: p.text, kind: kind, range: start..<end)) }
            }
            if hidden > 0 {
                let note = "\(context.ascii ? "..." : "…") \(hidden) more characters of this line not shown"
                for l in Wrap.lines(note, width: width) { out.append(Line(text: l, kind: .meta)) }
            }
            return true
        }
        // Trailing blank lines only make the pager scroll into nothing.
        while out.count > 1, out.last?.text.isEmpty == true, out.last?.kind != .rule { out.removeLast() }
        return out
    }
}
