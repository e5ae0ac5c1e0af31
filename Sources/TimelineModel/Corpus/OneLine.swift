/// Makes text from a corpus safe to print as (part of) one line of plain output: error
/// messages, warnings, tables. Control characters (C0, DEL, C1), line and paragraph separators
/// and bidi overrides would break the line, move the cursor, start an escape sequence or
/// reorder what is shown; they are written as escapes (`\n`, `\t`, `\u{1B}`) instead.
public enum OneLine {
    public static func escape(_ s: some StringProtocol) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return String(s) }
        var out = ""
        for u in s.unicodeScalars {
            guard needsEscape(u) else {
                out.unicodeScalars.append(u)
                continue
            }
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// True for the scalars `escape` rewrites.
    public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
