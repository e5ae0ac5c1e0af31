import Testing
@testable import TimelineModel

/// Lines are shaped (words, capitals, comma parts) on their scalars when plain; that must count
/// exactly what the character-by-character rule counts.
@Suite struct LineShapeCountsTests {
    @Test func plainCountsAgreeWithCharacterCounts() {
        let pieces = ["The", "of", "Kabul", "and", "IS-K", "3,000", "a", "Vs.", "FROM", "x", ",", ", ", "  ", "\t", " ",
                      "e.g.", "(AP)", "—", "'s", "photo:", "Reuters", "9", "into", "Up",
                      "“Taliban”", "’", "\u{00A0}", "…", "–", "•", "THE", "Into", "‘a’"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var checked = 0
        for _ in 0..<3000 {
            let line = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined(separator: next(3) == 0 ? "" : " ")
            guard let fast = LineShape.WordCounts(plain: line) else { continue }
            #expect(fast == LineShape.WordCounts(line), "\(line.debugDescription)")
            checked += 1
        }
        #expect(checked > 2000)
        // Lines the bytes cannot speak for are left to the general rule.
        #expect(LineShape.WordCounts(plain: "Café in Kabul") == nil)
        #expect(LineShape.WordCounts(plain: "a\u{0301} b") == nil)
        #expect(LineShape.WordCounts(plain: "a\r\nb") == nil)
    }
}
