import Testing
@testable import TimelineModel

/// The indexes that keep grouping chains near-linear, on invented chain numbers.
@Suite struct ChainIndexTests {
    /// Chains 0–9: even ones hold "leader", odd ones "deputy".
    static func position(_ k: Int) -> String { k % 2 == 0 ? "leader" : "deputy" }

    @Test func candidatesAreTheLowestFittingChainOfThePosition() {
        var c = ChainCandidates(linked: [[8, 3, 4], [4, 6, 1]], position: Self.position)
        #expect(c.first(holding: "leader", where: { _ in true }) == 4)
        #expect(c.first(holding: "leader", where: { $0 > 4 }) == 6)
        #expect(c.first(holding: "deputy", where: { _ in true }) == 1)
        #expect(c.first(holding: "deputy", where: { $0 > 3 }) == nil)
        #expect(c.first(holding: "governor", where: { _ in true }) == nil)
    }

    @Test func aJoinedChainBecomesACandidateInOrder() {
        var c = ChainCandidates(linked: [[8, 4]], position: Self.position)
        #expect(c.first(holding: "leader", where: { $0 != 4 }) == 8)
        c.add(2)
        c.add(2)
        c.add(6)
        #expect(c.first(holding: "leader", where: { _ in true }) == 2)
        #expect(c.first(holding: "leader", where: { $0 != 2 && $0 != 4 }) == 6)
        c.add(5)
        #expect(c.first(holding: "deputy", where: { _ in true }) == 5)
    }

    @Test func lastExitIsTheFirstOfTheLatest() {
        let ends: [Int: Int] = [10: 3, 11: 7, 12: 7, 13: 5]
        let exits = LastExits(members: [10, 11, 12, 13, 14]) { ends[$0] }
        #expect(exits.last(excluding: 99) == 11)
        #expect(exits.last(excluding: 10) == 11)
        #expect(exits.last(excluding: 11) == 12)
    }

    @Test func withoutTheLastTheRunnerUpIsTheEarliestOfTheNextLatest() {
        let ends: [Int: Int] = [1: 5, 2: 9, 3: 5, 4: 2]
        let exits = LastExits(members: [1, 2, 3, 4]) { ends[$0] }
        #expect(exits.last(excluding: 2) == 1)
        #expect(LastExits(members: [4]) { ends[$0] }.last(excluding: 4) == nil)
        #expect(LastExits(members: [7, 8]) { ends[$0] }.last(excluding: 1) == nil)
    }
}
