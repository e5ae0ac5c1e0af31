import Testing
@testable import TimelineModel

/// One row of a table-driven tagger test: the sentence, the DCT, and the expression expected
/// in it (nil text: the sentence must yield no DATE at all).
struct TimeRow: Sendable {
    var sentence: String
    var dct: String?
    var text: String?
    var type: TimexType = .date
    var value: String = ""
    var line: Int

    /// Checks the row and returns a failure message, or nil when it holds.
    func failure(_ tagger: TemporalTagger = TemporalTagger()) -> String? {
        let day = dct.flatMap { CalendarDay(iso: $0) }
        let found = tagger.tag(sentence, dct: day)
        let shown = found.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" }.joined(separator: "; ")
        guard let text else {
            let dates = found.filter { $0.type == .date }
            return dates.isEmpty ? nil : "line \(line): expected no DATE in \"\(sentence)\", got [\(shown)]"
        }
        guard let hit = found.first(where: { $0.text == text }) else {
            return "line \(line): \"\(text)\" not found in \"\(sentence)\" (dct \(dct ?? "nil")); got [\(shown)]"
        }
        if hit.type != type || hit.value != value {
            return "line \(line): \"\(text)\" in \"\(sentence)\": expected \(type.rawValue) \(value), got \(hit.type.rawValue) \(hit.value)"
        }
        return nil
    }
}

/// Row builders: `timeRow(sentence, dct, text, value)` for a DATE, `r(..., .time / .duration)` otherwise.
func timeRow(_ sentence: String, _ dct: String?, _ text: String, _ value: String, _ type: TimexType = .date, line: Int = #line) -> TimeRow {
    TimeRow(sentence: sentence, dct: dct, text: text, type: type, value: value, line: line)
}

/// A sentence in which nothing may be tagged as a DATE.
func noDate(_ sentence: String, _ dct: String? = "2019-06-12", line: Int = #line) -> TimeRow {
    TimeRow(sentence: sentence, dct: dct, text: nil, line: line)
}

func checkTimeTable(_ rows: [TimeRow]) {
    let tagger = TemporalTagger()
    for row in rows {
        if let message = row.failure(tagger) { Issue.record(Comment(rawValue: message)) }
    }
}

/// Shared DCTs: a Wednesday in June, a Wednesday just after New Year, a Friday in November.
let timeDctJune = "2019-06-12"
let timeDctNewYear = "2018-01-03"
let timeDctNov = "2020-11-20"
