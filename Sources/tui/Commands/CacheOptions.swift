import ArgumentParser
import Foundation
import TimelineModel

/// `--no-cache`, shared by the commands that read events; and opening the cache.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Read every article again; neither use nor update the cache ($XDG_CACHE_HOME/timeline).")
    var noCache = false

    /// The cache for this corpus, or nil (disabled, no home, inside the corpus, unusable).
    /// Problems are warnings: without a cache the answer is the same, only slower.
    func open(for corpus: Corpus, environment: [String: String] = ProcessInfo.processInfo.environment) -> ReadingCache? {
        guard !noCache, let path = CacheLocation.database(environment: environment) else { return nil }
        if CacheLocation.isInside(path, corpus.path) {
            Console.warning("cache \(path) would lie inside the corpus folder, which timeline never writes to; reading without a cache")
            return nil
        }
        do {
            let cache = try ReadingCache(path: path)
            for w in cache.warnings { Console.warning(w) }
            return cache
        } catch {
            Console.warning("cache \(path) could not be opened (\(error)); reading without a cache (or pass --no-cache)")
            return nil
        }
    }

    /// The timeline of a corpus, through the cache unless --no-cache.
    func timeline(_ corpus: Corpus) -> Timeline {
        let cache = open(for: corpus)
        let before = cache?.warnings.count ?? 0
        let t = Timeline.build(from: corpus, cache: cache)
        for w in cache?.warnings.dropFirst(before) ?? [] { Console.warning(w) }
        return t
    }
}
