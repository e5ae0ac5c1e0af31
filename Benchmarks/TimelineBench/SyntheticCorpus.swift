import Foundation
import TimelineModel

/// A deterministic synthetic corpus: articles made by recombining the sentences of a
/// template corpus (the seeds), from a seed. Each article gets its own publication date;
/// the years its sentences name move with it, the people its templates name are replaced
/// by invented people (one invented name per template name within an article, so an
/// article still tells a consistent story), and other numbers are changed.
struct SyntheticCorpus {
    /// SplitMix64: small, fast, and the same sequence everywhere.
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

    /// A template sentence, the publication year of its source, and the person names in it.
    struct Template {
        var text: String
        var year: Int
        var names: [String]
    }

    let templates: [Template]
    /// Syllables for invented names: enough combinations that most people are new.
    static let syllables = ["ka", "ri", "zal", "mon", "tu", "bar", "shi", "lan", "dor", "vek", "ha", "mir",
                            "sa", "nu", "gol", "ra", "fen", "qa", "jat", "lo", "mek", "tar", "sul", "van"]

    init(templates sources: [Source]) {
        let extractor = SourceExtractor.standard()
        let splitter = SentenceSplitter.standard()
        var out: [Template] = []
        for s in sources {
            // Longest names first, so "Qari X Y" is replaced before "X".
            let names = Array(Set(extractor.read(s).names)).filter { $0.count > 3 }.sorted { ($0.count, $0) > ($1.count, $1) }
            let year = s.published.span?.start.year ?? 2018
            for sentence in splitter.sentences(in: s.text, furniture: s.unread) {
                out.append(Template(text: sentence.text, year: year, names: names.filter { sentence.text.contains($0) }))
            }
        }
        templates = out
    }

    private static func inventName(_ rng: inout Random) -> String {
        func word() -> String {
            var w = ""
            for _ in 0..<(2 + rng.below(2)) { w += syllables[rng.below(syllables.count)] }
            return w.prefix(1).uppercased() + w.dropFirst()
        }
        return word() + " " + word()
    }

    /// Replaces every run of digits: a year moves by `shift`, a small number (a day, a
    /// count) stays small, a large one keeps its length.
    private static func renumber(_ s: String, shift: Int, _ rng: inout Random) -> String {
        var out = ""
        var digits = ""
        func flush() {
            guard !digits.isEmpty else { return }
            if digits.count == 4, let y = Int(digits), (1990...2030).contains(y) {
                out += String(y + shift)
            } else if digits.count <= 2 {
                out += String(1 + rng.below(28))
            } else {
                out += String(1 + rng.below(9)) + String((1..<digits.count).map { _ in Character(String(rng.below(10))) })
            }
            digits = ""
        }
        for c in s {
            if c.isASCII && c.isNumber { digits.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// Bumped whenever the articles it writes change, so a kept corpus is regenerated.
    static let version = 2

    /// `count` sources of about `bytes` each.
    func sources(count: Int, bytes: Int = 3000, seed: UInt64 = 42) -> [Source] {
        (0..<count).map { source($0, bytes: bytes, seed: seed) }
    }

    /// Article `i`: its own random stream, so articles can be made in any order or in parallel.
    func source(_ i: Int, bytes: Int = 3000, seed: UInt64 = 42) -> Source {
        var rng = Random(state: seed &+ UInt64(i) &* 0xD1B5_4A32_D192_ED03)
        let year = 2010 + rng.below(14)
        let day = CalendarDay(year: year, month: 1 + rng.below(12), day: 1 + rng.below(28))!
        var people: [String: String] = [:]
        var text = ""
        while text.utf8.count < bytes {
            let t = templates[rng.below(templates.count)]
            var s = t.text
            for name in t.names {
                if people[name] == nil { people[name] = Self.inventName(&rng) }
                s = s.replacingAll(name, with: people[name]!)
            }
            s = Self.renumber(s, shift: year - t.year, &rng)
            text += s + (rng.below(3) == 0 ? "\n\n" : " ")
        }
        return Source(id: "syn\(i)", file: "syn\(i).txt", outlet: "Synthetic",
                      published: PublicationDate(span: .day(day), origin: .manifest), text: text)
    }

    /// Writes `count` articles and a corpus.yaml giving their dates into `folder`.
    func write(to folder: String, count: Int) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let chunk = 1000
        let chunks = (count + chunk - 1) / chunk
        let entries = UnsafeSendableStrings(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var manifest = ""
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                let s = source(i)
                FileManager.default.createFile(atPath: folder + "/" + s.file, contents: Data(s.text.utf8))
                manifest += "  - file: \(s.file)\n    outlet: Synthetic\n    published: \(s.published.span!.start)\n"
            }
            entries.set(c, manifest)
        }
        let manifest = "title: synthetic corpus of \(count) articles\nsources:\n" + entries.joined()
        try manifest.write(toFile: folder + "/corpus.yaml", atomically: true, encoding: .utf8)
    }
}

/// Strings written by parallel workers, one slot each.
final class UnsafeSendableStrings: @unchecked Sendable {
    private var slots: [String]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: "", count: count) }
    func set(_ i: Int, _ s: String) { lock.lock(); slots[i] = s; lock.unlock() }
    func joined() -> String { slots.joined() }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
