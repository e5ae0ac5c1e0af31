import Dispatch

/// Everything read out of a corpus: its sources and the events they report, in
/// chronological order. Immutable; the browser keeps only view state on top of it.
public struct Timeline: Sendable {
    public var corpus: Corpus
    public var events: [Event]
    /// Who held which position, in order.
    public var chains: [SuccessionChain]
    /// Everyone named, one entry per person however spelled.
    public var people: PersonDirectory?
    /// How many sources' readings came from the cache rather than from their sentences.
    public var readFromCache = 0
    /// How many article files were read at this start (the others came from a snapshot).
    public var filesRead = 0
    /// True when the events, chains and people came from a saved snapshot, not reconciled anew.
    public var fromSnapshot = false
    /// Each source's `ReadingKey` (when built through a cache), for the next snapshot.
    var readingKeys: [ContentHash] = []

    public init(corpus: Corpus, events: [Event], chains: [SuccessionChain] = [], people: PersonDirectory? = nil) {
        self.corpus = corpus
        self.events = events
        self.chains = chains
        self.people = people
    }

    /// Reads the events of a corpus: per source in parallel, then across sources. With a
    /// cache, sources whose reading is cached are not read again, and new readings are kept.
    public static func build(from corpus: Corpus, extractor: SourceExtractor = .standard(),
                             reconciler: Reconciler? = nil, cache: ReadingCache? = nil, cores: Int? = nil) -> Timeline {
        build(from: corpus, extractor: extractor, reconciler: reconciler, cache: cache, cores: cores, rules: nil, knownKeys: [])
    }

    /// `knownKeys[i]`, when given, is source i's `ReadingKey` (from a snapshot: computing it
    /// would read a text that is otherwise never needed).
    static func build(from corpus: Corpus, extractor: SourceExtractor = .standard(), reconciler: Reconciler? = nil,
                      cache: ReadingCache?, cores: Int?, rules: ContentHash?, knownKeys: [ContentHash?]) -> Timeline {
        let trace = Trace()
        let sources = corpus.sources
        var perSource = [SourceReading](repeating: SourceReading(), count: sources.count)
        var keys: [ContentHash] = []
        var cached: [ContentHash: SourceReading] = [:]
        if let cache {
            let rules = rules ?? ReadingKey.rules()
            keys = [ContentHash](repeating: ContentHash(high: 0, low: 0), count: sources.count)
            keys.withUnsafeMutableBufferPointer { buffer in
                let out = UnsafeSendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: sources.count) { i in
                    out[i] = (i < knownKeys.count ? knownKeys[i] : nil) ?? ReadingKey.of(sources[i], rules: rules)
                }
            }
            trace.mark("reading keys")
            cached = cache.readings(keys)
            trace.mark("cached readings looked up, \(cached.count) found")
        }
        let missing = sources.indices.filter { keys.isEmpty || cached[keys[$0]] == nil }
        if cores == 1 {
            for i in missing { perSource[i] = extractor.read(sources[i]) }
        } else {
            perSource.withUnsafeMutableBufferPointer { buffer in
                let out = UnsafeSendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: missing.count) { j in
                    let i = missing[j]
                    out[i] = extractor.read(sources[i])
                }
            }
        }
        trace.mark("extracted \(missing.count) sources")
        // New readings are written while the mentions are reconciled (mostly on one core),
        // and waited for before returning: the caller may use the cache next.
        let storing = DispatchGroup()
        if let cache {
            for i in sources.indices where cached[keys[i]] != nil { perSource[i] = cached[keys[i]]! }
            cached = [:]
            let fresh = missing.map { (keys[$0], perSource[$0]) }
            DispatchQueue.global().async(group: storing) {
                cache.store(fresh)
                trace.mark("readings stored")
            }
        }
        var outlets: [String: String] = [:]
        for s in sources { outlets[s.id] = s.outlet }
        var reconciler = reconciler ?? .standard(outlets: outlets)
        if cores == 1 { reconciler.cores = 1 }
        // The mentions move out of the readings (the chains do not read them): one copy of
        // a million mentions, not two, while they are reconciled.
        var mentions: [EventMention] = []
        mentions.reserveCapacity(perSource.reduce(0) { $0 + $1.mentions.count })
        for i in perSource.indices {
            mentions += perSource[i].mentions
            perSource[i].mentions = []
        }
        MemoryRelease.returnFreed()
        trace.mark("\(mentions.count) mentions gathered")
        var events = reconciler.events(from: mentions)
        mentions = []
        MemoryRelease.returnFreed()
        trace.mark("reconciled \(events.count) events")
        let (chains, people) = ChainBuilder(nameKey: reconciler.nameKey).build(perSource, events: events)
        trace.mark("\(chains.count) chains built")
        // A parent organisation named for its branch's country is the branch ("Islamic State"
        // in Afghanistan is IS-K), as org-families.tsv says.
        let families = extractor.roles.families
        for i in events.indices {
            guard let country = events[i].place.country else { continue }
            func branch(_ names: [String]) -> [String] {
                var out: [String] = []
                for n in names {
                    let b = families[n]?.first { $0.country == country }?.branch ?? n
                    if !out.contains(b) { out.append(b) }
                }
                return out
            }
            events[i].actors = branch(events[i].actors)
            events[i].targets = branch(events[i].targets).filter { !events[i].actors.contains($0) }
        }
        // One name per person across events and chains: the directory's.
        for i in events.indices {
            var renamed = false
            for j in events[i].people.indices {
                if let p = people.person(events[i].people[j].name), p.name != events[i].people[j].name {
                    events[i].people[j].name = p.name
                    renamed = true
                }
            }
            if renamed || events[i].kind.isViolent, let headline = Headline.remake(events[i]) { events[i].headline = headline }
        }
        trace.mark("branches and names")
        storing.wait()
        trace.mark("waited for the readings to be stored")
        var timeline = Timeline(corpus: corpus, events: events, chains: chains, people: people)
        timeline.readFromCache = sources.count - missing.count
        timeline.filesRead = sources.count
        timeline.readingKeys = keys
        return timeline
    }
}
