/// Writes CSV as RFC 4180 says: rows end in CRLF; a field that holds a comma, a double
/// quote, a CR or an LF (or starts or ends with a space, which some readers trim) is put
/// in double quotes, and each double quote inside it is doubled. Used by every CSV export.
public enum CSVWriter {
    /// A whole document: the header row, then one row per record.
    public static func document(header: [String], rows: [[String]]) -> String {
        var out = row(header)
        for r in rows { out += row(r) }
        return out
    }

    /// One row, CRLF-terminated.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when it must be.
    public static func field(_ s: String) -> String {
        guard needsQuotes(s) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func needsQuotes(_ s: String) -> Bool {
        // Scalars, not Characters: "\r\n" is one Character and equals neither "\r" nor "\n".
        s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
    }
}
