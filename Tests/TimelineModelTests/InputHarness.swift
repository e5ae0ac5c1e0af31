// One untrusted input through every reader of untrusted text in TimelineModel. Shared by the
// seeded property test (`HostileInputPropertyTests`) and the libFuzzer target (Fuzz/run.sh
// compiles this file into the TimelineModel module itself, with -D TIMELINE_FUZZ).
import Foundation
#if !TIMELINE_FUZZ
@testable import TimelineModel
#endif

/// Feeds bytes to corpus.yaml parsing, decoding, line scanning, furniture, publication dates,
/// the temporal tagger, extraction, reconciliation and the JSON/CSV writers, and says which
/// promise broke. A crash or a hang is a finding too; the caller (a test, libFuzzer) sees those.
struct InputHarness: Sendable {
    let rules: FurnitureRules
    let tagger: TemporalTagger
    let reader: CorpusReader
    let extractor: SourceExtractor
    /// Built once: `Timeline.build` would otherwise load its word lists for every input.
    let reconciler: Reconciler

    init() {
        rules = .standard()
        tagger = TemporalTagger()
        let tagger = tagger
        reader = CorpusReader(furniture: rules, today: CalendarDay(year: 2026, month: 1, day: 1)!,
                              findDates: { text in tagger.tag(text, dct: nil).compactMap(DateMention.init(timex:)) })
        extractor = .standard()
        reconciler = .standard()
    }

    /// The broken promises, empty when all held.
    func run(_ bytes: [UInt8]) -> [String] { run(bytes, extraction: true) }

    /// Everything but extraction, reconciliation and the writers (the costly part in a debug
    /// build); corpus.yaml parsing only when `manifest` is set.
    func runCheap(_ bytes: [UInt8], manifest: Bool = true) -> [String] { run(bytes, extraction: false, manifest: manifest) }

    private func run(_ bytes: [UInt8], extraction: Bool, manifest parse: Bool = true) -> [String] {
        var broken: [String] = []
        if parse { manifest(bytes, &broken) }
        guard case .text(let text, _, _) = DecodedText.decode(bytes) else { return broken }
        article(text, extraction: extraction, &broken)
        return broken
    }

    /// corpus.yaml: parsed, or refused with one located line.
    func manifest(_ bytes: [UInt8], _ broken: inout [String]) {
        let yaml = String(decoding: bytes, as: UTF8.self)
        do {
            let m = try CorpusManifest.parse(yaml)
            for e in m.entries where e.file.isEmpty || CorpusManifest.pathProblem(e.file) != nil {
                broken.append("manifest accepted a bad path \(e.file.debugDescription)")
            }
        } catch {
            if error.line < 1 || error.column < 1 { broken.append("manifest error without a location: \(error)") }
            if !error.description.hasPrefix("corpus.yaml:") { broken.append("manifest error not naming the file: \(error)") }
            if Self.hasControl(error.description) {
                broken.append("manifest error is not one clean line: \(error.description.debugDescription)")
            }
        }
    }

    /// An article's text through everything that reads one.
    func article(_ text: String, extraction: Bool = true, _ broken: inout [String]) {
        let n = text.unicodeScalars.count
        func inside(_ r: TextRange, _ what: String) {
            if r.start < 0 || r.start > r.end || r.end > n { broken.append("\(what) \(r.start)..<\(r.end) outside 0..<\(n)") }
        }
        var last = -1
        for line in LineScanner.lines(of: text) {
            inside(line.range, "line")
            if line.range.start <= last { broken.append("lines out of order at \(line.range.start)") }
            last = line.range.end
            if line.text.unicodeScalars.count != line.range.length { broken.append("line text and range differ at \(line.range.start)") }
        }
        let layout = FurnitureDetector.detect(text, rules: rules)
        layout.furniture.forEach { inside($0, "furniture") }
        if let t = layout.titleLine { inside(t, "title line") }
        let scalars = Array(text.unicodeScalars)
        // The cheap pass tags once (with or without a reference date, by the text's length).
        let dcts = extraction ? [nil, Self.dct] : [n % 2 == 0 ? nil : Self.dct]
        for dct in dcts {
            var end = 0
            for t in tagger.tag(text, dct: dct) {
                inside(TextRange(start: t.start, end: t.end), "timex")
                if t.start < end { broken.append("timexes overlap at \(t.start)") }
                end = t.end
                if t.start >= 0, t.start <= t.end, t.end <= n {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[t.start..<t.end])
                    if String(slice) != t.text { broken.append("timex text \(t.text.debugDescription) is not the text at \(t.start)..<\(t.end)") }
                }
            }
        }

        guard extraction else { return }
        let published = reader.publicationDate(text: text, layout: layout, manifest: nil)
        if let s = published.span, s.start > s.end { broken.append("publication date ends before it starts: \(s)") }

        // Two sources with the same text: reconciliation merges across sources too.
        let sources = ["a", "b"].map { id in
            Source(id: id, file: id + ".txt", title: layout.title, published: published.span == nil
                   ? PublicationDate(span: .day(Self.dct!), origin: .manifest) : published,
                   text: text, furniture: layout.furniture, titleLine: layout.titleLine)
        }
        let timeline = Timeline.build(from: Corpus(name: "fuzz", path: "-", sources: sources), extractor: extractor, reconciler: reconciler)
        for e in timeline.events {
            for ev in e.evidence { inside(ev.range, "evidence") }
            if let d = e.date, d.start > d.end { broken.append("event date ends before it starts: \(d)") }
        }
        let json = EventJSON.document(timeline, events: timeline.events).compact
        if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil { broken.append("events JSON does not parse") }
        let leaders = LeadersJSON.document(timeline.chains).compact
        if (try? JSONSerialization.jsonObject(with: Data(leaders.utf8))) == nil { broken.append("leaders JSON does not parse") }
        _ = EventCSV.render(timeline.events)
    }

    static let dct = CalendarDay(year: 2018, month: 4, day: 7)

    /// C0 and C1 controls, DEL and bidi overrides: what may not stand in a one-line message.
    static func hasControl(_ s: String) -> Bool {
        s.unicodeScalars.contains { u in
            u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
        }
    }
}
