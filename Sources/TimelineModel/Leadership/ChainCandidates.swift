/// The chains one person may join while chains are grouped: the chains of the people linked
/// to them by a succession, and those the person has joined so far.
///
/// People are grouped in order and only the person at hand joins chains, so the linked
/// people's chains stay as they are while the person's claims are read: they are gathered
/// once per person (not once per claim) and per position (a compatible chain holds the
/// same position), each list ascending so the first fit is the lowest-numbered chain.
struct ChainCandidates {
    /// The linked people's chain numbers, as given (a list may repeat another's).
    private let linked: [[Int]]
    /// A chain's position, which never changes once the chain exists.
    private let position: (Int) -> String
    /// Per position asked about: the candidates holding it, ascending and distinct.
    private var byPosition: [String: [Int]] = [:]

    init(linked: [[Int]], position: @escaping (Int) -> String) {
        self.linked = linked
        self.position = position
    }

    /// The lowest-numbered candidate holding `position` for which `fits` holds.
    mutating func first(holding position: String, where fits: (Int) -> Bool) -> Int? {
        candidates(holding: position).first(where: fits)
    }

    /// Adds chain `k`, which the person has just joined (most often one found here);
    /// whether it was not a candidate yet.
    @discardableResult
    mutating func add(_ k: Int) -> Bool {
        let p = position(k)
        let list = candidates(holding: p)
        let at = Self.insertionPoint(of: k, in: list)
        guard at == list.count || list[at] != k else { return false }
        byPosition[p, default: []].insert(k, at: at)
        return true
    }

    private mutating func candidates(holding p: String) -> [Int] {
        if let known = byPosition[p] { return known }
        var found = Set<Int>()
        for list in linked { for k in list where position(k) == p { found.insert(k) } }
        let sorted = found.sorted()
        byPosition[p] = sorted
        return sorted
    }

    /// The first index of `list` (ascending) whose element is not below `k`.
    static func insertionPoint(of k: Int, in list: [Int]) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < k { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
