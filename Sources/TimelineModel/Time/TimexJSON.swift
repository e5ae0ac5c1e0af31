/// The one-line JSON of `timeline dates --json` (DESIGN.md): keys in a fixed order so the
/// output is byte-for-byte stable across runs and platforms.
public enum TimexJSON {
    public static func line(file: String, dct: CalendarDay?, timexes: [Timex]) -> String {
        var out = "{\"file\": " + quote(file) + ", \"dct\": " + (dct.map { quote($0.description) } ?? "null")
        out += ", \"timexes\": ["
        for (i, t) in timexes.enumerated() {
            if i > 0 { out += ", " }
            out += "{\"start\": \(t.start), \"end\": \(t.end), \"text\": " + quote(t.text)
            out += ", \"type\": " + quote(t.type.rawValue) + ", \"value\": " + quote(t.value) + "}"
        }
        return out + "]}"
    }

    /// A JSON string literal; escapes quotes, backslashes and control characters.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
