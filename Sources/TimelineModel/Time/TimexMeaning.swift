/// What a recognised expression says, before the DCT pins it to the calendar.
enum TimexMeaning: Sendable {
    /// A calendar date, possibly missing its year (then resolved against the DCT).
    case calendar(year: Int?, month: Int?, day: Int?)
    /// "on the 15th": a day of a month the DCT and the tense choose.
    case dayOfMonth(Int)
    /// "Friday", "last Friday" (-1), "next Friday" (+1), "this Friday" (0); nil = nearest.
    case weekday(Int, shift: Int?)
    /// today (0), yesterday (-1), tomorrow (+1).
    case relativeDay(Int)
    /// "last month" (unit month, -1), "this year" (year, 0), "next week".
    case relativeUnit(TimeUnit, Int)
    /// "this weekend" (0), "last weekend" (-1); nil = the nearest one not after the DCT.
    case weekend(Int?)
    /// A season; year nil and offset nil means the nearest one.
    case season(Season, year: Int?, offset: Int?)
    /// Quarter or half of a year: "2018-Q1", "2018-H2".
    case yearPart(letter: String, index: Int, year: Int?, offset: Int)
    /// "the 1990s" → 199; "the 19th century" → 18.
    case decade(Int)
    case century(Int)
    case reference(Reference)
    /// Amount nil = unspecified ("for years" → PXY).
    case duration(amount: Int?, unit: TimeUnit)
    /// "two years ago"; a negative amount counts forward ("two weeks from now").
    case ago(amount: Int, unit: TimeUnit)
    /// "six days after …", "Two months later", "the next day": resolved later from its anchor.
    case anchored(amount: Int, unit: TimeUnit, direction: AnchoredOffset.Direction, hasAnchorPhrase: Bool)
    /// A set ("every Friday"): recognised so it is not reported as a date.
    case set
}

/// A recognised expression: token extent, meaning, and the qualifiers that change its value.
struct TimexCandidate: Sendable {
    var first: Int               // token index, inclusive
    var last: Int                // token index, inclusive
    var meaning: TimexMeaning
    var part: Part? = nil        // "late November", "the beginning of 2017", "earlier this year" (.early + beforeDCT)
    var partOfDay: PartOfDay? = nil
    var clock: (hour: Int, minute: Int)? = nil
    var weekday: Int? = nil
    var explicitYear = false
    /// "earlier this year" / "later this month": the part of the period before / after the DCT.
    var relativeToDCT: Int = 0
    /// Forced resolution direction for a year-less date: -1 "last March", +1 "next March", nil = from context.
    var direction: Int? = nil
    var anchorTokens: ClosedRange<Int>? = nil
    /// "fiscal 1998", "the fiscal first quarter": TimeML writes the calendar's value (1998,
    /// 1989-Q1), though a fiscal year need not begin in January.
    var fiscal = false
}
