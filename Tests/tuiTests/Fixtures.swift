import TimelineModel
@testable import tui

/// A small invented corpus (not the seed articles) for screen and reducer tests.
enum Fixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    static let corpus: Corpus = {
        let a = Source(
            id: "alpha", file: "alpha.txt", title: "Storm closes the harbour at Vell", outlet: "Coast Courier",
            url: "https://example.org/alpha",
            published: PublicationDate(span: .day(day(2019, 3, 2)), origin: .manifest),
            text: "Menu Home News\nA storm closed the harbour at Vell on Friday, officials said.\n\nFerries will resume on Monday.",
            furniture: [TextRange(start: 0, end: 14)])
        let b = Source(
            id: "bravo", file: "bravo.txt", title: "Bridge reopens after repairs", outlet: "Valley Post",
            published: PublicationDate(span: .month(year: 2019, month: 4), origin: .inferred),
            text: "The old bridge reopened in April after two months of repairs.\nTraffic was light.")
        let c = Source(
            id: "charlie", file: "charlie.txt", title: "Harbour fees rise", outlet: nil,
            text: "Fees at the harbour rise by a tenth next year.")
        return Corpus(name: "invented", path: "/tmp/invented", title: "Invented coast", sources: [a, b, c])
    }()

    static func state(width: Int = 80, height: Int = 24, ascii: Bool = false) -> BrowserState {
        BrowserState(corpus: corpus, settings: BrowserSettings(color: false, ascii: ascii, mouse: true),
                     width: width, height: height)
    }

    /// Feeds keys (one InputEvent each) through the reducer, then an idle tick.
    static func press(_ state: BrowserState, _ keys: [Key]) -> BrowserState {
        var s = state
        for k in keys { s = Browser.handle(s, .key(k)).0 }
        return Browser.handle(s, .idle).0
    }

    static func chars(_ s: String) -> [Key] { s.map { Key.char($0) } }
}
