import Testing
@testable import TimelineModel

/// Invented people and groups; real provinces (the gazetteer is general knowledge).
@Suite struct LeadershipTests {
    func chains(_ articles: [(String, String, String)]) -> [SuccessionChain] { timeline(articles).chains }

    @Test func replacedByLinksAKilledLeaderToHisSuccessor() {
        let c = chains([
            ("a", "2019-05-06", """
                Mullah Karim Dawari was the top commander of IS-K in the northern province of Faryab.
                Dawari was killed on Friday in an airstrike in Faryab, the ministry said.
                He has been replaced by Mawlawi Sadiq Barakzai, the ministry added.
                """),
            ("b", "2019-09-02", "More than 40 fighters surrendered in Faryab on Sunday, including the IS-K commander in Faryab province, Mawlawi Sadeq Barakzai."),
        ])
        let chain = c.first { $0.key.position == "leader" }
        #expect(chain?.organisation == "IS-K")
        #expect(chain?.holders.map(\.name) == ["Mullah Karim Dawari", "Mawlawi Sadiq Barakzai"])
        #expect(chain?.holders.first?.exit == .killed)
        #expect(chain?.holders.first?.end?.label == "2019-05-03")
        #expect(chain?.holders.last?.exit == .surrendered)
        #expect(chain?.holders.last?.aliases.contains("Mawlawi Sadeq Barakzai") == true)
        #expect(chain?.holders.first?.exitEvent != nil)
    }

    @Test func predecessorOfTwoSuccessorsMakesOneSharedTenure() {
        let c = chains([("a", "2020-04-20", """
            Police captured Nadir Hotak and Jalil Ahmadzai’s predecessor Zaman Kochai, the group’s head facilitator of foreign fighters in Balkh, on 2 January.
            """)])
        let chain = c.first { $0.key.position == "head facilitator" }
        #expect(chain?.holders.map(\.name) == ["Zaman Kochai", "Nadir Hotak and Jalil Ahmadzai"])
        #expect(chain?.holders.last?.members == ["Nadir Hotak", "Jalil Ahmadzai"])
        #expect(chain?.holders.first?.exit == .captured)
    }

    @Test func aSingleHolderWithoutExitMakesNoChain() {
        let c = chains([("a", "2020-04-20", "Provincial governor Rahim Sherzai said the road to Mazar would reopen.")])
        #expect(c.isEmpty)
    }

    @Test func peopleWhoShareOnlyACommonNameAreNotJoined() {
        let d = PersonDirectory(names: ["Mohammad Asif Waziri", "Mohammad Hanif Rezaee", "Abdul Rahman Kakar", "Habib Rahman Zaki", "Rahman"],
                                key: Reconciler.standard().nameKey)
        #expect(d.id("Mohammad Asif Waziri") != d.id("Mohammad Hanif Rezaee"))
        #expect(d.id("Abdul Rahman Kakar") != d.id("Habib Rahman Zaki"))
        // "Rahman" fits two people: it joins neither.
        #expect(d.id("Rahman") != d.id("Abdul Rahman Kakar") && d.id("Rahman") != d.id("Habib Rahman Zaki"))
    }

    @Test func spellingVariantsJoinWithAReason() {
        let d = PersonDirectory(names: ["Qari Zabihullah Noori", "Zabih Noori", "Maulvi Abdul Wali-ur-Rahman", "Mawlawi Abdul Waliurahman"],
                                key: Reconciler.standard().nameKey)
        #expect(d.id("Qari Zabihullah Noori") == d.id("Zabih Noori"))
        #expect(d.id("Maulvi Abdul Wali-ur-Rahman") == d.id("Mawlawi Abdul Waliurahman"))
        #expect(d.joins.count == 2)
        #expect(d.joins.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func rolesNormaliseAcrossWordings() {
        let reader = RoleReader.standard()
        #expect(reader.regionsAgree("northern Afghanistan", "Faryab"))
        #expect(!reader.regionsAgree("Kandahar", "Faryab"))
        #expect(reader.regionsAgree(nil, "Faryab"))
    }
}
