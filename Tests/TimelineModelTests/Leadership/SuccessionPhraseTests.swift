import Testing
@testable import TimelineModel

/// The wordings of succession, each on a small invented report. People and groups are
/// invented; provinces are real (the gazetteer is general knowledge).
@Suite struct SuccessionPhraseTests {
    /// Each chain as its holders' names, the chains with a given position only.
    func ladders(_ text: String, position: String, published: String = "2022-03-12") -> [[String]] {
        timeline([("a", published, text)]).chains.filter { $0.key.position == position }.map { $0.holders.map(\.name) }
    }

    func successions(_ sentence: String, lastPerson: String? = nil) -> [(old: [String], new: [String])] {
        reading(sentence).successions.filter { $0.kind == .replaced }.map { ($0.predecessors, $0.successors) }
    }

    func reading(_ text: String) -> SourceReading {
        sharedExtractor.read(Source(id: "t", file: "t.txt", published: PublicationDate(span: CorpusManifest.parseDate("2022-03-12"), origin: .manifest), text: text))
    }

    @Test func passiveSuccessionWithTheRoleAfterIt() {
        let l = ladders("Mullah Karim Dost was succeeded by Qari Anwar Jalil as the Taliban governor of Herat on Friday, a spokesman said.", position: "governor")
        #expect(l == [["Mullah Karim Dost", "Qari Anwar Jalil"]])
    }

    @Test func passiveWithTheRoleBetweenVerbAndAgent() {
        let l = ladders("In Farah, Mawlawi Rahim Sadat was replaced as governor by Haji Nadir Gul last week.", position: "governor")
        #expect(l == [["Mawlawi Rahim Sadat", "Haji Nadir Gul"]])
    }

    @Test func pluperfectTakeOverWithAReflexive() {
        let l = ladders("""
            Qari Anwar Jalil replaced Mullah Karim Dost as the Taliban governor of Herat on Friday.
            Dost had himself taken over from Sher Khan Barakzai in 2019.
            """, position: "governor")
        #expect(l == [["Sher Khan Barakzai", "Mullah Karim Dost", "Qari Anwar Jalil"]])
    }

    @Test func infinitiveAfterAnAppointment() {
        let l = ladders("Qari Zia Momand has been appointed to replace Mullah Faizan Haqqani as the ISKP commander in Kunar, residents said.", position: "leader")
        #expect(l == [["Mullah Faizan Haqqani", "Qari Zia Momand"]])
    }

    @Test func presentTenseSucceeds() {
        #expect(successions("Commander Bilal Zaland succeeds Qari Zia Momand as head of the group in Nangarhar.").map(\.old) == [["Qari Zia Momand"]])
    }

    @Test func possessiveSuccessorAndTheSuccessorOf() {
        #expect(successions("Mawlawi Ishaq Nuri left Badghis in May. Nuri’s successor, Abdul Wahid Ghafoori, is from Kandahar.").map { $0.old + $0.new }
            == [["Mawlawi Ishaq Nuri", "Abdul Wahid Ghafoori"]])
        #expect(successions("The movement named Abdul Wahid Ghafoori to be the successor of Mawlawi Ishaq Nuri.").map { $0.old + $0.new }
            == [["Mawlawi Ishaq Nuri", "Abdul Wahid Ghafoori"]])
    }

    @Test func hisSuccessorIsThePersonNamedBefore() {
        let r = reading("""
            Mullah Sabir Kochai was killed in an airstrike in Kunduz on Monday.
            His successor, Qari Idris Tanwir, was named by the group on Wednesday.
            """)
        #expect(r.successions.filter { $0.kind == .replaced }.map { $0.predecessors + $0.successors } == [["Mullah Sabir Kochai", "Qari Idris Tanwir"]])
        // A named successor is a link, not a count of successors whose tenure ended.
        #expect(!r.successions.contains { $0.kind == .successorsEnded })
    }

    @Test func theCouncilReplacedOneWithAnother() {
        #expect(successions("The council replaced Mawlawi Rahim Sadat with Haji Nadir Gul as governor of Farah.").map { $0.old + $0.new }
            == [["Mawlawi Rahim Sadat", "Haji Nadir Gul"]])
    }

    @Test func handedOverToHasThePredecessorAsSubject() {
        #expect(successions("Mullah Karim Dost handed over to Qari Anwar Jalil in March.").map { $0.old + $0.new } == [["Mullah Karim Dost", "Qari Anwar Jalil"]])
    }

    @Test func tookOverAsIsANewHolder() {
        let r = reading("Qari Anwar Jalil took over as the Taliban governor of Herat in March.")
        #expect(r.roles.map(\.person) == ["Qari Anwar Jalil"])
        #expect(r.successions.map(\.kind) == [.appointed])
    }

    @Test func appointedAsTheNewGovernorIsARole() {
        let r = reading("Haji Nadir Gul was appointed as the new governor of Farah, officials said.")
        #expect(r.roles.map(\.key.position) == ["governor"])
        #expect(r.roles.first?.key.region == "Farah")
        #expect(r.successions.map(\.kind) == [.appointed])
    }

    /// "Y had led the faction since its founder, X, was killed": X's tenure ended, Y's began.
    @Test func ledSinceAnExitIsASuccession() {
        let r = reading("""
            The Harakat al-Nur group is active in Kunar.
            Qari Bashir Wafa had led the faction since its founder, Mullah Daud Samim, was killed in 2019.
            """)
        #expect(r.successions.filter { $0.kind == .replaced }.map { $0.predecessors + $0.successors } == [["Mullah Daud Samim", "Qari Bashir Wafa"]])
        #expect(r.roles.contains { $0.person == "Qari Bashir Wafa" && $0.key.position == "leader" })
        #expect(successions("Qari Bashir Wafa took over after the death of Mullah Daud Samim.").map { $0.old + $0.new } == [["Mullah Daud Samim", "Qari Bashir Wafa"]])
        // An exit that is not the predecessor's: "since" a date, or someone else's verb.
        #expect(successions("Qari Bashir Wafa has led the group since Mullah Daud Samim visited Kunar.").isEmpty)
    }

    /// "led the attack" is no position; "head of finance" is a department's head (a position
    /// of its own), not the group's leader.
    @Test func whatIsLedMustBeAGroup() {
        #expect(reading("Qari Bashir Wafa led the attack on the checkpoint in Kunar.").roles.isEmpty)
        #expect(reading("Qari Bashir Wafa, who headed the group in Kunar, spoke.").roles.map(\.key.region) == ["Kunar"])
        #expect(reading("Qari Bashir Wafa, the group's head of finance in Kunar, spoke.").roles.map(\.key.position) == ["head of finance"])
    }

    /// "named his deputy, Y, as its new emir": Y is a new holder.
    @Test func asItsNewEmirIsAnAppointment() {
        let r = reading("The group named his deputy, Mohammad Yunus Sadiq, as its new emir in Kunar, officials said.")
        #expect(r.roles.map(\.person) == ["Mohammad Yunus Sadiq"])
        #expect(r.successions.map(\.kind) == [.appointed])
    }

    @Test func verbsThatDoNotGovernTheNameMakeNoLink() {
        #expect(successions("Mullah Karim Dost succeeded in capturing Qari Anwar Jalil last year.").isEmpty)
        #expect(successions("Police replaced the checkpoint near the home of Qari Anwar Jalil.").isEmpty)
        #expect(successions("Mullah Karim Dost said the army would replace its commanders.").isEmpty)
    }
}

