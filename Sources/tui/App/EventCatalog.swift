import Dispatch
import TimelineModel

/// The timeline plus what the event panes look up often, built once at start: per-event
/// search text (so `/` does not rebuild strings per keystroke), outlets and short source
/// labels. A class so every pane and every copy of the state shares one instance.
final class EventCatalog: @unchecked Sendable {
    let corpus: Corpus
    /// From a snapshot, each event is decoded when read (a frame reads the visible ones).
    let events: EventList
    private let loaded: LoadedTimeline
    /// The whole timeline: its chains and people are decoded on first use (the leadership
    /// pane), not before the first frame.
    private(set) lazy var timeline: Timeline = loaded.timeline()
    /// Search text per event (headline, kind, place, people, evidence), for filters and the
    /// row-by-row matcher. Built on the first filter, not before the first frame: on a large
    /// corpus it is hundreds of megabytes of text. (The browser's loop is one thread.)
    private(set) lazy var searchText: [String] = events.map(EventCatalog.searchText(of:))
    /// The same texts as bytes, for fast search over every event: written straight from the
    /// events (on every core), so a search needs neither `searchText` nor its strings. Built
    /// by the first search or in the background after the first frame, never before it:
    /// from a snapshot it decodes every event, each on the core that writes its text.
    let searchIndex: SearchIndex
    /// Source id → position in the corpus (for outlets and the reader), on first use.
    private lazy var sourceIndex: [String: Int] = {
        var index: [String: Int] = [:]
        index.reserveCapacity(corpus.sources.count)
        for (i, s) in corpus.sources.enumerated() { index[s.id] = i }
        return index
    }()
    /// Event id → position in `events` (the leadership pane jumps by id), on first use.
    private lazy var eventIndex: [String: Int] = Dictionary(events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

    init(loaded: LoadedTimeline) {
        self.loaded = loaded
        corpus = loaded.corpus
        let events = loaded.events
        self.events = events
        // Captures the list, not the catalog: a value whose reads are safe from any thread
        // (a snapshot's events are decoded from immutable bytes, nothing cached).
        searchIndex = SearchIndex(count: events.count) { i, out in
            events.withEvent(at: i) { EventCatalog.writeSearchText(of: $0, to: &out) }
        }
    }

    /// Builds the search index on other threads while the first screens are read, so the
    /// first `/` over a large timeline finds it ready (or waits only for the rest of it).
    func prepareSearchInBackground() {
        let index = searchIndex
        DispatchQueue.global(qos: .utility).async { index.prepare() }
    }

    convenience init(timeline: Timeline) { self.init(loaded: LoadedTimeline(timeline)) }

    convenience init(corpus: Corpus) { self.init(timeline: Timeline(corpus: corpus, events: [])) }

    func outlet(_ source: String) -> String? { sourceIndex[source].flatMap { corpus.sources[$0].outlet } }
    func sourceIndex(of id: String) -> Int? { sourceIndex[id] }
    func eventIndex(of id: String) -> Int? { eventIndex[id] }
    func event(_ id: String) -> Event? { eventIndex[id].map { events[$0] } }

    /// "000 Forces News", or the id alone when the outlet is unknown.
    func sourceLabel(_ id: String) -> String {
        let short = EventCatalog.shortLabel(id)
        return outlet(id).map { "\(short) \($0)" } ?? short
    }

    /// The id's first three characters when ids look like `NNN_hash`, else the id.
    static func shortLabel(_ id: String) -> String {
        let chars = Array(id)
        if chars.count > 4, chars[3] == "_", chars[0..<3].allSatisfy(\.isASCII), chars[0..<3].allSatisfy(\.isNumber) {
            return String(chars[0..<3])
        }
        return id
    }

    static func searchText(of e: Event) -> String {
        var text = ""
        writeSearchText(of: e, to: &text)
        return text
    }

    /// Headline, kind, date, place, people, actors, targets and evidence, in that order and
    /// separated by " \u{1F} " (a separator no query holds), written piece by piece: the
    /// rows' String and the search index's bytes come from this one place.
    static func writeSearchText(of e: Event, to out: inout some TextOutputStream) {
        var first = true
        func separate() {
            if !first { out.write(" \u{1F} ") }
            first = false
        }
        func piece(_ s: String) {
            separate()
            out.write(s)
        }
        piece(e.headline)
        piece(e.kind.label)
        piece(e.date?.label ?? "")
        piece(e.place.label)
        // The place's names, spaced, without a string of their own.
        separate()
        var spaced = false
        for name in [e.place.locality, e.place.district, e.place.province, e.place.country] {
            guard let name else { continue }
            if spaced { out.write(" ") }
            spaced = true
            out.write(name)
        }
        for p in e.people { piece(p.name) }
        for a in e.actors { piece(a) }
        for t in e.targets { piece(t) }
        for ev in e.evidence { piece(ev.text) }
    }
}
