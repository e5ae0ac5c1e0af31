/// What a cell means; the terminal maps roles to colours only when colour is on, so the
/// attributes alone must carry the meaning (NO_COLOR still shows selection and matches).
enum ColorRole: UInt8, Sendable, CaseIterable {
    case normal, bar, status, highlight, dim, accent, heading, error
}

/// Attributes of one cell.
struct Style: Hashable, Sendable {
    var bold = false
    var reverse = false
    var underline = false
    var dim = false
    var role: ColorRole = .normal

    static let plain = Style()
    static let bold = Style(bold: true)
    static let selected = Style(reverse: true)
    static let dimmed = Style(dim: true, role: .dim)
    static let accent = Style(role: .accent)
    static let heading = Style(bold: true, role: .heading)
    static let match = Style(bold: true, underline: true, role: .highlight)
    /// Sentences that back a claim (the reader opened from an event).
    static let evidence = Style(bold: true, role: .accent)
    static let bar = Style(bold: true, reverse: true, role: .bar)
    static let status = Style(reverse: true, role: .status)

    /// `other` laid over self: set attributes add up; a non-normal role wins.
    func merged(_ other: Style) -> Style {
        Style(bold: bold || other.bold, reverse: reverse || other.reverse,
              underline: underline || other.underline, dim: dim || other.dim,
              role: other.role == .normal ? role : other.role)
    }
}

/// A run of text with one style.
struct Span: Hashable, Sendable {
    var text: String
    var style: Style
    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One row as a pane hands it to the view: spans, already sanitized.
struct StyledLine: Hashable, Sendable {
    var spans: [Span]
    init(_ spans: [Span] = []) { self.spans = spans }
    init(_ text: String, _ style: Style = .plain) { self.spans = [Span(text, style)] }

    var text: String { spans.map(\.text).joined() }
    static func + (a: StyledLine, b: StyledLine) -> StyledLine { StyledLine(a.spans + b.spans) }
    mutating func append(_ text: String, _ style: Style = .plain) { spans.append(Span(text, style)) }
}
