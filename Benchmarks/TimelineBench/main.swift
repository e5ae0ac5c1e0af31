// Benchmarks live here; see Benchmarks/README.md.
import Foundation

// Dates: `timeline-bench dates DIR` tags the DIR's .txt files repeated to a few MB.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "dates" {
    let dir = CommandLine.arguments[2]
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
    let one = files.compactMap { try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
    let corpus = String(repeating: one + "\n", count: max(1, 4_000_000 / max(1, one.utf8.count)))
    print("dates: \(DatesBenchmark.megabytesPerSecond(corpusText: corpus, seconds: 3)) MB/s on \(corpus.utf8.count) bytes")
} else {
    print("no benchmarks yet")
}
