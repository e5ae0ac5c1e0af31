import ArgumentParser
import TimelineModel

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Print the events the corpus reports, in chronological order.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions
    @OptionGroup var filter: EventFilterOptions
    @Flag(help: "Print JSON (DESIGN.md's contract).") var json = false
    @Flag(help: "Print CSV, one row per event.") var csv = false
    @Flag(help: "Print every report of an event as read from its sentence, before merging (to see why).") var mentions = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        if mentions {
            let c = try corpus.load()
            for issue in c.issues { Console.issue(issue) }
            let extractor = SourceExtractor.standard()
            for source in c.sources {
                for m in extractor.mentions(in: source) { Console.text(MentionLine.render(m)) }
            }
            return
        }
        let timeline = try cache.timeline(corpus)
        let events = try filter.apply(timeline.events)
        if json {
            print(EventJSON.document(timeline, events: events).pretty)
        } else if csv {
            Console.data(EventCSV.render(events))
        } else {
            Console.text(EventTable.render(events))
        }
    }
}

/// The event filters shared by `events` and `export`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Only events of this kind (\(EventKind.allCases.map(\.rawValue).joined(separator: ", "))).") var kind: String?
    @Option(help: "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String?
    @Option(help: "Only events on or before this date.") var to: String?
    @Option(help: "Only events whose headline, place, people or evidence contain this text (case-insensitive).") var grep: String?

    func validate() throws {
        if let kind, EventKind(rawValue: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; use one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CorpusManifest.parseDate(value) == nil { throw ValidationError("\(name) \(value) is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        }
    }

    func apply(_ events: [Event]) throws -> [Event] {
        let k = kind.flatMap(EventKind.init(rawValue:))
        let lower = from.flatMap(CorpusManifest.parseDate)?.start
        let upper = to.flatMap(CorpusManifest.parseDate)?.end
        let needle = grep?.lowercased()
        return events.filter { e in
            if let k, e.kind != k { return false }
            if let lower, let d = e.date, d.end < lower { return false }
            if let upper, let d = e.date, d.start > upper { return false }
            if (lower != nil || upper != nil) && e.date == nil { return false }
            if let needle {
                let hay = ([e.headline, e.place.label] + e.people.map(\.name) + e.evidence.map(\.text)).joined(separator: "\n").lowercased()
                if !hay.contains(needle) { return false }
            }
            return true
        }
    }
}

/// The plain-text listing of events.
enum EventTable {
    static func render(_ events: [Event]) -> String {
        events.map { e in
            let date = (e.date?.label ?? "undated") + (e.date?.approximate == true ? " ~" : "")
            let mark = e.isDisputed ? "!" : " "
            return "\(date.padding(toLength: 16, withPad: " ", startingAt: 0)) \(e.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(mark) \(e.sources.count)src  \(e.headline)"
        }.joined(separator: "\n")
    }
}

/// One line per mention, for `events --mentions`.
enum MentionLine {
    static func render(_ m: EventMention) -> String {
        let date = (m.date?.label ?? "-") + (m.date?.approximate == true ? "~" : "")
        let counts = Counts.Field.allCases.compactMap { f in m.counts[f].map { "\(f.rawValue)=\($0.label)" } }.joined(separator: " ")
        let people = m.people.map { "\($0.name)/\($0.fate.rawValue)" }.joined(separator: ", ")
        return "\(m.source.prefix(3)) s\(m.sentence.index) \(m.kind.rawValue) [\(m.triggerText)] \(date) (\(m.dateBasis.rawValue)) "
            + "place=\(m.place.label)\(m.placeInherited ? "*" : "") actors=\(m.actors) targets=\(m.targets) \(counts) people=[\(people)] by=\(m.attribution ?? "-")"
    }
}
