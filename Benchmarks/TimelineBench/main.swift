// `timeline-bench [SEEDS_DIR]`: release-build benchmarks. Prints a table and appends one
// JSON object a line to bench.json: {"name": …, "value": …, "unit": …}.
import Foundation
import TimelineModel

// `timeline-bench generate SEEDS_DIR OUT_DIR N`: write a synthetic corpus of N articles.
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "generate" {
    let templates = try CorpusReader.standard().read(CommandLine.arguments[2])
    let out = CommandLine.arguments[3]
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    var manifest = "title: synthetic corpus\nsources:\n"
    for s in SyntheticCorpus(templates: templates.sources).sources(count: Int(CommandLine.arguments[4]) ?? 1000) {
        try s.text.write(toFile: out + "/" + s.file, atomically: false, encoding: .utf8)
        manifest += "  - file: \(s.file)\n    published: \(s.published.span!.start)\n"
    }
    try manifest.write(toFile: out + "/corpus.yaml", atomically: false, encoding: .utf8)
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
var results: [(name: String, value: Double, unit: String)] = []

// Dates alone, one core.
let allText = templates.sources.map(\.text).joined(separator: "\n")
let datesText = String(repeating: allText + "\n", count: max(1, 4_000_000 / max(1, allText.utf8.count)))
results.append(("dates_mb_per_s_1core", DatesBenchmark.megabytesPerSecond(corpusText: datesText, seconds: 3), "MB/s"))

// The whole pipeline on a synthetic corpus.
let extractor = SourceExtractor.standard()
let synthetic = SyntheticCorpus(templates: templates.sources).sources(count: 2000)
let one = PipelineBenchmark.oneCore(synthetic, extractor: extractor)
results.append(("pipeline_mb_per_s_1core", one.mbPerSecond, "MB/s"))
let corpus = Corpus(name: "synthetic", path: "-", sources: synthetic)
let all = PipelineBenchmark.allCores(corpus, extractor: extractor)
results.append(("pipeline_speedup_2core", one.seconds / all, "x"))

print("benchmark                      value      unit")
for r in results {
    print(r.name.padding(toLength: 30, withPad: " ", startingAt: 0) + " " + String(format: "%9.2f", r.value) + "  " + r.unit)
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
