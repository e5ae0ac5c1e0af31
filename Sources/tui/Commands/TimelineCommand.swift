import ArgumentParser
import Foundation
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
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (text selection).") var noMouse = false

    func run() throws {
        // Stand-in loader for manual testing (the integrator replaces it with the real one):
        // every *.txt file, first non-empty line as the title.
        let path = corpus ?? ProcessInfo.processInfo.environment["TIMELINE_CORPUS"] ?? "seeds"
        let url = URL(fileURLWithPath: path)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        let sources = files.map { file -> Source in
            let text = (try? String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)) ?? ""
            let title = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map(String.init)
            return Source(id: String(file.dropLast(4)), file: file, title: title, text: text)
        }
        let c = Corpus(name: url.lastPathComponent, path: path, sources: sources)
        throw ExitCode(BrowserLauncher.run(corpus: c, options: BrowserOptions(noColor: noColor, mouse: !noMouse)))
    }
}
