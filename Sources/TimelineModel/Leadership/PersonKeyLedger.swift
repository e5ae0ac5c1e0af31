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
        }

        private struct Slot<Key: Hashable>: Hashable {
            let person: Int
            let key: Key
        }

        private(set) var entries: [[Entry]] = []
        private var seen: Set<Slot<NameKey>> = []
        private var firstByWords: [Slot<String>: Int] = [:]
        private var firstBySkeleton: [Slot<String>: Int] = [:]
        /// The positions of a person's keys holding a word, in order.
        private var byWord: [Slot<String>: [Int]] = [:]

        /// A new person, whose first key is `key`.
        mutating func startPerson(_ key: NameKey, alias: String) {
            entries.append([])
            add(key, alias: alias, to: entries.count - 1)
        }

        /// Adds `key` to person `p` unless they hold it already; whether it was new.
        @discardableResult
        mutating func add(_ key: NameKey, alias: String, to p: Int) -> Bool {
            guard seen.insert(Slot(person: p, key: key)).inserted else { return false }
            let position = entries[p].count
            entries[p].append(Entry(key: key, alias: alias))
            if !key.distinctive.isEmpty {
                let words = MatchIndex.joined(key.distinctive)
                if firstByWords[Slot(person: p, key: words)] == nil { firstByWords[Slot(person: p, key: words)] = position }
                for w in key.distinctive { byWord[Slot(person: p, key: w), default: []].append(position) }
            }
            if MatchIndex.usesSkeleton(key), firstBySkeleton[Slot(person: p, key: key.consonants)] == nil {
                firstBySkeleton[Slot(person: p, key: key.consonants)] = position
            }
            return true
        }

        /// Whether one of person `p`'s keys matches `key` as `rule` allows.
        func anyMatches(_ p: Int, _ key: NameKey, rule: OneWordRule) -> Bool { earliestMatch(p, key, rule: rule) != nil }

        /// The first of person `p`'s keys, in the order they were added, that matches `key`
        /// as `rule` allows.
        func earliestMatch(_ p: Int, _ key: NameKey, rule: OneWordRule) -> Entry? {
            let words = Array(Set(key.distinctive)).sorted()
            if words.count > 12 { return entries[p].first { rule.allows($0.key, key) } }
            var best = Int.max
            if !words.isEmpty {
                for mask in 1..<(1 << words.count) {
                    let subset = words.indices.filter { mask & (1 << $0) != 0 }.map { words[$0] }
                    guard rule.allowsSubset(subset, of: words) else { continue }
                    if let at = firstByWords[Slot(person: p, key: MatchIndex.joined(subset))] { best = min(best, at) }
                }
                let all = Set(words)
                // Keys holding all of a one-word key's word and more (its equal is found above).
                let supersets = words.count > 1 || rule.bridges(words[0]) ? byWord[Slot(person: p, key: words[0])] ?? [] : []
                for at in supersets {
                    if at >= best { break }
                    if all.isSubset(of: entries[p][at].key.distinctive) {
                        best = at
                        break
                    }
                }
            }
            if MatchIndex.usesSkeleton(key), let at = firstBySkeleton[Slot(person: p, key: key.consonants)] { best = min(best, at) }
            return best == Int.max ? nil : entries[p][best]
        }
    }
}
