/// The byte values a text holds, as 256 bits: the search index keeps one per text so a
/// scan can pass over every text lacking one of the needle's bytes after reading 32 bytes
/// instead of the whole text. Exact, never approximate: a text passing holds every byte of
/// the needle (a one-byte needle: it is a hit), though not necessarily the needle itself.
struct ByteSet: Hashable, Sendable {
    /// Bit `b & 63` of word `b >> 6` stands for byte value `b`.
    private var words: (UInt64, UInt64, UInt64, UInt64)

    init() { words = (0, 0, 0, 0) }

    init(_ bytes: some Sequence<UInt8>) {
        self.init()
        for b in bytes { insert(b) }
    }

    mutating func insert(_ b: UInt8) {
        let bit: UInt64 = 1 << UInt64(b & 63)
        switch b >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func contains(_ b: UInt8) -> Bool {
        let bit: UInt64 = 1 << UInt64(b & 63)
        switch b >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// Every byte of `other` is in self.
    func isSuperset(of other: ByteSet) -> Bool {
        (other.words.0 & ~words.0) | (other.words.1 & ~words.1) | (other.words.2 & ~words.2) | (other.words.3 & ~words.3) == 0
    }

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.isSuperset(of: b) && b.isSuperset(of: a) }

    func hash(into h: inout Hasher) {
        h.combine(words.0)
        h.combine(words.1)
        h.combine(words.2)
        h.combine(words.3)
    }

    /// How many of its bytes are below `b`: where `b`'s entry stands in a list kept in
    /// byte order for the bytes of the set (see `ByteTallies`).
    func rank(_ b: UInt8) -> Int {
        let below: UInt64 = (1 << UInt64(b & 63)) &- 1
        switch b >> 6 {
        case 0: return (words.0 & below).nonzeroBitCount
        case 1: return words.0.nonzeroBitCount + (words.1 & below).nonzeroBitCount
        case 2: return words.0.nonzeroBitCount + words.1.nonzeroBitCount + (words.2 & below).nonzeroBitCount
        default:
            return words.0.nonzeroBitCount + words.1.nonzeroBitCount + words.2.nonzeroBitCount + (words.3 & below).nonzeroBitCount
        }
    }
}

/// For each text of a buffer, which byte values it holds and how many times each: a
/// one-byte search (the first key of every search) is answered from these alone, without
/// reading the texts, and a longer one reads only the texts holding all of its bytes.
/// Some 80 bytes a text (32 for the set, one per distinct byte: news text holds forty or
/// so), beside the text's few hundred.
struct ByteTallies: Sendable {
    /// The byte values of each text.
    let sets: [ByteSet]
    /// Text `t`'s counts of the bytes in `sets[t]`, in byte order, from `counts[firsts[t]]`;
    /// 255 stands for 255 or more (that text is counted again when asked).
    private let counts: [UInt8]
    private let firsts: [Int32]

    /// Text `t` is `raw[starts[t]..<starts[t + 1]]`.
    init(_ raw: UnsafeRawBufferPointer, starts: [Int]) {
        let n = max(0, starts.count - 1)
        var sets: [ByteSet] = []
        sets.reserveCapacity(n)
        var counts: [UInt8] = []
        counts.reserveCapacity(n * 48)
        var firsts: [Int32] = []
        firsts.reserveCapacity(n)
        // One counter per byte value, kept zero between texts: counting is a store per
        // byte read, not a search for the byte's entry.
        var table = [UInt32](repeating: 0, count: 256)
        table.withUnsafeMutableBufferPointer { table in
            for t in 0..<n {
                for i in starts[t]..<starts[t + 1] { table[Int(raw[i])] &+= 1 }
                firsts.append(Int32(counts.count))
                var set = ByteSet()
                for v in 0..<256 where table[v] != 0 {
                    set.insert(UInt8(v))
                    counts.append(UInt8(min(255, table[v])))
                    table[v] = 0
                }
                sets.append(set)
            }
        }
        self.sets = sets
        self.counts = counts
        self.firsts = firsts
    }

    /// How many times byte `b` stands in text `t`: 0 when it does not, nil when 255 or more.
    @inline(__always)
    func count(of b: UInt8, inText t: Int) -> Int? {
        let set = sets[t]
        guard set.contains(b) else { return 0 }
        let c = counts[Int(firsts[t]) + set.rank(b)]
        return c == 255 ? nil : Int(c)
    }
}
