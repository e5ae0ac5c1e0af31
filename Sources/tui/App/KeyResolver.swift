/// Turns key sequences into actions: the pane's own bindings first, then the generic ones
/// (tig's get_keybinding), with multi-key prefixes such as `g g`.
struct KeyResolver: Sendable {
    enum Resolution: Hashable, Sendable {
        case action(Action)
        /// The keys so far start a longer binding; wait for more (or for the idle tick).
        case pending
        /// Bound in some other pane only: say so instead of doing nothing silently.
        case elsewhere(Action)
        case unbound
    }

    private var paneMaps: [PaneKind: [[Key]: Action]] = [:]
    private var generic: [[Key]: Action] = [:]
    private var prefixes: [PaneKind: Set<[Key]>] = [:]

    init(table: [Action: ActionInfo] = Action.table) {
        // Sorted so the maps do not depend on dictionary order.
        for action in Action.allCases {
            guard let info = table[action] else { continue }
            for keys in info.keys {
                if let panes = info.panes {
                    for p in panes { paneMaps[p, default: [:]][keys] = action }
                } else {
                    generic[keys] = action
                }
            }
        }
        for pane in PaneKind.allCases {
            var set = Set<[Key]>()
            for keys in Array(generic.keys) + Array(paneMaps[pane, default: [:]].keys) where keys.count > 1 {
                for n in 1..<keys.count { set.insert(Array(keys[..<n])) }
            }
            prefixes[pane] = set
        }
    }

    /// The action bound to exactly `keys` in `pane`, if any.
    func exact(_ keys: [Key], in pane: PaneKind) -> Action? {
        paneMaps[pane]?[keys] ?? generic[keys]
    }

    func resolve(_ keys: [Key], in pane: PaneKind) -> Resolution {
        if prefixes[pane]?.contains(keys) == true { return .pending }
        if let a = exact(keys, in: pane) { return .action(a) }
        for p in PaneKind.allCases { if let a = paneMaps[p]?[keys] { return .elsewhere(a) } }
        return .unbound
    }
}
