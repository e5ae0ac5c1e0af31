import Testing
@testable import TimelineModel

/// Durations and anchored offsets ("six days after …", "Four days earlier").
@Suite struct TimeDurationTests {
    static let rows: [TimeRow] = [
        timeRow("The siege lasted six days.", timeDctJune, "six days", "P6D", .duration),
        timeRow("The country endured 20 years of war.", timeDctJune, "20 years", "P20Y", .duration),
        timeRow("Talks went on for three months.", timeDctJune, "three months", "P3M", .duration),
        timeRow("He was jailed for a year.", timeDctJune, "a year", "P1Y", .duration),
        timeRow("The strike lasted 48 hours.", timeDctJune, "48 hours", "PT48H", .duration),
        timeRow("Negotiations took 45 minutes.", timeDctJune, "45 minutes", "PT45M", .duration),
        timeRow("The drought has lasted for years.", timeDctJune, "years", "PXY", .duration),
        timeRow("Prices have climbed in recent months.", timeDctJune, "recent months", "PXM", .duration),
        timeRow("The war lasted two decades.", timeDctJune, "two decades", "P2DE", .duration),
        timeRow("Several weeks passed before the release.", timeDctJune, "Several weeks", "PXW", .duration),
        timeRow("It was a 20-year conflict.", timeDctJune, "20-year", "P20Y", .duration),
        timeRow("After a two-week pause, talks resumed.", timeDctJune, "two-week", "P2W", .duration),
        timeRow("Aid flowed over the past three years.", timeDctJune, "the past three years", "P3Y", .duration),
        timeRow("Rain is expected in the coming days.", timeDctJune, "the coming days", "PXD", .duration),
        timeRow("Fighting intensified over the past year.", timeDctJune, "the past year", "P1Y", .duration),
        timeRow("The ceasefire held for twenty-five days.", timeDctJune, "twenty-five days", "P25D", .duration),
        timeRow("Attacks doubled in the last two weeks.", timeDctJune, "the last two weeks", "P2W", .duration),
        timeRow("A one-month long battle followed.", timeDctJune, "one-month", "P1M", .duration),
        timeRow("The town fell six days after the bridge was destroyed.", timeDctJune, "six days", "P6D", .duration),
        timeRow("Four days earlier, police had raided a house.", timeDctJune, "Four days earlier", "2019-06-08"),
        timeRow("In January the mayor resigned. Two months later, his deputy quit.", timeDctJune, "Two months later", "2019-03"),
        timeRow("The rebels regrouped the next day.", timeDctJune, "the next day", "2019-06-13"),
        timeRow("Last month police raided a farm. Four days earlier they had seized arms.", timeDctJune, "Four days earlier", "2019-05"),
    ]

    @Test func durations() { checkTimeTable(Self.rows) }

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
