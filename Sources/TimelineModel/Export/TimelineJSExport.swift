/// `export --format timelinejs`: a TimelineJS3 JSON document (timeline.knightlab.com/docs/json-format.html).
///
/// - `title`: the corpus title (corpus.yaml's, else the folder's name).
/// - `events`: one slide per dated event. `start_date` carries only the parts the date is
///   known to (a month-precision event has no day); a range also has `end_date`; hedged
///   dates say so in `display_date` ("April 2018 (approx.)"). The slide's text is HTML,
///   every piece of article text escaped: the evidence sentences with their sources
///   (outlet, file) and the disagreements. `group` is the kind, `unique_id` our event id.
/// - `eras`: one per leadership tenure, from its start (else the predecessor's end, else
///   the first event naming the holder or the first report of the tenure) to its end (else the next holder's start,
///   else the last event). TimelineJS drops an end date equal to the start and then
///   rejects the era, so both are full days and the end is at least a day later.
/// - Undated events cannot be slides: they are left out and counted in a warning.
public enum TimelineJSExport {
    public static func render(_ timeline: Timeline, events: [Event]) -> ExportOutput {
        let (doc, undated) = document(timeline, events: events)
        var warnings: [String] = []
        if undated > 0 {
            warnings.append("\(undated) \(undated == 1 ? "event" : "events") left out: no date (a TimelineJS slide needs one)")
        }
        return ExportOutput(text: doc.pretty + "\n", warnings: warnings)
    }

    /// The document, and how many events were left out for want of a date.
    public static func document(_ timeline: Timeline, events: [Event]) -> (JSONValue, Int) {
        var ids = UniqueIDs()
        let title = timeline.corpus.title ?? timeline.corpus.name
        let dated = events.filter { $0.date != nil }
        // Event ids first, so that the title and the eras give way to them.
        let eventIDs = dated.map { ids.claim($0.id) }
        let titleSlide: JSONValue = .object([
            ("text", .object([
                ("headline", .string(HTML.escape(title))),
                ("text", .string("<p>\(dated.count) \(dated.count == 1 ? "event" : "events") from \(timeline.corpus.sources.count) \(timeline.corpus.sources.count == 1 ? "report" : "reports")</p>")),
            ])),
            ("unique_id", .string(ids.claim("title"))),
        ])
        let slides = zip(dated, eventIDs).map { slide($0, id: $1, timeline: timeline) }
        let eras = self.eras(timeline, events: dated, ids: &ids)
        var pairs: [(String, JSONValue)] = [("title", titleSlide), ("events", .array(slides))]
        if !eras.isEmpty { pairs.append(("eras", .array(eras))) }
        return (.object(pairs), events.count - dated.count)
    }

    static func slide(_ e: Event, id: String, timeline: Timeline) -> JSONValue {
        let d = e.date!
        var pairs: [(String, JSONValue)] = []
        let (start, end) = dates(d)
        pairs.append(("start_date", start))
        if let end { pairs.append(("end_date", end)) }
        if d.approximate { pairs.append(("display_date", .string(DateWords.labelled(d)))) }
        pairs.append(("text", .object([("headline", .string(HTML.escape(e.headline))), ("text", .string(text(e, timeline)))])))
        pairs.append(("group", .string(e.kind.rawValue)))
        pairs.append(("unique_id", .string(id)))
        return .object(pairs)
    }

    /// A date's parts down to its precision; a span that is not one day or month also ends.
    static func dates(_ d: DateSpan) -> (JSONValue, JSONValue?) {
        func day(_ c: CalendarDay) -> JSONValue { .object([("year", .int(c.year)), ("month", .int(c.month)), ("day", .int(c.day))]) }
        func month(_ c: CalendarDay) -> JSONValue { .object([("year", .int(c.year)), ("month", .int(c.month))]) }
        switch d.precision {
        case .day: return (day(d.start), nil)
        case .month: return (month(d.start), nil)
        case .year: return (.object([("year", .int(d.start.year))]), nil)
        case .range, .unknown:
            if d.start == d.end { return (day(d.start), nil) }
            // A period from a month's first day reads at month precision (as DateSpan.label does).
            if d.start.day == 1 {
                let sameMonth = d.start.year == d.end.year && d.start.month == d.end.month
                return (month(d.start), sameMonth ? nil : month(d.end))
            }
            return (day(d.start), day(d.end))
        }
    }

