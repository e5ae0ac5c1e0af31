/// How search treats case: the config's `set ignore-case = no|yes|smart-case` (tig's names).
enum IgnoreCase: String, CaseIterable, Hashable, Sendable {
    /// Exact.
    case no
    /// Any case.
    case yes
    /// Any case while the pattern is all lowercase; a capital makes it exact (vim's smartcase).
    case smartCase = "smart-case"
}

/// A search pattern, by default with smart case: all lowercase matches any case, a capital
/// makes the search exact (tig's `ignore-case = smart-case`, vim's smartcase).
struct SearchMatcher: Sendable {
    let pattern: [String]
    let ignoreCase: Bool

    init?(_ query: String, ignoreCase mode: IgnoreCase = .smartCase) {
        guard !query.isEmpty else { return nil }
        let fold: Bool
        switch mode {
        case .no: fold = false
        case .yes: fold = true
        case .smartCase: fold = !query.contains { $0.isUppercase }
        }
        ignoreCase = fold
        pattern = query.map { fold ? $0.lowercased() : String($0) }
    }

    private func fold(_ text: String) -> [String] {
        text.map { ignoreCase ? $0.lowercased() : String($0) }
    }

    /// Character ranges of the non-overlapping matches in `text`.
    func ranges(in text: String) -> [Range<Int>] {
        let hay = fold(text)
        let n = pattern.count
        guard hay.count >= n else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + n <= hay.count {
            if hay[i] == pattern[0], Array(hay[i..<(i + n)]) == pattern {
                out.append(i..<(i + n))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    func matches(_ text: String) -> Bool { !ranges(in: text).isEmpty }
}

/// The search of the browser: the accepted query, and the prompt while it is being typed.
struct SearchState: Hashable, Sendable {
    var query = ""
    /// Non-nil while the `/` prompt is open.
    var draft: String?
    /// Matches of the query in the top pane (occurrences), nil when there is no query.
    var matchCount: Int?
    /// The cursor when the prompt opened, restored by Esc.
    var savedCursor: ListCursor?
    /// What the open prompt is for: `/` searches as you type, `f` filters on Enter.
    var prompt: Prompt = .search

    enum Prompt: Hashable, Sendable { case search, filter }

    var isEditing: Bool { draft != nil }
    /// What is being searched for right now (the draft while typing).
    var active: String { prompt == .filter ? query : (draft ?? query) }
}

extension StyledLine {
    /// Lays `style` over the characters in `ranges` (character offsets into `text`).
    func highlighting(_ ranges: [Range<Int>], with style: Style) -> StyledLine {
        guard !ranges.isEmpty else { return self }
        var out = StyledLine()
        var pos = 0
        for span in spans {
            var current = ""
            var currentHit = false
            for c in span.text {
                let hit = ranges.contains { $0.contains(pos) }
                if hit != currentHit, !current.isEmpty {
                    out.append(current, currentHit ? span.style.merged(style) : span.style)
                    current = ""
                }
                currentHit = hit
                current.append(c)
                pos += 1
            }
            if !current.isEmpty { out.append(current, currentHit ? span.style.merged(style) : span.style) }
        }
        return out
    }
}
