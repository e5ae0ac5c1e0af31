import Testing
@testable import TimelineModel

/// A person's repeated positions are read once while nothing changes, and read again
/// whenever something has: the chains are those of reading every claim.
@Suite struct KeyPruningTests {
    @Test func aKeyThatChangedNothingIsSettledUntilSomethingChanges() {
        var settled = SettledKeys<Int>()
        #expect(!settled.isSettled(7))
        settled.read(7, changed: true)
        // Its reading changed something: read again, it may change more.
        #expect(!settled.isSettled(7))
        settled.read(7, changed: false)
        #expect(settled.isSettled(7))
        settled.read(3, changed: false)
        #expect(settled.isSettled(7) && settled.isSettled(3))
        // Another key changed the chains: every key must be read again.
        settled.read(5, changed: true)
        #expect(!settled.isSettled(7) && !settled.isSettled(3))
    }

    @Test func aPositionIsNumberedOnce() {
        var table = RoleKeyTable()
        let governor = RoleKey(organisation: "Tavrek Front", position: "governor", region: "Kandomir")
        let a = table.id(governor)
        let b = table.id(RoleKey(organisation: nil, position: "leader", region: nil))
        #expect(table.id(governor) == a && a != b)
        #expect(table[a] == governor && table.keys.count == 2)
    }

    /// An invented governor called so in many sentences, with other positions between, and
    /// a successor who takes them all: repeated claims give the chains one claim gives.
    @Test func repeatedClaimsGiveTheChainsOfOneClaim() {
        func claims(_ repeats: Int) -> [SourceReading] {
            var roles: [RoleClaim] = []
            var offset = 0
            func claim(_ person: String, _ key: RoleKey) {
                let text = "\(person) is the \(key.position)."
                roles.append(RoleClaim(person: person, key: key, wording: key.position,
                                       evidence: Evidence(source: "s1", range: TextRange(start: offset, end: offset + text.count), text: text)))
                offset += text.count + 1
            }
            let governor = RoleKey(organisation: nil, position: "governor", region: "Kandomir")
            let fuller = RoleKey(organisation: "Tavrek Front", position: "governor", region: "Kandomir")
            let deputy = RoleKey(organisation: "Tavrek Front", position: "deputy", region: nil)
            for _ in 0..<repeats {
                claim("Zalra Bekrani", governor)
                claim("Zalra Bekrani", deputy)
            }
            claim("Zalra Bekrani", fuller)
            let text = "Zalra Bekrani was replaced by Movan Tuvesh."
            let succession = SuccessionClaim(kind: .replaced, predecessors: ["Zalra Bekrani"], successors: ["Movan Tuvesh"], successorCount: nil,
                                             key: nil, evidence: Evidence(source: "s1", range: TextRange(start: offset, end: offset + text.count), text: text))
            return [SourceReading(roles: roles, successions: [succession], names: ["Zalra Bekrani", "Movan Tuvesh"])]
        }
        let once = ChainBuilder.standard().build(claims(1), events: []).chains
        let often = ChainBuilder.standard().build(claims(40), events: []).chains
        #expect(once.map(\.key) == often.map(\.key))
        #expect(once.map { $0.holders.map(\.name) } == often.map { $0.holders.map(\.name) })
        #expect(!once.isEmpty)
    }
}
