import ArgumentParser
import Foundation
import TimelineModel
#if canImport(Glibc)
import Glibc
#endif

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

    /// Reads the corpus into its timeline through `cache` (a warm start reads only what
    /// changed), or prints the one-line reason and exits 2.
    func timeline(cache: ReadingCache?) throws -> Timeline { try opened(cache: cache).timeline() }

    /// The same, its chains and people decoded when first asked for (the browser's start).
    func opened(cache: ReadingCache?) throws -> LoadedTimeline {
        do {
            return try TimelineLoader(reader: .standard(), cache: cache).open(path)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Where commands write: data to stdout, diagnostics to stderr, one line each.
///
/// Text from a corpus (titles, headlines, names) can hold escape sequences, control
/// characters and bidi overrides; nothing printed for people passes them through.
enum Console {
    static func error(_ message: String) {
        StandardStreams.write("timeline: " + OneLine.escape(message) + "\n", to: 2)
    }

    static func warning(_ message: String) {
        StandardStreams.write("timeline: warning: " + OneLine.escape(message) + "\n", to: 2)
    }

    /// A problem with one file: `timeline: FILE: warning: …` or `timeline: FILE: skipped: …`.
    static func issue(_ issue: CorpusIssue) {
        StandardStreams.write("timeline: " + issue.description + "\n", to: 2)
    }

    /// Text for people on stdout: each line made safe on its own.
    static func text(_ text: String) {
        print(TerminalSafe.lines(text))
    }

    /// A data format (CSV) on stdout: as it is when piped to a program, made safe when it
    /// would be drawn by a terminal.
    static func data(_ text: String) {
        print(isatty(1) == 1 ? TerminalSafe.lines(text) : text, terminator: "")
    }
}

/// Escapes what `OneLine` escapes inside each line of a text, keeping its line breaks.
enum TerminalSafe {
    static func lines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && OneLine.needsEscape($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { OneLine.escape($0) }.joined(separator: "\n")
    }
}
