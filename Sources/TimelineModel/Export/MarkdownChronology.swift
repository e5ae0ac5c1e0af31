/// `export --format markdown`: a chronology a reporter can paste into a story.
///
/// `# title`, then a `## YEAR` section per year (undated events last), one bullet per
/// event — the date at its precision ("around" when hedged), the kind, the place, what
/// happened, the figures, footnotes to the sources — with the sources' disagreements
/// stated plainly under it; then `## Leadership` with each chain's holders, their dates
/// and how each tenure ended; then the footnotes (outlet, title, address, file).
/// Article-derived text is escaped so that it reads as written.
public enum MarkdownChronology {
    public static func render(_ timeline: Timeline, events: [Event]) -> String {
        var notes = Footnotes(timeline: timeline)
        let title = timeline.corpus.title ?? timeline.corpus.name
        var out = "# \(escape(title))\n\n"
        let count = timeline.corpus.sources.count
        out += "\(events.count) \(events.count == 1 ? "event" : "events") from \(count) \(count == 1 ? "report" : "reports"). "
        out += "Dates are as precise as the reports allow; \u{201C}around\u{201D} marks a date the reports hedge or that was worked out.\n"

        var byYear: [Int: [Event]] = [:]
        var undated: [Event] = []
        for e in events {
            if let d = e.date { byYear[d.start.year, default: []].append(e) } else { undated.append(e) }
        }
        for year in byYear.keys.sorted() {
            out += "\n## \(year)\n\n"
            for e in byYear[year]! { out += bullet(e, &notes) }
        }
        if !undated.isEmpty {
            out += "\n## Undated\n\n"
            for e in undated { out += bullet(e, &notes) }
        }

        out += "\n## Leadership\n\n"
        if timeline.chains.isEmpty { out += "No leadership chains found.\n" }
        for (n, chain) in timeline.chains.enumerated() {
            if n > 0 { out += "\n" }
            out += "### \(escape((chain.organisation.map { $0 + " · " } ?? "") + chain.role))\n\n"
            for (i, t) in chain.holders.enumerated() {
                out += "\(i + 1). " + holder(t, &notes) + "\n"
            }
        }

        if !notes.order.isEmpty {
            out += "\n"
            for (i, id) in notes.order.enumerated() { out += "[^\(i + 1)]: \(notes.definition(id))\n" }
        }
        return out
    }

    /// "- **5 April 2018** — Airstrike — Darzab, Jowzjan, Afghanistan — what happened. Killed: 2.[^1]"
    static func bullet(_ e: Event, _ notes: inout Footnotes) -> String {
        var parts = ["**" + (e.date.map(DateWords.spoken) ?? "Date unknown") + "**"]
        let summary = EventWords.summary(e)
        // The kind, unless the headline starts with it ("Airstrike by …").
        if !summary.hasPrefix(e.kind.label) { parts.append(e.kind.label) }
        let place = [e.place.locality, e.place.district, e.place.province, e.place.country].compactMap { $0 }
        if !place.isEmpty { parts.append(escape(place.joined(separator: ", "))) }
        var what = escape(summary)
        if !what.isEmpty, !".!?".contains(what.last!) { what += "." }
        let figures = Counts.Field.allCases.compactMap { f in e.counts[f].map { "\(f.rawValue): \($0.label)" } }
        if !figures.isEmpty {
            let text = figures.joined(separator: ", ")
            what += " " + text.prefix(1).uppercased() + text.dropFirst() + "."
        }
        parts.append(what)
        var line = "- " + parts.joined(separator: " — ") + notes.refs(e.sources) + "\n"
        for c in e.conflicts {
            line += "  - " + disagreement(c, e, &notes) + "\n"
        }
        return line
    }

    /// "Sources disagree on the date: 2018-04-05 (the police chief per Outlet[^2]; Other[^1]) vs …"
    static func disagreement(_ c: Conflict, _ e: Event, _ notes: inout Footnotes) -> String {
        // Footnote numbers are handed out in the order the sources are named.
        var labels: [String: String] = [:]
        for claim in c.claims {
            for s in claim.sources where labels[s] == nil { labels[s] = escape(notes.outlet(s)) + notes.ref(s) }
        }
        var escaped = c
        for i in escaped.claims.indices {
            escaped.claims[i].value = escape(escaped.claims[i].value)
            escaped.claims[i].attributions = escaped.claims[i].attributions.map(escape)
        }
        var event = e
        for i in event.evidence.indices { event.evidence[i].attribution = event.evidence[i].attribution.map(escape) }
        return Disagreement.sentence(escaped, in: event) { labels[$0] ?? escape($0) } + "."
    }

    /// "**A. Name** (also …): until 5 April 2018. Ended: killed, 5 April 2018.[^1]"
    static func holder(_ t: Tenure, _ notes: inout Footnotes) -> String {
        var s = "**\(escape(t.name))**"
        if !t.aliases.isEmpty { s += " (also \(escape(t.aliases.joined(separator: ", "))))" }
        s += ": \(TenureWords.span(t)). \(TenureWords.ending(t))."
        var seen: [String] = []
        for ev in t.evidence where !seen.contains(ev.source) { seen.append(ev.source) }
        return s + notes.refs(seen)
    }

    /// The sources cited so far, numbered in order of first citation.
    struct Footnotes {
        let timeline: Timeline
        var order: [String] = []
        var numbers: [String: Int] = [:]

        mutating func ref(_ source: String) -> String {
            if let n = numbers[source] { return "[^\(n)]" }
            order.append(source)
            numbers[source] = order.count
            return "[^\(order.count)]"
        }

        /// "[^1][^3]": references to these sources, in footnote order.
        mutating func refs(_ sources: [String]) -> String {
            for s in sources { _ = ref(s) }
            return sources.compactMap { numbers[$0] }.sorted().map { "[^\($0)]" }.joined()
        }

        func outlet(_ id: String) -> String { timeline.corpus.source(id: id)?.outlet ?? id }

        /// `Outlet, "Title", <https://…>, file `name.txt``
        func definition(_ id: String) -> String {
            guard let s = timeline.corpus.source(id: id) else { return code(id) }
            var parts: [String] = []
            if let o = s.outlet { parts.append(escape(o)) }
            if let t = s.title { parts.append("\u{201C}\(escape(oneLine(t)))\u{201D}") }
            if let p = s.published.span { parts.append("published \(DateWords.plain(p))") }
            if let u = s.url { parts.append(link(u)) }
            parts.append("file " + code(s.file))
            return parts.joined(separator: ", ")
        }
    }

    /// Markdown-escapes article text for use inside a line: backslash, code, emphasis,
    /// link, HTML and strike-through characters get a backslash; line breaks become spaces.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in oneLine(s) {
            if "\\`*_[]<>~|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// A code span that holds any text (longer fences when the text has backticks).
    static func code(_ s: String) -> String {
        let text = oneLine(s)
        var longest = 0, run = 0
        for ch in text { run = ch == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        return longest == 0 ? fence + text + fence : fence + " " + text + " " + fence
    }

    /// `<url>` when it can be an autolink, else the escaped text.
    static func link(_ url: String) -> String {
        let ok = (url.hasPrefix("http://") || url.hasPrefix("https://")) && !url.contains { $0 == "<" || $0 == ">" || $0.isWhitespace }
        return ok ? "<\(url)>" : escape(url)
    }
}
