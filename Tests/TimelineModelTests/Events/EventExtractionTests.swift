import Testing
@testable import TimelineModel

/// Small invented articles, one rule each. Places are real districts (the gazetteer is
/// general knowledge); people, counts and dates are made up for the tests.
@Suite struct EventExtractionTests {
    @Test func twoReportsOfOneStrikeNamingDifferentWeekdaysMergeWithADateConflict() {
        let t = timeline([
            ("a", "2019-05-11", "Zamir Qadri was killed on Thursday in a drone strike in Achin district, the governor said."),
            ("b", "2019-05-11", "Zamir Qadri died on Friday in an airstrike in Achin district, the defence ministry said in a statement."),
        ])
        let strikes = t.events.filter { $0.kind == .airstrike }
        #expect(strikes.count == 1)
        guard let e = strikes.first else { return }
        #expect(e.sources == ["a", "b"])
        #expect(e.place.district == "Achin")
        #expect(e.place.province == "Nangarhar")
        let date = e.conflicts.first { $0.field == "date" }
        #expect(date?.claims.map(\.value).sorted() == ["2019-05-09", "2019-05-10"])
        #expect(date?.claims.contains { $0.attributions.contains("the governor") } == true)
    }

    @Test func aReportWithAPlaceAndOneWithoutMerge() {
        let t = timeline([
            ("a", "2020-03-04", "Security forces captured Sadiq Barakzai, a bomb maker, in Khogyani district on Monday."),
            ("b", "2020-03-05", "Officials said Sadiq Barakzai was arrested on Monday."),
        ])
        let captures = t.events.filter { $0.kind == .capture }
        #expect(captures.count == 1)
        #expect(captures.first?.place.district == "Khogyani")
        #expect(captures.first?.date?.label == "2020-03-02")
        #expect(captures.first?.people.first?.fate == .captured)
    }

    @Test func fourDaysEarlierCountsBackFromThePreviousEvent() {
        let t = timeline([("a", "2021-07-20", """
            On 12 July, commandos killed nine militants during a night raid in Chaparhar district.
            Four days earlier they killed three fighters in Rodat district.
            """)])
        let raids = t.events.filter { $0.kind == .raid }.sorted { $0.date!.start < $1.date!.start }
        #expect(raids.map { $0.date?.label } == ["2021-07-08", "2021-07-12"])
        #expect(raids.map { $0.count(.killed) } == [3, 9])
        #expect(raids.first?.place.district == "Rodat")
    }

    @Test func sixDaysAfterDatesTheAnchorEvent() {
        let t = timeline([("a", "2021-07-30", """
            Commandos killed 14 militants in a night raid in Kot district on 20 July.
            It came six days after the group's leader, Karim Dawari, and his driver were killed by an airstrike.
            """)])
        let strike = t.events.first { $0.kind == .airstrike }
        #expect(strike?.date?.label == "2021-07-14")
        #expect(strike?.count(.killed) == 2)
        #expect(strike?.people.map(\.name) == ["Karim Dawari"])
    }

    /// "killed 13 U.S. soldiers and at least 170 Afghans": both numbers, through the
    /// abbreviation's stops and the hedge, are one lower bound.
    @Test func aHedgedSecondNumberAddsToTheCount() {
        let m = mentions("A suicide bombing outside the airport killed 13 U.S. service members and at least 170 Afghans on Thursday.")
        #expect(m.first?.counts.killed == Count(183, hedge: .atLeast))
    }

    @Test func hedgedCountsKeepTheirHedge() {
        let t = timeline([("a", "2022-02-02", "More than 40 fighters surrendered to the army in Shinwar district on Tuesday, officials said.")])
        let e = t.events.first { $0.kind == .surrender }
        #expect(e?.counts.surrendered == Count(40, hedge: .moreThan))
    }

    @Test func differentHedgesOfOneCountAreAConflict() {
        let t = timeline([("a", "2022-02-02", """
            As many as 60 fighters surrendered in Shinwar district on Tuesday, local media reported.
            The ministry later said more than 60 fighters surrendered, including their commander Baz Gul Sherzai.
            """)])
        let e = t.events.filter { $0.kind == .surrender }
        #expect(e.count == 1)
        #expect(e.first?.conflicts.first { $0.field == "surrendered" }?.claims.count == 2)
        #expect(e.first?.people.first { $0.name.contains("Sherzai") }?.fate == .surrendered)
    }

