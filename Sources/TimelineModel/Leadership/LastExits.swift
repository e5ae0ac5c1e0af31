/// Whose tenure in a chain ended last: the member whose exit ends latest (the first of them
/// in member order on a tie), and the one who would be that without them.
///
/// "appointed a new leader …, Y" makes Y follow the member other than Y who left last; a
/// chain of a common position holds thousands of members and many such claims name one,
/// so the chain is read once instead of once per claim.
struct LastExits {
    private var last: Int?
    private var runnerUp: Int?

    /// `end(m)`: when member m's exit ended, nil when nothing ended their tenure.
    init<Day: Comparable>(members: [Int], end: (Int) -> Day?) {
        var best: (member: Int, end: Day)?
        var second: (member: Int, end: Day)?
        for m in members {
            guard let e = end(m) else { continue }
            if best == nil || best!.end < e {
                // The old best is, of everyone but the new one, the latest (and first).
                second = best
                best = (m, e)
            } else if second == nil || second!.end < e {
                second = (m, e)
            }
        }
        last = best?.member
        runnerUp = second?.member
    }

    /// The member other than `person` whose exit ended last.
    func last(excluding person: Int) -> Int? { last == person ? runnerUp : last }
}
