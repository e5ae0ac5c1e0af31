import Testing
@testable import TimelineModel

@Suite struct ThreeHolderTests {
    @Test func aThirdHolderFollowsFromAnotherReport() {
        let c = timeline([
            ("a", "2019-05-06", """
                Mullah Karim Dawari was the top commander of IS-K in the northern province of Faryab.
                Dawari was killed on Friday in an airstrike in Faryab, the ministry said.
                He has been replaced by Mawlawi Sadiq Barakzai, the ministry added.
                """),
            ("b", "2019-09-02", """
                More than 40 fighters surrendered in Faryab on Sunday, including the IS-K commander in Faryab province, Mawlawi Sadiq Barakzai.
                Barakzai has been replaced by Qari Latif Noorzad, officials said.
                """),
        ]).chains
        let chain = c.first { $0.key.position == "leader" }
        #expect(chain?.holders.map(\.name) == ["Mullah Karim Dawari", "Mawlawi Sadiq Barakzai", "Qari Latif Noorzad"])
        #expect(chain?.holders.last?.start?.label == "2019-09")
        #expect(chain?.holders.last?.exit == .unknown)
    }
}
