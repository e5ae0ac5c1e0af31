extension Reconciler {
    /// Each cluster's members by source, as chains through the mentions: whether a cluster
    /// holds a report of a source, how many sources it holds, and its members of one source,
    /// without visiting the rest (a cluster of thousands of reports holds a few of any one).
    struct SourceMembers {
        /// Each mention's source, interned.
        let sourceOf: [Int32]
        /// The latest member of each (cluster, source) held, by `slot`.
        private var latest: [UInt64: Int32] = [:]
        /// For each member, the member of its source and cluster that joined before it; -1 for none.
        private var previous: [Int32]
        /// How many sources each cluster holds.
        private(set) var sourceCounts: [Int] = []

        init(sources: [String]) {
            var ids: [String: Int32] = [:]
            sourceOf = sources.map { s in
                if let id = ids[s] { return id }
                let id = Int32(ids.count)
                ids[s] = id
                return id
            }
            previous = Array(repeating: -1, count: sources.count)
        }

        private func slot(_ k: Int, _ source: Int32) -> UInt64 { UInt64(k) << 32 | UInt64(UInt32(source)) }

        /// Files mention `i` as a member of cluster `k` (clusters are numbered as they start).
        mutating func add(_ i: Int, to k: Int) {
            while sourceCounts.count <= k { sourceCounts.append(0) }
            let key = slot(k, sourceOf[i])
            if let before = latest[key] {
                previous[i] = before
            } else {
                sourceCounts[k] += 1
            }
            latest[key] = Int32(i)
        }

        /// Whether cluster `k` holds a report of mention `i`'s source.
        func holds(_ k: Int, sourceOf i: Int) -> Bool { latest[slot(k, sourceOf[i])] != nil }

        /// Whether a member of cluster `k` of mention `i`'s source satisfies `test`, latest first.
        func contains(_ k: Int, sourceOf i: Int, where test: (Int) -> Bool) -> Bool {
            guard var j = latest[slot(k, sourceOf[i])] else { return false }
            while true {
                if test(Int(j)) { return true }
                j = previous[Int(j)]
                if j < 0 { return false }
            }
        }

        /// Calls `body` with every member of cluster `k` of mention `i`'s source.
        func forEach(_ k: Int, sourceOf i: Int, _ body: (Int) -> Void) {
            _ = contains(k, sourceOf: i) { j in
                body(j)
                return false
            }
        }
    }
}
