@testable import TimelineModel

/// Builds a timeline from invented articles: (id, publication date, text).
func timeline(_ articles: [(String, String, String)], outlets: [String: String] = [:]) -> Timeline {
    let sources = articles.map { id, date, text in
        Source(id: id, file: id + ".txt", outlet: outlets[id], published: PublicationDate(span: CorpusManifest.parseDate(date), origin: .manifest),
               text: text)
    }
    return Timeline.build(from: Corpus(name: "test", path: "test", sources: sources))
}

let sharedExtractor = SourceExtractor.standard()

func mentions(_ text: String, published: String = "2019-05-10") -> [EventMention] {
    let source = Source(id: "t", file: "t.txt", published: PublicationDate(span: CorpusManifest.parseDate(published), origin: .manifest), text: text)
    return sharedExtractor.mentions(in: source)
}

extension Event {
    func count(_ f: Counts.Field) -> Int? { counts[f]?.value }
}
