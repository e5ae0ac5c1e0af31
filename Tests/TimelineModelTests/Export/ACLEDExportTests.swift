import Testing
@testable import TimelineModel

@Suite struct ACLEDExportTests {
    /// ACLED's 2023 column set, in order (acledR's codebook; ACLED's 2023 column guide).
    static let acledColumns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    @Test func theHeaderIsACLEDsColumnsInOrder() throws {
        #expect(ACLEDExport.columns == Self.acledColumns)
        let out = ACLEDExport.render(Timeline(corpus: ExportFixtures.corpus(), events: []), events: [], mapping: .standard())
        #expect(try CSVTestReader.parse(out.text) == [Self.acledColumns])
    }

    @Test func anAirstrikeReportedByTwoSources() throws {
        let t = try ExportFixtures.timeline(ExportFixtures.twoSources)
        let out = ACLEDExport.render(t, events: t.events, mapping: .standard())
        let (header, rows) = try CSVTestReader.records(out.text)
        #expect(header == Self.acledColumns)
        let strike = try #require(rows.first { $0["sub_event_type"] == "Air/drone strike" })
        #expect(strike["disorder_type"] == "Political violence")
        #expect(strike["event_type"] == "Explosions/Remote violence")
        #expect(strike["country"] == "Afghanistan")
        #expect(strike["iso"] == "4")
        #expect(strike["admin1"] == "Nangarhar")
        #expect(strike["admin2"] == "Achin")
        #expect(strike["location"] == "Achin")
        #expect(strike["geo_precision"] == "2")
        #expect(strike["time_precision"] == "1")
        #expect(strike["event_date"] == "2019-05-09")
        #expect(strike["year"] == "2019")
        // One says five dead, the other seven: the conservative figure.
        #expect(strike["fatalities"] == "5")
        #expect(strike["actor1"] == "U.S. forces" && strike["inter1"] == "8")
        #expect(strike["actor2"] == "IS-K" && strike["inter2"] == "2")
        #expect(strike["interaction"] == "28")
        #expect(strike["source"] == "Valley Courier; Hill Times, \"Evening\"")
        let notes = try #require(strike["notes"])
        #expect(notes.contains("Sources disagree on the date: 2019-05-09 (the governor per Valley Courier) vs 2019-05-10 (the defence ministry per Hill Times, \"Evening\")"))
        #expect(notes.contains("Sources disagree on the number killed: 5 (the governor per Valley Courier) vs 7"))
        #expect(strike["event_id_cnty"] == t.events.first { $0.kind == .airstrike }?.id)
        #expect(strike["timestamp"] == String(ExportFixtures.day(2019, 5, 11).ordinal * 86_400))
    }

    @Test func talliesAndMilestonesAreLeftOutAndCounted() throws {
        let t = try ExportFixtures.timeline(ExportFixtures.twoSources)
        #expect(Set(t.events.map(\.kind)) == [.airstrike, .tally, .other])
        let out = ACLEDExport.render(t, events: t.events, mapping: .standard())
        #expect(try CSVTestReader.parse(out.text).count == 2)
        #expect(out.warnings == ["2 events left out: ACLED has no type for tally, other"])
    }

    @Test func fatalitiesAreTheMostConservativeFigure() {
        let d = DateSpan.day(ExportFixtures.day(2020, 1, 1))
        func event(_ counts: Counts, conflicts: [Conflict] = [], people: [PersonInEvent] = []) -> Event {
            ExportFixtures.event("e", .clash, d, counts: counts, people: people, conflicts: conflicts)
        }
        #expect(ACLEDExport.fatalities(event(Counts())) == 0)
        #expect(ACLEDExport.fatalities(event(Counts(killed: Count(150, hedge: .moreThan)))) == 150)
        #expect(ACLEDExport.fatalities(event(Counts(killed: Count(5, upper: 7)))) == 5)
        #expect(ACLEDExport.fatalities(event(Counts(killed: Count(12, hedge: .vague)))) == 12)
        let disputed = Conflict(field: "killed", claims: [Claim(value: "7", sources: ["a"], attributions: []),
                                                          Claim(value: "more than 5", sources: ["b"], attributions: [])])
        #expect(ACLEDExport.fatalities(event(Counts(killed: Count(7)), conflicts: [disputed])) == 5)
        // Named dead count when no number is given.
        let named = [PersonInEvent(name: "A", fate: .killed), PersonInEvent(name: "B", fate: .killed), PersonInEvent(name: "C", fate: .captured)]
        #expect(ACLEDExport.fatalities(event(Counts(), people: named)) == 2)
    }

