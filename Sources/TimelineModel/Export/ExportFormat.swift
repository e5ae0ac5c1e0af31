/// What an export produced: the document, and one line per thing it had to leave out.
public struct ExportOutput: Equatable, Sendable {
    public var text: String
    public var warnings: [String]

    public init(text: String, warnings: [String] = []) {
        self.text = text
        self.warnings = warnings
    }
}

/// The formats `timeline export` writes. Each is a pure function of the timeline and the
/// (filtered) events; only the command does I/O.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, csv, acled, timelinejs, markdown

    public func render(_ timeline: Timeline, events: [Event]) -> ExportOutput {
        switch self {
        case .json: ExportOutput(text: TimelineJSON.render(timeline, events: events))
        case .csv: ExportOutput(text: EventCSV.render(events))
        case .acled: ACLEDExport.render(timeline, events: events, mapping: .standard())
        case .timelinejs: TimelineJSExport.render(timeline, events: events)
        case .markdown: ExportOutput(text: MarkdownChronology.render(timeline, events: events))
        }
    }

    /// The usual file extension, for messages and suggestions.
    public var fileExtension: String {
        switch self {
        case .json, .timelinejs: "json"
        case .csv, .acled: "csv"
        case .markdown: "md"
        }
    }
}
