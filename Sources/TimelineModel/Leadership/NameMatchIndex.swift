extension PersonDirectory {
    /// The people's name keys, indexed so that the people a new spelling `matches` are
    /// looked up rather than compared one by one: a corpus names hundreds of thousands of
    /// people, and a common surname is shared by thousands of them.
    ///
    /// `NameKey.matches` holds when one key's distinctive words are all among the other's,
    /// or when both have the same skeleton of five consonants or more. So the people a key
    /// with words D matches are those with a key whose words are a subset of D (looked up
    /// by each subset of D), a superset of D (by D's word, or by two of its words and then
    /// checked), or whose skeleton is the same.
    struct MatchIndex {
        /// The smallest person number under each key: the first match is the smallest.
        private var firstByWords: [WordSet: Int] = [:]
        private var firstByWord: [Int32: Int] = [:]
        private var firstBySkeleton: [Int32: Int] = [:]
        /// Everyone, in no order and possibly repeated, under a word, a pair of words or a skeleton.
        private var byWord: [Int32: [Int]] = [:]
        private var byPair: [WordSet: [Int]] = [:]
        private var bySkeleton: [Int32: [Int]] = [:]
        /// Each person's sets of words, to check a superset.
        private var wordSets: [Int: [[Int32]]] = [:]

        init() {}

        /// Tables sized for about `expected` keys.
        init(expected: Int) {
            firstByWords.reserveCapacity(expected)
            firstByWord.reserveCapacity(expected)
            byWord.reserveCapacity(expected)
            byPair.reserveCapacity(expected)
            bySkeleton.reserveCapacity(expected)
            firstBySkeleton.reserveCapacity(expected)
            wordSets.reserveCapacity(expected)
        }

        static func usesSkeleton(_ k: NameKey) -> Bool { k.consonants.count >= 5 }

        mutating func add(_ t: KeyTerms, _ p: Int) {
            func first<Key: Hashable>(_ table: inout [Key: Int], _ key: Key) { table[key] = min(table[key] ?? p, p) }
            func file<Key: Hashable>(_ table: inout [Key: [Int]], _ key: Key) {
                func once(_ list: inout [Int]) { if list.last != p { list.append(p) } }
                once(&table[key, default: []])
            }
            if !t.ids.isEmpty {
                first(&firstByWords, WordSet(t.ids))
                for w in t.ids {
                    first(&firstByWord, w)
                    file(&byWord, w)
                }
                for a in t.ids.indices { for b in t.ids.indices where b > a { file(&byPair, WordSet([t.ids[a], t.ids[b]])) } }
                wordSets[p, default: []].append(t.ids)
            }
            if let skeleton = t.skeleton {
                first(&firstBySkeleton, skeleton)
                file(&bySkeleton, skeleton)
            }
        }

        /// Everyone with a word or the skeleton of `t`: a superset of those it matches.
        func sharing(_ t: KeyTerms) -> [Int] {
            var out: [Int] = []
            for w in t.ids { out += byWord[w] ?? [] }
            if let skeleton = t.skeleton { out += bySkeleton[skeleton] ?? [] }
            return Array(Set(out)).sorted()
        }

        /// The smallest person number with a key that matches `t`. `matches(p)` says whether
        /// one of person p's keys matches it, for names too long to look up by their subsets.
        /// A one-word key joins a fuller one, and a fuller key joins through one of its words
        /// alone, only as `rule` allows.
        func firstMatch(_ t: KeyTerms, rule: OneWordRule, matches: (Int) -> Bool) -> Int? {
            let words = t.ids
            if words.count > 12 { return sharing(t).first(where: matches) }
            var best: Int?
            func consider(_ p: Int?) { if let p, p < (best ?? Int.max) { best = p } }
            if !words.isEmpty {
                // Subsets of D, each a set some key may have exactly (names have few words).
                for mask in 1..<(1 << words.count) {
                    // `OneWordRule.allowsSubset`: not one ambiguous word of a fuller key.
                    if mask.nonzeroBitCount == 1, words.count > 1, !rule.bridges(t.words[mask.trailingZeroBitCount]) { continue }
                    consider(firstByWords[WordSet(words, mask: mask)])
                }
                // Supersets of D.
                if words.count == 1 {
                    if rule.bridges(t.words[0]) { consider(firstByWord[words[0]]) }
                } else {
                    for p in byPair[WordSet([words[0], words[1]])] ?? [] where p < (best ?? Int.max) {
                        if wordSets[p]?.contains(where: { PersonDirectory.isSubset(words, of: $0) }) == true { best = p }
                    }
                }
            }
            if let skeleton = t.skeleton { consider(firstBySkeleton[skeleton]) }
            return best
        }

        /// The one person with a key that matches `t`; nil when none or several do.
        func onlyMatch(_ t: KeyTerms, matches: (Int) -> Bool) -> Int? {
            if t.ids.count > 1 {
                let all = sharing(t).filter(matches)
                return all.count == 1 ? all[0] : nil
            }
            var found: Int?
            var lists: [[Int]] = []
            for w in t.ids { if let ps = byWord[w] { lists.append(ps) } }
            if let skeleton = t.skeleton, let ps = bySkeleton[skeleton] { lists.append(ps) }
            // A key of one word matches every key that holds it, and every key with its skeleton.
            for list in lists {
                for p in list where p != found {
                    if found != nil { return nil }
                    found = p
                }
            }
            return found
        }
    }
}
