import ArgumentParser
import TimelineModel

@main
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Browse what a folder of news reports says happened.",
        subcommands: [Browse.self],
        defaultSubcommand: Browse.self
    )
}

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the browser on a corpus (the default command).")
    @Argument(help: "The corpus folder (default: ./seeds, or $TIMELINE_CORPUS).") var corpus: String?
    @Flag(name: .customLong("no-color"), help: "Draw without colour.") var noColor = false

    func run() throws {
        let c = Corpus(name: "seeds", path: corpus ?? "seeds", sources: [])
        throw ExitCode(BrowserLauncher.run(corpus: c, options: BrowserOptions(noColor: noColor)))
    }
}