    @Test func timePrecisionAndTheCodedDay() {
        let day = ExportFixtures.day
        #expect(ACLEDExport.timePrecision(.day(day(2020, 3, 4))) == 1)
        #expect(ACLEDExport.timePrecision(.day(day(2020, 3, 4), approximate: true)) == 2)
        #expect(ACLEDExport.timePrecision(.range(day(2020, 3, 4), day(2020, 3, 7))) == 2)
        #expect(ACLEDExport.timePrecision(.range(day(2020, 3, 1), day(2020, 4, 7))) == 3)
        #expect(ACLEDExport.timePrecision(.month(year: 2020, month: 3)) == 3)
        #expect(ACLEDExport.timePrecision(.year(2020)) == 3)
        #expect(ACLEDExport.codedDay(.month(year: 2018, month: 3)) == day(2018, 3, 16))
        #expect(ACLEDExport.codedDay(.day(day(2018, 3, 5))) == day(2018, 3, 5))
    }

    @Test func theMappingFileDecidesAndLaterRowsWin() {
        let d = DateSpan.day(ExportFixtures.day(2020, 1, 1))
        func bombing(_ text: String) -> Event {
            ExportFixtures.event("b", .bombing, d, evidence: [Evidence(source: "s", range: TextRange(start: 0, end: 1), text: text)])
        }
        let shipped = ACLEDMapping.standard()
        #expect(shipped.type(of: bombing("A bomb hidden in a cart exploded."))?.subEventType == "Remote explosive/landmine/IED")
        #expect(shipped.type(of: bombing("A suicide bomber blew himself up."))?.subEventType == "Suicide bomb")
        #expect(shipped.type(of: bombing("The attacker self-detonated at the gate."))?.subEventType == "Suicide bomb")
        #expect(shipped.type(of: bombing("A grenade was thrown into the crowd."))?.subEventType == "Grenade")
        // Whole words: a word that merely holds "suicide" inside does not count.
        #expect(shipped.type(of: bombing("A bomb exploded near the presuicide ward."))?.subEventType == "Remote explosive/landmine/IED")
        #expect(shipped.type(of: ExportFixtures.event("t", .tally, d)) == nil)

        var capture = ExportFixtures.event("c", .capture, d)
        #expect(shipped.type(of: capture)?.subEventType == "Arrests")
        capture.actors = ["Taliban"]
        #expect(shipped.type(of: capture)?.subEventType == "Abduction/forced disappearance")

        // A user's row, read after the shipped ones, overrides them.
        let user = ACLEDMapping(rows: DataFile.entries("acled.tsv", environment: [:]) + ["type\ttally\t-\tStrategic developments\tStrategic developments\tOther"],
                                organisationRows: [])
        #expect(user.type(of: ExportFixtures.event("t", .tally, d))?.subEventType == "Other")
    }

    @Test func everyKindHasARule() {
        let rules = ACLEDMapping.standard().rules
        for kind in EventKind.allCases {
            #expect(rules.contains { $0.kind == kind && $0.condition == .always }, "no default row for \(kind)")
        }
    }

    /// Acceptance on the seed corpus: the output is checked, the code knows nothing of it.
    @Test func theSeedsAirstrikeRow() throws {
        let t = try #require(SeedAcceptanceTests.seeds)
        let out = ACLEDExport.render(t, events: t.events, mapping: .standard())
        let all = try CSVTestReader.parse(out.text)
        #expect(all.first == Self.acledColumns)
        #expect(all.allSatisfy { $0.count == Self.acledColumns.count })
        let (_, rows) = try CSVTestReader.records(out.text)
        let strike = try #require(rows.first { $0["event_date"] == "2018-04-05" && $0["event_type"] == "Explosions/Remote violence" })
        #expect(strike["sub_event_type"] == "Air/drone strike")
        #expect(strike["admin1"] == "Jowzjan")
        #expect(strike["admin2"] == "Darzab")
        #expect(strike["time_precision"] == "1")
        let notes = try #require(strike["notes"])
        #expect(notes.contains("Sources disagree on the date: 2018-04-05"))
        #expect(notes.contains("2018-04-06 (the defense ministry"))
        #expect(out.warnings.count == 1 && out.warnings[0].contains("ACLED has no type for"))
    }
}
