extension Reconciler {
    /// Distinct name keys as numbers, so that telling whether two match (`NameKey.matches`)
    /// compares a few integers rather than copied strings and arrays: each key's
    /// distinctive words, interned and sorted, and its skeleton when long enough to count.
    /// A class: the workspace is a value, and comparisons read this without copying it.
    final class NameTable {
        /// Key `n`'s words are `words[wordStarts[n]..<wordStarts[n + 1]]`, ascending.
        private let words: [Int32]
        private let wordStarts: [Int32]
        /// Each key's interned skeleton; -1 when it is shorter than five consonants.
        private let skeletons: [Int32]

        init(_ keys: [NameKey]) {
            var wordIDs: [String: Int32] = [:], skeletonIDs: [String: Int32] = [:]
            var words: [Int32] = [], starts: [Int32] = [0], skeletons: [Int32] = []
            for key in keys {
                var mine = key.distinctive.map { w in
                    if let id = wordIDs[w] { return id }
                    let id = Int32(wordIDs.count)
                    wordIDs[w] = id
                    return id
                }
                mine.sort()
                words += mine
                starts.append(Int32(words.count))
                if key.consonants.count >= 5 {
                    if let id = skeletonIDs[key.consonants] {
                        skeletons.append(id)
                    } else {
                        skeletons.append(Int32(skeletonIDs.count))
                        skeletonIDs[key.consonants] = Int32(skeletonIDs.count)
                    }
                } else {
                    skeletons.append(-1)
                }
            }
            self.words = words
            wordStarts = starts
            self.skeletons = skeletons
        }

        /// `NameKey.matches` for keys `a` and `b`: the distinctive words of the one with
        /// fewer are all among the other's, or both have one long skeleton.
        func match(_ a: Int, _ b: Int) -> Bool {
            if skeletons[a] >= 0 && skeletons[a] == skeletons[b] { return true }
            let aStart = Int(wordStarts[a]), aEnd = Int(wordStarts[a + 1])
            let bStart = Int(wordStarts[b]), bEnd = Int(wordStarts[b + 1])
            guard aStart < aEnd, bStart < bEnd else { return false }
            return aEnd - aStart <= bEnd - bStart
                ? Self.isSubset(aStart..<aEnd, of: bStart..<bEnd, words) : Self.isSubset(bStart..<bEnd, of: aStart..<aEnd, words)
        }

        /// Whether the sorted words at `small` are all among those at `large`.
        private static func isSubset(_ small: Range<Int>, of large: Range<Int>, _ words: [Int32]) -> Bool {
            var j = large.lowerBound
            for i in small {
                while j < large.upperBound && words[j] < words[i] { j += 1 }
                if j == large.upperBound || words[j] != words[i] { return false }
                j += 1
            }
            return true
        }
    }
}
