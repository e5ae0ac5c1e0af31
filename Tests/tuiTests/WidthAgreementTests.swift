import CNcurses
import Testing
@testable import tui

/// Our width table should agree with the C library's wcwidth in a UTF-8 locale, which is
/// what the terminal and ncurses use to place characters.
@Suite struct WidthAgreementTests {
    @Test func agreesWithWcwidthOnSamples() throws {
        // The locale is process-wide; only this test sets it, and no other test reads it.
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil, cn_utf8_locale() != 0 else { return }
        let samples = "aZ~é漢字かなカナ한국“”‘’–—…·€→▶─│"
            + "\u{301}\u{200B}\u{FEFF}\u{3000}Ａ！"
        for u in samples.unicodeScalars {
            let c = Int(cn_wcwidth(wchar_t(bitPattern: u.value)))
            #expect(DisplayWidth.of(u) == max(0, c), "U+\(String(u.value, radix: 16)) ours \(DisplayWidth.of(u)) libc \(c)")
        }
    }
}
