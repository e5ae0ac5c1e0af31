import TimelineModel

/// What `f` narrows the timeline to: `kind:airstrike place:Jowzjan person:Zarmak source:001
/// from:2018-01 to:2018-06` and free words, all of which must hold. Values are matched
/// case-insensitively as substrings; dates by overlap with the event's span.
struct EventFilter: Hashable, Sendable {
    var kinds: [String] = []
    var places: [String] = []
    var people: [String] = []
    var sources: [String] = []
    var from: CalendarDay?
    var to: CalendarDay?
    var words: [String] = []
    /// As typed, for the title bar.
    var text: String = ""

    var isEmpty: Bool {
        kinds.isEmpty && places.isEmpty && people.isEmpty && sources.isEmpty && from == nil && to == nil && words.isEmpty
    }

    enum ParseError: Error, Equatable { case badDate(String), unknownField(String) }

    /// Parses the prompt; `key:"two words"` keeps the spaces.
    static func parse(_ input: String) -> Result<EventFilter, ParseError> {
        var f = EventFilter(text: input.trimmingSpaces)
        for token in tokens(input) {
            guard let colon = token.firstIndex(of: ":"), colon != token.startIndex else {
                f.words.append(token.lowercased())
                continue
            }
            let key = token[..<colon].lowercased()
            let value = String(token[token.index(after: colon)...])
            switch key {
            case "kind": f.kinds.append(value.lowercased())
            case "place": f.places.append(value.lowercased())
            case "person", "people": f.people.append(value.lowercased())
            case "source": f.sources.append(value.lowercased())
            case "from":
                guard let d = day(value, end: false) else { return .failure(.badDate(value)) }
                f.from = d
            case "to":
                guard let d = day(value, end: true) else { return .failure(.badDate(value)) }
                f.to = d
            default:
                return .failure(.unknownField(key))
            }
        }
        return .success(f)
    }

    /// Does the event pass? `searchText` is the catalog's text for it (free words).
    func matches(_ e: Event, searchText: String) -> Bool {
        if !kinds.isEmpty, !kinds.contains(where: { e.kind.rawValue.hasPrefix($0) || e.kind.label.lowercased().hasPrefix($0) }) { return false }
        if !places.isEmpty {
            let names = [e.place.locality, e.place.district, e.place.province, e.place.country].compactMap { $0?.lowercased() }
            if !places.allSatisfy({ p in names.contains { $0.contains(p) } }) { return false }
        }
        if !people.isEmpty {
            let names = e.people.map { $0.name.lowercased() }
            if !people.allSatisfy({ p in names.contains { $0.contains(p) } }) { return false }
        }
        if !sources.isEmpty {
            let ids = e.sources.map { $0.lowercased() }
            if !sources.allSatisfy({ s in ids.contains { $0.hasPrefix(s) || $0 == s } }) { return false }
        }
        if from != nil || to != nil {
            guard let d = e.date else { return false }
            if let from, d.end < from { return false }
            if let to, d.start > to { return false }
        }
        if !words.isEmpty {
            let hay = searchText.lowercased()
            if !words.allSatisfy({ hay.contains($0) }) { return false }
        }
        return true
    }

    /// YYYY, YYYY-MM or YYYY-MM-DD: the first day of it (`end`: the last).
    static func day(_ s: String, end: Bool) -> CalendarDay? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let y = parts[0]!
        guard y > 0 && y < 10000 else { return nil }
        if parts.count == 1 { return end ? .lastOf(year: y, month: 12) : .firstOf(year: y, month: 1) }
        let m = parts[1]!
        guard (1...12).contains(m) else { return nil }
        if parts.count == 2 { return end ? .lastOf(year: y, month: m) : .firstOf(year: y, month: m) }
        return CalendarDay(year: y, month: m, day: parts[2]!)
    }

    /// Words split at spaces, with double quotes grouping.
    private static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var quoted = false
        for c in s {
            if c == "\"" { quoted.toggle(); continue }
            if c == " " && !quoted {
                if !cur.isEmpty { out.append(cur) }
                cur = ""
            } else {
                cur.append(c)
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
