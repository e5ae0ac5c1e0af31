import TimelineModel

extension PublicationDate {
    /// "2018-04-07 (manifest)", "2018-04 (inferred)", "unknown".
    var label: String {
        guard let span else { return "unknown" }
        return "\(span.description) (\(origin.rawValue))"
    }

    /// The date alone at its precision, for list columns.
    var shortLabel: String { span?.label ?? "?" }
}
