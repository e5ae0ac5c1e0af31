import Testing
@testable import TimelineModel

/// Durations and anchored offsets ("six days after …", "Four days earlier").
@Suite struct TimeDurationTests {
    static let rows: [TimeRow] = [
        r("The siege lasted six days.", dctJune, "six days", "P6D", .duration),
        r("The country endured 20 years of war.", dctJune, "20 years", "P20Y", .duration),
        r("Talks went on for three months.", dctJune, "three months", "P3M", .duration),
        r("He was jailed for a year.", dctJune, "a year", "P1Y", .duration),
        r("The strike lasted 48 hours.", dctJune, "48 hours", "PT48H", .duration),
        r("Negotiations took 45 minutes.", dctJune, "45 minutes", "PT45M", .duration),
        r("The drought has lasted for years.", dctJune, "years", "PXY", .duration),
        r("Prices have climbed in recent months.", dctJune, "recent months", "PXM", .duration),
        r("The war lasted two decades.", dctJune, "two decades", "P2DE", .duration),
        r("Several weeks passed before the release.", dctJune, "Several weeks", "PXW", .duration),
        r("It was a 20-year conflict.", dctJune, "20-year", "P20Y", .duration),
        r("After a two-week pause, talks resumed.", dctJune, "two-week", "P2W", .duration),
        r("Aid flowed over the past three years.", dctJune, "the past three years", "P3Y", .duration),
        r("Rain is expected in the coming days.", dctJune, "the coming days", "PXD", .duration),
        r("Fighting intensified over the past year.", dctJune, "the past year", "P1Y", .duration),
        r("The ceasefire held for twenty-five days.", dctJune, "twenty-five days", "P25D", .duration),
        r("Attacks doubled in the last two weeks.", dctJune, "the last two weeks", "P2W", .duration),
        r("A one-month long battle followed.", dctJune, "one-month", "P1M", .duration),
        r("The town fell six days after the bridge was destroyed.", dctJune, "six days", "P6D", .duration),
        r("Four days earlier, police had raided a house.", dctJune, "Four days earlier", "2019-06-08"),
        r("In January the mayor resigned. Two months later, his deputy quit.", dctJune, "Two months later", "2019-03"),
        r("The rebels regrouped the next day.", dctJune, "the next day", "2019-06-13"),
        r("Last month police raided a farm. Four days earlier they had seized arms.", dctJune, "Four days earlier", "2019-05"),
    ]

    @Test func durations() { checkTable(Self.rows) }

    @Test func offsetAfterAPhraseKeepsThePhrase() throws {
        let text = "The town fell six days after the bridge was destroyed. Then it rained."
        let t = try #require(TemporalTagger().tag(text, dct: CalendarDay(iso: "2019-06-12")).first)
        let a = try #require(t.anchor)
        #expect(a.amount == 6 && a.unit == .day && a.direction == .after)
        #expect(a.anchorText == "the bridge was destroyed")
        let range = try #require(a.anchorRange)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[range])) == "the bridge was destroyed")
        #expect(t.span == nil)
    }

    @Test func offsetBeforeThePreviousEventHasNoPhrase() throws {
        let t = try #require(TemporalTagger().tag("Four days earlier they eliminated a cell.", dct: CalendarDay(iso: "2019-06-12")).first)
        #expect(t.anchor == AnchoredOffset(amount: 4, unit: .day, direction: .before))
        #expect(t.type == .date)
    }

    @Test func offsetBeforeAPhrase() throws {
        let t = try #require(TemporalTagger().tag("Three weeks before the vote, the leader fled.", dct: nil).first)
        #expect(t.text == "Three weeks")
        #expect(t.anchor?.direction == .before)
        #expect(t.anchor?.unit == .week)
        #expect(t.anchor?.anchorText == "the vote, the leader fled")
    }

    @Test func aYearAfter() throws {
        let t = try #require(TemporalTagger().tag("The plant reopened a year after the flood.", dct: nil).first)
        #expect(t.text == "a year")
        #expect(t.anchor == AnchoredOffset(amount: 1, unit: .year, direction: .after, anchorText: "the flood", anchorRange: 32..<41))
    }
}
