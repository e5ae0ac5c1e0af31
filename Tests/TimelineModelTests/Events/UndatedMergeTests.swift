import Testing
@testable import TimelineModel

/// A report that gives no date of its own joins another source's event only through a
/// person: one killed in both, or one named in a report dated within the month before.
/// People, dates and counts are invented.
@Suite struct UndatedMergeTests {
    static let dated = ("a", "2020-03-04", "Security forces captured Sadiq Barakzai in Khogyani district on Monday.")

    func captures(_ t: Timeline) -> [Event] { t.events.filter { $0.kind == .capture } }

    @Test func anUndatedReportJoinsARecentEventNamingItsPerson() {
        let t = timeline([Self.dated, ("b", "2020-03-10", "Sadiq Barakzai was arrested by security forces, officials said.")])
        #expect(captures(t).count == 1)
        #expect(captures(t).first?.sources == ["a", "b"])
        #expect(captures(t).first?.date?.label == "2020-03-02")
    }

    @Test func anUndatedReportAYearLaterStandsAlone() {
        // The same person may be taken again: a year on, nothing says it is the same arrest.
        let t = timeline([Self.dated, ("b", "2021-03-10", "Sadiq Barakzai was arrested by security forces, officials said.")])
        #expect(captures(t).count == 2)
        #expect(captures(t).allSatisfy { $0.sources.count == 1 })
    }

    @Test func aNameSharingOneWordIsAnotherPerson() {
        let t = timeline([Self.dated, ("b", "2020-03-06", "Sadiq Nurzai was arrested by security forces, officials said.")])
        #expect(captures(t).count == 2)
    }

    @Test func aKillingJoinsTheKillingOfThatPersonYearsEarlier() {
        // A person is killed once, so an undated report of it is that event, however late.
        let t = timeline([
            ("a", "2018-06-02", "Karim Dawari was killed in an airstrike in Kot district on 28 May, police said."),
            ("b", "2020-01-05", "Karim Dawari was killed in an airstrike, officials said."),
        ])
        let strikes = t.events.filter { $0.kind == .airstrike }
        #expect(strikes.count == 1)
        #expect(strikes.first?.sources == ["a", "b"])
        #expect(strikes.first?.date?.label == "2018-05-28")
    }
}
