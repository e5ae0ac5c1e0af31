/// `export --format acled`: one CSV row per event in ACLED's column order (the 2023
/// column set), coded by the rules of acled.tsv.
///
/// - event_id_cnty is our stable event id; event_date is the day, or the middle day of a
///   coarser span; time_precision 1 = the day, 2 = within a week or an approximate day,
///   3 = a month or coarser.
/// - fatalities is the most conservative killed figure any source gives (the lower end of
///   a range or hedge; named dead when no number is given; 0 when unknown), as ACLED does.
/// - notes hold the headline, hedged figures and every disagreement with who says what.
/// - latitude/longitude and source_scale are left empty (nothing in a report gives them);
///   timestamp is the latest publication date of the event's sources (Unix seconds).
/// - Kinds ACLED has no type for (acled.tsv says which) get no row; a warning counts them.
public enum ACLEDExport {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    public static func render(_ timeline: Timeline, events: [Event], mapping: ACLEDMapping) -> ExportOutput {
        var rows: [[String]] = []
        var leftOut: [EventKind: Int] = [:]
        var undated = 0
        for e in events {
            guard let type = mapping.type(of: e) else {
                leftOut[e.kind, default: 0] += 1
                continue
            }
            guard let row = row(e, type: type, timeline: timeline, mapping: mapping) else {
                undated += 1
                continue
            }
            rows.append(row)
        }
        var warnings: [String] = []
        let untyped = leftOut.values.reduce(0, +)
        if untyped > 0 {
            let kinds = EventKind.allCases.filter { leftOut[$0] != nil }.map(\.rawValue).joined(separator: ", ")
            warnings.append("\(untyped) \(untyped == 1 ? "event" : "events") left out: ACLED has no type for \(kinds)")
        }
        if undated > 0 {
            warnings.append("\(undated) \(undated == 1 ? "event" : "events") left out: no date (ACLED needs one)")
        }
        return ExportOutput(text: CSVWriter.document(header: columns, rows: rows), warnings: warnings)
    }

    /// One event's row in `columns` order; nil when it has no date.
    public static func row(_ e: Event, type: ACLEDMapping.EventType, timeline: Timeline, mapping: ACLEDMapping) -> [String]? {
        guard let date = e.date else { return nil }
        let inter1 = mapping.interCode(e.actors.first)
        let inter2 = mapping.interCode(e.targets.first)
        let interaction: String = switch (inter1, inter2) {
        case let (a?, b?): "\(min(a, b))\(max(a, b))"
        case let (a?, nil): "\(a)0"
        case let (nil, b?): "\(b)0"
        case (nil, nil): ""
        }
        let country = e.place.country
        let code = country.flatMap { mapping.countries[$0] }
        let fields: [String: String] = [
            "event_id_cnty": e.id,
            "event_date": codedDay(date).description,
            "year": String(codedDay(date).year),
            "time_precision": String(timePrecision(date)),
            "disorder_type": type.disorderType,
            "event_type": type.eventType,
            "sub_event_type": type.subEventType,
            "actor1": e.actors.first ?? "",
            "assoc_actor_1": e.actors.dropFirst().joined(separator: "; "),
            "inter1": inter1.map(String.init) ?? "",
            "actor2": e.targets.first ?? "",
            "assoc_actor_2": e.targets.dropFirst().joined(separator: "; "),
            "inter2": inter2.map(String.init) ?? "",
            "interaction": interaction,
            "civilian_targeting": type.eventType == "Violence against civilians" ? "Civilian targeting" : "",
            "iso": code.map { String($0.iso) } ?? "",
            "region": code?.region ?? "",
            "country": country ?? "",
            "admin1": e.place.province ?? "",
            "admin2": e.place.district ?? "",
            "admin3": "",
            "location": e.place.locality ?? e.place.district ?? e.place.province ?? country ?? "",
            "latitude": "",
            "longitude": "",
            "geo_precision": geoPrecision(e.place).map(String.init) ?? "",
            "source": sourceNames(e, timeline).joined(separator: "; "),
            "source_scale": "",
            "notes": notes(e, timeline),
            "fatalities": String(fatalities(e)),
            "tags": "",
            "timestamp": timestamp(e, timeline).map(String.init) ?? "",
        ]
        return columns.map { fields[$0] ?? "" }
    }

    /// The day ACLED's event_date holds: the day itself, else the middle of the span.
    public static func codedDay(_ d: DateSpan) -> CalendarDay {
        if d.start == d.end { return d.start }
        return CalendarDay(ordinal: (d.start.ordinal + d.end.ordinal) / 2)
    }

    /// 1 = the day is known; 2 = within a week, or a hedged day; 3 = a month or coarser.
    public static func timePrecision(_ d: DateSpan) -> Int {
        let days = d.end.ordinal - d.start.ordinal + 1
        switch d.precision {
        case .day: return d.approximate ? 2 : 1
        case .range, .unknown: return days <= 1 ? (d.approximate ? 2 : 1) : days <= 7 ? 2 : 3
        case .month, .year: return 3
        }
    }

    /// 1 = a town or village; 2 = a district; 3 = only the province or country.
    public static func geoPrecision(_ p: EventPlace) -> Int? {
        if p.locality != nil { return 1 }
        if p.district != nil { return 2 }
        if p.province != nil || p.country != nil { return 3 }
        return nil
    }

    /// The most conservative number of dead: the lowest figure any source gives for the
    /// event (a range's lower end, a hedged number's number), at least the named dead.
    public static func fatalities(_ e: Event) -> Int {
        var figures: [Int] = []
        if let k = e.counts.killed { figures.append(k.value) }
        for c in e.conflicts where c.field == Counts.Field.killed.rawValue {
            figures += c.claims.compactMap { firstNumber($0.value) }
        }
        let named = e.people.filter { $0.fate == .killed }.count
        return max(figures.min() ?? 0, named)
    }

    /// The first run of digits in a count's label ("more than 150" → 150, "5–7" → 5).
    static func firstNumber(_ s: String) -> Int? {
        let digits = s.drop { !$0.isASCII || !$0.isNumber }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    /// The outlets that report the event (the source id where no outlet is known).
    static func sourceNames(_ e: Event, _ t: Timeline) -> [String] {
        var out: [String] = []
        for id in e.sources {
            let name = t.corpus.source(id: id)?.outlet ?? id
            if !out.contains(name) { out.append(name) }
        }
        return out
    }

    /// The headline, hedged figures, then each disagreement with who says what.
    public static func notes(_ e: Event, _ t: Timeline) -> String {
        var parts: [String] = []
        let headline = EventWords.summary(e)
        if !headline.isEmpty { parts.append(headline.hasSuffix(".") ? headline : headline + ".") }
        if let d = e.date, d.precision != .day || d.approximate {
            parts.append("Date as reported: \(DateWords.labelled(d)).")
        }
        for f in Counts.Field.allCases {
            if let c = e.counts[f], c.hedge != .exact || c.upper != nil { parts.append("\(f.rawValue.capitalized): \(c.label).") }
        }
        let name = { (id: String) in t.corpus.source(id: id)?.outlet ?? id }
        for c in e.conflicts { parts.append(Disagreement.sentence(c, in: e, source: name) + ".") }
        return parts.joined(separator: " ").replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    /// The latest publication day of the event's sources, as Unix seconds at 00:00 UTC.
    static func timestamp(_ e: Event, _ t: Timeline) -> Int? {
        let days = e.sources.compactMap { t.corpus.source(id: $0)?.published.span?.end }
        return days.max().map { $0.ordinal * 86_400 }
    }
}
