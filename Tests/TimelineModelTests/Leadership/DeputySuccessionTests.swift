import Testing
@testable import TimelineModel

/// A biography's successions told with pronouns and a deputy taking over. Invented people;
/// real provinces.
@Suite struct DeputySuccessionTests {
    func ladders(_ text: String, position: String) -> [[String]] {
        timeline([("a", "2022-01-10", text)]).chains.filter { $0.key.position == position }.map { $0.holders.map(\.name) }
    }

    /// "He was appointed emir of IS-K in Kunar …, succeeding X": the pronoun is the man just
    /// named, so the succession has an office; without it the link is on a post not named.
    @Test func aPronounsAppointmentGivesTheSuccessionItsOffice() {
        let text = """
            Mullah Gul Rahim Safi joined the group in 2016.
            He was appointed emir of IS-K in Kunar in July 2018, succeeding Maulvi Sher Ahmad Tanai, who was captured by Afghan forces on 2 June 2018.
            """
        let chains = timeline([("a", "2022-01-10", text)]).chains
        let leader = chains.first { $0.key.position == "leader" }
        #expect(leader?.holders.map(\.name) == ["Maulvi Sher Ahmad Tanai", "Mullah Gul Rahim Safi"])
        #expect(leader?.key.region == "Kunar")
    }

    /// "X was succeeded by his deputy, Y": a link past the role noun, and the deputy takes
    /// the chief's post.
    @Test func succeededByHisDeputy() {
        let text = """
            Mullah Gul Rahim Safi was appointed emir of IS-K in Kunar in July 2018.
            Safi was killed in an airstrike on 14 February 2020. He was succeeded by his deputy, Qari Din Mohammad Zaland, who was arrested in Pakistan in October 2021.
            """
        #expect(ladders(text, position: "leader") == [["Mullah Gul Rahim Safi", "Qari Din Mohammad Zaland"]])
    }

    /// "ISIS-K has named X as its acting leader after its chief, Y, was killed": "its" is the
    /// group the sentence itself named, though another was named in the sentence before.
    @Test func itsIsTheGroupTheSentenceNamed() {
        let text = """
            Taliban officials confirmed the raid.
            The Islamic State Khorasan Province (ISIS-K) has named Mawlawi Sadiq Kakar as its acting leader after its chief, Qari Nabi Yaqubi, was killed in a raid in Kunar province last week.
            """
        let leader = timeline([("a", "2021-06-14", text)]).chains.first { $0.key.position == "leader" }
        #expect(leader?.key.organisation == "IS-K")
        #expect(leader?.holders.map(\.name) == ["Qari Nabi Yaqubi", "Mawlawi Sadiq Kakar"])
    }

    /// An appointment dates the start of the tenure its sentence is about: made emir in
    /// May 2020 is not governor of Kunar from then.
    @Test func anAppointmentStartsOnlyItsOwnTenure() {
        let text = """
            Qari Saif Rahimi was appointed the new emir of IS-K in Nangarhar on 5 May 2020, a spokesman said.

            Rahimi, the IS-K governor of Kunar, was killed in an airstrike on 9 May 2021.
            """
        let chains = timeline([("a", "2021-05-20", text)]).chains
        let emir = chains.first { $0.key.position == "leader" }
        let governor = chains.first { $0.key.position == "governor" }
        #expect(emir?.holders.first?.start?.label == "2020-05-05")
        #expect(governor?.holders.first?.exit == .killed)
        #expect(governor?.holders.first?.start == nil)
    }

    /// "Y succeeded him as governor of Kunar": "him" is the man the sentence before named.
    @Test func succeededHim() {
        let text = """
            Mawlawi Jan Agha, the IS-K governor of Kunar, was killed in an airstrike on 3 March 2019.
            Qari Saif Rahimi succeeded him as governor of Kunar.
            """
        #expect(ladders(text, position: "governor") == [["Mawlawi Jan Agha", "Qari Saif Rahimi"]])
    }

    /// "Orakzai was killed" after "Hafiz Gul Rahman Orakzai": the surname is the man, though
    /// it is also a tribal district; "emir of the TTP in Orakzai" keys the office by that
    /// district, not by the province around it.
    @Test func aSurnameThatIsAPlaceAndATribalDistrictsOffice() {
        let text = """
            Hafiz Gul Rahman Orakzai was the emir of the TTP in Orakzai.

            On 9 August 2019, Orakzai was killed in a drone strike in Paktika province. The TTP named Maulana Sher Jan Bangash as his successor.
            """
        let t = timeline([("a", "2022-02-01", text)])
        #expect(t.events.first { $0.kind == .airstrike }?.people.map(\.name) == ["Hafiz Gul Rahman Orakzai"])
        let leader = t.chains.first { $0.key.position == "leader" }
        #expect(leader?.key.region == "Orakzai")
        #expect(leader?.holders.map(\.name) == ["Hafiz Gul Rahman Orakzai", "Maulana Sher Jan Bangash"])
    }

    /// "He was replaced in Kunar by Y, a former deputy", then "Z, who succeeded Y": Z follows Y as
    /// the chief; Y's old deputy post passes to nobody.
    @Test func aFormerDeputyIsSucceededAsTheChief() {
        let text = """
            Mawlawi Sher Dil Nangyal was killed in an airstrike in Kunar on Tuesday. Nangyal had led ISKP in Kunar since 2019. He was replaced in Kunar by Qari Amin Zalmai, a former deputy, the spokesman said.
            Sheikh Nasir Wardak, who succeeded Zalmai after his arrest, is based in the mountains.
            """
        #expect(ladders(text, position: "leader") == [["Mawlawi Sher Dil Nangyal", "Qari Amin Zalmai", "Sheikh Nasir Wardak"]])
        #expect(ladders(text, position: "deputy").allSatisfy { !$0.contains("Sheikh Nasir Wardak") })
    }

    /// "He was replaced in Kunar by Y": a place between the verb and its agent.
    @Test func replacedInAProvinceBy() {
        let text = "Mawlawi Sher Dil Nangyal, the IS-K commander for Kunar, was killed in an airstrike on Tuesday. He was replaced in Kunar by Qari Amin Zalmai, a spokesman said."
        #expect(ladders(text, position: "leader") == [["Mawlawi Sher Dil Nangyal", "Qari Amin Zalmai"]])
    }
}
