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

    /// Plain output (check, sources, events tables): escapes within a line, line breaks kept.
    @Test func plainOutputIsMadeSafeLineByLine() {
        #expect(TerminalSafe.lines("ok\nti\u{1B}]0;x\u{07}tle\n\u{202E}rev") == "ok\nti\\u{1B}]0;x\\u{7}tle\n\\u{202E}rev")
        #expect(TerminalSafe.lines("plain\ntext") == "plain\ntext")
    }
}
