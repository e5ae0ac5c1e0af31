/// Disagreements between the sources of an event, in words: what each says and who in
/// each source says it. Shared by the exports that write prose (ACLED notes, Markdown,
/// TimelineJS slides).
public enum Disagreement {
    /// "the date", "who acted", "the number killed": the field as a sentence names it.
    public static func subject(_ field: String) -> String {
        switch field {
        case "date": "the date"
        case "place": "the place"
        case "actors": "who acted"
        case "kind": "what happened"
        case "killed", "wounded", "captured", "surrendered": "the number \(field)"
        default: field
        }
    }

    /// "Sources disagree on the date: 2018-04-05 (the police chief per Outlet A; Outlet B)
    /// vs 2018-04-06 (the ministry per Outlet A)". `source` names a source id.
    public static func sentence(_ c: Conflict, in event: Event, source: (String) -> String) -> String {
        "Sources disagree on \(subject(c.field)): " + claims(c, in: event, source: source)
    }

    /// Each claimed value, then who says it: per source, the people the source quotes for
    /// it ("X per Outlet"), else the source alone; attributions that no single source's
    /// evidence holds come first, on their own.
    public static func claims(_ c: Conflict, in e: Event, source: (String) -> String) -> String {
        c.claims.map { claim in
            var used = Set<String>()
            var attributed: [String] = []
            var plain: [String] = []
            for s in claim.sources {
                let who = claim.attributions.filter { a in
                    !used.contains(a) && e.evidence.contains { $0.source == s && $0.attribution == a }
                }
                who.forEach { used.insert($0) }
                if who.isEmpty {
                    plain.append(source(s))
                } else {
                    attributed.append(who.joined(separator: " and ") + " per " + source(s))
                }
            }
            let loose = claim.attributions.filter { !used.contains($0) }
            let pieces = (loose.isEmpty ? [] : [loose.joined(separator: " and ")]) + attributed + plain
            return pieces.isEmpty ? claim.value : "\(claim.value) (\(pieces.joined(separator: "; ")))"
        }.joined(separator: " vs ")
    }
}
