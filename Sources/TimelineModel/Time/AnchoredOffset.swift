/// A date given relative to something other than the report's date: "six days after the
/// leader was killed", "Four days earlier", "Two months later". The tagger cannot know which
/// event the phrase refers to, so it records the relation and the events stage resolves it.
public struct AnchoredOffset: Hashable, Sendable {
    public enum Unit: String, Sendable { case day, week, month, year }
    public enum Direction: String, Sendable { case before, after }

    public var amount: Int
    public var unit: Unit
    public var direction: Direction
    /// The phrase it hangs on; nil for "Four days earlier" (it refers to the previous event).
    public var anchorText: String?
    /// Unicode-scalar offsets of that phrase.
    public var anchorRange: Range<Int>?

    public init(amount: Int, unit: Unit, direction: Direction, anchorText: String? = nil, anchorRange: Range<Int>? = nil) {
        self.amount = amount
        self.unit = unit
        self.direction = direction
        self.anchorText = anchorText
        self.anchorRange = anchorRange
    }

    /// The signed number of units to move from the anchor.
    public var signedAmount: Int { direction == .after ? amount : -amount }

    /// Applies the offset to a day.
    public func apply(to day: CalendarDay) -> CalendarDay {
        switch unit {
        case .day: return day.adding(days: signedAmount)
        case .week: return day.adding(days: 7 * signedAmount)
        case .month: return day.adding(months: signedAmount)
        case .year: return day.adding(months: 12 * signedAmount)
        }
    }
}
