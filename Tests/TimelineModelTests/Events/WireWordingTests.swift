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

    /// "In the ensuing exchange of fire, five attackers were killed": the same happening,
    /// with more dead; a fight with a date of its own stays apart.
    @Test func theEnsuingFightAddsItsDeadToTheAttack() {
        let text = """
            Four soldiers were killed when militants attacked a checkpoint in Mir Ali late on Saturday night, the military said.
            In the ensuing exchange of fire, five attackers were killed, the military said.
            """
        let t = timeline([("a", "2022-07-17", text)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.count(.killed) == 9)
        #expect(t.events.first?.kind == .attack)
        let dated = timeline([("b", "2022-07-17", text.replacingOccurrences(of: "In the ensuing exchange of fire,", with: "In a clash in Achin on 2 July,"))])
        #expect(dated.events.count == 2)
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

/// Victims named in the sentences after the event.
@Suite struct VictimNamingTests {
    /// Pakistani military wording: an intelligence-based operation is a raid; "The slain
    /// terrorist was identified as X, who was involved in the killing of …" names the raid's
    /// dead man, not the older killing the clause about him tells of.
    @Test func theSlainManOfAnOperationNotOfTheClauseAboutHim() {
        let t = timeline([("a", "2022-03-09", """
            Security forces killed a wanted terrorist commander during an intelligence-based operation in Achin district on Tuesday, the military said.
            The slain terrorist was identified as Qari Hamdullah Zaland, who was involved in the killing of two policemen in Khogyani district last month.
            """)])
        let raid = t.events.first { $0.kind == .raid }
        #expect(raid?.date?.label == "2022-03-08")
        #expect(raid?.people.map(\.name) == ["Qari Hamdullah Zaland"])
        let old = t.events.first { $0.date?.label == "2022-02" }
        #expect(old?.count(.killed) == 2)
        #expect(old?.people.isEmpty == true)
    }

    /// "detained a commander along with three of his fighters" counts four; "the operation
    /// was conducted on Friday night and the detainees included X" dates the capture and
    /// names its man (an operation of no stated method that took people is a capture).
    @Test func theDetaineesOfAnOperation() {
        let t = timeline([("a", "2018-11-10", """
            Security forces have detained a militant commander along with three of his fighters during an operation in Kot district, an official said on Saturday.
            The police spokesman said the operation was conducted on Friday night and the detainees included Mullah Zarif Basiri, the group's commander for Kot.
            """)])
        #expect(t.events.count == 1)
        let e = t.events.first
        #expect(e?.kind == .capture)
        #expect(e?.count(.captured) == 4)
        #expect(e?.date?.label == "2018-11-09")
        #expect(e?.people.map(\.name) == ["Mullah Zarif Basiri"])
    }

    /// "the dead included X": the noun gives the fate of the man named.
    @Test func theDeadIncluded() {
        let t = timeline([("a", "2023-01-31", """
            Troops raided a hideout in Achin district on Monday, killing six insurgents, the military said.
            A statement said the dead included Sher Zaman Afridi, who was wanted for attacks on security forces.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.people.map(\.name) == ["Sher Zaman Afridi"])
        #expect(t.events.first?.people.first?.fate == .killed)
    }

    /// "the commander, X, had planned attacks" names the commander the raid killed; a
    /// commander who speaks, or a noun the event never used, names no victim.
    @Test func theCommanderSetOffByCommasNamesTheVictim() {
        let raid = "Security forces killed a senior militant commander and two of his associates in a raid in Achin district late on Wednesday, a spokesman said on Thursday."
        let named = timeline([("a", "2022-05-12", raid + "\nThe spokesman said the commander, Abu Talha Zadran, had planned several attacks on mosques.")])
        #expect(named.events.first { $0.kind == .raid }?.people.map(\.name) == ["Abu Talha Zadran"])
        let speaker = timeline([("b", "2022-05-12", raid + "\nThe commander, Abu Talha Zadran, said the operation would go on.")])
        #expect(speaker.events.first { $0.kind == .raid }?.people.isEmpty == true)
        let otherNoun = timeline([("c", "2022-05-12", raid + "\nThe spokesman said the governor, Abu Talha Zadran, had praised the forces.")])
        #expect(otherNoun.events.first { $0.kind == .raid }?.people.isEmpty == true)
        // The group the commander belongs to is not the last one named.
        #expect(named.chains.isEmpty)
    }

    /// Whoever did not comment on a raid did not carry it out; "the district of Khyber" is a place.
    @Test func aGroupThatDidNotCommentIsNoActor() {
        let t = timeline([("a", "2023-01-31", """
            Pakistani troops raided a militant hideout in the northwestern district of Khyber on Monday, killing six insurgents, the military said.
            The Pakistani Taliban did not comment on the raid.
            """)])
        let raid = t.events.first { $0.kind == .raid }
        #expect(raid?.place.province == "Khyber Pakhtunkhwa")
        #expect(raid?.place.locality == "Khyber District")
        #expect(raid?.conflicts.contains { $0.field == "actors" } == false)
    }
}

/// Words that look like events and are not.
@Suite struct NotAnEventTests {
    /// "in one of the deadliest attacks this year" compares: the raid's own words make the
    /// event, dated by its own day; "overran" is an attack.
    @Test func aComparisonIsNoEvent() {
        let found = mentions("Insurgents overran a district headquarters in Ghazni province on Sunday, killing at least 25 policemen, officials said, in one of the deadliest attacks this year.",
                             published: "2020-08-10")
        #expect(found.count == 1)
        #expect(found.first?.kind == .attack)
        #expect(found.first?.date?.label == "2020-08-09")
    }

    /// "captured the district centre" takes ground, not people: no capture.
    @Test func capturingGroundIsNoCapture() {
        let ground = mentions("Insurgents captured the Jaghatu district centre in Ghazni province on Sunday.", published: "2020-08-10")
        #expect(!ground.contains { $0.kind == .capture })
        let people = mentions("Police captured three militants in Ghazni province on Sunday.", published: "2020-08-10")
        #expect(people.first?.kind == .capture)
    }
}

/// Verbs of killing and of holding office that wire copy uses.
@Suite struct WireVerbTests {
    /// "Two soldiers embraced martyrdom when terrorists opened fire on a check post":
    /// Pakistani military wording for an attack and its dead; "shot dead a tribal elder"
    /// counts the elder.
    @Test func embracedMartyrdomAndOpenedFire() {
        let found = mentions("Two soldiers embraced martyrdom when terrorists opened fire on a check post in Kurram district on Sunday, the military said.", published: "2021-08-10")
        #expect(found.first?.kind == .attack)
        #expect(found.first?.counts.killed?.value == 2)
        let elder = mentions("Gunmen shot dead a tribal elder in Bajaur on Saturday.", published: "2021-08-10")
        #expect(elder.first?.counts.killed?.value == 1)
    }

    @Test func gunnedDownCountsTheKilled() {
        let found = mentions("Gunmen on motorcycles gunned down three polio workers in Swabi district on Tuesday, police said.", published: "2019-04-24")
        #expect(found.first?.counts.killed?.value == 3)
        #expect(mentions("Police said the gunmen were gunned in the crossfire in Swabi district on Tuesday.", published: "2019-04-24").first?.counts.killed == nil)
    }

    /// "X, who served as the Taliban governor of Herat", "X previously served as …": an office held.
    @Test func servedAsIsAnOffice() {
        let t = timeline([("a", "2019-04-24", """
            Mullah Karim Jan, who served as the Taliban governor of Herat, was killed in a drone strike on Monday.
            Qari Wali Sadiq previously served as the Taliban governor of Kunar province. He was killed in a raid on Tuesday.
            """)])
        let governors = t.chains.filter { $0.key.position == "governor" }
        #expect(Set(governors.compactMap(\.key.region)) == ["Herat", "Kunar"])
        #expect(governors.allSatisfy { $0.holders.first?.exit == .killed })
    }
}

/// Reports that each name whom an event killed.
@Suite struct NamedVictimMergeTests {
    /// Two raids on one day in one district that each name a different dead man are two
    /// events; two reports naming the same man are one.
    @Test func differentNamedDeadAreDifferentEvents() {
        let two = timeline([("a", "2020-03-04", """
            Security forces killed Qari Zaman Gul in a raid in Achin district on Monday.
            In another raid in Achin district on Monday, forces killed Mawlawi Abdul Sattar.
            """)])
        #expect(two.events.filter { $0.kind == .raid }.count == 2)
        let one = timeline([
            ("a", "2020-03-04", "A drone strike killed Qari Zaman Gul in Achin district on Monday, officials said."),
            ("b", "2020-03-04", "An airstrike killed Qari Zaman Gul and two of his guards in Nangarhar province on Monday, a spokesman said."),
        ])
        #expect(one.events.filter { $0.kind == .airstrike }.count == 1)
    }

    /// One report naming the dead of one raid a sentence at a time tells of one raid.
    @Test func deadNamedOneAtATimeAreOneRaid() {
        let t = timeline([("a", "2021-03-04", """
            Afghan special forces killed an Islamic State commander, Qari Zaman Gul, in a night raid in Achin district on Tuesday, officials said.

            His deputy, Mawlawi Abdul Sattar, was also killed in the raid, a spokesman said.
            """)])
        let raids = t.events.filter { $0.kind == .raid }
        #expect(raids.count == 1)
        #expect(Set(raids.flatMap { $0.people.filter { $0.fate == .killed }.map(\.name) }).count == 2)
    }
}

/// Intentions, shootouts and names set off in an object.
@Suite struct PlansAndShootoutsTests {
    @Test func aPlannedAttackIsNoEvent() {
        #expect(mentions("A spokesman said the suspects were planning to attack a religious gathering in Quetta.", published: "2019-05-18").isEmpty)
        #expect(mentions("The suspects attacked a religious gathering in Quetta on Friday.", published: "2019-05-18").first?.kind == .attack)
    }

    /// "killed the group's local chief, Salman X, in a shootout": a clash, and the name after
    /// the noun for one person is the man killed.
    @Test func aShootoutKillingANamedChief() {
        let found = mentions("Last year, police killed the group's local chief, Salman Zehri, in a shootout in Quetta.", published: "2019-05-18")
        #expect(found.first?.kind == .clash)
        #expect(found.first?.date?.label == "2018")
        #expect(found.first?.people.map(\.name) == ["Salman Zehri"])
        #expect(found.first?.people.first?.fate == .killed)
    }
}

/// People named in an aside of the subject.
@Suite struct SubjectAsideTests {
    /// "Six militants, including a commander named X, were killed": X was killed, and
    /// "named" there only gives his name.
    @Test func aCommanderNamedXInTheSubjectShareItsFate() {
        let killed = mentions("Six militants, including a commander named Mullah Sher Jalali, were killed in Shindand district on Sunday.", published: "2019-02-18")
        #expect(killed.first?.people.map(\.name) == ["Mullah Sher Jalali"])
        #expect(killed.first?.people.first?.fate == .killed)
        let surrendered = mentions("As many as 30 militants, including their commander Mullah Sher Jalali, laid down their arms in Shindand district on Sunday.", published: "2019-02-18")
        #expect(surrendered.first?.people.first?.fate == .surrendered)
    }
}

/// A place referred back to, and a strike with no method word.
@Suite struct SameCityAndStrikeTests {
    @Test func inTheSameCityIsTheLastCityNamed() {
        let found = mentions("""
            Police arrested three suspects in Quetta on Thursday.
            Last year, police killed the group's local chief, Salman Zehri, in a shootout in the same city.
            """, published: "2019-05-18")
        #expect(found.last?.place.province == "Balochistan")
    }

    /// "In January, a strike near the town of Sarmada killed two members": a strike that
    /// kills, with a date of its own, is an airstrike; an undated "strike" is nothing.
    @Test func aStrikeThatKillsIsAnAirstrike() {
        let found = mentions("In January, a strike near the town of Sarmada in Idlib province killed two members of the group.", published: "2021-03-05")
        #expect(found.first?.kind == .airstrike)
        #expect(mentions("Workers went on strike in Idlib province.", published: "2021-03-05").isEmpty)
    }
}

/// Follow-ups and objects of wire reports written after the first fixes.
@Suite struct FollowUpTests {
    /// "troops returned fire and killed three attackers": more dead of the attack, not
    /// another count of the soldiers.
    @Test func returnedFireAddsTheAttackersDead() {
        let t = timeline([("a", "2022-11-24", """
            Militants attacked a military post in South Waziristan on Wednesday, killing five soldiers, the army said.
            The military said troops returned fire and killed three attackers.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.count(.killed) == 8)
        #expect(t.events.first?.conflicts.isEmpty == true)
    }

    /// "… officials said on Tuesday. … the clash erupted on Monday evening": the definite
    /// event word with a date and nothing else new dates the clash told just before.
    @Test func theClashEruptedOnMondayDatesTheClash() {
        let t = timeline([("a", "2019-10-22", """
            At least six fighters were killed in a clash with security forces in Achin district, officials said on Tuesday.
            A police spokesman said the clash erupted on Monday evening. Two policemen were also wounded, he said.
            """)])
        #expect(t.events.first { $0.count(.killed) == 6 }?.date?.label == "2019-10-21")
    }

    /// "The group claimed responsibility, saying its fighters had killed 12 soldiers": the
    /// acting group's own number is a claim about the attack, not a second event.
    @Test func theActingGroupsOwnCountIsAClaim() {
        let t = timeline([("a", "2022-11-24", """
            Militants attacked a military post in South Waziristan on Wednesday, killing five soldiers, the army said.

            The Pakistani Taliban claimed responsibility, saying its fighters had killed 12 soldiers.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.conflicts.first { $0.field == "killed" }?.claims.map(\.value).sorted() == ["12", "5"])
    }

    /// "The arrested man, identified as X, was detained during a raid … on Friday night":
    /// "arrested" describes him; the raid's words date the capture.
    @Test func aFateWordBeforeTheVictimNounIsNoEvent() {
        let t = timeline([("a", "2019-07-07", """
            Security forces have arrested a Taliban commander in northern Balkh province, the army said on Saturday.
            The arrested man, identified as Mullah Qadir Haqyar, was detained during a raid in Chahar Bolak district on Friday night, the statement said.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.date?.label == "2019-07-05")
        #expect(t.events.first?.place.district == "Chahar Bolak")
        #expect(t.events.first?.people.map(\.name) == ["Mullah Qadir Haqyar"])
    }

    /// "killed the group's top leader in Iraq, Abu X, in a raid": the name after the office
    /// and its place is the man killed.
    @Test func theNameAfterAnOfficeAndItsPlace() {
        let found = mentions("Iraqi forces killed the Islamic State's top leader in Iraq, Abu Muslim al-Hadithi, in a raid in Anbar province on Sunday.", published: "2022-06-14")
        #expect(found.first?.people.map(\.name) == ["Abu Muslim al-Hadithi"])
        #expect(found.first?.people.first?.fate == .killed)
    }
}

/// Who acted when the event word names its own agent.
@Suite struct AgentTests {
    @Test func theEventsOwnAgentIsTheActorNotTheSubject() {
        let found = mentions("The Islamic State Khorasan Province (ISIS-K) has named Mawlawi Sadiq Kakar as its acting leader after its chief, Qari Nabi Yaqubi, was killed in a raid by Afghan special forces in Kunar province last week.",
                             published: "2021-06-14")
        let raid = found.first { $0.kind == .raid }
        #expect(raid?.actors.contains("IS-K") == false)
        #expect(raid?.actors.isEmpty == false)
        let subject = mentions("Afghan forces killed Qari Nabi Yaqubi in a raid in Kunar province on Monday.", published: "2021-06-14")
        #expect(subject.first?.actors.isEmpty == false)
    }

    /// "appointed to lead Hurras al-Din's military council after his predecessor was killed
    /// in a drone strike": what a group has is no deed of it; its forces' deeds are.
    @Test func aGroupsPossessionIsNoActor() {
        let council = mentions("Abu Hamza Zaidi was appointed to lead Hurras al-Din's military council in 2020 after his predecessor, Abu Qassam Tarin, was killed in a drone strike in June.",
                               published: "2021-03-05")
        #expect(council.first?.actors.contains("Hurras al-Din") == false)
        let forces = mentions("Hurras al-Din's forces attacked a checkpoint in Idlib province on Monday.", published: "2021-03-05")
        #expect(forces.first?.actors.contains("Hurras al-Din") == true)
    }
}

/// "over the past three days": the stretch up to the statement.
@Suite struct RecentStretchTests {
    @Test func thePastThreeDaysEndOnTheStatementsDay() {
        let found = mentions("The military said on Sunday it had killed 15 militants in an operation in North Waziristan over the past three days.", published: "2021-06-08")
        #expect(found.first?.date?.start.description == "2021-06-04")
        #expect(found.first?.date?.end.description == "2021-06-06")
        #expect(SourceExtractor.days(of: "PT24H") == 1)
        #expect(SourceExtractor.days(of: "P2W") == 14)
        #expect(SourceExtractor.days(of: "P3Y") == nil)
    }
}
