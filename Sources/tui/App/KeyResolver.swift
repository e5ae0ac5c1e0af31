/// One `bind` line of the config: `keys` run `action` in `pane` (every pane when nil, tig's
/// `generic` keymap); a nil action unbinds the keys (`bind KEY none`).
struct KeyBinding: Hashable, Sendable {
    var pane: PaneKind?
    var keys: [Key]
    var action: Action?
}

/// The key map: the action table's default keys with the config's bindings laid over them,
/// turning key sequences into actions: the pane's own bindings first, then the generic
/// ones (tig's get_keybinding), with multi-key prefixes such as `g g`.
struct KeyResolver: Hashable, Sendable {
    enum Resolution: Hashable, Sendable {
        case action(Action)
        /// The keys so far start a longer binding; wait for more (or for the idle tick).
        case pending
        /// Bound in some other pane only: say so instead of doing nothing silently.
        case elsewhere(Action)
        case unbound
    }

    /// Per pane, bindings that win over the generic ones; a nil action unbinds the keys there.
    private var paneMaps: [PaneKind: [[Key]: Action?]] = [:]
    private var generic: [[Key]: Action] = [:]
    private var prefixes: [PaneKind: Set<[Key]>] = [:]
    /// Every key sequence ever given to each action, defaults first then bindings in the
    /// order of the config: the order the help and `timeline keys` list them in.
    private var order: [Action: [[Key]]] = [:]

    /// The action table's defaults, then `bindings` in order (a later line wins).
    init(table: [Action: ActionInfo] = Action.table, bindings: [KeyBinding] = []) {
        // Sorted so the maps do not depend on dictionary order.
        for action in Action.allCases {
            guard let info = table[action] else { continue }
            for keys in info.keys {
                if let panes = info.panes {
                    for p in panes { paneMaps[p, default: [:]][keys] = .some(action) }
                } else {
                    generic[keys] = action
                }
                order[action, default: []].append(keys)
            }
        }
        for b in bindings { apply(b) }
        computePrefixes()
    }

    /// A binding without a pane gives the keys to the action wherever it applies and takes
    /// them from every other action, so one key means one thing (and `timeline keys` can say
    /// so); with a pane it only changes that pane.
    private mutating func apply(_ b: KeyBinding) {
        if let action = b.action, !order[action, default: []].contains(b.keys) {
            order[action, default: []].append(b.keys)
        }
        if let pane = b.pane {
            paneMaps[pane, default: [:]][b.keys] = .some(b.action)
            return
        }
        generic[b.keys] = nil
        for p in PaneKind.allCases { paneMaps[p]?[b.keys] = nil }
        guard let action = b.action else { return }
        if let panes = action.info.panes {
            for p in panes { paneMaps[p, default: [:]][b.keys] = .some(action) }
        } else {
            generic[b.keys] = action
        }
    }

    private mutating func computePrefixes() {
        prefixes = [:]
        for pane in PaneKind.allCases {
            var set = Set<[Key]>()
            let own = paneMaps[pane, default: [:]].filter { $0.value != nil }.keys
            for keys in Array(generic.keys) + Array(own) where keys.count > 1 && self.exact(keys, in: pane) != nil {
                for n in 1..<keys.count { set.insert(Array(keys[..<n])) }
            }
            prefixes[pane] = set
        }
    }

    /// The action bound to exactly `keys` in `pane`, if any.
    func exact(_ keys: [Key], in pane: PaneKind) -> Action? {
        if let own = paneMaps[pane]?[keys] { return own }
        return generic[keys]
    }

    func resolve(_ keys: [Key], in pane: PaneKind) -> Resolution {
        if prefixes[pane]?.contains(keys) == true { return .pending }
        if let a = exact(keys, in: pane) { return .action(a) }
        // Only an action limited to some panes is "elsewhere"; a generic one unbound here is unbound.
        for p in PaneKind.allCases { if let a = exact(keys, in: p), a.info.panes != nil { return .elsewhere(a) } }
        return .unbound
    }

    // MARK: - What the help and `timeline keys` show

    /// The panes where `keys` run `action`.
    func panes(where keys: [Key], run action: Action) -> [PaneKind] {
        PaneKind.allCases.filter { exact(keys, in: $0) == action }
    }

    /// The key sequences that run `action` in `pane`, or anywhere when `pane` is nil.
    func keys(for action: Action, in pane: PaneKind? = nil) -> [[Key]] {
        order[action, default: []].filter { keys in
            if let pane { return exact(keys, in: pane) == action }
            return !panes(where: keys, run: action).isEmpty
        }
    }

    /// "j, ↓, J (reader)": the keys of `action`, each followed by the panes it works in
    /// when that is not everywhere the action applies.
    func label(for action: Action, ascii: Bool) -> String {
        let everywhere = PaneKind.allCases.filter { action.applies(in: $0) }
        return keys(for: action).map { keys in
            let text = keys.map { $0.label(ascii: ascii) }.joined(separator: " ")
            let here = panes(where: keys, run: action)
            return here == everywhere ? text : text + " (" + here.map(\.rawValue).joined(separator: ",") + ")"
        }.joined(separator: ", ")
    }
}
