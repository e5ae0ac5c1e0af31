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
        private var firstByWords: [String: Int] = [:]
        private var firstByWord: [String: Int] = [:]
        private var firstBySkeleton: [String: Int] = [:]
        /// Everyone, in no order and possibly repeated, under a word, a pair of words or a skeleton.
        private var byWord: [String: [Int]] = [:]
        private var byPair: [String: [Int]] = [:]
        private var bySkeleton: [String: [Int]] = [:]
        /// Each person's sets of words, to check a superset.
        private var wordSets: [Int: [Set<String>]] = [:]

        /// Keys of words sets and pairs: the words sorted, joined by a byte no word holds.
        static func joined(_ words: some Sequence<String>) -> String { words.sorted().joined(separator: "\u{1}") }

        static func usesSkeleton(_ k: NameKey) -> Bool { k.consonants.count >= 5 }

        mutating func add(_ k: NameKey, _ p: Int) {
            func first(_ table: inout [String: Int], _ key: String) { table[key] = min(table[key] ?? p, p) }
            func file(_ table: inout [String: [Int]], _ key: String) {
                if table[key]?.last != p { table[key, default: []].append(p) }
            }
            if !k.distinctive.isEmpty {
                first(&firstByWords, Self.joined(k.distinctive))
                for w in k.distinctive {
                    first(&firstByWord, w)
                    file(&byWord, w)
                }
                let words = k.distinctive.sorted()
                for a in words.indices { for b in words.indices where b > a { file(&byPair, words[a] + "\u{1}" + words[b]) } }
                wordSets[p, default: []].append(Set(k.distinctive))
            }
            if Self.usesSkeleton(k) {
                first(&firstBySkeleton, k.consonants)
                file(&bySkeleton, k.consonants)
            }
        }

        /// Everyone with a word or the skeleton of `k`: a superset of those it matches.
        func sharing(_ k: NameKey) -> [Int] {
            var out: [Int] = []
            for w in k.distinctive { out += byWord[w] ?? [] }
            if Self.usesSkeleton(k) { out += bySkeleton[k.consonants] ?? [] }
            return Array(Set(out)).sorted()
        }

        /// The smallest person number with a key that matches `k`. `matches(p)` says whether
        /// one of person p's keys matches it, for names too long to look up by their subsets.
        /// A one-word key joins a fuller one, and a fuller key joins through one of its words
        /// alone, only as `rule` allows.
        func firstMatch(_ k: NameKey, rule: OneWordRule, matches: (Int) -> Bool) -> Int? {
            let words = Array(Set(k.distinctive)).sorted()
            if words.count > 12 { return sharing(k).first(where: matches) }
            var best: Int?
            func consider(_ p: Int?) { if let p, p < (best ?? Int.max) { best = p } }
            if !words.isEmpty {
                // Subsets of D, each a set some key may have exactly (names have few words).
                for mask in 1..<(1 << words.count) {
                    let subset = words.indices.filter { mask & (1 << $0) != 0 }.map { words[$0] }
                    if rule.allowsSubset(subset, of: words) { consider(firstByWords[Self.joined(subset)]) }
                }
                // Supersets of D.
                if words.count == 1 {
                    if rule.bridges(words[0]) { consider(firstByWord[words[0]]) }
                } else {
                    let all = Set(words)
                    for p in byPair[words[0] + "\u{1}" + words[1]] ?? [] where p < (best ?? Int.max) {
                        if wordSets[p]?.contains(where: { all.isSubset(of: $0) }) == true { best = p }
                    }
                }
            }
            if Self.usesSkeleton(k) { consider(firstBySkeleton[k.consonants]) }
            return best
        }

        /// The one person with a key that matches `k`; nil when none or several do.
        func onlyMatch(_ k: NameKey, matches: (Int) -> Bool) -> Int? {
            if Set(k.distinctive).count > 1 {
                let all = sharing(k).filter(matches)
                return all.count == 1 ? all[0] : nil
            }
            var found: Int?
            var lists: [[Int]] = []
            for w in Set(k.distinctive) { if let ps = byWord[w] { lists.append(ps) } }
            if Self.usesSkeleton(k), let ps = bySkeleton[k.consonants] { lists.append(ps) }
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
