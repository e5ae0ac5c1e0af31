import Foundation
import Testing
@testable import TimelineModel

/// The bar SEEDS.md sets for the seed corpus, checked on the output of the general rules
/// (nothing in Sources knows these facts; this test only reads the result).
@Suite struct SeedAcceptanceTests {
    static let seeds: Timeline? = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
        guard let corpus = try? CorpusReader.standard().read(dir) else { return nil }
        return Timeline.build(from: corpus)
    }()

    func event(_ date: String, _ kind: EventKind, province: String? = nil) -> Event? {
        Self.seeds?.events.first { $0.date?.label == date && $0.kind == kind && (province == nil || $0.place.province == province) }
    }

    @Test(arguments: [
        ("2014", EventKind.other, nil as String?),
        ("2015", .offensive, nil),
        ("2017-04", .airstrike, nil),
        ("2017-08", .attack, "Sar-e Pol"),
        ("2017-11", .other, "Jowzjan"),
        ("2017-12", .offensive, nil),
        ("2018-01-28", .capture, "Jowzjan"),
        ("2018-03", .airstrike, nil),
        ("2018-03-16", .raid, "Jowzjan"),
        ("2018-03", .raid, "Jowzjan"),
        ("2018-03", .capture, "Jowzjan"),
        ("2018-04-05", .airstrike, "Jowzjan"),
        ("2018-04-11", .raid, "Jowzjan"),
        ("2018-07", .attack, "Sar-e Pol"),
        ("2018-08-01", .surrender, "Jowzjan"),
        ("2021-08", .other, nil),
        ("2023-03", .bombing, "Balkh"),
        ("2023-04-03", .raid, "Balkh"),
        ("2023-04-03", .killing, nil),
    ])
    func everyRowOfTheTableIsThere(date: String, kind: EventKind, province: String?) {
        #expect(event(date, kind, province: province) != nil, "\(date) \(kind) \(province ?? "")")
    }

    @Test func theAirstrikeMergesThreeSourcesAndShowsTheirDisagreements() throws {
        let e = try #require(event("2018-04-05", .airstrike))
        #expect(e.sources.count == 3)
        #expect(e.place.district == "Darzab")
        let date = e.conflicts.first { $0.field == "date" }
        #expect(Set(date?.claims.map(\.value) ?? []) == ["2018-04-05", "2018-04-06"])
        let actors = e.conflicts.first { $0.field == "actors" }
        #expect(actors?.claims.count ?? 0 >= 2)
    }

    @Test func countsKeepTheirHedges() throws {
        let surrender = try #require(event("2018-08-01", .surrender))
        #expect(surrender.counts.surrendered?.value == 150)
        #expect(surrender.conflicts.contains { $0.field == "surrendered" })
        #expect(event("2018-04-11", .raid)?.counts.killed?.value == 22)
        #expect(event("2018-03-16", .raid)?.counts.killed?.value == 13)
    }

    @Test func everyEvidenceRangePointsAtItsSentence() throws {
        let t = try #require(Self.seeds)
        for e in t.events {
            for ev in e.evidence {
                let scalars = Array(try #require(t.corpus.source(id: ev.source)).text.unicodeScalars)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[ev.range.start..<ev.range.end])
                #expect(String(view) == ev.text)
            }
        }
    }

    @Test func theLeadershipChains() throws {
        let t = try #require(Self.seeds)
        let leader = try #require(t.chains.first { $0.key.position == "leader" && $0.organisation == "IS-K" })
        #expect(leader.holders.count == 2)
        #expect(leader.holders.map(\.exit) == [.killed, .surrendered])
        #expect(leader.holders[0].end?.label == "2018-04-05")
        #expect(leader.holders.allSatisfy { $0.exitEvent.map { id in t.events.contains { $0.id == id } } ?? false })
        let facilitator = try #require(t.chains.first { $0.key.position == "head facilitator" })
        #expect(facilitator.holders.map(\.exit) == [.captured, .killed])
        #expect(facilitator.holders[1].members.count == 2)
        #expect(t.chains.contains { $0.key.position == "governor" && $0.holders.first?.exit == .killed })
    }

    @Test func fewSpuriousEvents() throws {
        // 20 rows in the table, 3 tallies; a handful more is tolerable, dozens is not.
        #expect(try #require(Self.seeds).events.count <= 30)
    }
}
