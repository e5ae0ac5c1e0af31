import TimelineModel

/// The list of articles: id, publication date at its precision, outlet, title.
struct SourcesPane: Pane {
    let kind = PaneKind.sources
    let sources: [Source]
    var cursor: ListCursor
    private let idWidth: Int
    private let outletWidth: Int

    init(corpus: Corpus, height: Int = 1) {
        sources = corpus.sources
        cursor = ListCursor(count: sources.count, height: height, scrolloff: 2)
        // Column widths from the data, capped so the title keeps most of the row.
        idWidth = min(24, max(2, sources.map { DisplayWidth.of($0.id) }.max() ?? 2))
        outletWidth = min(24, max(6, sources.map { DisplayWidth.of($0.outlet ?? "") }.max() ?? 6))
    }

    var title: String { "Sources (\(sources.count) article\(sources.count == 1 ? "" : "s"))" }
    var rowCount: Int { sources.count }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine {
        let s = sources[i]
        let a = context.ascii
        let id = DisplayWidth.pad(TerminalText.line(s.id, ascii: a), idWidth, ascii: a)
        let date = DisplayWidth.pad(s.published.shortLabel(context.dateFormat), 10, ascii: a)
        let outlet = DisplayWidth.pad(TerminalText.line(s.outlet ?? "", ascii: a), outletWidth, ascii: a)
        let title = TerminalText.line(s.title ?? s.file, ascii: a)
        var line = StyledLine()
        line.append(" ")
        line.append(id, .accent)
        line.append("  ")
        line.append(date, s.published.origin == .manifest ? .plain : .dimmed)
        line.append("  ")
        line.append(outlet)
        line.append("  ")
        let used = 1 + idWidth + 2 + 10 + 2 + outletWidth + 2
        line.append(DisplayWidth.fit(title, max(0, width - used), ascii: a), .bold)
        return line
    }

    func searchText(_ i: Int, context: RenderContext) -> String {
        let s = sources[i]
        return "\(s.id) \(s.published.shortLabel(context.dateFormat)) \(s.outlet ?? "") \(s.title ?? s.file)"
    }

    func handle(_ action: Action, corpus: Corpus, context: RenderContext) -> PaneOutcome {
        switch action {
        case .open:
            guard !sources.isEmpty else { return .message("no articles in this corpus") }
            return .push(ReaderPane(source: sources[cursor.selected], index: cursor.selected, context: context))
        default:
            return .ignored
        }
    }
}
