import Dispatch
import Glibc
import TimelineModel

/// Throughput of the whole pipeline (sentences, dates, mentions, reconciliation).
enum PipelineBenchmark {
    /// Megabytes per second on one core: every source extracted in turn, then reconciled.
    static func oneCore(_ sources: [Source], extractor: SourceExtractor) -> (mbPerSecond: Double, seconds: Double) {
        let bytes = sources.reduce(0) { $0 + $1.text.utf8.count }
        let clock = ContinuousClock()
        let start = clock.now
        let cpu0 = threadCPUSeconds()
        var mentions: [EventMention] = []
        for s in sources { mentions += extractor.mentions(in: s) }
        let extracted = clock.now
        let cpu1 = threadCPUSeconds()
        // One core for reconciliation too (its events are otherwise built on all cores).
        var reconciler = Reconciler.standard()
        reconciler.cores = 1
        let events = reconciler.events(from: mentions)
        let cpu2 = threadCPUSeconds()
        print("  extraction \(String(format: "%.2f", (extracted - start).seconds)) s, reconciliation \(String(format: "%.2f", (clock.now - extracted).seconds)) s, \(mentions.count) mentions, \(events.count) events")
        print("  CPU: extraction \(String(format: "%.2f", cpu1 - cpu0)) s (\(String(format: "%.2f", Double(bytes) / 1e6 / (cpu1 - cpu0))) MB/s), reconciliation \(String(format: "%.2f", cpu2 - cpu1)) s")
        let seconds = (clock.now - start).seconds
        if events.count < 0 { print(events.count) }
        return (Double(bytes) / 1e6 / seconds, seconds)
    }

    /// CPU seconds the calling thread has used.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Seconds for the same steps as `oneCore` (every source extracted, then the mentions
    /// reconciled), with extraction spread over all cores. Like for like: `Timeline.build`
    /// would also build leadership chains and rename people, which `oneCore` does not.
    static func allCores(_ corpus: Corpus, extractor: SourceExtractor) -> Double {
        let sources = corpus.sources
        let clock = ContinuousClock()
        let start = clock.now
        let cpu0 = processCPUSeconds()
        var perSource = [[EventMention]](repeating: [], count: sources.count)
        perSource.withUnsafeMutableBufferPointer { buffer in
            let out = Slots(base: buffer)
            DispatchQueue.concurrentPerform(iterations: sources.count) { i in out.base[i] = extractor.mentions(in: sources[i]) }
        }
        let mentions = Array(perSource.joined())
        let extracted = clock.now
        let cpu1 = processCPUSeconds()
        let events = Reconciler.standard().events(from: mentions)
        // CPU seconds beside wall seconds: more CPU than one core spent means contention, not lack of cores.
        print("  all cores: extraction \(String(format: "%.2f", (extracted - start).seconds)) s (CPU \(String(format: "%.2f", cpu1 - cpu0)) s), reconciliation \(String(format: "%.2f", (clock.now - extracted).seconds)) s, \(mentions.count) mentions, \(events.count) events")
        return (clock.now - start).seconds
    }

    /// CPU seconds all threads of the process have used.
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Each source's mentions written by the worker that read it: distinct slots, no lock.
    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutableBufferPointer<[EventMention]>
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
