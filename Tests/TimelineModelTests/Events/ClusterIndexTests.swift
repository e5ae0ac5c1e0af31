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
}
