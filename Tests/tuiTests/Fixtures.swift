import Foundation
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

    /// Three invented reports about an invented district (Velmora) and people, read by the
    /// real corpus reader and run through the real model: a bombing in 2020, then an airstrike
    /// whose date the ministry and the police chief disagree on, then a raid.
    static let events: Timeline = {
        let files = [
            "000_aa11.txt": """
                Militia commander killed in Velmora airstrike

                A senior commander of the Red Lantern militia, Doran Kesh, was killed on Tuesday in a government airstrike in Velmora district, the interior ministry said in a statement.

                Police chief Amal Reyes said Kesh was killed on Monday.

                Three other fighters were killed in the strike.

                """,
            "001_bb22.txt": """
                Raid in Velmora leaves five dead

                Security forces killed five Red Lantern fighters in a night raid in Velmora district on Thursday, officials said.

                The raid came after a rebel airstrike killed the militia commander Doran Kesh.

                """,
            "002_cc33.txt": """
                Bridge bombing in Velmora

                A suicide bombing killed two guards at the Velmora bridge on Saturday, police said.

                """,
            "corpus.yaml": """
                title: Invented coast
                sources:
                  - file: 000_aa11.txt
                    outlet: Harbor Ledger
                    published: 2021-06-10
                  - file: 001_bb22.txt
                    outlet: Valley Wire
                    published: 2021-06-12
                  - file: 002_cc33.txt
                    outlet: Coast Courier
                    published: 2020-03-09

                """,
        ]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-fixture-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let corpus = try! CorpusReader.standard().read(dir.path)
        try? FileManager.default.removeItem(at: dir)
        return Timeline.build(from: corpus)
    }()

    static func eventState(width: Int = 80, height: Int = 24, ascii: Bool = false) -> BrowserState {
        BrowserState(timeline: events, settings: BrowserSettings(color: false, ascii: ascii, mouse: true),
                     width: width, height: height)
    }
}
