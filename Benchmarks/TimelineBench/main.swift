// `timeline-bench [SEEDS_DIR]`: release-build benchmarks. Prints a table and appends one
// JSON object a line to bench.json: {"name": …, "value": …, "unit": …}.
//
// The scale benchmarks run the real `timeline` binary built beside this one on a generated
// corpus of BENCH_ARTICLES articles (default 100,000) kept under .build/bench/.
import Foundation
import TimelineModel

// `timeline-bench generate SEEDS_DIR OUT_DIR N`: write a synthetic corpus of N articles.
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "generate" {
    let templates = try CorpusReader.standard().read(CommandLine.arguments[2])
    try SyntheticCorpus(templates: templates.sources).write(to: CommandLine.arguments[3], count: Int(CommandLine.arguments[4]) ?? 1000)
    exit(0)
}

// `timeline-bench reconcile DIR [CACHE]`: reconciliation and chains alone, on readings cached apart.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "reconcile" {
    let cachePath = CommandLine.arguments.count > 3 ? CommandLine.arguments[3] : FileManager.default.currentDirectoryPath + "/.build/bench/reconcile-readings.sqlite"
    do { try ReconcileBenchmark.run(folder: CommandLine.arguments[2], cachePath: cachePath) } catch {
        FileHandle.standardError.write(Data("timeline-bench: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

let seedsDir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "seeds"
let templates: Corpus
do {
    templates = try CorpusReader.standard().read(seedsDir)
} catch {
    FileHandle.standardError.write(Data("timeline-bench: \(error)\n".utf8))
    exit(2)
}
let environment = ProcessInfo.processInfo.environment
nonisolated(unsafe) var results: [(name: String, value: Double, unit: String)] = []
func report(_ name: String, _ value: Double, _ unit: String) {
    results.append((name, value, unit))
    print("  \(name) = \(String(format: "%.3f", value)) \(unit)")
}

// BENCH_ONLY=pipeline: only the one-core pipeline figure, for quick before/after checks.
if environment["BENCH_ONLY"] == "pipeline" {
    let synthetic = SyntheticCorpus(templates: templates.sources).sources(count: 2000)
    let extractor = SourceExtractor.standard()
    // CPU time of this thread too: less disturbed than wall time when other work shares the cores.
    let cpu0 = PipelineBenchmark.threadCPUSeconds()
    let one = PipelineBenchmark.oneCore(synthetic, extractor: extractor)
    let cpu = PipelineBenchmark.threadCPUSeconds() - cpu0
    report("pipeline_mb_per_s_1core", one.mbPerSecond, "MB/s")
    report("pipeline_mb_per_cpu_s_1core", one.mbPerSecond * one.seconds / cpu, "MB/s")
    if environment["BENCH_SPEEDUP"] != nil {
        let all = PipelineBenchmark.allCores(Corpus(name: "synthetic", path: "-", sources: synthetic), extractor: extractor)
        report("pipeline_speedup_2core", one.seconds / all, "x")
    }
    exit(0)
}

// Dates alone, one core.
let allText = templates.sources.map(\.text).joined(separator: "\n")
let datesText = String(repeating: allText + "\n", count: max(1, 4_000_000 / max(1, allText.utf8.count)))
report("dates_mb_per_s_1core", DatesBenchmark.megabytesPerSecond(corpusText: datesText, seconds: 3), "MB/s")

// The whole pipeline on a synthetic corpus, in memory.
let extractor = SourceExtractor.standard()
let synthetic = SyntheticCorpus(templates: templates.sources).sources(count: 2000)
let one = PipelineBenchmark.oneCore(synthetic, extractor: extractor)
report("pipeline_mb_per_s_1core", one.mbPerSecond, "MB/s")
let corpus = Corpus(name: "synthetic", path: "-", sources: synthetic)
let all = PipelineBenchmark.allCores(corpus, extractor: extractor)
report("pipeline_speedup_2core", one.seconds / all, "x")

// At scale, through the real binary.
let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("timeline").path
if FileManager.default.isExecutableFile(atPath: exe) {
    let articles = Int(environment["BENCH_ARTICLES"] ?? "") ?? 100_000
    let scale = articles >= 1000 && articles % 1000 == 0 ? "\(articles / 1000)k" : "\(articles)"
    let work = FileManager.default.currentDirectoryPath + "/.build/bench"
    let folder = work + "/corpus-\(articles)-v\(SyntheticCorpus.version)"
    if !FileManager.default.fileExists(atPath: folder + "/corpus.yaml") {
        print("  generating \(articles) articles in \(folder) …")
        try? FileManager.default.removeItem(atPath: folder)
        try SyntheticCorpus(templates: templates.sources).write(to: folder, count: articles)
    }
    let cacheHome = work + "/cache"
    try? FileManager.default.removeItem(atPath: cacheHome)
    var env = environment
    env["XDG_CACHE_HOME"] = cacheHome
    // Cold: nothing cached; the run reads every article and fills the cache.
    let cold = ChildProcess.run(exe, ["events", folder], environment: env)
    if cold.status != 0 { print("  timeline events failed with status \(cold.status)") }
    report("cold_\(scale)_s", cold.seconds, "s")
    report("peak_rss_\(scale)_mb", cold.peakRSSMegabytes, "MB")
    // Warm: launch to the first frame with every reading cached.
    let warm = ChildProcess.run(exe, ["bench-browser", "first-frame", folder], environment: env)
    print("  \(warm.output.trimmingCharacters(in: .whitespacesAndNewlines))")
    report("warm_first_frame_\(scale)_s", warm.seconds, "s")
    // The browser with a million events.
    for (measure, name) in [("frame", "frame_ms_1m"), ("search", "search_ms_1m")] {
        let r = ChildProcess.run(exe, ["bench-browser", measure, seedsDir], environment: env)
        let value = r.output.split(separator: " ").last.flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? -1
        report(name, value, "ms")
    }
} else {
    print("  \(exe) not found: build it with `swift build -c release --product timeline` for the scale benchmarks")
}

print("")
print("benchmark                      value      unit")
for r in results {
    print(r.name.padding(toLength: 30, withPad: " ", startingAt: 0) + " " + String(format: "%9.3f", r.value) + "  " + r.unit)
}
var lines = ""
for r in results { lines += "{\"name\": \"\(r.name)\", \"value\": \(String(format: "%.4f", r.value)), \"unit\": \"\(r.unit)\"}\n" }
if let handle = FileHandle(forWritingAtPath: "bench.json") {
    handle.seekToEndOfFile()
    handle.write(Data(lines.utf8))
    handle.closeFile()
} else {
    FileManager.default.createFile(atPath: "bench.json", contents: Data(lines.utf8))
}
