/// Something worth telling the user about one file of a corpus.
public struct CorpusIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        /// The file was read, but something in it is off (invalid UTF-8 replaced, empty).
        case warning
        /// The file could not be used at all (binary, unreadable, a symlink loop).
        case skipped

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .skipped }
    }

    public var file: String
    public var severity: Severity
    public var message: String

    public init(file: String, severity: Severity, message: String) {
        self.file = file
        self.severity = severity
        self.message = message
    }

    /// One line, whatever the file's name or the message quotes from it.
    public var description: String {
        OneLine.escape("\(file): \(severity == .skipped ? "skipped: " : "warning: ")\(message)")
    }
}
