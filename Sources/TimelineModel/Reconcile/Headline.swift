/// A one-line summary of an event, built from its fields so that every headline reads
/// alike: "Airstrike by U.S. forces in Darzab, Jowzjan: Qari Zarmak killed; 2 killed".
public enum Headline {
    static func make(for e: Event, mentions: [EventMention]) -> String {
        switch e.kind {
        case .other, .offensive, .tally, .appointment:
            // Milestones read best in the report's own words.
            if let m = mentions.first(where: { $0.dateBasis == .own }) ?? mentions.first {
                return clip(m.sentence.text, 110)
            }
        default: break
        }
        var s = e.kind.label
        if !e.actors.isEmpty { s += (e.kind == .surrender ? " to " : " by ") + e.actors.joined(separator: " and ") }
        if !e.place.isEmpty { s += " in " + e.place.label }
        var details: [String] = []
        let named = e.people.filter { $0.fate != .involved && $0.fate != .targeted }
        if !named.isEmpty {
            let byFate = Dictionary(grouping: named, by: \.fate)
            for fate in Fate.allCases { if let ps = byFate[fate] { details.append(ps.map(\.name).joined(separator: " and ") + " " + fate.rawValue) } }
        }
        for f in Counts.Field.allCases { if let c = e.counts[f] { details.append("\(c.label) \(f.rawValue)") } }
        if !details.isEmpty { s += ": " + details.joined(separator: "; ") }
        return s
    }

    /// The headline again after a field changed, for kinds whose headline is built from fields.
    static func remake(_ e: Event) -> String? {
        [.other, .offensive, .tally, .appointment].contains(e.kind) ? nil : make(for: e, mentions: [])
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.count <= n ? t : String(t.prefix(n - 1)) + "…"
    }
}

extension EventKind {
    /// The kind as a reader says it.
    public var label: String {
        switch self {
        case .airstrike: "Airstrike"
        case .raid: "Raid"
        case .clash: "Clash"
        case .capture: "Capture"
        case .surrender: "Surrender"
        case .bombing: "Bombing"
        case .attack: "Attack"
        case .killing: "Killing"
        case .offensive: "Offensive"
        case .appointment: "Appointment"
        case .tally: "Tally"
        case .other: "Milestone"
        }
    }
}
