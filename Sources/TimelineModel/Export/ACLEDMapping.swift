/// How our events become ACLED rows: event types by kind (and by the words of the
/// evidence or the kind of actor), actor type codes, country codes. Read from acled.tsv
/// (see its header), so users can change the coding without touching code.
public struct ACLEDMapping: Sendable {
    /// ACLED's three levels of event classification.
    public struct EventType: Hashable, Sendable {
        public var disorderType: String
        public var eventType: String
        public var subEventType: String
    }

    /// When a type row applies to an event.
    public enum Condition: Hashable, Sendable {
        case always
        /// Any of these phrases (each a list of lowercase words; a word ending in `*` is a prefix).
        case words([[String]])
        case actor(Organisation.Kind)
        case target(Organisation.Kind)
    }

    public struct Rule: Hashable, Sendable {
        public var kind: EventKind
        public var condition: Condition
        /// nil: ACLED has no type for it, the event gets no row.
        public var type: EventType?
    }

    public var rules: [Rule] = []
    /// ACLED's actor type code for each kind of organisation.
    public var interCodes: [Organisation.Kind: Int] = [:]
    /// Countries' ISO 3166-1 numeric codes and ACLED regions.
    public var countries: [String: (iso: Int, region: String?)] = [:]
    /// What kind of organisation each canonical name is (from organisations.tsv).
    public var organisations: [String: Organisation.Kind] = [:]

    public init(rows: [String], organisationRows: [String] = []) {
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            switch cols.first {
            case "type":
                guard cols.count >= 6, let kind = EventKind(rawValue: cols[1]), let condition = Self.condition(cols[2]) else { continue }
                let type = cols[4] == "-" || cols[4].isEmpty ? nil : EventType(disorderType: cols[3], eventType: cols[4], subEventType: cols[5] == "-" ? "" : cols[5])
                rules.append(Rule(kind: kind, condition: condition, type: type))
            case "inter":
                guard cols.count >= 3, let kind = Organisation.Kind(rawValue: cols[1]), let code = Int(cols[2]) else { continue }
                interCodes[kind] = code
            case "iso":
                guard cols.count >= 3, !cols[1].isEmpty, let code = Int(cols[2]) else { continue }
                countries[cols[1]] = (code, cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil)
            default:
                continue
            }
        }
        for row in organisationRows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count >= 2, !cols[0].isEmpty, let kind = Organisation.Kind(rawValue: cols[1]) else { continue }
            organisations[cols[0]] = kind
        }
    }

    /// The shipped acled.tsv and organisations.tsv, with the user's additions.
    public static func standard() -> ACLEDMapping {
        ACLEDMapping(rows: DataFile.entries("acled.tsv"), organisationRows: DataFile.entries("organisations.tsv"))
    }

    static func condition(_ text: String) -> Condition? {
        if text == "-" || text.isEmpty { return .always }
        if text.hasPrefix("words=") {
            let phrases = text.dropFirst(6).split(separator: "|").map { words(String($0)) }.filter { !$0.isEmpty }
            return phrases.isEmpty ? nil : .words(phrases)
        }
        if text.hasPrefix("actor="), let k = Organisation.Kind(rawValue: String(text.dropFirst(6))) { return .actor(k) }
        if text.hasPrefix("target="), let k = Organisation.Kind(rawValue: String(text.dropFirst(7))) { return .target(k) }
        return nil
    }

    /// Lowercase words of a text: runs of letters and digits (a `*` is kept at a word's end).
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "*" && !current.isEmpty {
                current.append(ch)
                out.append(current)
                current = ""
            } else {
                if !current.isEmpty { out.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The ACLED type of an event: the last rule for its kind that matches, or nil when
    /// there is none or it says ACLED has no type for it.
    public func type(of event: Event) -> EventType? {
        var sentences: [[String]]?
        for rule in rules.reversed() where rule.kind == event.kind {
            switch rule.condition {
            case .always:
                return rule.type
            case .actor(let k):
                if let first = event.actors.first, organisations[first] == k { return rule.type }
            case .target(let k):
                if let first = event.targets.first, organisations[first] == k { return rule.type }
            case .words(let phrases):
                if sentences == nil { sentences = event.evidence.map { Self.words($0.text) } }
                if sentences!.contains(where: { s in phrases.contains { Self.contains(s, $0) } }) { return rule.type }
            }
        }
        return nil
    }

    /// True when `phrase` occurs in `words` as consecutive words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) {
            var ok = true
            for (i, p) in phrase.enumerated() {
                let w = words[start + i]
                if p.hasSuffix("*") ? !w.hasPrefix(p.dropLast()) : w != p { ok = false; break }
            }
            if ok { return true }
        }
        return false
    }

    /// ACLED's actor type code for an actor named as in organisations.tsv.
    public func interCode(_ actor: String?) -> Int? {
        actor.flatMap { organisations[$0] }.flatMap { interCodes[$0] }
    }
}
