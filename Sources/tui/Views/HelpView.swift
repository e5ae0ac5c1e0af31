/// The keys, generated from the action table so it cannot drift from what the keys do.
struct HelpPane: Pane {
    let kind = PaneKind.help
    var cursor: ListCursor
    private let lines: [StyledLine]

    init(for pane: PaneKind, keys: KeyResolver = KeyResolver(), context: RenderContext, height: Int = 1) {
        lines = HelpPane.build(for: pane, keys: keys, context: context)
        cursor = ListCursor(count: lines.count, height: height, mode: .scroll)
    }

    var title: String { "Help: keys" }
    var rowCount: Int { lines.count }

    func row(_ i: Int, width: Int, context: RenderContext) -> StyledLine { lines[i] }

    func handle(_ action: Action, corpus: TimelineModel.Corpus, context: RenderContext) -> PaneOutcome { .ignored }

    /// One row per action, grouped, with the keys that run it in `pane` (after the config's
    /// bindings); actions that do not apply to `pane` show all their keys and say where they do.
    static func build(for pane: PaneKind, keys map: KeyResolver = KeyResolver(), context: RenderContext) -> [StyledLine] {
        var out: [StyledLine] = []
        for group in ActionGroup.allCases {
            let actions = Action.allCases.filter { $0.info.group == group }
            if actions.isEmpty { continue }
            if !out.isEmpty { out.append(StyledLine()) }
            out.append(StyledLine(" " + group.rawValue, .heading))
            for a in actions {
                let keys = a.applies(in: pane)
                    ? map.keys(for: a, in: pane).map { $0.map { $0.label(ascii: context.ascii) }.joined(separator: " ") }
                        .joined(separator: ", ")
                    : map.label(for: a, ascii: context.ascii)
                var line = StyledLine()
                line.append("   " + DisplayWidth.pad(keys, 18), .bold)
                line.append(DisplayWidth.pad(a.name, 18), .accent)
                line.append(a.info.help)
                if let panes = a.info.panes, !panes.contains(pane) {
                    let names = PaneKind.allCases.filter { panes.contains($0) }.map(\.label).joined(separator: ", ")
                    line.append(" (in \(names))", .dimmed)
                }
                out.append(line)
            }
        }
        return out
    }
}

import TimelineModel
