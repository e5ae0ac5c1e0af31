import Testing
@testable import TimelineModel

/// Wordings of wire and regional outlets that the first rules misread. Invented people,
/// counts and dates; real provinces and districts.
@Suite struct WireWordingTests {
    /// "on May 12, killing seven": the month is a date, not the modal "may".
    @Test func theMonthMayIsNoModal() {
        let found = mentions("Coalition aircraft conducted airstrikes in Diyala Province on May 12, killing seven fighters.", published: "2021-05-13")
        #expect(found.count == 1)
        #expect(found.first?.date?.label == "2021-05-12")
        #expect(mentions("Officials said the fighters may be killing civilians in Diyala Province.", published: "2021-05-13").isEmpty)
    }

    /// ", killing nine": a participle counts what the method named before it did, so the
    /// method gives the kind.
    @Test func aKillingParticipleLeavesTheKindToTheMethod() {
        let found = mentions("Coalition aircraft conducted airstrikes in Diyala Province on Tuesday, killing seven fighters.", published: "2021-05-13")
        #expect(found.first?.kind == .airstrike)
        #expect(found.first?.counts.killed?.value == 7)
    }

    /// "martyred" is how Pakistani and Afghan outlets say soldiers were killed; the second
    /// participle of "were martyred and three others injured" shares the first's "were".
    @Test func martyredCountsTheKilledAndAnElidedWereTheWounded() {
        let found = mentions("Four soldiers were martyred and three others injured when terrorists attacked a post in Mir Ali late on Saturday night, the military said.",
                             published: "2022-07-17")
        #expect(found.count == 1)
        #expect(found.first?.counts.killed?.value == 4)
        #expect(found.first?.counts.wounded?.value == 3)
        #expect(found.first?.date?.label == "2022-07-16")
    }

    /// The other side's count "in the clash" is a claim about the clash just told, not a
    /// second clash; "a clash" elsewhere is another.
    @Test func theOtherSidesCountInTheClashIsADisagreement() {
        let text = """
            Officials in Faryab said on Wednesday that 20 insurgents were killed in a clash with security forces in Qaisar district on Tuesday night.
            However, a spokesman for the group, Hamid Sabiri, said only three of their fighters were killed in the clash.
            """
        let t = timeline([("a", "2020-11-25", text)])
        let clashes = t.events.filter { $0.kind == .clash }
        #expect(clashes.count == 1)
        #expect(clashes.first?.conflicts.first { $0.field == "killed" }?.claims.map(\.value).sorted() == ["20", "3"])
        let other = timeline([("b", "2020-11-25", text.replacingOccurrences(of: "in the clash", with: "in a clash in Almar district"))])
        #expect(other.events.filter { $0.kind == .clash }.count == 2)
    }
}

/// Places and titles around a name.
@Suite struct NameClauseTests {
    /// "X, who led the group's cells in Achin, was arrested": the place describes the man,
    /// not where he was taken; a place in the clause of the event word itself still counts.
    @Test func aPlaceInAClauseAboutAPersonIsNotTheEventsPlace() {
        let found = mentions("Qari Jalil Zarif, who led the group's cells in Achin, was arrested on Wednesday, officials said.", published: "2022-09-15")
        #expect(found.first?.kind == .capture)
        #expect(found.first?.place.district == nil)
        let own = mentions("Officials named Qari Jalil Zarif, who was arrested in Achin on Wednesday.", published: "2022-09-15")
        #expect(own.first?.place.district == "Achin")
    }

    /// "ISIS governor of Kirkuk Abu X" (a title with its organisation, no comma) is an office;
    /// "appointed Y as acting governor … following X's death" makes Y X's successor.
    @Test func aTitleBeforeANameAndASuccessionFollowingADeath() {
        let t = timeline([("a", "2021-05-13", """
            Counter-terrorism forces killed ISIS governor of Kirkuk Abu Salim al-Haddadi in a raid near Hawija on May 11.
            ISIS appointed Abu Rami al-Kubaisi as acting governor of Kirkuk following al-Haddadi's death.
            """)])
        let governors = t.chains.filter { $0.key.position == "governor" }
        #expect(governors.map { $0.holders.map(\.name) } == [["Abu Salim al-Haddadi", "Abu Rami al-Kubaisi"]])
        #expect(governors.first?.holders.first?.exit == .killed)
    }
}
