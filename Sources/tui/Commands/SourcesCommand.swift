import ArgumentParser
import TimelineModel

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the articles of a corpus with their publication dates and where each date came from.")
    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON (DESIGN.md's contract) instead of a table.") var json = false

    func run() throws {
        let c = try corpus.load()
        for issue in c.issues { Console.issue(issue) }
        if json {
            print(SourceJSON.sources(c).pretty)
        } else {
            Console.text(SourceTable.render(c.sources))
        }
    }
}

/// The plain-text listing of sources: one line each, columns aligned.
enum SourceTable {
    static func render(_ sources: [Source]) -> String {
        let rows = sources.map { s in
            [s.id, s.published.span?.label ?? "undated", s.published.origin.rawValue, s.outlet ?? "-", s.title ?? "-"]
        }
        let header = ["ID", "PUBLISHED", "ORIGIN", "OUTLET", "TITLE"]
        let all = [header] + rows
        let widths = (0..<4).map { col in all.map { $0[col].count }.max() ?? 0 }
        return all.map { row in
            (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[4]
        }.joined(separator: "\n")
    }
}
