extension PersonDirectory {
    /// When a name left with one distinctive word ("Qari Zalra", "Mohammad Zalra": honorifics
    /// and common given names dropped) may join a fuller name holding that word.
    ///
    /// One word is a surname or a given name alone: "Qari Zalra" would otherwise absorb every
    /// "Zalra X" of the corpus, and, once joined to one of them, bridge all the others into one
    /// person. So a one-word key joins a fuller key only when the word is unambiguous: every
    /// fuller key of the corpus holding it matches every other (they can all be one person).
    /// Two keys of the same one word still join ("Qari Zalra" ~ "Mullah Zalra"), and keys of
    /// the same consonant skeleton too: they spell the whole name alike, not a part of it.
    struct OneWordRule: Sendable {
        /// The words held by fuller keys that do not all match one another.
        private let ambiguous: Set<String>

        /// A rule under which every one-word key joins, as before there was one.
        static let open = OneWordRule(ambiguous: [])

        private init(ambiguous: Set<String>) { self.ambiguous = ambiguous }

        /// The rule for a corpus whose names of two words or more have `keys`.
        init(fullerNames keys: [NameKey]) {
            // Per word, the distinct fuller keys holding it while they all match, stopping at
            // the first that does not: almost every shared word is settled by the second key.
            var holders: [String: [NameKey]] = [:]
            var ambiguous: Set<String> = []
            for k in Set(keys) where k.distinctive.count >= 2 {
                for w in k.distinctive where !ambiguous.contains(w) {
                    let others = holders[w] ?? []
                    if others.allSatisfy({ $0.matches(k) }) {
                        holders[w, default: []].append(k)
                    } else {
                        ambiguous.insert(w)
                        holders[w] = nil
                    }
                }
            }
            self.ambiguous = ambiguous
        }

        /// Whether a key of the one distinctive word `w` may join a key with more words.
        func bridges(_ w: String) -> Bool { !ambiguous.contains(w) }

        /// `a.matches(b)`, but for a one-word key meeting a fuller one through an ambiguous word.
        func allows(_ a: NameKey, _ b: NameKey) -> Bool {
            guard a.matches(b) else { return false }
            if MatchIndex.usesSkeleton(a), a.consonants == b.consonants { return true }
            let (da, db) = (Set(a.distinctive), Set(b.distinctive))
            if da == db { return true }
            if da.count == 1 { return bridges(da.first!) }
            if db.count == 1 { return bridges(db.first!) }
            return true
        }

        /// Whether the subset `subset` of a key's words `words` (both sorted, distinct) may be
        /// looked up as another key's exact words: not one ambiguous word of a fuller key.
        func allowsSubset(_ subset: [String], of words: [String]) -> Bool {
            subset.count != 1 || words.count == 1 || bridges(subset[0])
        }
    }
}
