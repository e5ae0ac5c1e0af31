import Dispatch

/// Everything read out of a corpus: its sources and the events they report, in
/// chronological order. Immutable; the browser keeps only view state on top of it.
public struct Timeline: Sendable {
    public var corpus: Corpus
    public var events: [Event]

    public init(corpus: Corpus, events: [Event]) {
        self.corpus = corpus
        self.events = events
    }

    /// Reads the events of a corpus: per source in parallel, then across sources.
    public static func build(from corpus: Corpus, extractor: SourceExtractor = .standard(),
                             reconciler: Reconciler? = nil) -> Timeline {
        let sources = corpus.sources
        var perSource = [[EventMention]](repeating: [], count: sources.count)
        perSource.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: sources.count) { i in
                out[i] = extractor.mentions(in: sources[i])
            }
        }
        var outlets: [String: String] = [:]
        for s in sources { outlets[s.id] = s.outlet }
        let reconciler = reconciler ?? .standard(outlets: outlets)
        return Timeline(corpus: corpus, events: reconciler.events(from: perSource.flatMap { $0 }))
    }
}
