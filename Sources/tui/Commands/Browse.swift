import ArgumentParser
import TimelineModel

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the browser on a corpus (the default command).")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions
    @Flag(name: .customLong("no-color"), help: "Draw without colour (as does a non-empty NO_COLOR).") var noColor = false
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).") var noMouse = false

    func run() throws {
        // The corpus's own issues are `timeline check`'s to tell; the browser shows what it could read.
        let t = try cache.opened(corpus, issues: false)
        throw ExitCode(BrowserLauncher.run(loaded: t, options: BrowserOptions(noColor: noColor, mouse: !noMouse)))
    }
}
