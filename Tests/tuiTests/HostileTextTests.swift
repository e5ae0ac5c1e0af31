import Foundation
import Testing
@testable import TimelineModel
@testable import tui

/// What hostile article text does to the screen and to plain output.
@Suite struct HostileTextTests {
    /// Opening a 50 MB line in the reader wrapped all of it (a frozen screen, again at every
    /// resize); it is now cut at `TextLimits.longestLine` with a note of what is not shown.
    @Test func theReaderCutsAnOverlongLine() {
        let long = String(repeating: "abcdefghij ", count: TextLimits.longestLine / 11 + 5_000)
        let text = "A title line here\n\(long)\nA last sentence, officials said."
        let source = Source(id: "d", file: "d.txt", text: text)
        let started = Date()
        let pane = ReaderPane(source: source, index: 0, context: RenderContext(), width: 80, height: 20)
        #expect(Date().timeIntervalSince(started) < 20)
        let hidden = long.unicodeScalars.count - TextLimits.longestLine
        let notes = pane.lines.filter { $0.text.contains("more characters of this line not shown") }
        #expect(notes.map(\.text) == ["… \(hidden) more characters of this line not shown"])
        #expect(pane.lines.last?.text == "A last sentence, officials said.")
        #expect(pane.lines.count < TextLimits.longestLine / 60)
    }

    /// Lines and furniture walk together: a file of 100,000 short lines (all furniture) took
    /// the reader a comparison of every line with every furniture range.
    @Test func manyShortLinesOpenQuickly() {
        let text = String(repeating: "menu item\n", count: 100_000)
        let lines = LineScanner.lines(of: text)
        let source = Source(id: "m", file: "m.txt", text: text, furniture: lines.map(\.range))
        let started = Date()
        let pane = ReaderPane(source: source, index: 0, context: RenderContext(), width: 80, height: 20)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(pane.lines.filter { $0.kind == .furniture }.count == 100_000)
    }

    /// A lone CR ends a line in the reader as it does for the sentence splitter, so what
    /// follows it is shown, not overwritten.
    @Test func aLoneCarriageReturnIsALineBreak() {
        let source = Source(id: "c", file: "c.txt", text: "Title of it\nFirst part\rsecond part\r\nthird.")
        let pane = ReaderPane(source: source, index: 0, context: RenderContext(), width: 80, height: 20)
        let text = pane.lines.filter { $0.kind == .text || $0.kind == .furniture }.map(\.text)
        #expect(text.suffix(3) == ["First part", "second part", "third."])
    }

    /// Whatever the article holds, a sanitized line holds no control, C1 control or bidi
    /// override, in Unicode and in ASCII mode (seeded random strings rich in escapes).
    @Test func sanitizedLinesHoldNoControls() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let parts = ["\u{1B}", "[", "]", "P", "\\", "0;", "2J", "\u{07}", "\u{08}", "\r", "\n", "\t", "\u{9B}", "\u{9D}", "\u{9C}",
                     "\u{90}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{7F}", "\u{00}", "a", "é", "漢", "😀", " ", "x;y", "m"]
        for _ in 0..<5_000 {
            var s = ""
            for _ in 0..<next(30) { s += parts[next(parts.count)] }
            for ascii in [false, true] {
                let out = TerminalText.line(s, ascii: ascii)
                let bad = out.unicodeScalars.first { u in
                    u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
                        || (ascii && !u.isASCII)
                }
                #expect(bad == nil, "\(s.debugDescription) → \(out.debugDescription)")
            }
        }
    }

    /// Plain output (check, sources, events tables): escapes within a line, line breaks kept.
    @Test func plainOutputIsMadeSafeLineByLine() {
        #expect(TerminalSafe.lines("ok\nti\u{1B}]0;x\u{07}tle\n\u{202E}rev") == "ok\nti\\u{1B}]0;x\\u{7}tle\n\\u{202E}rev")
        #expect(TerminalSafe.lines("plain\ntext") == "plain\ntext")
    }
}
