import TimelineModel

/// One article as a pager: title, outlet, publication date and where it came from, then
/// the text wrapped to the width with page furniture dimmed.
struct ReaderPane: Pane {
    struct Line: Hashable, Sendable {
        enum Kind: Hashable, Sendable { case title, meta, rule, text, furniture }
        var text: String
        var kind: Kind
    }

    let kind = PaneKind.reader
    let source: Source
    /// Position of the source in the corpus, for } and {.
    let index: Int
    var cursor: ListCursor
    private(set) var lines: [Line]
    private(set) var wrapWidth: Int

    init(source: Source, index: Int, context: RenderContext, width: Int = 80, height: Int = 1) {
        self.source = source
        self.index = index
        // One column of margin on each side.
        wrapWidth = max(10, width - 2)
        lines = ReaderPane.wrap(source, width: wrapWidth, context: context)
        cursor = ListCursor(count: lines.count, height: height, mode: .scroll)
    }

    var title: String { source.title ?? source.id }
    var rowCount: Int { lines.count }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
        let line = lines[i]
        switch line.kind {
        case .title: return StyledLine(" " + line.text, .heading)
        case .meta: return StyledLine(" " + line.text, .accent)
        case .rule: return StyledLine(" " + String(repeating: context.rule, count: max(0, width - 2)), .dimmed)
        case .text: return StyledLine(" " + line.text)
        case .furniture: return StyledLine(" " + line.text, .dimmed)
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
            wrapWidth = w
            lines = ReaderPane.wrap(source, width: w, context: context)
            cursor = ListCursor(count: lines.count, height: height, mode: .scroll)
            cursor.select(Int(topFraction * Double(lines.count)))
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
                    "published " + s.published.label]
        if let note = s.published.note { meta.append(TerminalText.line(note, ascii: a)) }
        for l in Wrap.lines(meta.joined(separator: " \(context.separator) "), width: width) { out.append(Line(text: l, kind: .meta)) }
        if let url = s.url {
            for l in Wrap.lines(TerminalText.line(url, ascii: a), width: width) { out.append(Line(text: l, kind: .meta)) }
        }
        out.append(Line(text: "", kind: .rule))
        // Walk source lines with their scalar offsets to tell furniture from text.
        var offset = 0
        let furniture = s.furniture.sorted()
        for raw in TerminalText.splitLines(s.text) {
            let start = offset
            offset += raw.unicodeScalars.count + 1
            let isFurniture = furniture.contains { $0.contains(start) || ($0.start <= start && start < $0.end) }
            let kind: Line.Kind = isFurniture ? .furniture : .text
            for l in Wrap.lines(TerminalText.line(raw, ascii: a), width: width) { out.append(Line(text: l, kind: kind)) }
        }
        // Trailing blank lines only make the pager scroll into nothing.
        while out.count > 1, out.last?.text.isEmpty == true, out.last?.kind != .rule { out.removeLast() }
        return out
    }
}
