import TimelineModel

/// A deterministic synthetic corpus: articles made by recombining the sentences of a
/// template corpus (the seeds), with numbers changed and dates shifted, from a seed.
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

    let sentences: [String]

    init(templates: [Source]) {
        let splitter = SentenceSplitter.standard()
        sentences = templates.flatMap { s in splitter.sentences(in: s.text, furniture: s.furniture).map(\.text) }
    }

    /// `count` sources of about `bytes` each.
    func sources(count: Int, bytes: Int = 3000, seed: UInt64 = 42) -> [Source] {
        var rng = Random(state: seed)
        var out: [Source] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            var text = ""
            while text.utf8.count < bytes {
                var s = sentences[rng.below(sentences.count)]
                // New numbers: each digit run replaced by another of the same length.
                s = String(s.map { c in c.isASCII && c.isNumber ? Character(String(rng.below(10))) : c })
                text += s + (rng.below(3) == 0 ? "\n\n" : " ")
            }
            let year = 2010 + rng.below(14)
            let day = CalendarDay(year: year, month: 1 + rng.below(12), day: 1 + rng.below(28))!
            out.append(Source(id: "syn\(i)", file: "syn\(i).txt", outlet: "Synthetic",
                              published: PublicationDate(span: .day(day), origin: .manifest), text: text))
        }
        return out
    }
}
