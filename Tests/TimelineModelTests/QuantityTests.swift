import Testing
@testable import TimelineModel

@Suite struct QuantityTests {
    func tokens(_ s: String) -> [Token] { Tokenizer.tokens(Array(s.unicodeScalars)) }

    func first(_ s: String) -> Quantity? { QuantityReader.quantities(in: tokens(s)).first }

    @Test func tokensKeepNamesAndNumbersWhole() {
        #expect(tokens("U.S. troops hit Sar-e-Pul's 1,600 targets; 3.5 km.").map(\.text) ==
                ["U.S.", "troops", "hit", "Sar-e-Pul's", "1,600", "targets", ";", "3.5", "km", "."])
        #expect(tokens("I.S.’s fighters").map(\.text) == ["I.S.’s", "fighters"])
        #expect(tokens("the 209th Corps in the 1990s").map(\.kind) == [.word, .word, .word, .word, .word, .word])
    }

    @Test func tokenRangesAreScalarOffsets() {
        let t = Tokenizer.tokens(Array("‘Aydd  x".unicodeScalars), base: 100)
        // A leading ‘ that writes an ayn belongs to the name.
        #expect(t.map(\.range) == [TextRange(start: 100, end: 105), TextRange(start: 107, end: 108)])
        #expect(Tokenizer.tokens(Array("the ‘Shaheen’ Corps".unicodeScalars)).map(\.text) == ["the", "‘", "Shaheen", "’", "Corps"])
    }

    @Test(arguments: [
        ("22 fighters", 22, Hedge.exact),
        ("six members", 6, .exact),
        ("Thirty women", 30, .exact),
        ("twenty-two rebels", 22, .exact),
        ("one hundred and five people", 105, .exact),
        ("more than 150 fighters", 150, .moreThan),
        ("as many as 150 fighters", 150, .about),
        ("at least 10 people", 10, .atLeast),
        ("around 50 dead", 50, .about),
        ("an estimated 100 militants", 100, .about),
        ("over 1,600 fighters", 1600, .moreThan),
        ("up to 20 soldiers", 20, .upTo),
        ("dozens of civilians", 12, .vague),
        ("a dozen guards", 12, .exact),
        ("two dozen guards", 24, .exact),
        ("nearly 3,000 families", 3000, .about),
        ("2 million people", 2_000_000, .exact),
    ])
    func readsNumbersWithHedges(text: String, value: Int, hedge: Hedge) {
        let q = first(text)
        #expect(q?.value == value, "\(text)")
        #expect(q?.hedge == hedge, "\(text)")
    }

    @Test func rangesAndYears() {
        let q = first("has 5,000 to 7,000 members")
        #expect(q?.value == 5000)
        #expect(q?.upper == 7000)
        #expect(first("in 2017 alone")?.mayBeYear == true)
        #expect(first("2,017 people")?.mayBeYear == false)
        #expect(first("the men") == nil)
    }

    @Test func hedgeTokensAreCovered() {
        let t = tokens("killed more than 150 fighters")
        let q = QuantityReader.quantities(in: t).first!
        #expect(t[q.tokens].map(\.text) == ["more", "than", "150"])
    }
}
