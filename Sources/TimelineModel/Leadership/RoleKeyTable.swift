/// The distinct positions of a corpus, each numbered once: a person's positions are kept as
/// numbers, so that the thousands of claims repeating one position hold a number each
/// rather than a copy of its strings, and are compared and hashed as numbers.
struct RoleKeyTable {
    private(set) var keys: [RoleKey] = []
    private var number: [RoleKey: Int] = [:]

    /// The number of `key`, given it on first sight.
    mutating func id(_ key: RoleKey) -> Int {
        if let known = number[key] { return known }
        number[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    subscript(id: Int) -> RoleKey { keys[id] }
}
