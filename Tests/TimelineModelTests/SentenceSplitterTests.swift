import Testing
@testable import TimelineModel

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter.standard()

    func texts(_ s: String, furniture: [TextRange] = []) -> [String] {
        splitter.sentences(in: s, furniture: furniture).map(\.text)
    }

    @Test func splitsAtFullStops() {
        #expect(texts("The bridge fell. Two people died. Was it old? Yes!") ==
                ["The bridge fell.", "Two people died.", "Was it old?", "Yes!"])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(texts("U.S. forces and I.S. fighters clashed near the Gen. Smith base on Apr. 3. It rained.") ==
                ["U.S. forces and I.S. fighters clashed near the Gen. Smith base on Apr. 3.", "It rained."])
        #expect(texts("Lt. Col. Jane Roe and Mr. Doe spoke at No. 10 Downing Street. They left.") ==
                ["Lt. Col. Jane Roe and Mr. Doe spoke at No. 10 Downing Street.", "They left."])
        #expect(texts("General John W. Smith arrived. He spoke.") == ["General John W. Smith arrived.", "He spoke."])
        #expect(texts("The U.N. said so. Then it stopped.") == ["The U.N. said so.", "Then it stopped."])
    }

    @Test func numbersKeepTheirPoints() {
        #expect(texts("Inflation hit 3.5 percent in May. Prices rose.") == ["Inflation hit 3.5 percent in May.", "Prices rose."])
    }

    @Test func quotationsCloseWithTheirSentence() {
        #expect(texts("“We will win.” The mayor smiled. He said: \"It is over.\" Then he left.") ==
                ["“We will win.”", "The mayor smiled.", "He said: \"It is over.\"", "Then he left."])
    }

    @Test func lowercaseAfterAPeriodContinues() {
        #expect(texts("The strike hit at 3 a.m. local time. Nobody died.") == ["The strike hit at 3 a.m. local time.", "Nobody died."])
    }

    @Test func lineBreaksEndSentencesAndCountParagraphs() {
        let s = splitter.sentences(in: "First line without stop\nSecond one. Third.\n\nFourth.")
        #expect(s.map(\.text) == ["First line without stop", "Second one.", "Third.", "Fourth."])
        #expect(s.map(\.paragraph) == [0, 1, 1, 2])
        #expect(s.map(\.index) == [0, 1, 2, 3])
    }

    @Test func rangesPointAtTheSentence() {
        let text = "  Café burned. 漢字 stayed.\r\nNext."
        let scalars = Array(text.unicodeScalars)
        for s in splitter.sentences(in: text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.range.start..<s.range.end])
            #expect(String(view) == s.text)
        }
        #expect(splitter.sentences(in: text).map(\.text) == ["Café burned.", "漢字 stayed.", "Next."])
    }

    @Test func furnitureLinesAreSkipped() {
        let text = "Share this\nThe dam held."
        #expect(texts(text, furniture: [TextRange(start: 0, end: 10)]) == ["The dam held."])
    }
}

@Suite struct LongLineTests {
    @Test func runawaySentencesAreCutAtSpaces() {
        let text = String(repeating: "troops killed five fighters in a raid and ", count: 200)
        let sentences = SentenceSplitter.standard().sentences(in: text)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.range.length <= 1_000 })
        #expect(sentences.allSatisfy { !$0.text.hasPrefix(" ") && !$0.text.hasSuffix(" ") })
    }
}

@Suite struct RunawayLineRegressionTests {
    /// A 50 MB line once crashed `timeline events` by overflowing the stack: each 1,000-scalar
    /// piece was cut off by a recursive call. 100,000 pieces would need far more stack than any
    /// thread has; cut in a loop they are just 100,000 sentences.
    @Test func aHundredThousandPiecesDoNotOverflowTheStack() {
        var splitter = SentenceSplitter.standard()
        splitter.maxSentence = 4
        let text = String(repeating: "ab c", count: 100_000)
        let sentences = splitter.sentences(in: text)
        #expect(sentences.count >= 100_000)
        #expect(sentences.last?.range.end == text.unicodeScalars.count)
    }
}