/// A chain's ladder holds only the people of its own position, and a sentence that gives a
/// position and a succession is one piece of evidence.
@Suite struct LadderMembershipTests {
    @Test func aSuccessorInAnotherPositionIsNotOnTheLadder() {
        let chains = timeline([("a", "2022-03-12", """
            Qari Jalil Wardak replaced Mullah Zarin Safi as the ISKP commander in Kunar in 2020.
            In 2021 Qari Jalil Wardak was replaced as the ISKP commander in Nangarhar by Abdul Hadi Saberi.
            """)]).chains
        let kunar = chains.first { $0.key.region == "Kunar" }
        #expect(kunar?.holders.map(\.name) == ["Mullah Zarin Safi", "Qari Jalil Wardak"])
        #expect(chains.first { $0.key.region == "Nangarhar" }?.holders.map(\.name) == ["Qari Jalil Wardak", "Abdul Hadi Saberi"])
    }

    @Test func oneSentenceIsShownOnce() {
        let chains = timeline([("a", "2022-03-12", "Qari Jalil Wardak replaced Mullah Zarin Safi as the ISKP commander in Kunar in 2020.")]).chains
        let evidence = chains.first?.holders.first?.evidence ?? []
        #expect(!evidence.isEmpty)
        #expect(Set(evidence.map(\.range.start)).count == evidence.count)
    }
}

/// A branch's emirs in one telling: appositions, "He was succeeded by", "His successor",
/// "named Y as its new emir", "replaced by".
@Suite struct LineageTests {
    @Test func aWholeLineageIsOneLadder() {
        let chains = timeline([("a", "2020-05-02", """
            Qari Saeed Wardakzai, the first emir of the Islamic State Khorasan Province, was killed in a US drone strike in Achin district in July 2016. He was succeeded by Abdul Hasib Moqbil, who was killed in a joint raid in Nangarhar in April 2017.

            His successor, Abu Sayed Bajwari, was killed in an airstrike in Kunar in July 2017. The group then named Mawlawi Zia Haq Wardan as its new emir.

            Wardan was removed in 2019 and replaced by Aslam Faruqzai, who was arrested in Kandahar in April 2020.
            """)]).chains
        #expect(chains.count == 1)
        #expect(chains.first?.holders.map(\.name) == ["Qari Saeed Wardakzai", "Abdul Hasib Moqbil", "Abu Sayed Bajwari", "Mawlawi Zia Haq Wardan", "Aslam Faruqzai"])
        #expect(chains.first?.holders.first?.exit == .killed)
    }

    /// Without a group named, "the group's emir" could be any group's: two tellings stay apart.
    @Test func anUnnamedGroupsEmirsStayApart() {
        let chains = timeline([
            ("a", "2020-05-02", "Qari Saeed Wardakzai, the group's first emir, was killed in July 2016. He was succeeded by Abdul Hasib Moqbil."),
            ("b", "2020-05-02", "The group named Mawlawi Zia Haq Wardan as its new emir. Wardan was later replaced by Aslam Faruqzai."),
        ]).chains
        #expect(chains.count == 2)
    }
}

/// A succession whose office no report names is still a link, on a ladder of its own.
@Suite struct UnnamedPostTests {
    @Test func aSuccessionWithoutAnOfficeIsStillALadder() {
        let chains = timeline([("a", "2021-11-14", """
            In Kunduz, Mawlawi Karim Dawlatyar takes over from Mullah Sabir Nuristani, officials said.
            Separately, Qari Wahid Zarifi replaced Abdul Hadi Saberi.
            """)]).chains
        #expect(chains.count == 2)
        #expect(chains.allSatisfy { $0.key == ChainBuilder.unnamedPost })
        #expect(chains.map { $0.holders.map(\.name) }.sorted { $0[0] < $1[0] }
            == [["Abdul Hadi Saberi", "Qari Wahid Zarifi"], ["Mullah Sabir Nuristani", "Mawlawi Karim Dawlatyar"]])
    }
}
