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
    /// Lowercased and original search text per event (headline, kind, place, people, evidence).
    /// Built on the first search or filter, not before the first frame: on a large corpus it
    /// is hundreds of megabytes of text. (The browser's loop is one thread.)
    private(set) lazy var searchText: [String] = events.map(EventCatalog.searchText(of:))
    /// The same texts as contiguous bytes, for fast search over every event.
    private(set) lazy var searchIndex = SearchIndex(searchText)
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
        events = loaded.events
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
        var parts = [e.headline, e.kind.label, e.date?.label ?? "", e.place.label,
                     [e.place.locality, e.place.district, e.place.province, e.place.country].compactMap { $0 }.joined(separator: " ")]
        parts += e.people.map(\.name)
        parts += e.actors + e.targets
        parts += e.evidence.map(\.text)
        return parts.joined(separator: " \u{1F} ")
    }
}
