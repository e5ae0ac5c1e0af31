import Testing
@testable import TimelineModel

/// Generated inputs: whatever the text, results are sorted, disjoint, and their text is the
/// scalar slice they claim.
@Suite struct TimeRobustnessTests {
    static let fragments = [
        "the", "The", "on", "in", "of", "last", "next", "this", "past", "late", "mid", "-", "early", "earlier",
        "Friday", "Monday", "April", "May", "March", "Apr", ".", ",", "'", "’", "s", "11", "2018", "1990", "30",
        "19:32", "GMT", "a", "year", "years", "days", "ago", "after", "before", "later", "summer", "quarter",
        "first", "the end", "of", "will", "said", "now", "recently", "1,600", "/", "12", "Q", "4", "\n", "“",
        "é", "\u{301}", "🙂", "yesterday", "tonight", "every", "night", "morning", "Christmas", "New", "Year",
        "century", "19th", "th", "st", "0", "9999", "2018-04-05", "4/8/2018", "the '90s", "twenty", "five",
    ]

    struct LCG { var state: UInt64; mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    } }

    func checkInvariants(_ text: String, _ dct: CalendarDay?) -> String? {
        let found = TemporalTagger().tag(text, dct: dct)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for t in found {
            guard t.start >= previousEnd, t.start < t.end, t.end <= scalars.count else { return "bad extent \(t) in \(text.debugDescription)" }
            guard String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text else { return "text mismatch \(t) in \(text.debugDescription)" }
            guard !t.value.isEmpty else { return "empty value \(t)" }
            if let a = t.anchor?.anchorRange {
                guard a.upperBound <= scalars.count, String(String.UnicodeScalarView(scalars[a])) == t.anchor?.anchorText else {
                    return "anchor mismatch \(t) in \(text.debugDescription)"
                }
            }
            previousEnd = t.end
        }
        return nil
    }

    @Test func generatedSentences() {
        var rng = LCG(state: 42)
        let dct = CalendarDay(iso: "2019-06-12")
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<rng.next(14) {
                text += Self.fragments[rng.next(Self.fragments.count)]
                if rng.next(4) != 0 { text += " " }
            }
            if let problem = checkInvariants(text, rng.next(2) == 0 ? dct : nil) {
                Issue.record(Comment(rawValue: problem))
                return
            }
        }
    }

    @Test func randomScalars() {
        var rng = LCG(state: 7)
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<rng.next(60) {
                let v = rng.next(3) == 0 ? rng.next(0x2FFF) : 0x20 + rng.next(0x5F)
                if let s = Unicode.Scalar(v) { scalars.append(s) }
            }
            if let problem = checkInvariants(String(scalars), CalendarDay(iso: "2018-01-03")) {
                Issue.record(Comment(rawValue: problem))
                return
            }
        }
    }
}