    @Test func aSentenceWithTwoEventsGivesTwo() {
        let t = timeline([("a", "2018-12-01", "The group carried out an assault on a checkpoint in Kot district in October that left around 20 dead and a suicide bombing in Jalalabad that killed 9.")])
        let attack = t.events.first { $0.kind == .attack }
        let bombing = t.events.first { $0.kind == .bombing }
        #expect(attack?.date?.label == "2018-10")
        #expect(attack?.counts.killed == Count(20, hedge: .about))
        #expect(bombing?.count(.killed) == 9)
        #expect(bombing?.place.locality == "Jalalabad" || bombing?.place.province == "Nangarhar")
        #expect(bombing?.date?.label != "2018-10")
    }

    @Test func aQuotedAsideAboutAnOldEventJoinsThatEvent() {
        let t = timeline([
            ("a", "2019-06-02", "Karim Dawari was killed in an airstrike in Kot district on 28 May, police said."),
            ("b", "2019-09-01", "“His men never recovered after a drone hit Karim Dawari in May,” an analyst said."),
        ])
        let strikes = t.events.filter { $0.kind == .airstrike }
        #expect(strikes.count == 1)
        #expect(strikes.first?.sources == ["a", "b"])
        #expect(strikes.first?.date?.label == "2019-05-28")
    }

    /// Another speaker's number for the event just told is a disagreement on it, within one
    /// report; a count of something else ("also") stays apart.
    @Test func anotherSpeakersCountIsADisagreementNotASecondEvent() {
        let text = """
            Gunmen stormed a checkpoint in Kot district on Monday, killing nine policemen, a district official said.

            The attack lasted for three hours. A spokesman for the group, Sher Dostan, said 14 police were killed.
            """
        let t = timeline([("a", "2019-05-10", text)])
        #expect(t.events.count == 1)
        let killed = t.events.first?.conflicts.first { $0.field == "killed" }
        #expect(killed?.claims.map(\.value).sorted() == ["14", "9"])
        let also = timeline([("b", "2019-05-10", "Gunmen stormed a checkpoint in Kot district on Monday, killing nine policemen, a district official said. Two civilians were also killed, Sher Dostan said.")])
        #expect(also.events.count == 2)
    }

    /// The speaker set off by commas before "said", not the count after it; a name after a
    /// closing quote and "said" is still the speaker.
    @Test func whoSaidACount() {
        let claim = mentions("Their spokesman, Sher Dostan, said 15 police were killed in Kot district on Monday.")
        #expect(claim.first?.attribution == "Sher Dostan")
        let inverted = mentions("“Nine fighters were killed in Kot district on Monday,” said Gen. Karim Zadran.")
        #expect(inverted.first?.attribution == "Gen. Karim Zadran")
    }

    @Test func attributionDatesDoNotDateTheEvent() {
        let m = mentions("A raid killed seven militants in Kot district, officials said on Friday.", published: "2019-05-11")
        #expect(m.first?.dateBasis == .report)
        #expect(m.first?.date?.precision == .month)
        #expect(m.first?.date?.approximate == true)
    }

    @Test func negatedAndHypotheticalEventsAreDropped() {
        #expect(mentions("No civilians were killed in the strike on Monday.").isEmpty)
        #expect(mentions("Officials said the raid will not stop the group, and that nobody was arrested on Monday.").allSatisfy { $0.kind != .capture })
    }

    /// A leader and a partitive count ("11 of his fighters") are 12, through an of-phrase; a
    /// bare number ends its object, so the attribution after the comma is nobody hurt.
    @Test func countsThroughPartitivesAndBareNumbers() {
        let raid = mentions("Commandos killed a senior commander of the group's northern branch and 11 of his fighters in a raid in Achin district on Tuesday.")
        #expect(raid.first?.counts.killed == Count(12))
        let strike = mentions("A drone strike killed a commander and his fighters in Achin district on Tuesday.")
        #expect(strike.first?.counts.killed == Count(1, hedge: .atLeast))
        let attack = mentions("Gunmen stormed a checkpoint on Monday, killing nine policemen and wounding four, a district official said.")
        #expect(attack.first?.counts.killed == Count(9))
        #expect(attack.first?.counts.wounded == Count(4))
    }

