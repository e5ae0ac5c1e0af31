import Testing
@testable import TimelineModel

/// The reconciler puts its events in chronological order by moving them in place.
struct PermuteTests {
    @Test func itemPTakesTheItemAtOrderP() {
        var items = ["a", "b", "c", "d", "e", "f"]
        // Two cycles (0 → 3 → 1 → 0, 2 → 5 → 2) and a fixed point (4).
        Reconciler.permute(&items, by: [3, 0, 5, 1, 4, 2])
        #expect(items == ["d", "a", "f", "b", "e", "c"])
    }

    @Test func theSameAsMappingTheOrder() {
        let items = (0..<50).map { "item \($0)" }
        let order = (0..<50).map { ($0 * 7) % 50 }
        var moved = items
        Reconciler.permute(&moved, by: order)
        #expect(moved == order.map { items[$0] })
    }
}
