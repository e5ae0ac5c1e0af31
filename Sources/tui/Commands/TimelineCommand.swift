import ArgumentParser
import TimelineModel

@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Browse what a folder of news reports says happened.",
        discussion: """
            Reads a folder of articles (plain text, optionally with a corpus.yaml beside them), \
            dates every source, and opens a terminal browser. Without a folder it reads ./seeds \
            or $TIMELINE_CORPUS. The other commands print the same data for scripts.
            """,
        subcommands: [Browse.self, SourcesCommand.self, CheckCommand.self, DatesCommand.self, EventsCommand.self, LeadersCommand.self, ExportCommand.self, KeysCommand.self, BenchCommand.self],
        defaultSubcommand: Browse.self
    )

    /// ArgumentParser's main, and then a check that the output was written whole.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardStreams.finish()
        } catch {
            exit(withError: error)
        }
    }
}
