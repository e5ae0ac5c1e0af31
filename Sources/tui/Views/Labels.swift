import TimelineModel

extension PublicationDate {
    /// "2018-04-07 (manifest)", "2018-04 (inferred)", "unknown".
    func label(_ format: DateFormat = .iso) -> String {
        guard let span else { return "unknown" }
        // ISO keeps the model's own spelling (a range in full: 2017-03..2017-12).
        return "\(format == .iso ? span.description : format.label(span)) (\(origin.rawValue))"
    }

    /// The date alone at its precision (no " ~"), for list columns.
    func shortLabel(_ format: DateFormat = .iso) -> String {
        guard var span else { return "?" }
        if format == .iso { return span.label }
        span.approximate = false
        return format.label(span)
    }
}
