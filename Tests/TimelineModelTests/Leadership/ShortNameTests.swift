import Testing
@testable import TimelineModel

/// One report's short names and "named Y as X's successor". Invented people; real provinces.
@Suite struct ShortNameTests {
    func reading(_ text: String) -> SourceReading {
        sharedExtractor.read(Source(id: "t", file: "t.txt", published: PublicationDate(span: CorpusManifest.parseDate("2023-05-20"), origin: .manifest), text: text))
    }

    func ladders(_ texts: [String], position: String) -> [[String]] {
        let articles = texts.enumerated().map { ("a\($0.offset)", "2023-05-20", $0.element) }
        return timeline(articles).chains.filter { $0.key.position == position }.map { $0.holders.map(\.name) }
    }

    /// "named Qari X as Y's successor": one successor, not a person called "X as Y".
    @Test func namedAsSomeonesSuccessor() {
        let r = reading("The group has since named Qari Tor Baryal as Mullah Dilawar Khan's successor, according to a statement.")
        #expect(!r.names.contains { $0.contains(" as ") })
        let s = r.successions.filter { $0.kind == .replaced }.map { ($0.predecessors, $0.successors) }
        #expect(s.count == 1)
        #expect(s.first?.0 == ["Mullah Dilawar Khan"])
        #expect(s.first?.1 == ["Qari Tor Baryal"])
    }

    /// The last word of a name that other reports give to other people ("Gul") still means,
    /// in this report, the one person of this report who holds it: the ladder runs
    /// predecessor → the man → his successor, with no stray "Gul".
    @Test func aShortNameIsTheFullNameOfItsOwnReport() {
        let a = """
            An unidentified drone killed Mawlawi Sher Gul, the Islamic State's emir for Kunar, on May 14.
            Gul's death follows that of his predecessor, Sheikh Abdul Baqi Watandost, who was killed in a raid in Kunar in October 2022.
            The group has since named Qari Tor Baryal as Gul's successor, according to a statement.
            """
        let b = "Security forces arrested Hafiz Gul Mastan, a local Taliban commander, in Paktia on Monday."
        let l = ladders([a, b], position: "leader").filter { $0.contains("Qari Tor Baryal") }
        #expect(l == [["Sheikh Abdul Baqi Watandost", "Mawlawi Sher Gul", "Qari Tor Baryal"]])
    }

    /// "The Islamic Emirate's forces detained the Kunar leader of Daesh, X": the office is
    /// the group's that "of" names, not the government's named first.
    @Test func theGroupAfterOfOwnsTheOffice() {
        let text = """
            The Islamic Emirate's forces have detained the Kunar leader of Daesh, Qari Tor Baryal, in an operation in Asadabad on June 4, officials said.
            Sheikh Nasir Wardak, who succeeded Baryal after his arrest, is based in the mountains.
            """
        let chains = timeline([("a", "2023-06-06", text)]).chains.filter { $0.holders.contains { $0.name == "Qari Tor Baryal" } }
        #expect(chains.count == 1)
        #expect(chains.first?.key.organisation == "IS-K")
    }
}
