import Testing
@testable import TimelineModel

/// The byte-level line scanner agrees with a plain walk over the scalars.
@Suite struct LineScannerAgreementTests {
    static func naive(_ text: String) -> [(TextRange, String)] {
        var out: [(TextRange, String)] = []
        let s = Array(text.unicodeScalars)
        var start = 0, i = 0
        func emit(_ end: Int) {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[start..<end])
            out.append((TextRange(start: start, end: end), String(v)))
        }
        while i < s.count {
            if s[i] == "\n" || s[i] == "\r" {
                emit(i)
                i += (s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n") ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < s.count { emit(s.count) }
        return out
    }

    @Test func randomTextsSplitAlike() {
        var rng = RandomInputTests.Random(state: 99)
        let parts = ["a", "é", "漢", "😀", "e\u{301}", "\n", "\r", "\r\n", " ", "\u{1B}", "\u{FFFD}", "longer words here "]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<rng.below(40) { text += parts[rng.below(parts.count)] }
            let got = LineScanner.lines(of: text).map { ($0.range, String($0.text)) }
            let want = Self.naive(text)
            #expect(got.map(\.0) == want.map(\.0) && got.map(\.1) == want.map(\.1), "\(text.debugDescription)")
        }
    }
}
