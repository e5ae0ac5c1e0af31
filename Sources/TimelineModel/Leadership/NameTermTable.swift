extension PersonDirectory {
    /// A name key's distinctive words and skeleton as numbers, for the directory's indexes:
    /// a large corpus spells hundreds of thousands of names, and hashing a few integers per
    /// lookup costs far less than hashing strings.
    struct KeyTerms {
        /// The distinct distinctive words' numbers, ascending.
        let ids: [Int32]
        /// The words themselves, in the order of `ids`.
        let words: [String]
        /// The skeleton's number when `MatchIndex.usesSkeleton` holds.
        let skeleton: Int32?
    }

    /// Numbers the words and skeletons of name keys in the order first met.
    struct TermTable {
        private var words = Interned()
        private var skeletons = Interned()

        mutating func terms(of k: NameKey) -> KeyTerms {
            var pairs: [(Int32, String)] = []
            pairs.reserveCapacity(k.distinctive.count)
            for w in k.distinctive where !pairs.contains(where: { $0.1 == w }) {
                pairs.append((Int32(words.id(w)), w))
            }
            pairs.sort { $0.0 < $1.0 }
            let skeleton = MatchIndex.usesSkeleton(k) ? Int32(skeletons.id(k.consonants)) : nil
            return KeyTerms(ids: pairs.map(\.0), words: pairs.map(\.1), skeleton: skeleton)
        }
    }

    /// A set of word numbers as a dictionary key: up to three small numbers packed in one
    /// integer (almost every name), else the numbers themselves.
    struct WordSet: Hashable {
        private let packed: UInt64
        private let spilled: [Int32]

        /// The numbers of `ids` (ascending) picked by the bits of `mask`.
        init(_ ids: [Int32], mask: Int) {
            var packed: UInt64 = 0
            var count = 0
            var fits = true
            for (i, id) in ids.enumerated() where mask & (1 << i) != 0 {
                count += 1
                if count > 3 || id >= (1 << 21) - 1 { fits = false; break }
                packed = packed << 21 | UInt64(id + 1)
            }
            if fits {
                self.packed = packed
                spilled = []
            } else {
                self.packed = 0
                spilled = ids.indices.filter { mask & (1 << $0) != 0 }.map { ids[$0] }
            }
        }

        /// All of `ids` (ascending).
        init(_ ids: [Int32]) {
            if ids.count <= 3, ids.allSatisfy({ $0 < (1 << 21) - 1 }) {
                packed = ids.reduce(0) { $0 << 21 | UInt64($1 + 1) }
                spilled = []
            } else {
                packed = 0
                spilled = ids
            }
        }
    }

    /// Whether every number of `a` is in `b` (both ascending).
    static func isSubset(_ a: [Int32], of b: [Int32]) -> Bool {
        var j = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            guard j < b.count, b[j] == x else { return false }
            j += 1
        }
        return true
    }
}
