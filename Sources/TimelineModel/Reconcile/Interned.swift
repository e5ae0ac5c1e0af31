/// Strings numbered in the order first met, so that indexes file integers (the
/// reconciler's and the people directory's: hashing a string per lookup costs far more).
struct Interned {
    private var ids: [String: Int] = [:]

    mutating func id(_ s: String) -> Int {
        if let known = ids[s] { return known }
        let next = ids.count
        ids[s] = next
        return next
    }
}
