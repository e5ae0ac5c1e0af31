import Testing
@testable import TimelineModel

/// Counts that later sentences add to an event just told. Invented people and counts.
@Suite struct FollowUpCountTests {
    /// "killing a local commander … 14 insurgents were also killed": the commander and the
    /// fourteen are the raid's dead together; "in a separate raid" is another event's count.
    @Test func alsoKilledAddsToTheEventJustTold() {
        let text = """
            Troops raided a militant hideout in Bajaur on Saturday, killing a local commander, the military said.
            14 insurgents were also killed in the operation, the statement said.
            """
        let events = timeline([("a", "2022-05-22", text)]).events.filter { $0.kind == .raid }
        #expect(events.count == 1)
        #expect(events.first?.count(.killed) == 15)
    }

    @Test func aNamedVictimAndFiveOthersAreSix() {
        let text = """
            Troops raided a militant hideout in Bajaur on Saturday, killing a local commander, Hafiz Dost Jan.
            Five other insurgents were also killed.
            """
        let events = timeline([("a", "2022-05-22", text)]).events.filter { $0.kind == .raid }
        #expect(events.first?.count(.killed) == 6)
    }

    @Test func aSeparateRaidKeepsItsOwnCount() {
        let text = """
            Troops raided a militant hideout in Bajaur on Saturday, killing six militants.
            In a separate raid, 14 insurgents were also killed.
            """
        let killed = timeline([("a", "2022-05-22", text)]).events.compactMap { $0.count(.killed) }.sorted()
        #expect(killed == [6, 14])
    }

    /// "Four militants were killed during the operation": the dead of the arrest raid just
    /// told, not a killing of its own dated only by the report's month.
    @Test func killedDuringTheOperationIsThatOperationsDead() {
        let text = """
            Intelligence forces detained the group's Kunar leader, Qari Tor Baryal, in an operation in Asadabad on June 4, officials said.

            According to officials, four militants were killed during the operation.
            """
        let events = timeline([("a", "2023-06-06", text)]).events
        #expect(events.count == 1)
        #expect(events.first?.kind == .capture)
        #expect(events.first?.count(.killed) == 4)
        #expect(events.first?.date?.label == "2023-06-04")
    }

    /// "Four were killed in Tank and three in Swabi" after "killed seven … in Tank and Swabi
    /// districts": the seven split by place, one raid of seven, not another of four.
    @Test func aBreakdownByPlaceIsTheSameEvent() {
        let text = """
            Security forces killed seven terrorists in two intelligence-based operations in Khyber Pakhtunkhwa's Tank and Swabi districts, the military said on Sunday.

            Four terrorists were killed in Tank and three in Swabi, the statement said.
            """
        let events = timeline([("a", "2023-04-16", text)]).events
        #expect(events.count == 1)
        #expect(events.first?.kind == .raid)
        #expect(events.first?.count(.killed) == 7)
        #expect(events.first?.place.province == "Khyber Pakhtunkhwa")
    }

    /// "killed the governor of eastern Nangarhar province and four other people": the
    /// governor and the four, five dead.
    @Test func anOfficeOfAProvinceAndFourOthersAreFive() {
        let found = mentions("A suicide bomber killed the governor of eastern Nangarhar province and four other people in Jalalabad on Monday, officials said.",
                             published: "2022-02-22")
        #expect(found.first?.counts.killed?.value == 5)
    }
}
