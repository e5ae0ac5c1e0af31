import ArgumentParser
import TimelineModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report, file by file, the publication date and its origin, the furniture lines, and every problem.",
        discussion: "Exit status: 0 all files usable, 1 some file could not be used, 2 corpus.yaml is broken or the corpus could not be read.")
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let c = try corpus.load(reportManifestErrors: true)
        let report = CheckReport(corpus: c)
        Console.text(report.text)
        if c.issues.contains(where: { $0.file == "corpus.yaml" }) { throw ExitCode(2) }
        if report.hasUnusableFiles { throw ExitCode(1) }
    }
}

/// What `timeline check` prints.
struct CheckReport {
    var corpus: Corpus

    var hasUnusableFiles: Bool { corpus.issues.contains { $0.severity == .skipped } }

    var text: String {
        var out: [String] = []
        let byFile = Dictionary(grouping: corpus.issues, by: \.file)
        for s in corpus.sources {
            let p = s.published
            out.append("\(s.file): published \(p.span?.label ?? "unknown") (\(p.origin.rawValue))")
            if let note = p.note, !note.isEmpty { out.append("  note: \(note)") }
            let lines = LineScanner.lines(of: s.text)
            var furniture: [String] = []
            var f = s.furniture[...]
            for (n, line) in lines.enumerated() {
                while let r = f.first, r.end < line.range.start { f = f.dropFirst() }
                if let r = f.first, r == line.range { furniture.append("L\(n + 1) \(Self.clip(line.text))") }
            }
            out.append("  furniture: \(furniture.count) line\(furniture.count == 1 ? "" : "s")")
            for item in furniture { out.append("    \(item)") }
            for issue in byFile[s.file] ?? [] { out.append("  \(issue.severity == .skipped ? "skipped" : "warning"): \(issue.message)") }
        }
        let sourceFiles = Set(corpus.sources.map(\.file))
        for issue in corpus.issues where !sourceFiles.contains(issue.file) { out.append(Self.line(issue)) }
        let skipped = corpus.issues.filter { $0.severity == .skipped }.count
        let warnings = corpus.issues.count - skipped
        out.append("\(corpus.sources.count) source\(corpus.sources.count == 1 ? "" : "s") read, \(skipped) file\(skipped == 1 ? "" : "s") not usable, \(warnings) warning\(warnings == 1 ? "" : "s")")
        return out.joined(separator: "\n")
    }

    /// `FILE: skipped: …`; a located corpus.yaml problem in the form editors jump to,
    /// `corpus.yaml:LINE:COL: message`, as the other commands print it.
    static func line(_ issue: CorpusIssue) -> String {
        let m = issue.message
        let parts = m.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        if issue.file == "corpus.yaml", parts.count == 3, parts[2].hasPrefix(" "),
           parts[0].allSatisfy(\.isASCII) && Int(parts[0]) != nil, Int(parts[1]) != nil {
            return "corpus.yaml:\(m)"
        }
        return "\(issue.file): \(issue.severity == .skipped ? "skipped" : "warning"): \(m)"
    }

    /// One line of article text, made safe for a terminal and cut to a readable length.
    static func clip(_ s: Substring) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if out.unicodeScalars.count >= 60 { out += "…"; break }
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "?"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
