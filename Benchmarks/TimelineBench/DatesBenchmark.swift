import TimelineModel

/// Single-core throughput of `TemporalTagger` on news text.
enum DatesBenchmark {
    /// Splits `corpusText` into article-sized documents (~4 KB, at line breaks), then tags
    /// them over and over for about `seconds`; returns megabytes (10^6 bytes) tagged per second.
    static func megabytesPerSecond(corpusText: String, seconds: Double) -> Double {
        let documents = split(corpusText, target: 4096)
        let bytes = documents.reduce(0) { $0 + $1.utf8.count }
        guard bytes > 0 else { return 0 }
        let tagger = TemporalTagger()
        let dct = CalendarDay(year: 2018, month: 4, day: 7)
        let clock = ContinuousClock()
        let start = clock.now
        var processed = 0
        var found = 0
        repeat {
            for document in documents { found &+= tagger.tag(document, dct: dct).count }
            processed += bytes
        } while (clock.now - start) < .milliseconds(Int64(seconds * 1000))
        let elapsed = clock.now - start
        let secondsTaken = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if found < 0 { print(found) }  // keeps the work observable
        return Double(processed) / 1e6 / secondsTaken
    }

    private static func split(_ text: String, target: Int) -> [String] {
        var documents: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line
            current += "\n"
            if current.utf8.count >= target {
                documents.append(current)
                current = ""
            }
        }
        if !current.isEmpty { documents.append(current) }
        return documents
    }
}
