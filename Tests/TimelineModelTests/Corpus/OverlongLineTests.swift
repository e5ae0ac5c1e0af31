import Foundation
import Testing
@testable import TimelineModel

/// A line longer than `TextLimits.longestLine` (a 50 MB line took minutes to read for events
/// and a few to check): kept, warned about, not read for dates or events.
@Suite struct OverlongLineTests {
    static let long = String(repeating: "filler words on 5 April 2018 go on ", count: TextLimits.longestLine / 30)

    @Test func theReaderWarnsAndKeepsTheLineUnread() throws {
        let dir = TestFolder()
        dir.write("dump.txt", "Dump of a page\n\(Self.long)\nThe bridge reopened on 3 May 2019, officials said.\n")
        let corpus = try CorpusReader.forTests().read(dir.path)
        let source = try #require(corpus.sources.first)
        let lines = LineScanner.lines(of: source.text)
        #expect(source.furniture.contains(lines[1].range))
        #expect(corpus.issues.count == 1)
        #expect(corpus.issues[0].description.hasPrefix("dump.txt: warning: line 2 holds \(lines[1].range.length) characters without a line break"))
        #expect(!corpus.issues[0].description.contains("\n"))
    }

    @Test func taggingSkipsLongLinesAndKeepsOffsets() {
        let tagger = TemporalTagger()
        let text = "On 2 March 2018 it began.\n\(Self.long)\nOn 3 May 2019 it ended; two days later it was over."
        let all = tagger.tag(text, dct: nil)
        let skipped = tagger.tag(text, dct: nil, skippingLinesLongerThan: TextLimits.longestLine)
        let longLine = LineScanner.lines(of: text)[1].range
        #expect(skipped.allSatisfy { !longLine.contains($0.start) })
        // Outside the skipped line: the same expressions at the same offsets.
        #expect(skipped.map(\.start) == all.filter { !longLine.contains($0.start) }.map(\.start))
        let scalars = Array(text.unicodeScalars)
        for t in skipped {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(s) == t.text)
        }
        // Without long lines the result is the plain tagger's.
        let short = "On 2 March 2018 it began.\nIt ended on 3 May 2019."
        #expect(tagger.tag(short, dct: nil, skippingLinesLongerThan: TextLimits.longestLine) == tagger.tag(short, dct: nil))
    }

    @Test func eventsAfterALongLineAreStillRead() {
        let text = "Dump\n\(Self.long)\nAn airstrike killed five fighters in Kunduz province on 5 April 2018, officials said.\n"
        let layout = FurnitureDetector.detect(text, rules: .standard())
        let overlong = CorpusReader.overlongLines(text).map(\.range)
        let source = Source(id: "s", file: "s.txt", published: PublicationDate(span: .day(CalendarDay(year: 2018, month: 4, day: 7)!), origin: .manifest),
                            text: text, furniture: (layout.furniture + overlong).sorted(), titleLine: layout.titleLine)
        let mentions = SourceExtractor.standard().mentions(in: source)
        #expect(mentions.count == 1)
        #expect(mentions.first?.sentence.range.start ?? 0 > overlong[0].end)
    }
}
