import ArgumentParser
import Foundation
import TimelineModel

extension ExportFormat: ExpressibleByArgument {}

/// `timeline export`: the events (filtered as in `events`) in one of the export formats,
/// to stdout or, atomically, to a file. The formats themselves are pure functions in
/// TimelineModel/Export; this only reads the corpus and writes the result.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the timeline as JSON, CSV, ACLED CSV, TimelineJS JSON or a Markdown chronology.",
        discussion: """
            json: the events contract with the sources and the leadership chains. csv: one row per event. \
            acled: ACLED's columns, coded by acled.tsv (events ACLED has no type for are left out, with a \
            warning). timelinejs: a TimelineJS3 document, tenures as eras (undated events are left out). \
            markdown: a chronology by year with footnoted sources and the leadership chains.

            With -o FILE the output is written to a temporary file beside FILE and renamed into place. \
            An existing FILE is replaced only with --force, and nothing is written inside the corpus \
            folder. Refusals and write errors exit with status 1; corpus errors with status 2.
            """)
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var cache: CacheOptions
    @Option(help: "What to write.") var format: ExportFormat
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout ('-' for stdout).", valueName: "file"))
    var output: String?
    @Flag(help: "Replace FILE if it exists.") var force = false
    @OptionGroup var filter: EventFilterOptions

    func run() throws {
        let timeline = try cache.timeline(corpus)
        let c = timeline.corpus
        let events = try filter.apply(timeline.events)
        let result = format.render(timeline, events: events)
        for w in result.warnings { Console.warning(w) }

        guard let output, output != "-" else {
            try StandardStreams.writeOutput(result.text)
            return
        }
        let writer = AtomicFileWriter(replaceExisting: force, protected: [c.path])
        do {
            try writer.write(result.text, to: output)
        } catch let failure as AtomicFileWriter.Failure {
            Console.error(Self.message(failure, corpus: c.path))
            throw ExitCode(1)
        }
    }

    /// One line that names the file and says what to do.
    static func message(_ f: AtomicFileWriter.Failure, corpus: String) -> String {
        switch f {
        case .exists(let p):
            "\(p) exists; add --force to replace it, or choose another file with -o"
        case .protected(let p, _):
            "will not write \(p): it is inside the corpus \(corpus), which timeline only reads; choose a path outside it"
        case .isDirectory(let p):
            "\(p) is a folder; give a file name with -o"
        case .cannotWrite:
            f.description
        }
    }
}
