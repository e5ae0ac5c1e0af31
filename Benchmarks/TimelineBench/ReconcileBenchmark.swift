import Dispatch
import Foundation
import TimelineModel

/// `timeline-bench reconcile DIR [CACHE]`: the steps after extraction (reconciliation and
/// leadership chains) timed alone on a large corpus. Readings are kept in a cache of its own
/// whose keys leave out the program binary, so rebuilding the reconciler does not force the
/// corpus to be read again; it is a tool for working on those steps, and trusts that the
/// extraction rules have not changed since the cache was filled.
enum ReconcileBenchmark {
    /// A line at once (not when the buffer fills): a large corpus takes minutes.
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    static func run(folder: String, cachePath: String) throws {
        let clock = ContinuousClock()
        var start = clock.now
        let corpus = try CorpusReader.standard().read(folder)
        let cache = try ReadingCache(path: cachePath)
        let rules = ContentHash(high: 0x7265636f6e63696c, low: 0x652d62656e636821)
        // RECON_LIMIT=N: only the first N sources, to see how the steps grow with a corpus.
        let limit = Int(ProcessInfo.processInfo.environment["RECON_LIMIT"] ?? "") ?? corpus.sources.count
        let keys = corpus.sources.prefix(limit).map { ReadingKey.of($0, rules: rules) }
        let cached = cache.readings(keys)
        let missing = keys.indices.filter { cached[keys[$0]] == nil }
        var found = keys.indices.map { cached[keys[$0]] }
        let extractor = SourceExtractor.standard()
        found.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: missing.count) { j in out[missing[j]] = extractor.read(corpus.sources[missing[j]]) }
        }
        let readings: [SourceReading] = found.map { $0! }
        _ = cache.store(missing.map { (keys[$0], readings[$0]) })
        let used = readings
        let mentions = used.flatMap { $0.mentions }
        say("  readings: \(corpus.sources.count) sources (\(missing.count) read), \(mentions.count) mentions, \(String(format: "%.2f", (clock.now - start).seconds)) s")
        var outlets: [String: String] = [:]
        for s in corpus.sources { outlets[s.id] = s.outlet }
        let reconciler = Reconciler.standard(outlets: outlets)
        start = clock.now
        let events = reconciler.events(from: mentions)
        say("  reconcile: \(events.count) events, \(String(format: "%.2f", (clock.now - start).seconds)) s")
        // RECON_DUMP=FILE: the events' ids, kinds, dates and evidence, one a line, to compare
        // reconcilers' output at scale; RECON_SKIP_CHAINS=1 stops after reconciling.
        let env = ProcessInfo.processInfo.environment
        if let path = env["RECON_DUMP"] { try dump(events, to: path) }
        if env["RECON_SKIP_CHAINS"] != nil { return }
        start = clock.now
        let (chains, people) = ChainBuilder(nameKey: reconciler.nameKey).build(used, events: events)
        say("  chains: \(chains.count) chains, \(people.people.count) people, \(String(format: "%.2f", (clock.now - start).seconds)) s")
        // CHAINS_OUT=FILE: each chain as `leaders --json` writes it, a line each, then the
        // people and their joins, to compare two builds. Written piece by piece: at a large
        // scale the whole would pass the size of one string.
        if let path = ProcessInfo.processInfo.environment["CHAINS_OUT"] {
            guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteUnknown)
            }
            for c in chains { file.write(Data((LeadersJSON.chain(c).compact + "\n").utf8)) }
            for p in people.people { file.write(Data("\(p.name)\t\(p.aliases.joined(separator: "|"))\n".utf8)) }
            for j in people.joins { file.write(Data("\(j.a)\t\(j.b)\t\(j.reason)\n".utf8)) }
            try file.close()
        }
    }

    static func dump(_ events: [Event], to path: String) throws {
        var out = ""
        for e in events {
            let evidence = e.evidence.map { "\($0.source)@\($0.range.start)-\($0.range.end)" }.joined(separator: " ")
            out += "\(e.id)\t\(e.kind.rawValue)\t\(e.date.map { "\($0)" } ?? "-")\t\(evidence)\n"
        }
        try Data(out.utf8).write(to: URL(fileURLWithPath: path))
    }
}
