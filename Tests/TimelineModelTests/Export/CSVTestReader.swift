/// A strict RFC 4180 reader for the tests: fields separated by commas, records by CRLF
/// (a bare LF is accepted too), a quoted field may hold commas, quotes (doubled) and line
/// breaks. Anything else — a quote inside an unquoted field, text after a closing quote —
/// is an error, so that a writer's mistakes show.
enum CSVTestReader {
    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "malformed CSV at scalar \(offset)" }
    }

    static func parse(_ text: String) throws -> [[String]] {
        let s = Array(text.unicodeScalars)
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var atFieldStart = true
        func endField() {
            row.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        while i < s.count {
            let c = s[i]
            if c == "\"" {
                guard atFieldStart else { throw Malformed(offset: i) }
                // A quoted field, to its closing quote.
                i += 1
                while true {
                    guard i < s.count else { throw Malformed(offset: i) }
                    if s[i] == "\"" {
                        if i + 1 < s.count && s[i + 1] == "\"" { field.append("\""); i += 2; continue }
                        i += 1
                        break
                    }
                    field.append(s[i])
                    i += 1
                }
                guard i == s.count || s[i] == "," || s[i] == "\r" || s[i] == "\n" else { throw Malformed(offset: i) }
                atFieldStart = false
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r" {
                    guard i + 1 < s.count, s[i + 1] == "\n" else { throw Malformed(offset: i) }
                    i += 1
                }
                endField()
                rows.append(row)
                row = []
            default:
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || !atFieldStart {
            endField()
            rows.append(row)
        }
        return rows
    }

    /// Rows as dictionaries keyed by the header row.
    static func records(_ text: String) throws -> (header: [String], rows: [[String: String]]) {
        let all = try parse(text)
        guard let header = all.first else { return ([], []) }
        let rows = all.dropFirst().map { r in
            Dictionary(uniqueKeysWithValues: zip(header, r).map { ($0, $1) })
        }
        return (header, Array(rows))
    }
}
