import ArgumentParser
import TimelineModel

struct LeadersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaders",
        abstract: "Print who held which position, how each tenure ended, and who came next.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions
    @Flag(help: "Print JSON (DESIGN.md's contract).") var json = false
    @Flag(help: "Also say why each pair of spellings was taken for one person.") var explain = false

    func run() throws {
        let timeline = try cache.timeline(corpus)
        if json {
            print(LeadersJSON.document(timeline.chains).pretty)
        } else {
            Console.text(LadderText.render(timeline.chains))
        }
        if explain, let people = timeline.people {
            print("\nSpellings taken for one person:")
            for j in people.joins { Console.text("  \(j.a) ~ \(j.b): \(j.reason)") }
        }
    }
}

/// A chain as a ladder of text.
enum LadderText {
    static func render(_ chains: [SuccessionChain]) -> String {
        if chains.isEmpty { return "No leadership chains found." }
        return chains.map { c in
            var lines = ["\(c.organisation.map { $0 + " · " } ?? "")\(c.role)"]
            for (i, t) in c.holders.enumerated() {
                let end = t.end.map { " \($0.label)" } ?? ""
                let start = t.start.map { "from \($0.label), " } ?? ""
                let aliases = t.aliases.isEmpty ? "" : " (also \(t.aliases.joined(separator: ", ")))"
                lines.append("  \(i == 0 ? "┌" : "├") \(t.name)\(aliases)")
                lines.append("  │   \(start)\(t.exit.rawValue)\(end)\(t.exitEvent.map { "  [\($0)]" } ?? "")")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
