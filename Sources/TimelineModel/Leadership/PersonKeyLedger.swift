extension PersonDirectory {
    /// Each person's distinct name keys in the order first seen, each with the spelling
    /// that gave it, and the lookups that find the earliest key a new spelling matches
    /// (the spelling a join is explained by) without comparing it with all of them. A large
    /// corpus spells one person in hundreds of ways, so a person can hold hundreds of keys.
    ///
    /// Keys match when one's distinctive words are all among the other's, or when they
    /// share a skeleton of five consonants or more (`NameKey.matches`): so the earliest
    /// match is the earliest of the keys whose words are a subset (looked up by each subset),
    /// of those whose words are a superset (read in order from the list of one shared word),
    /// and of those with the same skeleton.
    struct KeyLedger {
        struct Entry {
            let key: NameKey
            let alias: String
            /// `key`'s word numbers (`KeyTerms.ids`), for the superset check.
            var ids: [Int32] = []
        }

        private struct Slot<Key: Hashable>: Hashable {
            let person: Int
            let key: Key
        }

        private(set) var entries: [[Entry]] = []
        private var seen: Set<Slot<NameKey>> = []
        private var firstByWords: [Slot<WordSet>: Int] = [:]
        private var firstBySkeleton: [Slot<Int32>: Int] = [:]
        /// The positions of a person's keys holding a word, in order.
        private var byWord: [Slot<Int32>: [Int]] = [:]

        /// Sizes the tables for about `count` keys.
        mutating func reserve(_ count: Int) {
            entries.reserveCapacity(count)
            seen.reserveCapacity(count)
            firstByWords.reserveCapacity(count)
            firstBySkeleton.reserveCapacity(count)
            byWord.reserveCapacity(count * 2)
        }

        /// A new person, whose first key is `key`.
        mutating func startPerson(_ key: NameKey, _ terms: KeyTerms, alias: String) {
            entries.append([])
            add(key, terms, alias: alias, to: entries.count - 1)
        }

        /// Adds `key` to person `p` unless they hold it already; whether it was new.
        @discardableResult
        mutating func add(_ key: NameKey, _ terms: KeyTerms, alias: String, to p: Int) -> Bool {
            guard seen.insert(Slot(person: p, key: key)).inserted else { return false }
            let position = entries[p].count
            entries[p].append(Entry(key: key, alias: alias, ids: terms.ids))
            if !terms.ids.isEmpty {
                let words = Slot(person: p, key: WordSet(terms.ids))
                if firstByWords[words] == nil { firstByWords[words] = position }
                for w in terms.ids { byWord[Slot(person: p, key: w), default: []].append(position) }
            }
            if let skeleton = terms.skeleton, firstBySkeleton[Slot(person: p, key: skeleton)] == nil {
                firstBySkeleton[Slot(person: p, key: skeleton)] = position
            }
            return true
        }

        /// Whether one of person `p`'s keys matches `key` as `rule` allows.
        func anyMatches(_ p: Int, _ key: NameKey, _ terms: KeyTerms, rule: OneWordRule) -> Bool {
            earliestMatch(p, key, terms, rule: rule) != nil
        }

        /// The first of person `p`'s keys, in the order they were added, that matches `key`
        /// as `rule` allows.
        func earliestMatch(_ p: Int, _ key: NameKey, _ terms: KeyTerms, rule: OneWordRule) -> Entry? {
            let words = terms.ids
            if words.count > 12 { return entries[p].first { rule.allows($0.key, key) } }
            var best = Int.max
            if !words.isEmpty {
                for mask in 1..<(1 << words.count) {
                    // `OneWordRule.allowsSubset`: not one ambiguous word of a fuller key.
                    if mask.nonzeroBitCount == 1, words.count > 1, !rule.bridges(terms.words[mask.trailingZeroBitCount]) { continue }
                    if let at = firstByWords[Slot(person: p, key: WordSet(words, mask: mask))] { best = min(best, at) }
                }
                // Keys holding all of a one-word key's word and more (its equal is found above).
                let supersets = words.count > 1 || rule.bridges(terms.words[0]) ? byWord[Slot(person: p, key: words[0])] ?? [] : []
                for at in supersets {
                    if at >= best { break }
                    if PersonDirectory.isSubset(words, of: entries[p][at].ids) {
                        best = at
                        break
                    }
                }
            }
            if let skeleton = terms.skeleton, let at = firstBySkeleton[Slot(person: p, key: skeleton)] { best = min(best, at) }
            return best == Int.max ? nil : entries[p][best]
        }
    }
}
