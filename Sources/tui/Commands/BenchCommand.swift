import ArgumentParser
import Foundation
import TimelineModel

/// `timeline bench-browser …`: measurements of the browser's own work that Benchmarks/
/// runs in a release build (the views and the reducer live in this executable). Hidden
/// from the help: it is a tool for `make bench`, not for analysts.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-browser", abstract: "Measure frames, searches and the first frame (for make bench).",
        shouldDisplay: false)

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case frame, search
        case firstFrame = "first-frame"
    }

    @Argument(help: "frame, search or first-frame") var measure: Measure
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions
    @Option(help: "Events for frame and search (the seeds' events, repeated with shifted dates).") var events = 1_000_000
    @Option var width = 200
    @Option var height = 60

    func run() throws {
        let clock = ContinuousClock()
        switch measure {
        case .firstFrame:
            // What the browser does before its first paint, without a terminal: read the
            // corpus (a warm start: its snapshot), build the timeline through the cache, lay
            // out and render.
            let start = clock.now
            let t = try cache.opened(corpus, issues: false)
            let loaded = clock.now
            let state = BrowserState(loaded: t, width: width, height: height)
            let laidOut = clock.now
            let canvas = Screen.render(state)
            let rendered = clock.now
            print("first-frame events=\(t.events.count) fromCache=\(t.readFromCache) filesRead=\(t.filesRead) "
                  + "snapshot=\(t.fromSnapshot ? "yes" : "no") rows=\(canvas.height) "
                  + String(format: "load_ms=%.0f state_ms=%.0f render_ms=%.0f", Self.ms(loaded - start),
                           Self.ms(laidOut - loaded), Self.ms(rendered - laidOut)))
            // The measure ends at the first frame: leave without freeing the timeline (at
            // 100,000 articles that alone takes a good part of a second).
            fflush(nil)
            Foundation.exit(0)
        case .frame, .search:
            let state = BrowserState(timeline: try Self.bigTimeline(corpus.load(), count: events), width: width, height: height)
            if measure == .frame {
                // Frames after a move, as the loop builds them: a key reduced, a screen rendered
                // and compared with the last one for what the painter must send (all of a
                // frame but the terminal's own work).
                var s = state
                var previous = Screen.render(s)
                var samples: [Double] = []
                for i in 0..<200 {
                    let key: Key = i % 50 == 49 ? .pageDown : .down
                    let start = clock.now
                    s = Browser.handle(s, .key(key)).0
                    let canvas = Screen.render(s)
                    let runs = CanvasDiff.runs(from: previous, to: canvas)
                    samples.append(Self.ms(clock.now - start))
                    if runs.isEmpty { print("a move changed nothing on screen") }
                    previous = canvas
                }
                print(String(format: "frame_ms %.4f", Self.median(samples)))
            } else {
                // The first keystroke of a search, which must look at every event's text (later
                // keystrokes only narrow what it found), and the screen it leaves. Letters
                // rarer than vowels, though in the seeds' events z and j are in more than
                // half the events and q and x in one in seven.
                // The first search of a session also builds the byte index (once).
                let build = clock.now
                _ = Browser.handle(Browser.handle(state, .key(.char("/"))).0, .key(.char("a")))
                print(String(format: "index %.1f ms", Self.ms(clock.now - build)))
                var samples: [Double] = []
                for c in "zqxj" {
                    let s = Browser.handle(state, .key(.char("/"))).0
                    let start = clock.now
                    let after = Browser.handle(s, .key(.char(c))).0
                    _ = Screen.render(after)
                    samples.append(Self.ms(clock.now - start))
                }
                print("samples " + samples.map { String(format: "%.1f", $0) }.joined(separator: " "))
                print(String(format: "search_ms %.4f", Self.median(samples)))
            }
        }
    }

    static func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    /// `count` events made from a corpus's events, each moved by whole weeks so the
    /// timeline spans many years, with ids kept unique.
    static func bigTimeline(_ corpus: Corpus, count: Int) -> Timeline {
        let base = Timeline.build(from: corpus)
        guard !base.events.isEmpty else { return base }
        var events: [Event] = []
        events.reserveCapacity(count)
        for i in 0..<count {
            var e = base.events[i % base.events.count]
            let shift = (i / base.events.count) * 7
            e.id = "\(e.id)-\(i)"
            if let d = e.date {
                e.date = DateSpan(start: d.start.adding(days: shift), end: d.end.adding(days: shift), precision: d.precision, approximate: d.approximate)
            }
            events.append(e)
        }
        events.sort { ($0.date?.start ?? CalendarDay(ordinal: 0)) < ($1.date?.start ?? CalendarDay(ordinal: 0)) }
        return Timeline(corpus: corpus, events: events, chains: base.chains, people: base.people)
    }
}
