import Testing
@testable import TimelineModel

/// A name left with one distinctive word once honorifics are dropped ("Qari Zalra") is a
/// surname or given name alone: it must not join, or bridge, different fuller names.
/// The people here are invented.
@Suite struct OneWordKeyTests {
    let key = Reconciler.standard().nameKey

    @Test func aOneWordNameJoinsNeitherOfTwoFullerNamesWithItsWord() {
        for names in [["Qari Zalra", "Zalra Kandomir", "Zalra Tuvesh"], ["Zalra Kandomir", "Qari Zalra", "Zalra Tuvesh"]] {
            let d = PersonDirectory(names: names, key: key)
            #expect(d.id("Zalra Kandomir") != d.id("Zalra Tuvesh"), "\(names)")
            #expect(d.id("Qari Zalra") != d.id("Zalra Kandomir"), "\(names)")
            #expect(d.id("Qari Zalra") != d.id("Zalra Tuvesh"), "\(names)")
            #expect(d.people.count == 3, "\(names)")
        }
    }

    @Test func aOneWordNameJoinsTheOnlyFullerNameWithItsWord() {
        let d = PersonDirectory(names: ["Qari Zalra", "Zalra Kandomir", "Mullah Zalra", "Zalra Kandomir Vesh"], key: key)
        #expect(d.people.count == 1)
        #expect(d.joins.count == 3)
    }

    @Test func twoOneWordSpellingsOfOneWordStillJoin() {
        let d = PersonDirectory(names: ["Qari Zalra", "Zalra Kandomir", "Zalra Tuvesh", "Mullah Zalra"], key: key)
        #expect(d.id("Qari Zalra") == d.id("Mullah Zalra"))
        #expect(d.id("Mullah Zalra") != d.id("Zalra Kandomir"))
    }

    @Test func aWordIsAmbiguousWhenTwoFullerKeysHoldingItDoNotMatch() {
        let rule = PersonDirectory.OneWordRule(fullerNames: ["Zalra Kandomir", "Zalra Tuvesh", "Bekran Tuvesh Lomar", "Bekran Tuvesh"].map(key))
        #expect(!rule.bridges("zalra"))
        // Every key holding these matches every other: they can be one person.
        #expect(rule.bridges("bikran"))
        #expect(rule.bridges("kandomir"))
        #expect(!rule.allows(key("Qari Zalra"), key("Zalra Tuvesh")))
        #expect(rule.allows(key("Qari Zalra"), key("Mullah Zalra")))
        #expect(rule.allows(key("Qari Kandomir"), key("Zalra Kandomir")))
    }
}
