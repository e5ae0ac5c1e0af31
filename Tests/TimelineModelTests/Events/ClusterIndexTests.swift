import Testing
@testable import TimelineModel

/// The small indexes a cluster keeps so that `Reconciler.fits` need not visit its members,
/// held to the lists they stand for on invented places and sources.
@Suite struct ClusterIndexTests {
    typealias Dice = IndexedMergeTests.Dice

    static func place(_ dice: inout Dice) -> EventPlace {
        func maybe(_ xs: [String]) -> String? { dice.below(3) == 0 ? nil : dice.pick(xs) }
        return EventPlace(country: maybe(["Aland", "Borovia"]), province: maybe(["North", "South"]),
                          district: maybe(["Kel", "Dun", "Marr"]), locality: maybe(["Upper", "Lower", "Ford"]))
    }

    @Test func placeLevelsAgreeAsComparingEveryPlace() {
        var dice = Dice(state: 11)
        var agreed = 0, refused = 0
        for _ in 0..<300 {
            var levels = Reconciler.PlaceLevels()
            var places: [EventPlace] = []
            for _ in 0..<dice.below(5) {
                let p = Self.place(&dice)
                levels.add(p)
                places.append(p)
            }
            let q = Self.place(&dice)
            let every = places.allSatisfy { q.isCompatible(with: $0) }
            #expect(levels.agreeWithAll(q) == every, "\(q) against \(places)")
            if let d = q.district { #expect(levels.holdsDistrict(d) == places.contains { $0.district == d }) }
            if every { agreed += 1 } else { refused += 1 }
        }
        // Both verdicts occur, or the comparison would prove little.
        #expect(agreed > 20 && refused > 20)
    }

    @Test func sourceMembersListTheClustersMembersOfOneSource() {
        var dice = Dice(state: 5)
        let sources = (0..<400).map { _ in "s\(dice.below(12))" }
        var members = Reconciler.SourceMembers(sources: sources)
        var clusters: [[Int]] = []
        for i in sources.indices {
            let k = clusters.isEmpty || dice.below(4) == 0 ? clusters.count : dice.below(clusters.count)
            if k == clusters.count { clusters.append([]) }
            clusters[k].append(i)
            members.add(i, to: k)
        }
        #expect(clusters.contains { Set($0.map { sources[$0] }).count > 2 })
        for _ in 0..<500 {
            let k = dice.below(clusters.count), i = dice.below(sources.count)
            let expected = clusters[k].filter { sources[$0] == sources[i] }
            var found: [Int] = []
            members.forEach(k, sourceOf: i) { found.append($0) }
            #expect(found.sorted() == expected)
            #expect(members.holds(k, sourceOf: i) == !expected.isEmpty)
            #expect(members.contains(k, sourceOf: i) { $0 == expected.last } == !expected.isEmpty)
        }
        for k in clusters.indices { #expect(members.sourceCounts[k] == Set(clusters[k].map { sources[$0] }).count) }
    }

    @Test func nameTableMatchesAsNameKeys() {
        var dice = Dice(state: 3)
        let words = IndexedMergeTests.given + IndexedMergeTests.family + ["Zarmakullah", "Nurakpalwan", "Khan", "Gul", "Ali"]
        let nameKey = Reconciler.standard().nameKey
        let keys = (0..<120).map { _ in
            let parts = (0..<(1 + dice.below(3))).map { _ in dice.pick(words) }
            return nameKey(dice.pick(IndexedMergeTests.titles) + parts.joined(separator: " "))
        }
        let table = Reconciler.NameTable(keys)
        var matched = 0
        for a in keys.indices {
            for b in keys.indices {
                #expect(table.match(a, b) == keys[a].matches(keys[b]), "\(keys[a].words) ~ \(keys[b].words)")
                if a != b && keys[a] != keys[b] && table.match(a, b) { matched += 1 }
            }
        }
        // Different keys match, and some keys do not, or the comparison would prove little.
        #expect(matched > 10 && matched < keys.count * keys.count / 2)
    }

    @Test func firstMatchFindsTheEarliestMatchingKey() {
        var dice = Dice(state: 17)
        let nameKey = Reconciler.standard().nameKey
        let words = IndexedMergeTests.given + IndexedMergeTests.family + ["Zarmakullah", "Nurakpalwan", "Qadirwazir"]
        var list = FirstMatch()
        var found = 0
        for _ in 0..<300 {
            let parts = (0..<(1 + dice.below(3))).map { _ in dice.pick(words) }
            let key = nameKey(parts.joined(separator: " "))
            let expected = list.keys.firstIndex { $0.matches(key) }
            #expect(list.first(matching: key) == expected, "\(key.words)")
            if expected == nil || dice.below(2) == 0 { list.append(key) }
            if let e = expected, e > 0 { found += 1 }
        }
        // The index is read (past `indexFrom` keys) and finds keys other than the first.
        #expect(list.keys.count > FirstMatch.indexFrom && found > 10)
    }
}
