/// CSV of events, one row each, quoted per RFC 4180.
public enum EventCSV {
    public static let header = ["id", "date_start", "date_end", "precision", "approximate", "kind", "country", "province",
                                "district", "locality", "actors", "targets", "people", "killed", "wounded", "captured",
                                "surrendered", "headline", "sources", "disputed"]

    public static func render(_ events: [Event]) -> String {
        var out = CSVWriter.row(header)
        for e in events {
            out += CSVWriter.row([
                e.id, e.date?.start.description ?? "", e.date?.end.description ?? "", e.date?.precision.rawValue ?? "unknown",
                e.date?.approximate == true ? "true" : "false", e.kind.rawValue, e.place.country ?? "", e.place.province ?? "",
                e.place.district ?? "", e.place.locality ?? "", e.actors.joined(separator: "; "), e.targets.joined(separator: "; "),
                e.people.map { "\($0.name) (\($0.fate.rawValue))" }.joined(separator: "; "),
                e.counts.killed.map { String($0.value) } ?? "", e.counts.wounded.map { String($0.value) } ?? "",
                e.counts.captured.map { String($0.value) } ?? "", e.counts.surrendered.map { String($0.value) } ?? "",
                e.headline, e.sources.joined(separator: "; "), e.conflicts.map(\.field).joined(separator: "; "),
            ])
        }
        return out
    }
}
