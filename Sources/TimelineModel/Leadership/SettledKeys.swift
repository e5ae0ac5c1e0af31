/// The positions of one person that, read again, would change nothing.
///
/// A person's claims repeat one position hundreds of times (each sentence that calls them
/// the governor), and a successor given no position of their own takes all of the
/// predecessor's. Reading a position for a person is a function of the chains as they
/// stand: when a reading changed nothing and nothing has changed since, reading the same
/// position again changes nothing either, so it is skipped. Anything else is read as
/// before, so the chains are exactly those of reading every claim.
struct SettledKeys<Key: Hashable> {
    /// Bumped by every reading that changed something.
    private var generation = 0
    /// The generation in which a key was last read without changing anything.
    private var quietAt: [Key: Int] = [:]

    /// Whether reading `key` now would change nothing.
    func isSettled(_ key: Key) -> Bool { quietAt[key] == generation }

    /// Records a reading of `key` and whether it changed anything.
    mutating func read(_ key: Key, changed: Bool) {
        if changed {
            generation += 1
        } else {
            quietAt[key] = generation
        }
    }
}
