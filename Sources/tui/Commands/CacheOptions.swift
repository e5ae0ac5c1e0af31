import ArgumentParser
import Foundation
import TimelineModel

/// `--no-cache`, shared by the commands that read events; and opening the cache.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Read every article again; neither use nor update the cache ($XDG_CACHE_HOME/timeline).")
    var noCache = false

    /// The cache for the corpus at `corpusPath`, or nil (disabled, no home, inside the
    /// corpus, unusable), with what went wrong opening it. Problems are warnings: without a
    /// cache the answer is the same, only slower.
    func open(corpusPath: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> (ReadingCache?, [String]) {
        guard !noCache, let path = CacheLocation.database(environment: environment) else { return (nil, []) }
        if CacheLocation.isInside(path, corpusPath) {
            return (nil, ["cache \(path) would lie inside the corpus folder, which timeline never writes to; reading without a cache"])
        }
        do {
            let cache = try ReadingCache(path: path)
            return (cache, cache.warnings)
        } catch {
            return (nil, ["cache \(path) could not be opened (\(error)); reading without a cache (or pass --no-cache)"])
        }
    }

    /// The timeline of a corpus through the cache unless --no-cache; then the corpus's
    /// issues (when `issues`) and the cache's warnings are printed, in that order.
    func timeline(_ corpus: CorpusOptions, issues: Bool = true) throws -> Timeline {
        // Decoded in full before the warnings are told: a damaged part is one of them.
        try report(corpus, issues: issues) { LoadedTimeline(try corpus.timeline(cache: $0)) }.timeline()
    }

    /// The same, its chains and people decoded when first asked for (the browser's start).
    func opened(_ corpus: CorpusOptions, issues: Bool = true) throws -> LoadedTimeline {
        try report(corpus, issues: issues) { try corpus.opened(cache: $0) }
    }

    private func report(_ corpus: CorpusOptions, issues: Bool, _ load: (ReadingCache?) throws -> LoadedTimeline) throws -> LoadedTimeline {
        let (cache, opening) = open(corpusPath: corpus.path)
        let before = cache?.warnings.count ?? 0
        let t = try load(cache)
        if issues { for issue in t.corpus.issues { Console.issue(issue) } }
        for w in opening + (cache?.warnings.dropFirst(before) ?? []) { Console.warning(w) }
        return t
    }
}
