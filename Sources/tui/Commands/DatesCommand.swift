import ArgumentParser
import Foundation
import TimelineModel

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List the temporal expressions in files, normalised to TIMEX3 values.",
        discussion: """
            Without --dct each file is dated as the corpus reader dates it: its corpus.yaml entry, \
            else a header line, else the dates it mentions. A month- or year-precise date resolves \
            relative expressions from the last day it covers.
            """)
    @Argument(help: "Article files.") var files: [String]
    @Option(help: "The reference date (document creation time), YYYY-MM-DD, for every file.") var dct: String?
    @Flag(help: "One JSON object a file, a line each (DESIGN.md's contract).") var json = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file") }
        if let dct, CalendarDay(iso: dct) == nil { throw ValidationError("--dct \(dct) is not a date; write YYYY-MM-DD") }
    }

    func run() throws {
        let tagger = TemporalTagger()
        let reader = CorpusReader.standard()
        var failed = false
        for file in files {
            let bytes: [UInt8]
            switch FolderWalker.read(Array(file.utf8), limit: reader.maxFileBytes) {
            case .success(let b): bytes = b
            case .failure(let why):
                Console.error("\(file): \(why)")
                failed = true
                continue
            }
            guard case .text(let text, _, _) = DecodedText.decode(bytes) else {
                Console.error("\(file): not a text file (binary or empty); skipped")
                failed = true
                continue
            }
            let reference: DateSpan?
            if let dct, let day = CalendarDay(iso: dct) {
                reference = .day(day)
            } else {
                reference = Self.publicationDate(of: file, reader: reader)
            }
            let timexes = tagger.tag(text, dct: reference?.end)
            if json {
                var line = TimexJSON.line(file: file, dct: reference?.end, timexes: timexes)
                if let reference, reference.precision != .day {
                    // Say the reference at the precision it is known: "2018-04", not a guessed day.
                    line = line.replacingOccurrences(of: "\"dct\": \"\(reference.end)\"", with: "\"dct\": \"\(reference.label)\"")
                }
                print(line)
            } else {
                Console.text("\(file) (reference date \(reference?.label ?? "unknown"))")
                for t in timexes {
                    Console.text("  \(t.start)-\(t.end)  \(t.text)  →  \(t.value)  \(t.type.rawValue)")
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The file's publication date as the corpus reader finds it (corpus.yaml beside it, or the text).
    static func publicationDate(of file: String, reader: CorpusReader) -> DateSpan? {
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent().path
        var entry: ManifestEntry?
        if let manifest = try? CorpusReader.readManifest(folder + "/corpus.yaml") {
            entry = manifest.entries.first { $0.file == url.lastPathComponent }
        }
        let found = FoundFile(relativePath: url.lastPathComponent, fullPath: Array(file.utf8))
        return reader.readOne(found, entry: entry).0?.published.span
    }
}
