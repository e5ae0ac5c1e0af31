import Testing
@testable import TimelineModel

/// Role phrases that look like a leader's and are not, and role phrases that lean on what
/// the report named before. People and groups are invented; places are real.
@Suite struct RoleWordingTests {
    func roles(_ text: String) -> [(person: String, key: RoleKey)] {
        let source = Source(id: "t", file: "t.txt", published: PublicationDate(span: CorpusManifest.parseDate("2023-06-02"), origin: .manifest), text: text)
        return sharedExtractor.read(source).roles.map { ($0.person, $0.key) }
    }

    /// Who speaks or works for a holder does not hold the office.
    @Test func aSpokesmanForTheGovernorIsNoGovernor() {
        #expect(roles("Karim Dawlatzai, a spokesman for the governor, said the road was closed.").isEmpty)
        #expect(roles("Karim Dawlatzai, the Taliban's chief spokesman, said the road was closed.").isEmpty)
    }

    /// A department's head heads the department: a position of its own, not the group's leader.
    @Test func aDepartmentsHeadIsAPositionOfItsOwn() {
        let r = roles("Sher Dostan, the group's head of operations in Kabul, was arrested on Monday.")
        #expect(r.map(\.key.position) == ["head of operations"])
    }

    /// "the group's …" means the organisation last called a group, though another was named since.
    @Test func theGroupIsTheOrganisationLastCalledAGroup() {
        let r = roles("""
            A top Islamic State group commander was killed in Kabul on Thursday, the Taliban said.
            Sher Dostan had been appointed the group's head of operations in Kabul last year, Taliban officials said.
            """)
        #expect(r.first?.key.organisation == "IS-K")
    }

    /// "who led the group's operations in the district": the leader's role, in the province of
    /// the district named before.
    @Test func theDistrictRefersBack() {
        let r = roles("""
            Commandos killed twelve fighters in Achin district on Tuesday.
            Zarif Gulbaz, who led the group's operations in the district, was among the dead.
            """)
        #expect(r.first?.person == "Zarif Gulbaz")
        #expect(r.first?.key.position == "leader")
        #expect(r.first?.key.region == "Nangarhar")
    }

    /// One sentence that says a succession twice gives one claim.
    @Test func aSuccessionSaidTwiceInOneSentenceIsOneClaim() {
        let source = Source(id: "t", file: "t.txt", published: PublicationDate(span: CorpusManifest.parseDate("2019-03-14"), origin: .manifest),
                            text: "Zarif Gulbaz had taken over the district command in January after his predecessor, Qari Bashir Nawabi, was captured by the police.")
        #expect(sharedExtractor.read(source).successions.count == 1)
    }
}

/// "X, also known as Y": the report says the two names are one person's.
@Suite struct StatedAliasTests {
    @Test func aStatedAliasJoinsTwoNamesIntoOnePerson() {
        let t = timeline([("a", "2020-07-28", """
            Sher Dawran Kohistani was named emir of the group in April 2019.
            Qari Nazim Barekzai replaces Sher Dawran Kohistani, also known as Abu Tariq Mansuri, who was arrested in Kandahar on April 4.
            Abu Tariq Mansuri had led the group since 2019.
            """)])
        let person = t.people?.person("Abu Tariq Mansuri")
        #expect(person != nil && person == t.people?.person("Sher Dawran Kohistani"))
        #expect(t.people?.joins.contains { $0.reason.contains("also known as") } == true)
    }

    @Test func aNameAfterADescriptionIsNoAlias() {
        let source = Source(id: "t", file: "t.txt", published: PublicationDate(span: CorpusManifest.parseDate("2020-07-28"), origin: .manifest),
                            text: "Officials said the commander, known as Abu Tariq Mansuri, was killed in Kandahar.")
        #expect(sharedExtractor.read(source).aliasPairs.isEmpty)
    }
}

/// A reshuffle: one person leaves one office for another; each office keeps its own ladder.
@Suite struct ReshuffleTests {
    @Test func aFormerOfficeAndANewOneMakeTwoLadders() {
        let chains = timeline([("a", "2021-11-14", """
            According to the decree, Mawlawi Karim Dawlatyar, the former governor of Nangarhar, has been appointed governor of Balkh, replacing Qari Sabir Nuristani.
            Mullah Wahid Zarifi was named governor of Nangarhar, spokesman Sher Dostan said.
            """)]).chains
        #expect(chains.first { $0.key.region == "Balkh" }?.holders.map(\.name) == ["Qari Sabir Nuristani", "Mawlawi Karim Dawlatyar"])
        #expect(chains.first { $0.key.region == "Nangarhar" }?.holders.map(\.name) == ["Mawlawi Karim Dawlatyar", "Mullah Wahid Zarifi"])
        // The speaker holds no office, and the new governor of Balkh was never Nangarhar's predecessor's successor.
        #expect(!chains.contains { $0.holders.contains { $0.name == "Sher Dostan" } })
    }
}
