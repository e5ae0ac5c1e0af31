import ArgumentParser
import Foundation
import TimelineModel

/// The corpus argument every command shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "A folder of articles, or one article file (default: $TIMELINE_CORPUS, else ./seeds).")
    var corpus: String?

    /// The path to read: the argument, else $TIMELINE_CORPUS, else ./seeds.
    var path: String {
        if let corpus { return corpus }
        if let env = ProcessInfo.processInfo.environment["TIMELINE_CORPUS"], !env.isEmpty { return env }
        return "seeds"
    }

    /// Reads the corpus, or prints the one-line reason and exits 2.
    func load(reportManifestErrors: Bool = false) throws -> Corpus {
        var reader = CorpusReader.standard()
        reader.reportManifestErrors = reportManifestErrors
        do {
            return try reader.read(path)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Where commands write: data to stdout, diagnostics to stderr, one line each.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("timeline: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("timeline: warning: " + message + "\n").utf8))
    }
}