    /// A name part after a lowercase particle and a hyphen stays in the name; a relative
    /// clause's end of tenure is that person's fate, not the succession around it, and does
    /// not reach back over the verb before it to the successor.
    @Test func linkedNamesAndRelativeClauses() {
        let killed = mentions("Abu Hamza al-Tarabi was killed in a raid in Achin district on Sunday.")
        #expect(killed.first?.people.map(\.name) == ["Abu Hamza al-Tarabi"])
        let m = mentions("Sher Dostan had replaced Qari Nur ul-Amin, who was captured by Afghan forces in March.")
        let capture = m.first { $0.kind == .capture }
        #expect(capture?.people.map(\.name) == ["Qari Nur ul-Amin"])
        #expect(capture?.people.first?.fate == .captured)
    }

    /// A count told in the next sentence, with nothing of its own, belongs to the event told
    /// just before; with a place of its own it is not that event's.
    @Test func aFollowingCountJoinsTheEventBeforeIt() {
        let t = timeline([("a", "2020-06-14", """
            Taliban fighters attacked a police checkpoint in Imam Sahib district of Kunduz on Saturday, killing four policemen.
            Two soldiers were wounded.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.counts.killed == Count(4))
        #expect(t.events.first?.counts.wounded == Count(2))
        let apart = timeline([("a", "2020-06-14", """
            Taliban fighters attacked a police checkpoint in Imam Sahib district of Kunduz on Saturday, killing four policemen.
            Two soldiers were wounded in Herat.
            """)])
        #expect(apart.events.first { $0.counts.killed == Count(4) }?.counts.wounded == nil)
    }

    /// "KUNDUZ, June 14 (Wire) -" is when the report was filed, not when the attack happened.
    @Test func aDatelineDoesNotDateTheEvent() {
        let m = mentions("KUNDUZ, June 14 (Wire) - Taliban fighters attacked a checkpoint in Kunduz on Saturday night, killing four policemen.",
                         published: "2020-06-14")
        #expect(m.first?.date == .day(CalendarDay(iso: "2020-06-13")!))
    }

    /// The subject stands before its relative clause; capitalised words before "mountains" are a place.
    @Test func theSubjectBeforeARelativeClause() {
        let m = mentions("Sheikh Abdirahman Warsame, who led the group's fighters in the Cal Madow mountains, was killed in an airstrike on Tuesday.")
        #expect(m.first?.people.map(\.name) == ["Sheikh Abdirahman Warsame"])
        #expect(m.first?.people.first?.fate == .killed)
    }

    /// "X, also known as Y": one person captured, not two.
    @Test func anAliasIsNotASecondPerson() {
        let m = mentions("Police arrested Sher Dostan, also known as Abu Talha, in Kandahar on Monday.")
        #expect(m.first?.people.map(\.name) == ["Sher Dostan"])
        #expect(m.first?.counts.captured == nil)
    }

    /// "the commander, known as Y,": no name stands before "known as", so Y is the person.
    @Test func aDescriptionKnownAsANameIsThatPerson() {
        let m = mentions("Officials said the commander, known as Abu Talha, was killed in a raid in Kandahar on Monday.")
        #expect(m.first?.people.map(\.name) == ["Abu Talha"])
        #expect(m.first?.people.first?.fate == .killed)
    }

    /// "the commanders have been identified as X and Y": both are the earlier event's dead.
    @Test func severalIdentifiedVictims() {
        let t = timeline([("a", "2020-10-22", """
            Nine fighters, including two commanders, were killed in a clash in Dasht-e-Archi district on Wednesday night.

            The commanders have been identified as Abdul Ghani Sorkhabi and Jamil Rasulzai.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.people.map(\.name) == ["Abdul Ghani Sorkhabi", "Jamil Rasulzai"])
        #expect(t.events.first?.people.allSatisfy { $0.fate == .killed } == true)
    }

    /// Who denies an attack did not carry it out.
    @Test func whoDeniesIsNoActor() {
        let t = timeline([("a", "2020-10-22", "A car bomb killed four civilians in Taloqan on Tuesday. The Taliban denied involvement in the blast.")])
        #expect(t.events.count == 1)
        #expect(t.events.first?.actors.isEmpty == true)
    }

    /// ", including their commander," is an aside inside the subject: the count before it
    /// is the surrender's.
    @Test func aCountBeforeAnIncludingAsideCounts() {
        let m = mentions("At least 45 militants, including their local commander, have laid down their arms and surrendered in Chawkay district on Saturday.")
        #expect(m.first?.kind == .surrender)
        #expect(m.first?.counts.surrendered == Count(45, hedge: .atLeast))
    }

    /// "The surrender came two days after an airstrike …": the strike is dated back from the
    /// surrender told before, and the sentence adds no second surrender.
    @Test func anEventTheSentenceOpensWithDatesTheOneItComesAfter() {
        let t = timeline([("a", "2019-06-09", """
            Thirty fighters surrendered to the army in Chawkay district on Saturday, officials said on Sunday.
            The surrender came two days after an airstrike killed 14 fighters in Dangam district.
            """)])
        #expect(t.events.filter { $0.kind == .surrender }.map { $0.date?.label } == ["2019-06-08"])
        let strike = t.events.first { $0.kind == .airstrike }
        #expect(strike?.date?.label == "2019-06-06")
        #expect(strike?.place.district == "Dangam")
    }

    /// A victim described first and named in the next sentence is that event's person; a
    /// bomber "identified as" someone is nobody's victim.
    @Test func aVictimNamedAfterTheFactJoinsTheEvent() {
        let t = timeline([("a", "2019-05-10", "Commandos killed a senior commander of the group in a raid in Achin district on Tuesday. The commander, identified as Sher Dostan, ran its finances.")])
        #expect(t.events.count == 1)
        #expect(t.events.first?.people.map(\.name) == ["Sher Dostan"])
        #expect(t.events.first?.people.first?.fate == .killed)
        #expect(t.events.first?.evidence.count == 2)
        let slain = timeline([("b", "2019-05-10", "Commandos killed a senior commander in a raid in Achin district on Tuesday. The slain commander was identified as Sher Dostan.")])
        #expect(slain.events.first?.people.map(\.name) == ["Sher Dostan"])
        let bomber = timeline([("c", "2019-05-10", "A suicide bomber killed a police officer in Kabul on Monday. The bomber was identified as Karim Zadran.")])
        #expect(bomber.events.first?.people.isEmpty == true)
    }

    @Test func tallyOverAPeriod() {
        let m = mentions("Since the start of this year, security forces have killed 120 militants in the province.", published: "2019-05-10")
        #expect(m.first?.kind == .tally)
        #expect(m.first?.date?.start.description == "2019-01-01")
        #expect(m.first?.date?.end.description == "2019-05-10")
        #expect(m.first?.counts.killed?.value == 120)
    }

    @Test func milestonesAreOther() {
        let m = mentions("The movement first emerged in the valley in 2009 as the army withdrew.")
        #expect(m.first?.kind == .other)
        #expect(m.first?.date?.label == "2009")
    }

    @Test func sameDistrictRefersBack() {
        let t = timeline([("a", "2020-10-10", """
            Troops killed five fighters in Achin district on Monday.
            Police last month detained a foreign fighter in the same district of Nangarhar.
            """)])
        let capture = t.events.first { $0.kind == .capture }
        #expect(capture?.place.district == "Achin")
        #expect(capture?.date?.label == "2020-09")
    }

    @Test func evidencePointsAtItsSentence() {
        let text = "Home\nTroops killed five fighters in Achin district on Monday. Nothing else happened.\n"
        let t = timeline([("a", "2020-10-10", text)])
        let scalars = Array(text.unicodeScalars)
        for e in t.events {
            for ev in e.evidence {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[ev.range.start..<ev.range.end])
                #expect(String(view) == ev.text)
            }
        }
        #expect(t.events.first?.evidence.first?.text == "Troops killed five fighters in Achin district on Monday.")
    }

    @Test func eventIDsAreStableWhenUnrelatedFilesAreAdded() {
        let a = ("a", "2020-10-10", "Troops killed five fighters in Achin district on Monday.")
        let b = ("b", "2021-01-10", "A bombing killed three people in Kabul on Sunday.")
        let one = timeline([a]).events.map(\.id)
        let two = timeline([a, b]).events.map(\.id)
        #expect(!one.isEmpty)
        #expect(one.allSatisfy { two.contains($0) })
    }
}

/// Who claims responsibility acted (as it says); who condemns did not; a speaker is no participant.
@Suite struct ClaimAndCondemnationTests {
    @Test func theClaimantActsTheCondemnerDoesNot() {
        let t = timeline([("a", "2021-10-09", """
            The United Nations condemned Friday's suicide attack on a mosque in Kunduz city that killed more than 50 worshippers.
            The Islamic State Khorasan Province claimed responsibility for the attack.
            """)])
        #expect(t.events.count == 1)
        #expect(t.events.first?.actors == ["IS-K"])
    }

    @Test func aSpeakerIsNotAppointed() {
        let m = mentions("The government on Sunday appointed new governors for five provinces, deputy spokesman Sher Dostan said.")
        #expect(m.allSatisfy { $0.people.isEmpty })
    }
}
