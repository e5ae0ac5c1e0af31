/// TIMEX3 types. SETs ("every Friday") are recognised only so that they are not reported as dates.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One temporal expression found in a text, with its TIMEX3 value and the days it denotes.
public struct Timex: Hashable, Sendable {
    /// Unicode-scalar offset in the text, inclusive.
    public var start: Int
    /// Unicode-scalar offset in the text, exclusive.
    public var end: Int
    public var text: String
    public var type: TimexType
    /// TIMEX3 value; "XXXX-08-01" style when it needs a DCT that is absent.
    public var value: String
    /// The calendar days it denotes, when it denotes some (nil for durations, PRESENT_REF, anchored offsets).
    public var span: DateSpan?
    /// 1...7 (Monday = 1) when the expression names a weekday.
    public var weekday: Int?
    /// The year was written in the text.
    public var hasExplicitYear: Bool
    /// "six days after …", "Four days earlier": a relation the events stage resolves.
    public var anchor: AnchoredOffset?
    /// Resolved looking forward ("will", "planned to begin", "next").
    public var forwardLooking: Bool

    public init(start: Int, end: Int, text: String, type: TimexType, value: String, span: DateSpan? = nil,
                weekday: Int? = nil, hasExplicitYear: Bool = false, anchor: AnchoredOffset? = nil,
                forwardLooking: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.span = span
        self.weekday = weekday
        self.hasExplicitYear = hasExplicitYear
        self.anchor = anchor
        self.forwardLooking = forwardLooking
    }
}
