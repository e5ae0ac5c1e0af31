#if canImport(Glibc)
import Glibc
#endif

/// A run of consecutive texts of the search index in one byte buffer, the unit one core
/// scans. Text `t` of the block is `bytes[starts[t]..<starts[t + 1]]`; a match never
/// crosses from one text into the next.
struct TextBlock: Sendable {
    /// The index (in the whole index) of the block's first text.
    let first: Int
    let bytes: [UInt8]
    /// Where each text starts in `bytes`, and one more for the end.
    let starts: [Int]
    /// Each text's byte values and their counts: a text lacking one of the needle's bytes
    /// is passed over unread, and a one-byte needle is counted without reading any text.
    let tallies: ByteTallies

    var count: Int { starts.count - 1 }

    /// Texts `range` of the index, each written by `write`.
    init(texts range: Range<Int>, foldCase: Bool, write: (Int, inout SearchTextWriter) -> Void) {
        // Room for what news events hold (a few hundred bytes each), so the buffer is not
        // copied as it grows; pages never written cost nothing.
        var writer = SearchTextWriter(foldCase: foldCase, capacity: range.count * 1024)
        var starts: [Int] = []
        starts.reserveCapacity(range.count + 1)
        for t in range {
            starts.append(writer.bytes.count)
            write(t, &writer)
        }
        starts.append(writer.bytes.count)
        first = range.lowerBound
        bytes = writer.bytes
        self.starts = starts
        tallies = writer.bytes.withUnsafeBytes { ByteTallies($0, starts: starts) }
    }

    /// Every text of the block holding `pattern`, with how many times (non-overlapping).
    /// A one-byte pattern is counted from the tallies; a longer one is looked for only in
    /// the texts holding all of its bytes, each on its own (a match never runs into the next).
    func hits(_ pattern: BytePattern) -> [SearchIndex.Hit] {
        // Room for every text: the hits are written once, never moved as the array grows.
        var out: [SearchIndex.Hit] = []
        out.reserveCapacity(count)
        let need = pattern.set
        let sets = tallies.sets
        bytes.withUnsafeBytes { hay in
            for t in 0..<count where sets[t].isSuperset(of: need) {
                let n: Int
                if pattern.length == 1 {
                    n = tallies.count(of: pattern.bytes[0], inText: t) ?? pattern.occurrences(in: hay, from: starts[t], to: starts[t + 1])
                } else {
                    n = pattern.occurrences(in: hay, from: starts[t], to: starts[t + 1])
                }
                if n > 0 { out.append(SearchIndex.Hit(event: Int32(first + t), count: Int32(n))) }
            }
        }
        return out
    }

    /// The same among `texts` (hits of the block, in order): text by text, for when they are
    /// few; when they are many one pass over the block's tallies is cheaper and finds the same.
    func hits(_ pattern: BytePattern, among texts: [SearchIndex.Hit]) -> [SearchIndex.Hit] {
        guard texts.count * 4 < count else { return hits(pattern) }
        var out: [SearchIndex.Hit] = []
        out.reserveCapacity(texts.count)
        bytes.withUnsafeBytes { hay in
            let need = pattern.set
            for h in texts {
                let t = Int(h.event) - first
                guard tallies.sets[t].isSuperset(of: need) else { continue }
                let n = pattern.occurrences(in: hay, from: starts[t], to: starts[t + 1])
                if n > 0 { out.append(SearchIndex.Hit(event: h.event, count: Int32(n))) }
            }
        }
        return out
    }
}

/// A needle of bytes, found where it starts whole: memchr finds candidates for its first
/// byte at memory speed, memcmp confirms the rest.
struct BytePattern: Sendable {
    let bytes: [UInt8]
    /// Its byte values, which a text must all hold to hold it.
    let set: ByteSet

    init(bytes: [UInt8]) {
        self.bytes = bytes
        set = ByteSet(bytes)
    }

    var length: Int { bytes.count }

    /// The first place in `hay[from..<to]` where the whole pattern stands.
    func first(in hay: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard let base = hay.baseAddress, !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBytes { needle in
            let first = Int32(needle[0])
            let rest = needle.count - 1
            var at = from
            while at + needle.count <= to, let found = memchr(base + at, first, to - at - rest) {
                let pos = base.distance(to: UnsafeRawPointer(found))
                if rest == 0 || memcmp(found + 1, needle.baseAddress! + 1, rest) == 0 { return pos }
                at = pos + 1
            }
            return nil
        }
    }

    /// How many times it stands in `hay[from..<to]`, not overlapping (vim's and less's
    /// count: "aa" is once in "aaa").
    func occurrences(in hay: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        if bytes.count == 1 { return ByteCount.count(bytes[0], in: hay, from: from, to: to) }
        var n = 0
        var at = from
        while let pos = first(in: hay, from: at, to: to) {
            n += 1
            at = pos + bytes.count
        }
        return n
    }
}

/// Counts one byte value sixteen bytes at a time: the first keystroke of a search is one
/// byte, often a common letter, and a call per occurrence would cost more than the scan.
enum ByteCount {
    static func count(_ x: UInt8, in hay: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        guard to - from >= 16 else {
            var n = 0
            for i in from..<max(from, to) where hay[i] == x { n += 1 }
            return n
        }
        let needle = SIMD16<UInt8>(repeating: x)
        var i = from
        var total = 0
        while to - i >= 16 {
            // Lanes count to 255 at most before they are added up.
            var lanes = SIMD16<UInt8>()
            var rounds = 0
            while rounds < 255, to - i >= 16 {
                let v = hay.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                // A true lane is all ones: subtracting it adds one.
                lanes &-= unsafeBitCast(v .== needle, to: SIMD16<UInt8>.self)
                i += 16
                rounds += 1
            }
            total += sum(lanes)
        }
        if i < to {
            // The last sixteen bytes once more, counting only the lanes not yet counted.
            let v = hay.loadUnaligned(fromByteOffset: to - 16, as: SIMD16<UInt8>.self)
            let lane = SIMD16<UInt8>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
            let fresh = lane .>= SIMD16<UInt8>(repeating: UInt8(16 - (to - i)))
            total += sum(unsafeBitCast((v .== needle) .& fresh, to: SIMD16<UInt8>.self) & 1)
        }
        return total
    }

    /// The sum of sixteen byte lanes, added as two words (no lane is above 255).
    private static func sum(_ lanes: SIMD16<UInt8>) -> Int {
        let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return sum(words[0]) + sum(words[1])
    }

    private static func sum(_ w: UInt64) -> Int {
        let pairs = (w & 0x00FF_00FF_00FF_00FF) &+ ((w >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
    }
}
