import Testing
import TimelineModel
@testable import tui

/// Whole screens of the event panes on the invented corpus: this state at this size gives this screen.
@Suite struct EventScreenTests {
    typealias F = Fixtures

    @Test func timelineAt80x24() {
        let s = F.press(F.eventState(width: 80, height: 24), [])
        let expected = """
             Timeline (3 events)                                             Invented coast
             ── 2020 ───────────────────────────────────────────────────────────────────────
             2020-03-07     1 Bombing                      Bombing: 2 killed
             ── 2021 ───────────────────────────────────────────────────────────────────────
             2021-06-07   ≠ 2 Airstrike   Velmora          Airstrike in Velmora: Doran Kesh…
             2021-06-10     1 Raid        Velmora          Raid in Velmora: Red Lantern kil…





            ── Detail: 2020-03-07 Bombing ──────────────────────────────────────────────────
             Bombing: 2 killed
             date     2020-03-07
             kind     Bombing
             place    unknown
             killed   2
             sources  002 Coast Courier

             Evidence (1)
             002 Coast Courier · says police · “on Saturday”
               A suicide bombing killed two guards at the Velmora bridge on Saturday,
               police said.
             Timeline                                                           1/3  ? help
            """
        #expect(Screen.render(s).text() == expected)
    }

    @Test func detailAt80x24() {
        let s = F.press(F.eventState(width: 80, height: 24), F.chars("j") + [.enter])
        let expected = """
             Detail: 2021-06-07 Airstrike                                    Invented coast
             ── 2020 ───────────────────────────────────────────────────────────────────────
             2020-03-07     1 Bombing                      Bombing: 2 killed
             ── 2021 ───────────────────────────────────────────────────────────────────────
             2021-06-07   ≠ 2 Airstrike   Velmora          Airstrike in Velmora: Doran Kesh…
             2021-06-10     1 Raid        Velmora          Raid in Velmora: Red Lantern kil…





            ── Detail: 2021-06-07 Airstrike ────────────────────────────────────────────────
             Airstrike in Velmora: Doran Kesh killed; 4 killed
             date     2021-06-07
             kind     Airstrike
             place    Velmora
             people   Doran Kesh (killed)
             killed   4
             sources  000 Harbor Ledger · 001 Valley Wire

             ≠ Sources disagree
             date: 2021-06-07 (Police chief Amal Reyes, 000) · 2021-06-08 (the interior
                   ministry, 000)
             Detail                                                            1/24  ? help
            """
        #expect(Screen.render(s).text() == expected)
    }

    @Test func timelineAt120x30() {
        let s = F.press(F.eventState(width: 120, height: 30), [])
        let expected = """
             Timeline (3 events)                                                                                     Invented coast
             ── 2020 ────────────────────────────────────────────────────────│ Bombing: 2 killed
             2020-03-07     1 Bombing                   Bombing: 2 killed    │ date     2020-03-07
             ── 2021 ────────────────────────────────────────────────────────│ kind     Bombing
             2021-06-07   ≠ 2 Airstrike   Velmora       Airstrike in Velmora…│ place    unknown
             2021-06-10     1 Raid        Velmora       Raid in Velmora: Red…│ killed   2
                                                                             │ sources  002 Coast Courier
                                                                             │
                                                                             │ Evidence (1)
                                                                             │ 002 Coast Courier · says police · “on Saturday”
                                                                             │   A suicide bombing killed two guards at the Velmora
                                                                             │   bridge on Saturday, police said.
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
                                                                             │
             Timeline                                                                                                   1/3  ? help
            """
        #expect(Screen.render(s).text() == expected)
    }

    @Test func detailAt120x30() {
        let s = F.press(F.eventState(width: 120, height: 30), F.chars("j") + [.enter])
        let expected = """
             Detail: 2021-06-07 Airstrike                                                                            Invented coast
             ── 2020 ────────────────────────────────────────────────────────│ Airstrike in Velmora: Doran Kesh killed; 4 killed
             2020-03-07     1 Bombing                   Bombing: 2 killed    │ date     2021-06-07
             ── 2021 ────────────────────────────────────────────────────────│ kind     Airstrike
             2021-06-07   ≠ 2 Airstrike   Velmora       Airstrike in Velmora…│ place    Velmora
             2021-06-10     1 Raid        Velmora       Raid in Velmora: Red…│ people   Doran Kesh (killed)
                                                                             │ killed   4
                                                                             │ sources  000 Harbor Ledger · 001 Valley Wire
                                                                             │
                                                                             │ ≠ Sources disagree
                                                                             │ date: 2021-06-07 (Police chief Amal Reyes, 000) ·
                                                                             │       2021-06-08 (the interior ministry, 000)
                                                                             │
                                                                             │ Evidence (4)
                                                                             │ 000 Harbor Ledger · says the interior ministry · “on
                                                                             │ Tuesday”
                                                                             │   A senior commander of the Red Lantern militia,
                                                                             │   Doran Kesh, was killed on Tuesday in a government
                                                                             │   airstrike in Velmora district, the interior
                                                                             │   ministry said in a statement.
                                                                             │ 000 Harbor Ledger · says Police chief Amal Reyes ·
                                                                             │ “on Monday”
                                                                             │   Police chief Amal Reyes said Kesh was killed on
                                                                             │   Monday.
                                                                             │ 000 Harbor Ledger
                                                                             │   Three other fighters were killed in the strike.
                                                                             │ 001 Valley Wire
                                                                             │   The raid came after a rebel airstrike killed the
                                                                             │   militia commander Doran Kesh.
             Detail                                                                                                    1/28  ? help
            """
        #expect(Screen.render(s).text() == expected)
    }
}
