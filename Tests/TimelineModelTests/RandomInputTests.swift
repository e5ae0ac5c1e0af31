import Testing
@testable import TimelineModel

/// Seeded random and mutated inputs through every entry point that reads untrusted text:
/// decoding, furniture, corpus.yaml, the temporal tagger, extraction and reconciliation.
/// Passing means: no crash, no hang, offsets inside the text.
@Suite struct RandomInputTests {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let fragments = [
        "On Friday, ", "killed ", "more than 150 ", "fighters ", "surrendered ", "in Darzab district", ", the ministry said. ",
        "Qari ", "Mawlawi X-ul-Y ", "his two successors ", "were killed ", "six days after ", "Four days earlier ", "“", "”",
        "\"", "’s ", "U.S. ", "airstrike ", "\n", "\r\n", "\r", "\t", "\u{1B}[2J", "\u{202E}", "‘Aydd ", "漢字 ", "e\u{301} ",
        "2018-02-30 ", "19:32 GMT18 June 2021", "in April ", "since March ", "late Monday night ", ",", ".", ";", " — ",
        "replaced by ", "predecessor ", "including ", "and a ", "the same district ", "No civilians were killed. ",
        "\u{FFFD}", "0", "1,600 ", "Lt. Col. ", "the IS-K leader, ", "and his deputy, ", "Mufti Z.",
    ]

    static let words = ["said", "raid", "operation", "the", "a", "Jowzjan", "Balkh", "Kabul", "Taliban", "ISKP", "he", "him",
                        "his", "they", "appointed", "new", "leader", "commander", "governor", "of", "in", "on", "by"]

    func randomText(_ rng: inout Random) -> String {
        var s = ""
        for _ in 0..<rng.below(60) {
            switch rng.below(3) {
            case 0: s += Self.fragments[rng.below(Self.fragments.count)]
            case 1: s += Self.words[rng.below(Self.words.count)] + (rng.below(4) == 0 ? "" : " ")
            default: s.unicodeScalars.append(Unicode.Scalar(UInt32(rng.below(0x2FF))) ?? " ")
            }
        }
        return s
    }

    @Test func randomArticlesNeverCrashExtraction() {
        var rng = Random(state: 7)
        let extractor = SourceExtractor.standard()
        let tagger = TemporalTagger()
        for round in 0..<300 {
            var sources: [Source] = []
            for k in 0..<6 {
                let text = randomText(&rng)
                let n = text.unicodeScalars.count
                for t in tagger.tag(text, dct: rng.below(2) == 0 ? nil : CalendarDay(year: 2018, month: 1 + rng.below(12), day: 1 + rng.below(28))) {
                    #expect(t.start >= 0 && t.start <= t.end && t.end <= n, "round \(round): timex \(t.start)..\(t.end) of \(n)")
                }
                let layout = FurnitureDetector.detect(text, rules: FurnitureRules.standard())
                let day = CalendarDay(year: 2015 + rng.below(8), month: 1 + rng.below(12), day: 1 + rng.below(28))!
                sources.append(Source(id: "r\(k)", file: "r\(k).txt",
                                      published: PublicationDate(span: rng.below(3) == 0 ? nil : .day(day), origin: .manifest),
                                      text: text, furniture: layout.furniture, titleLine: layout.titleLine))
            }
            let timeline = Timeline.build(from: Corpus(name: "random", path: "-", sources: sources), extractor: extractor)
            for e in timeline.events {
                for ev in e.evidence {
                    let n = sources.first { $0.id == ev.source }!.text.unicodeScalars.count
                    #expect(ev.range.start >= 0 && ev.range.end <= n)
                }
            }
        }
    }

    @Test func randomBytesNeverCrashDecoding() {
        var rng = Random(state: 11)
        for _ in 0..<3000 {
            var bytes = (0..<rng.below(200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            if rng.below(3) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
            if rng.below(5) == 0 { bytes = [0xFF, 0xFE] + bytes }
            if case .text(let text, _, _) = DecodedText.decode(bytes) {
                _ = LineScanner.lines(of: text)
                _ = SentenceSplitter.standard().sentences(in: text)
            }
        }
    }

    @Test func mutatedManifestsFailWithALocation() {
        var rng = Random(state: 13)
        let base = "title: T\nsources:\n  - file: a.txt\n    title: \"A: b\"\n    published: 2018-04-07\n  - file: b.txt\n    outlet: X\n"
        let inserts = [":", "-", "[", "]", "{", "}", "&a", "*a", "!!", "\"", "'", "\n", "  ", "\t", "#", "%", "|", ">", "2018-13", "..", "/"]
        for _ in 0..<3000 {
            var s = Array(base.unicodeScalars)
            for _ in 0..<(1 + rng.below(4)) {
                let at = rng.below(s.count + 1)
                if rng.below(2) == 0, !s.isEmpty, at < s.count { s.remove(at: at) } else { s.insert(contentsOf: inserts[rng.below(inserts.count)].unicodeScalars, at: at) }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: s)
            do {
                _ = try CorpusManifest.parse(String(text))
            } catch {
                #expect(error.line >= 1 && error.column >= 1)
                #expect(error.description.hasPrefix("corpus.yaml:"))
            }
        }
    }
}
