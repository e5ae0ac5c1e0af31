@testable import TimelineModel

/// Invented reports (people, outlets and numbers made up; the places are real districts,
/// which the gazetteer knows as general knowledge), read by the real corpus reader.
enum ExportFixtures {
    /// Two outlets report one drone strike in Achin: they disagree on the day and on the
    /// number killed. The first also gives a tally and a milestone.
    static let twoSources: [String: String] = [
        "a.txt": """
            Militant commander killed in Achin strike

            Zamir Qadri and four other IS-K fighters were killed on Thursday in a U.S. drone strike in Achin district, the governor said.

            Since the start of this year, security forces have killed 300 militants in Nangarhar, officials said.

            The group first emerged in Afghanistan in 2015.

            """,
        "b.txt": """
            Airstrike kills militants in Nangarhar

            An airstrike killed seven militants in Achin district on Friday, among them Zamir Qadri, the defence ministry said in a statement.

            """,
        "corpus.yaml": """
            title: Invented strikes
            sources:
              - file: a.txt
                title: Militant commander killed in Achin strike
                outlet: Valley Courier
                url: https://example.org/a
                published: 2019-05-11
              - file: b.txt
                outlet: Hill Times, "Evening"
                published: 2019-05-11

            """,
    ]

    /// Builds the timeline of a temporary folder of these files.
    static func timeline(_ files: [String: String]) throws -> Timeline {
        let folder = TestFolder()
        for (name, text) in files { folder.write(name, text) }
        return Timeline.build(from: try CorpusReader.forTests().read(folder.path))
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    /// A hand-made event, for rules that need exact fields.
    static func event(_ id: String, _ kind: EventKind, _ date: DateSpan?, headline: String = "What happened",
                      place: EventPlace = EventPlace(country: "Afghanistan"), counts: Counts = Counts(),
                      people: [PersonInEvent] = [], evidence: [Evidence] = [], conflicts: [Conflict] = []) -> Event {
        Event(id: id, kind: kind, date: date, place: place, actors: [], targets: [], people: people, counts: counts,
              headline: headline, evidence: evidence.isEmpty ? [Evidence(source: "s", range: TextRange(start: 0, end: 4), text: "Text")] : evidence,
              conflicts: conflicts)
    }

    static func corpus(_ sources: [Source] = [Source(id: "s", file: "s.txt", outlet: "Outlet", text: "Text")], title: String? = "Invented") -> Corpus {
        Corpus(name: "invented", path: "/nonexistent/invented", title: title, sources: sources)
    }
}
