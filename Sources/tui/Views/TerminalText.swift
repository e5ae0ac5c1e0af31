/// Makes article text safe to draw: no byte of an article reaches the terminal unfiltered.
///
/// Escape sequences (CSI, OSC, DCS, SOS/PM/APC and two-byte ESC sequences, in 7- and 8-bit
/// form) collapse to one visible placeholder; other C0/C1 controls, BEL, backspace and DEL
/// become visible pictures; a lone CR and bidi overrides/isolates are dropped (they would
/// reorder or overwrite what the reader sees); tabs are expanded to 8-column stops.
enum TerminalText {
    /// Sanitizes one line (a newline inside is shown as a placeholder, too).
    static func line(_ s: some StringProtocol, ascii: Bool = false) -> String {
        // Most text needs nothing done: hand it back without rebuilding it scalar by scalar.
        if DisplayWidth.isPlainASCII(s) || (!ascii && s.unicodeScalars.allSatisfy(passesUnchanged)) { return String(s) }
        var out = ""
        var col = 0
        var scalars = Array(s.unicodeScalars)[...]
        while let u = scalars.first {
            scalars = scalars.dropFirst()
            let v = u.value
            switch v {
            case 0x09:
                let n = 8 - col % 8
                out += String(repeating: " ", count: n)
                col += n
                continue
            case 0x0D:
                // CR LF is a line end; a lone CR would move the cursor: drop it.
                continue
            case 0x1B:
                skipEscape(&scalars)
                append(ascii ? "^[" : "\u{241B}", &out, &col)
                continue
            case 0x9B, 0x90, 0x9D, 0x98, 0x9E, 0x9F:
                // 8-bit CSI / DCS / OSC / SOS / PM / APC introduce sequences like ESC does.
                if v == 0x9B { skipCSI(&scalars) } else { skipString(&scalars) }
                append(ascii ? "^[" : "\u{241B}", &out, &col)
                continue
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                break
            }
            if v < 0x20 || v == 0x7F {
                append(picture(v, ascii: ascii), &out, &col)
            } else if v >= 0x80 && v < 0xA0 {
                append(ascii ? "?" : "\u{FFFD}", &out, &col)
            } else if ascii && v >= 0x80 {
                append(transliterate(u), &out, &col)
            } else {
                out.unicodeScalars.append(u)
                col += DisplayWidth.of(u)
            }
        }
        return out
    }

    /// A scalar the loop in `line` would copy as it is (outside ASCII mode).
    private static func passesUnchanged(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20..<0x7F: return true
        case 0..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }

    /// Splits text into lines (LF or CR LF) and sanitizes each.
    static func lines(_ s: String, ascii: Bool = false) -> [String] {
        splitLines(s).map { line($0, ascii: ascii) }
    }

    /// Splits at LF scalars. (Splitting on the Character "\n" would miss CR LF, which Swift
    /// treats as one grapheme.)
    static func splitLines(_ s: String) -> [Substring] {
        var out: [Substring] = []
        var start = s.startIndex
        var i = s.unicodeScalars.startIndex
        while i < s.unicodeScalars.endIndex {
            if s.unicodeScalars[i] == "\n" {
                out.append(s[start..<i])
                start = s.unicodeScalars.index(after: i)
            }
            i = s.unicodeScalars.index(after: i)
        }
        out.append(s[start...])
        return out
    }

    private static func append(_ s: String, _ out: inout String, _ col: inout Int) {
        out += s
        col += DisplayWidth.of(s)
    }

    /// Control pictures (U+2400 block) or caret notation in ASCII.
    static func picture(_ v: UInt32, ascii: Bool) -> String {
        if v == 0x7F { return ascii ? "^?" : "\u{2421}" }
        if ascii { return "^" + String(UnicodeScalar(UInt8(v + 0x40))) }
        return String(UnicodeScalar(0x2400 + v)!)
    }

    /// Consumes what follows an ESC: CSI parameters to the final byte, string commands to
    /// BEL or ST, or one character for two-byte sequences.
    private static func skipEscape(_ s: inout ArraySlice<Unicode.Scalar>) {
        guard let next = s.first else { return }
        switch next {
        case "[":
            s = s.dropFirst()
            skipCSI(&s)
        case "]", "P", "X", "^", "_":
            s = s.dropFirst()
            skipString(&s)
        case "(", ")", "*", "+", "#", "%":
            s = s.dropFirst()
            if s.first != nil { s = s.dropFirst() }
        default:
            if next.value >= 0x20 && next.value < 0x7F { s = s.dropFirst() }
        }
    }

    /// Parameter and intermediate bytes (0x20–0x3F) then one final byte (0x40–0x7E).
    private static func skipCSI(_ s: inout ArraySlice<Unicode.Scalar>) {
        while let c = s.first, c.value >= 0x20, c.value < 0x40 { s = s.dropFirst() }
        if let c = s.first, c.value >= 0x40, c.value < 0x7F { s = s.dropFirst() }
    }

    /// Up to BEL, ESC \ or 8-bit ST; a newline ends a runaway string so the text survives.
    private static func skipString(_ s: inout ArraySlice<Unicode.Scalar>) {
        while let c = s.first {
            if c.value == 0x07 || c.value == 0x9C { s = s.dropFirst(); return }
            if c.value == 0x0A { return }
            if c.value == 0x1B {
                s = s.dropFirst()
                if s.first == "\\" { s = s.dropFirst() }
                return
            }
            s = s.dropFirst()
        }
    }

    /// Close ASCII stand-ins for common typography; anything else is "?" (one per column).
    static func transliterate(_ u: Unicode.Scalar) -> String {
        switch u.value {
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""
        case 0x2013, 0x2014, 0x2212: return "-"
        case 0x2026: return "..."
        case 0x00A0: return " "
        case 0x00AB: return "<<"
        case 0x00BB: return ">>"
        case 0x2022, 0x00B7: return "*"
        default:
            let w = DisplayWidth.of(u)
            return String(repeating: "?", count: w)
        }
    }
}
