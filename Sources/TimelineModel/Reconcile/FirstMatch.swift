/// A growing list of name keys and, for a new key, the first of them that matches it
/// (`NameKey.matches`). Two keys match only through a distinctive word they share or one
/// long skeleton, so once the list is long, the keys filed under those are all it reads:
/// an event told by thousands of reports names thousands of people.
struct FirstMatch {
    private(set) var keys: [NameKey] = []
    private var byWord: [String: [Int]] = [:]
    private var bySkeleton: [String: [Int]] = [:]
    /// Below this many keys, reading them all costs less than the index.
    static let indexFrom = 16

    func first(matching key: NameKey) -> Int? {
        if keys.count < Self.indexFrom { return keys.firstIndex { $0.matches(key) } }
        // Each list is in the order the keys came, so its first match is its earliest.
        var best: Int?
        func earliest(_ list: [Int]?) {
            guard let list else { return }
            for j in list {
                if let b = best, j >= b { return }
                if keys[j].matches(key) {
                    best = j
                    return
                }
            }
        }
        for w in key.distinctive { earliest(byWord[w]) }
        if key.consonants.count >= 5 { earliest(bySkeleton[key.consonants]) }
        return best
    }

    mutating func append(_ key: NameKey) {
        keys.append(key)
        if keys.count == Self.indexFrom {
            for j in keys.indices { file(j) }
        } else if keys.count > Self.indexFrom {
            file(keys.count - 1)
        }
    }

    private mutating func file(_ j: Int) {
        for w in keys[j].distinctive { byWord[w, default: []].append(j) }
        if keys[j].consonants.count >= 5 { bySkeleton[keys[j].consonants, default: []].append(j) }
    }
}
