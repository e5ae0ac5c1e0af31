import TimelineModel

/// How the browser writes dates (`set date-format = iso | text | PATTERN` in the config).
/// Every style keeps the date's precision: a month is never written as its first day, and
/// " ~" still marks an approximate date.
enum DateFormat: Hashable, Sendable {
    /// 2018-04-05, 2018-04, 2018, 2018-01..04 (the default; sorts as text).
    case iso
    /// 5 Apr 2018, Apr 2018, 2018, Jan-Apr 2018.
    case text
    /// strftime-like fields %Y %y %m %d %e %b %B and %% for a day; a month or a year drops
    /// the fields it does not have, with the separator beside them.
    case pattern([Piece])

    enum Piece: Hashable, Sendable {
        case literal(String)
        /// One of the letters in `DateFormat.fields`.
        case field(Character)
    }

    static let fields: Set<Character> = ["Y", "y", "m", "d", "e", "b", "B"]
    private static let dayFields: Set<Character> = ["d", "e"]
    private static let monthFields: Set<Character> = ["m", "b", "B"]
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// `iso`, `text` or a pattern with at least one `%`; otherwise why not.
    static func parse(_ text: String) -> Result<DateFormat, DateFormatError> {
        switch text.lowercased() {
        case "iso": return .success(.iso)
        case "text": return .success(.text)
        default: break
        }
        guard text.contains("%") else { return .failure(DateFormatError(message: "expected iso, text or a pattern such as \"%d %b %Y\", not '\(text)'")) }
        var pieces: [Piece] = []
        var literal = ""
        var chars = text.makeIterator()
        while let c = chars.next() {
            guard c == "%" else { literal.append(c); continue }
            guard let f = chars.next() else { return .failure(DateFormatError(message: "the pattern ends with a lone %")) }
            if f == "%" { literal.append("%"); continue }
            guard fields.contains(f) else {
                return .failure(DateFormatError(message: "unknown field %\(f) (use %Y %y %m %d %e %b %B)"))
            }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(.field(f))
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return .success(.pattern(pieces))
    }

    /// The date at its precision, " ~" when approximate; "undated" for none.
    func label(_ d: DateSpan?) -> String {
        guard let d else { return "undated" }
        let s: String
        switch self {
        case .iso: s = DateFormat.iso(d)
        case .text: s = DateFormat.text(d)
        case .pattern(let pieces): s = DateFormat.pattern(pieces, d)
        }
        return d.approximate ? s + " ~" : s
    }

    /// A date the model wrote as text (a disagreement's claim: 2018-04-06, 2018-04, 2018,
    /// or a range "A..B") in this format; anything else as it is.
    func relabel(_ value: String) -> String {
        guard self != .iso else { return value }
        var text = Substring(value)
        var approximate = false
        if text.hasSuffix(" ~") { approximate = true; text = text.dropLast(2) }
        let ends = text.components(separatedBy: "..")
        guard (1...2).contains(ends.count), let a = DateFormat.isoSpan(ends[0]),
              let b = ends.count == 2 ? DateFormat.isoSpan(ends[1]) : a else { return value }
        var span = ends.count == 2 ? DateSpan.range(a.start, b.end) : a
        span.approximate = approximate
        return label(span)
    }

    // MARK: - The styles

    private static func iso(_ d: DateSpan) -> String {
        switch d.precision {
        case .range, .unknown:
            if d.start.year != d.end.year { return "\(d.start.year)..\(d.end.year)" }
            if d.start.month == d.end.month { return d.start.description + ".." + pad(d.end.day, 2) }
            return "\(pad(d.start.year, 4))-\(pad(d.start.month, 2))..\(pad(d.end.month, 2))"
        default:
            return d.label
        }
    }

    private static func text(_ d: DateSpan) -> String {
        let s = d.start, e = d.end
        switch d.precision {
        case .day: return "\(s.day) \(short(s.month)) \(s.year)"
        case .month: return "\(short(s.month)) \(s.year)"
        case .year: return "\(s.year)"
        case .range, .unknown:
            // "-" rather than an en dash: the same in every locale, and it fits the column.
            if s.year != e.year { return "\(s.year)-\(e.year)" }
            if s.month != e.month { return "\(short(s.month))-\(short(e.month)) \(s.year)" }
            return "\(s.day)-\(e.day) \(short(s.month)) \(s.year)"
        }
    }

    private static func pattern(_ pieces: [Piece], _ d: DateSpan) -> String {
        switch d.precision {
        case .day: return fill(pieces, d.start)
        case .month: return fill(dropping(dayFields, from: pieces), d.start)
        case .year: return fill(dropping(dayFields.union(monthFields), from: pieces), d.start)
        case .range, .unknown:
            // A period of whole months reads at month precision at both ends.
            let wholeMonths = d.start.day == 1 && d.end == CalendarDay.lastOf(year: d.end.year, month: d.end.month)
            let p = wholeMonths ? dropping(dayFields, from: pieces) : pieces
            return fill(p, d.start) + ".." + fill(p, d.end)
        }
    }

    /// Removes the fields in `drop` and, with each, the separator that follows it (or the
    /// one before it when it is the last field): "%d %b %Y" → "%b %Y", "%Y-%m-%d" → "%Y-%m".
    private static func dropping(_ drop: Set<Character>, from pieces: [Piece]) -> [Piece] {
        var out = pieces
        while let i = out.firstIndex(where: { if case .field(let f) = $0 { return drop.contains(f) } else { return false } }) {
            let fieldAfter = out[(i + 1)...].contains { if case .field = $0 { return true } else { return false } }
            if fieldAfter, i + 1 < out.count, case .literal = out[i + 1] {
                out.removeSubrange(i...(i + 1))
            } else if i > 0, case .literal = out[i - 1] {
                out.removeSubrange((i - 1)...i)
            } else {
                out.remove(at: i)
            }
        }
        return out
    }

    private static func fill(_ pieces: [Piece], _ day: CalendarDay) -> String {
        pieces.map { p -> String in
            switch p {
            case .literal(let s): return s
            case .field("Y"): return pad(day.year, 4)
            case .field("y"): return pad(day.year % 100, 2)
            case .field("m"): return pad(day.month, 2)
            case .field("d"): return pad(day.day, 2)
            case .field("e"): return String(day.day)
            case .field("b"): return short(day.month)
            case .field("B"): return monthNames[day.month - 1]
            case .field: return ""
            }
        }.joined()
    }

    private static func short(_ month: Int) -> String { String(monthNames[month - 1].prefix(3)) }

    /// "2018-04-05", "2018-04" or "2018" as the span it names.
    private static func isoSpan(_ text: String) -> DateSpan? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.contains(where: { $0 == nil }), let y = parts.first ?? nil, text.first?.isNumber == true else { return nil }
        switch parts.count {
        case 1: return .year(y)
        case 2:
            guard let m = parts[1], (1...12).contains(m) else { return nil }
            return .month(year: y, month: m)
        case 3:
            guard let m = parts[1], let d = parts[2], let day = CalendarDay(year: y, month: m, day: d) else { return nil }
            return .day(day)
        default: return nil
        }
    }
}

/// Why a `date-format` value was refused.
struct DateFormatError: Error, Hashable, Sendable {
    let message: String
}

/// Zero-padded number (CalendarDay's own helper is internal to the model).
private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
