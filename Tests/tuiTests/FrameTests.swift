import Testing
import TimelineModel
@testable import tui

/// The cheap paths a frame takes (clusters walked byte by byte where text is ASCII) give
/// what the general ones give.
@Suite struct ClustersTests {
    /// Mixed texts where ASCII meets what joins it: combining marks, CR LF, emoji with
    /// modifiers and joiners, flags, Hangul jamo, controls.
    static let samples = [
        "", "a", "plain ascii text", "e\u{301}te", "cafe\u{301}", "a\r\nb", "tab\there", "\u{1B}[31mred",
        "漢字 and kana かな", "👍🏽 ok", "👩‍👩‍👧 family", "🇫🇷🇩🇪x", "ᄀ\u{1161}\u{11A8}x", "x\u{200D}y", "“quoted” ‘x’",
        "a\u{0600}1", "ends with mark e\u{301}", "\u{301}leading mark", "x\u{FE0F}", "☺\u{FE0F}!",
    ]

    @Test func sameClustersAsCharacters() {
        for s in Self.samples {
            let fast = Array(Clusters(s))
            let slow = Array(s.indices)
            #expect(fast.map(\.range.lowerBound) == slow, "\(s.debugDescription)")
            #expect(fast.map { String(s[$0.range]) } == s.map { String($0) }, "\(s.debugDescription)")
            #expect(fast.map(\.width) == s.map { DisplayWidth.of($0) }, "\(s.debugDescription)")
            for c in fast where c.ascii != nil { #expect(c.width == 1 && s[c.range].utf8.count == 1) }
            // Plain ASCII never goes through grapheme breaking.
            if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { #expect(fast.allSatisfy { $0.ascii != nil }) }
        }
    }

    @Test func widthAndFitAgreeWithCharacterByCharacter() {
        for s in Self.samples {
            #expect(DisplayWidth.of(s) == s.reduce(0) { $0 + DisplayWidth.of($1) })
            for w in 0...12 { #expect(DisplayWidth.fit(s, w) == Self.slowFit(s, w), "\(s.debugDescription) \(w)") }
        }
    }

    /// Fitting as it was done character by character, for comparison.
    static func slowFit(_ s: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if s.reduce(0, { $0 + DisplayWidth.of($1) }) <= width { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = DisplayWidth.of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    @Test func sanitizingLeavesCleanTextAsItIs() {
        #expect(TerminalText.line("plain and “curly” ≠ 漢") == "plain and “curly” ≠ 漢")
        #expect(TerminalText.line("“curly”", ascii: true) == "\"curly\"")
        #expect(TerminalText.line("a\u{202E}b\u{9B}c") == "ab\u{241B}")
    }

    @Test func sourceCountIsRightAligned() {
        #expect(TimelinePane.sourceCount(3) == " 3")
        #expect(TimelinePane.sourceCount(12) == "12")
        #expect(TimelinePane.sourceCount(120) == "1…")
    }

    @Test func canvasDrawsMixedTextCellByCell() {
        var c = Canvas(width: 8, height: 1)
        c.put("ab漢e\u{301}", x: 0, y: 0)
        #expect(c.rows[0].prefix(6).map(\.grapheme) == ["a", "b", "漢", "", "e\u{301}", " "])
        c.put("xy", x: 3, y: 0)  // over the right half of 漢: the left half is blanked
        #expect(c.line(0) == "ab xy   ")
    }
}

@Suite struct GlyphTests {
    @Test func graphemesComeBackAsTheyWent() {
        // Fifteen bytes fit inline; the family (eighteen) and the stacked marks go to the table.
        let long = "e" + String(repeating: "\u{301}", count: 9)
        for g in ["", " ", "a", "~", "é", "e\u{301}", "漢", "🙂", "👍🏽", "👩‍👩‍👧", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", long, "123456789012345"] {
            #expect(Glyph(g).string == g)
            #expect(Glyph(g).isWide == (DisplayWidth.of(g) == 2), "\(g.debugDescription)")
            #expect(Glyph(g).isEmpty == g.isEmpty)
        }
        #expect(Glyph("👩‍👩‍👧") == Glyph("👩‍👩‍👧"))
        #expect(Glyph("👩‍👩‍👧") != Glyph(long))
        #expect(Glyph("ab") != Glyph("ba"))
    }

    @Test func asciiIsOneByte() {
        #expect(Glyph(ascii: 0x41) == Glyph("A"))
        #expect(Glyph("A").singleByte == 0x41)
        #expect(Glyph("é").singleByte == nil)
        #expect(Glyph("").singleByte == nil)
    }
}

@Suite struct NarrowBlocksTests {
    /// The blocks answered without a property lookup are one column by the lookup, too.
    @Test func everyScalarOfTheFastBlocksIsOneColumnByItsProperties() {
        for r in DisplayWidth.narrowRanges {
            for v in r {
                let u = Unicode.Scalar(v)!
                #expect(DisplayWidth.lookup(u) == 1, "U+\(String(v, radix: 16))")
            }
        }
        #expect(DisplayWidth.narrowRanges.allSatisfy { !$0.contains(0x2028) && !$0.contains(0x231A) && !$0.contains(0x2060) })
    }
}