    /// The slide's HTML: what is known, the disagreements, then each evidence sentence
    /// with its source.
    static func text(_ e: Event, _ t: Timeline) -> String {
        var facts: [String] = []
        let place = [e.place.locality, e.place.district, e.place.province, e.place.country].compactMap { $0 }
        if !place.isEmpty { facts.append("Place: " + place.joined(separator: ", ")) }
        if !e.actors.isEmpty { facts.append("By: " + e.actors.joined(separator: ", ")) }
        if !e.people.isEmpty { facts.append("People: " + e.people.map { "\($0.name) (\($0.fate.rawValue))" }.joined(separator: ", ")) }
        for f in Counts.Field.allCases { if let c = e.counts[f] { facts.append("\(f.rawValue.capitalized): \(c.label)") } }
        var html = ""
        if !facts.isEmpty { html += "<p>" + facts.map(HTML.escape).joined(separator: "<br>") + "</p>" }
        let outlet = { (id: String) in t.corpus.source(id: id)?.outlet ?? id }
        for c in e.conflicts {
            html += "<p><b>" + HTML.escape(Disagreement.sentence(c, in: e, source: outlet)) + "</b></p>"
        }
        if !e.evidence.isEmpty {
            html += "<ul>"
            for ev in e.evidence {
                let s = t.corpus.source(id: ev.source)
                var cite = [s?.outlet ?? ev.source, s?.file ?? ev.source]
                if let who = ev.attribution { cite.append("says " + who) }
                html += "<li>\u{201C}" + HTML.escape(ev.text) + "\u{201D} — " + HTML.escape(cite.joined(separator: ", ")) + "</li>"
            }
            html += "</ul>"
        }
        return html
    }

    /// One era per tenure of every chain.
    static func eras(_ t: Timeline, events: [Event], ids: inout UniqueIDs) -> [JSONValue] {
        let lastEvent = (events.isEmpty ? t.events : events).compactMap { $0.date?.end }.max()
        var out: [JSONValue] = []
        for chain in t.chains {
            // A holder without a start of their own took over when the one before them left.
            var starts: [CalendarDay?] = []
            for (i, tenure) in chain.holders.enumerated() {
                let previousEnd = i > 0 ? chain.holders[i - 1].end?.start : nil
                starts.append(tenure.start?.start ?? previousEnd ?? start(of: tenure, in: t))
            }
            for (i, tenure) in chain.holders.enumerated() {
                let nextStart = chain.holders.indices.contains(i + 1) ? starts[i + 1] : nil
                guard var from = starts[i] ?? tenure.end?.start,
                      var to = tenure.end?.end ?? nextStart ?? lastEvent else { continue }
                // Reports that came after the tenure ended do not move its start past its end.
                if from > to { from = min(tenure.end?.start ?? to, to) }
                if to == from { to = from.adding(days: 1) }
                let headline = "\(tenure.name) — \(chain.organisation.map { $0 + " " } ?? "")\(chain.role)"
                out.append(.object([
                    ("start_date", day(from)),
                    ("end_date", day(to)),
                    ("text", .object([("headline", .string(HTML.escape(headline))), ("text", .string(HTML.escape(TenureWords.ending(tenure))))])),
                    ("unique_id", .string(ids.claim("era-" + slug(tenure.name)))),
                ]))
            }
        }
        return out
    }

    /// When a tenure began: its own start, else the first event naming its holder, else the
    /// first publication among the reports of it.
    static func start(of tenure: Tenure, in t: Timeline) -> CalendarDay? {
        if let s = tenure.start { return s.start }
        let names = Set([tenure.name] + tenure.members + tenure.aliases)
        let named = t.events.filter { e in e.people.contains { names.contains($0.name) } }.compactMap { $0.date?.start }
        let reported = tenure.evidence.compactMap { t.corpus.source(id: $0.source)?.published.span?.start }
        return (named + reported).min()
    }

    static func day(_ c: CalendarDay) -> JSONValue {
        .object([("year", .int(c.year)), ("month", .int(c.month)), ("day", .int(c.day))])
    }

    /// Lowercase letters and digits, other runs as one hyphen: "Qari Zarmak" → "qari-zarmak".
    static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased() {
            if (ch.isLetter || ch.isNumber) && ch.isASCII { out.append(ch) } else if !out.isEmpty && out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    /// Hands out ids once each: a taken id gets "-2", "-3"...
    struct UniqueIDs {
        var taken = Set<String>()
        mutating func claim(_ id: String) -> String {
            var candidate = id
            var n = 2
            while taken.contains(candidate) {
                candidate = "\(id)-\(n)"
                n += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }
}

/// HTML text escaping, for article text inside HTML.
public enum HTML {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
