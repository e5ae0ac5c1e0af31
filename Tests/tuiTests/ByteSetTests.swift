import Testing
@testable import tui

/// The byte sets the search index passes texts over with: a set built from a buffer must be
/// exactly the text's bytes (a missing byte would lose hits, an extra one only time), and a
/// search skipping texts by them must find what a plain scan finds.
@Suite struct ByteSetTests {
    /// A fixed sequence of numbers (SplitMix64), so a failure can be run again.
    struct Numbers: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func talliesHoldExactlyEachTextsBytesAndTheirCounts() {
        var g = Numbers(state: 7)
        // Every byte value alone, all of them at once, none, counts past what a tally holds,
        // and random runs.
        var texts: [[UInt8]] = (0...255).map { [UInt8($0)] } + [Array(0...255), [], []]
        texts += [[UInt8](repeating: 0x61, count: 254), [UInt8](repeating: 0x61, count: 255), [UInt8](repeating: 0xFF, count: 300) + [0x20]]
        for _ in 0..<200 { texts.append((0..<Int.random(in: 0..<90, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) }) }
        var starts = [0]
        for t in texts { starts.append(starts.last! + t.count) }
        let tallies = Array(texts.joined()).withUnsafeBytes { ByteTallies($0, starts: starts) }
        #expect(tallies.sets.count == texts.count)
        for (t, text) in texts.enumerated() {
            #expect(tallies.sets[t] == ByteSet(text))
            for b in 0...255 {
                let n = text.filter { $0 == UInt8(b) }.count
                #expect(tallies.sets[t].contains(UInt8(b)) == (n > 0), "byte \(b) of text \(t)")
                #expect(tallies.count(of: UInt8(b), inText: t) == (n < 255 ? n : nil), "byte \(b) of text \(t)")
            }
        }
    }

    @Test func aByteCountedPastTheTallysReachIsCountedInTheText() throws {
        let texts = [String(repeating: "a", count: 254), String(repeating: "a", count: 255), String(repeating: "ab", count: 1000), "b"]
        let hits = SearchIndex(texts, blockSize: 3).hits(try #require(SearchMatcher("a")))
        #expect(Array(hits) == [SearchIndex.Hit(event: 0, count: 254), SearchIndex.Hit(event: 1, count: 255),
                                SearchIndex.Hit(event: 2, count: 1000)])
    }

    @Test func ranksCountTheBytesBelow() {
        let set = ByteSet([0x00, 0x3F, 0x40, 0x41, 0x80, 0xC0, 0xFF])
        #expect([0x00, 0x3F, 0x40, 0x41, 0x80, 0xC0, 0xFF].map { set.rank(UInt8($0)) } == [0, 1, 2, 3, 4, 5, 6])
        #expect(set.rank(0x7F) == 4 && set.rank(0xFE) == 6 && ByteSet().rank(0xFF) == 0)
    }

    @Test func supersetsAreAboutEveryByte() {
        let text = ByteSet(Array("kesh é".utf8))
        #expect(text.isSuperset(of: ByteSet(Array("shek".utf8))))
        #expect(text.isSuperset(of: ByteSet([])))
        #expect(text.isSuperset(of: ByteSet(Array("é".utf8))))
        #expect(!text.isSuperset(of: ByteSet(Array("kesha".utf8))))
        // The same low six bits in another word is another byte.
        #expect(!ByteSet([0x41]).isSuperset(of: ByteSet([0x01])))
        #expect(!ByteSet([0x41]).isSuperset(of: ByteSet([0xC1])))
        #expect(ByteSet([0xFF, 0x00]).contains(0xFF) && !ByteSet([0xFF]).contains(0x7F))
    }

    @Test func textsHoldingEveryByteOfTheNeedleButNotTheNeedleAreNoHits() throws {
        let texts = ["ba", "ab", "a b", "éa", "aé", "\u{301}e", "e\u{301}", "Ba", "BA"]
        let index = SearchIndex(texts, blockSize: 4)
        #expect(index.hits(try #require(SearchMatcher("ab"))).map(\.event) == [1])
        #expect(index.hits(try #require(SearchMatcher("aé"))).map(\.event) == [4])
        #expect(index.hits(try #require(SearchMatcher("e\u{301}"))).map(\.event) == [6])
        #expect(index.hits(try #require(SearchMatcher("ba"))).map(\.event) == [0, 7, 8])
        #expect(index.hits(try #require(SearchMatcher("BA"))).map(\.event) == [8])
    }

    /// Random texts of letters in both cases, accented and other scripts, against the plain
    /// reference scan: every query of one to three pieces, typed key by key into one index.
    @Test(arguments: [1, 3, 16, 1000])
    func randomTextsFindWhatThePlainScanFinds(blockSize: Int) throws {
        var g = Numbers(state: UInt64(blockSize))
        let pieces = ["a", "b", "B", "z", "Z", " ", "é", "É", "ß", "İ", "σ", "Σ", "ς", "👍", "e\u{301}", "—", "\u{1F}", "q"]
        let texts = (0..<400).map { _ in
            (0..<Int.random(in: 0..<24, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
        }
        let index = SearchIndex(texts, blockSize: blockSize)
        let reference = SearchIndexScanTests()
        var found = 0
        for _ in 0..<150 {
            let query = (0..<Int.random(in: 1...3, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            var typed = ""
            for c in query {
                typed.append(c)
                let hits = Array(index.hits(try #require(SearchMatcher(typed))))
                #expect(hits == reference.reference(texts, typed), "\(typed) in blocks of \(blockSize)")
                found += hits.count
            }
        }
        // So that the agreement says something.
        #expect(found > 1000)
    }
}
