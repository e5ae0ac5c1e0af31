import Foundation
import Testing
@testable import TimelineModel

/// The fuzz target's entry points (InputHarness) under 10,000 seeded random and mutated
/// inputs in every `make test`: the libFuzzer run (Fuzz/run.sh) explores, this keeps what it
/// taught from coming back. Inputs are the fuzzer's seed files mutated the way libFuzzer
/// mutates (flip, insert, erase, repeat, splice, dictionary words) plus raw random bytes.
@Suite struct HostileInputPropertyTests {
    static let harness = InputHarness()

    /// The seed files, and whether each is a corpus.yaml (its mutations go to the YAML parser too).
    static let seedFiles: [(bytes: [UInt8], yaml: Bool)] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? []
        return names.compactMap { name in
            FileManager.default.contents(atPath: dir.appendingPathComponent(name).path)
                .map { (Array($0), name.hasSuffix(".yaml") || name.hasPrefix("regress-manifest")) }
        }
    }()

    static var seeds: [[UInt8]] { seedFiles.map(\.bytes) }

    static let words: [[UInt8]] = ["April ", "Friday", " killed ", "airstrike", "2018-02-30", "late Monday night", "days earlier",
                                   "\r\n", "\r", "\n", "\u{1B}[2J", "\u{1B}]0;t\u{07}", "\u{9B}", "\u{202E}", "\u{FEFF}", "- file: ",
                                   "sources:\n", "&a ", "*a", "[", "{", "\"", ": ", "Mawlawi ", "his successor", "more than 150 "]
        .map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x00], [0xFF, 0xFE]]

    static func mutate(_ input: [UInt8], _ rng: inout RandomInputTests.Random) -> [UInt8] {
        var b = input
        for _ in 0..<(1 + rng.below(6)) {
            let at = rng.below(b.count + 1)
            switch rng.below(7) {
            case 0 where at < b.count: b[at] ^= UInt8(1 << rng.below(8))
            case 1: b.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
            case 2 where at < b.count: b.removeSubrange(at..<min(b.count, at + 1 + rng.below(16)))
            case 3 where at < b.count:
                let piece = Array(b[at..<min(b.count, at + 1 + rng.below(24))])
                for _ in 0..<(1 + rng.below(4)) { b.insert(contentsOf: piece, at: at) }
            case 4:
                let other = seeds.isEmpty ? [] : seeds[rng.below(seeds.count)]
                let from = rng.below(other.count + 1)
                b.insert(contentsOf: other[from..<min(other.count, from + rng.below(80))], at: at)
            default: b.insert(contentsOf: words[rng.below(words.count)], at: at)
            }
        }
        return Array(b.prefix(800))
    }

    static func randomBytes(_ rng: inout RandomInputTests.Random) -> [UInt8] {
        // Mostly text-like bytes, some of everything else.
        (0..<rng.below(160)).map { _ in
            switch rng.below(8) {
            case 0: return UInt8(truncatingIfNeeded: rng.next())
            case 1: return [0x0A, 0x0D, 0x09, 0x1B, 0x07, 0x08, 0x7F][rng.below(7)]
            default: return UInt8(0x20 + rng.below(0x5F))
            }
        }
    }

    /// 10,000 inputs through the cheap readers (manifest, decoding, lines, furniture, the
    /// tagger); every 25th also through extraction, reconciliation and the writers.
    @Test func tenThousandInputsKeepEveryPromise() {
        #expect(!Self.seeds.isEmpty, "Fuzz/corpus not found")
        var rng = RandomInputTests.Random(state: 2024)
        var failures: [String] = []
        let seeds = Self.seedFiles
        for n in 0..<10_000 {
            // Random bytes go everywhere; a mutated article skips the YAML parser unless it is
            // a corpus.yaml (or one in four times), which keeps the run to seconds.
            var input: [UInt8], yaml = true
            if n % 4 == 0 || seeds.isEmpty {
                input = Self.randomBytes(&rng)
            } else {
                let seed = seeds[rng.below(seeds.count)]
                input = Self.mutate(seed.bytes, &rng)
                yaml = seed.yaml || n % 4 == 1
            }
            let broken = n % 25 == 0 ? Self.harness.run(input) : Self.harness.runCheap(input, manifest: yaml)
            if let first = broken.first, failures.count < 5 { failures.append("input \(n) \(Data(input).base64EncodedString()): \(first)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
