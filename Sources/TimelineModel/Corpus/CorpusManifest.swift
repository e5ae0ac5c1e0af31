import Yams

/// A problem in corpus.yaml, located so an editor can jump to it.
public struct ManifestError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String = "corpus.yaml", line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `corpus.yaml:LINE:COL: message`, on one line: a message quotes the manifest's own text
    /// (a key, a date), which may hold a newline or an escape sequence.
    public var description: String { OneLine.escape("\(file):\(line):\(column): \(message)") }
}

/// What corpus.yaml says about one article.
public struct ManifestEntry: Equatable, Sendable {
    public var file: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: DateSpan?
    /// Where the entry's `file:` value stands, for later errors (missing file).
    public var line: Int
    public var column: Int
}

/// The optional corpus.yaml beside the articles.
public struct CorpusManifest: Equatable, Sendable {
    public var title: String?
    public var entries: [ManifestEntry]

    public init(title: String? = nil, entries: [ManifestEntry] = []) {
        self.title = title
        self.entries = entries
    }

    static let topKeys: Set<String> = ["title", "sources"]
    static let entryKeys: Set<String> = ["file", "title", "outlet", "url", "published"]

    /// Parses and checks the manifest text; `fileName` names it in errors.
    public static func parse(_ yaml: String, fileName: String = "corpus.yaml") throws(ManifestError) -> CorpusManifest {
        func fail(_ mark: Mark?, _ message: String) -> ManifestError {
            ManifestError(file: fileName, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw located(error, fileName: fileName)
        } catch {
            throw fail(nil, "cannot read YAML: \(error)")
        }
        guard let root else { return CorpusManifest() }
        guard let top = root.mapping else {
            throw fail(root.mark, "expected a mapping with `title` and `sources`")
        }
        var manifest = CorpusManifest()
        var seenFiles: [String: Int] = [:]
        for (keyNode, value) in top {
            guard let key = keyNode.string else { throw fail(keyNode.mark, "expected a key name") }
            switch key {
            case "title":
                manifest.title = try scalar(value, key, fail)
            case "sources":
                guard let list = value.sequence else {
                    throw fail(value.mark, "`sources` must be a list of entries (- file: NAME)")
                }
                for item in list {
                    let entry = try parseEntry(item, fail)
                    // `./a.txt` and `a.txt` are one file listed twice.
                    let key = CorpusReader.normalised(entry.file)
                    if let first = seenFiles[key] {
                        throw fail(item.mapping?[Node("file")]?.mark ?? item.mark,
                                   "`\(entry.file)` is listed twice (first at line \(first))")
                    }
                    seenFiles[key] = entry.line
                    manifest.entries.append(entry)
                }
            default:
                throw fail(keyNode.mark, "unknown key `\(key)` (expected one of: title, sources)")
            }
        }
        return manifest
    }

    private static func parseEntry(_ node: Node, _ fail: (Mark?, String) -> ManifestError) throws(ManifestError) -> ManifestEntry {
        guard let map = node.mapping else {
            throw fail(node.mark, "each source must be a mapping with at least `file:`")
        }
        var file: String?
        var fileMark: Mark?
        var entry = ManifestEntry(file: "", line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        for (keyNode, value) in map {
            guard let key = keyNode.string else { throw fail(keyNode.mark, "expected a key name") }
            switch key {
            case "file":
                file = try scalar(value, key, fail)
                fileMark = value.mark
            case "title": entry.title = try scalar(value, key, fail)
            case "outlet": entry.outlet = try scalar(value, key, fail)
            case "url": entry.url = try scalar(value, key, fail)
            case "published":
                let text = try scalar(value, key, fail)
                guard let span = parseDate(text) else {
                    throw fail(value.mark, "`published: \(text)` is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
                }
                entry.published = span
            default:
                throw fail(keyNode.mark, "unknown key `\(key)` (expected one of: file, title, outlet, url, published)")
            }
        }
        guard let file, !file.isEmpty else { throw fail(node.mark, "this source has no `file:`") }
        if let problem = pathProblem(file) { throw fail(fileMark, problem) }
        entry.file = file
        entry.line = fileMark?.line ?? entry.line
        entry.column = fileMark?.column ?? entry.column
        return entry
    }

    private static func scalar(_ node: Node, _ key: String, _ fail: (Mark?, String) -> ManifestError) throws(ManifestError) -> String {
        guard case .scalar(let s) = node else {
            throw fail(node.mark, "`\(key)` must be a single value, not a \(node.mapping != nil ? "mapping" : "list")")
        }
        return s.string
    }

    /// Why a manifest path may not be used, or nil when it is a plain path inside the folder.
    static func pathProblem(_ file: String) -> String? {
        if file.hasPrefix("/") || file.hasPrefix("~") { return "`\(file)` is an absolute path; name files relative to the corpus folder" }
        var depth = 0
        for part in file.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return "`\(file)` leaves the corpus folder; list only files inside it" }
        }
        if depth == 0 { return "`\(file)` does not name a file" }
        if file.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "`file` holds a control character" }
        return nil
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at that precision; nil for anything else (2018-02-30 too).
    public static func parseDate(_ text: String) -> DateSpan? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1: return .year(year)
        case 2:
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            return .month(year: year, month: m)
        default:
            guard let day = CalendarDay(iso: text) else { return nil }
            return .day(day)
        }
    }

    static func located(_ error: YamlError, fileName: String) -> ManifestError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ManifestError(file: fileName, line: mark.line, column: mark.column, message: "YAML error: \(problem)")
        case .reader(let problem, _, _, _):
            return ManifestError(file: fileName, line: 1, column: 1, message: "YAML error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ManifestError(file: fileName, line: context.mark.line, column: context.mark.column,
                                 message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return ManifestError(file: fileName, line: 1, column: 1, message: "YAML error: \(error)")
        }
    }
}
