import Dispatch
import Foundation

/// Why a corpus cannot be read at all (as opposed to one bad file, which is a `CorpusIssue`).
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    case manifest(ManifestError)
    case notFound(String)
    case missingFile(ManifestError)

    public var description: String {
        switch self {
        case .manifest(let e), .missingFile(let e): return e.description
        case .notFound(let path): return "\(path): no such folder or file; give a folder of articles (plain text), or set TIMELINE_CORPUS"
        }
    }
}

/// Finds the dates a text mentions, for the publication-date rules (the temporal tagger
/// in production, a stub in tests).
public typealias DateMentionFinder = @Sendable (String) -> [DateMention]

/// Reads a corpus folder (or a single article file) into sources.
public struct CorpusReader: Sendable {
    public var furniture: FurnitureRules
    public var today: CalendarDay
    public var findDates: DateMentionFinder
    /// Files larger than this are skipped with a warning rather than read into memory.
    public var maxFileBytes = CorpusReader.defaultMaxFileBytes
    public static let defaultMaxFileBytes = 64 << 20
    /// Lines at the top of an article where a publication-date line may stand.
    public var headerLines = 8
    /// When set, a broken corpus.yaml is reported as an issue of that file and the folder is
    /// read without it (for `timeline check`); otherwise it stops the read.
    public var reportManifestErrors = false

    public init(furniture: FurnitureRules = .standard(), today: CalendarDay = CorpusReader.systemToday(),
                findDates: @escaping DateMentionFinder) {
        self.furniture = furniture
        self.today = today
        self.findDates = findDates
    }

    public static func systemToday() -> CalendarDay {
        CalendarDay(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    public func read(_ path: String) throws(CorpusError) -> Corpus {
        try read(path, reusing: nil, known: nil).corpus
    }

    /// A source known from an earlier read, standing in for reading its file again.
    public typealias Reuse = @Sendable (FoundFile) -> (Source, [CorpusIssue])?

    /// What a read keeps of corpus.yaml: enough to skip parsing the same bytes again when no
    /// file needs its entry (a manifest of 100,000 entries takes seconds to parse).
    public struct ManifestSummary: Hashable, Sendable {
        public var title: String?
        /// The listed files, normalised; each must still be in the folder.
        public var files: [String]
    }

    /// Reads a corpus, taking the sources `reusing` vouches for instead of reading their
    /// files, and `known` (a summary of the very same corpus.yaml) instead of parsing it
    /// when every source is reused. Also says each source's stamp (in the order of
    /// `sources`) and the manifest's summary, for the next start.
    public func read(_ path: String, reusing: Reuse?, known: ManifestSummary?) throws(CorpusError)
        -> (corpus: Corpus, stamps: [FileStamp?], manifest: ManifestSummary) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path) }
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let name = URL(fileURLWithPath: trimmed).standardizedFileURL.lastPathComponent
        if !isDir.boolValue {
            let file = FoundFile(relativePath: name, fullPath: Array(path.utf8))
            let (source, issues) = readOne(file, entry: nil)
            return (Corpus(name: name, path: path, sources: source.map { [$0] } ?? [], issues: issues),
                    source.map { _ in [nil] } ?? [], ManifestSummary(title: nil, files: []))
        }
        let (files, walkIssues) = FolderWalker().walk(trimmed)
        var reused = [(Source, [CorpusIssue])?](repeating: nil, count: files.count)
        if let reusing {
            reused.withUnsafeMutableBufferPointer { buffer in
                let out = UnsafeSendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: files.count) { i in out[i] = reusing(files[i]) }
            }
        }
        let present = Set(files.map(\.relativePath))
        var summary: ManifestSummary
        var manifest = CorpusManifest()
        var issues: [CorpusIssue] = []
        if let known, !reportManifestErrors, !reused.contains(where: { $0 == nil }), known.files.allSatisfy(present.contains) {
            summary = known
            issues = walkIssues
        } else {
            let manifestPath = trimmed + "/corpus.yaml"
            func manifestFailed(_ error: CorpusError) throws(CorpusError) {
                guard reportManifestErrors else { throw error }
                let located = error.description.hasPrefix("corpus.yaml:") ? String(error.description.dropFirst("corpus.yaml:".count)) : error.description
                issues.append(CorpusIssue(file: "corpus.yaml", severity: .skipped, message: located))
            }
            if FileManager.default.fileExists(atPath: manifestPath) {
                do { manifest = try Self.readManifest(manifestPath) } catch { try manifestFailed(error) }
            }
            issues += walkIssues
            for entry in manifest.entries where !present.contains(Self.normalised(entry.file)) {
                try manifestFailed(.missingFile(ManifestError(line: entry.line, column: entry.column,
                                                 message: "`\(entry.file)` is listed but not in the folder; fix the name or remove the entry")))
            }
            summary = ManifestSummary(title: manifest.title, files: manifest.entries.map { Self.normalised($0.file) })
        }
        let reusedSources = reused
        let entries = Dictionary(manifest.entries.map { (Self.normalised($0.file), $0) }, uniquingKeysWith: { a, _ in a })
        var results = [(Source?, [CorpusIssue])](repeating: (nil, []), count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                if let known = reusedSources[i] {
                    // Ids are disambiguated below, among the sources of this read.
                    var source = known.0
                    source.id = Self.identifier(for: source.file)
                    out[i] = (source, known.1)
                } else {
                    out[i] = readOne(files[i], entry: entries[files[i].relativePath])
                }
            }
        }
        var sources: [Source] = []
        var stamps: [FileStamp?] = []
        sources.reserveCapacity(files.count)
        for (i, (source, fileIssues)) in results.enumerated() {
            if let source {
                sources.append(source)
                stamps.append(files[i].stamp)
            }
            issues += fileIssues
        }
        Self.disambiguateIDs(&sources)
        return (Corpus(name: name, path: path, title: summary.title, sources: sources, issues: issues), stamps, summary)
    }

    public static func readManifest(_ path: String) throws(CorpusError) -> CorpusManifest {
        let bytes: [UInt8]
        switch FolderWalker.read(Array(path.utf8), limit: 64 << 20) {
        case .success(let b): bytes = b
        case .failure(.tooLarge):
            throw .manifest(ManifestError(line: 1, column: 1, message: "larger than 64 MB; a manifest lists files, it does not hold them"))
        case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)):
            throw .manifest(ManifestError(line: 1, column: 1, message: "cannot read this file (\(why)); fix its permissions or remove it"))
        case .failure(let other):
            throw .manifest(ManifestError(line: 1, column: 1, message: "\(other); make corpus.yaml a plain file or remove it"))
        }
        guard case .text(let yaml, 0, _) = DecodedText.decode(bytes) else {
            throw .manifest(ManifestError(line: 1, column: 1, message: "not UTF-8 text; save it as UTF-8"))
        }
        do { return try CorpusManifest.parse(yaml) } catch { throw .manifest(error) }
    }

    static func normalised(_ file: String) -> String {
        file.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// Reads one file into a source, or reports why it cannot be used.
    public func readOne(_ file: FoundFile, entry: ManifestEntry?) -> (Source?, [CorpusIssue]) {
        let path = file.relativePath
        let bytes: [UInt8]
        switch FolderWalker.read(file.fullPath, limit: maxFileBytes) {
        case .success(let b): bytes = b
        case .failure(.tooLarge(let n)):
            return (nil, [CorpusIssue(file: path, severity: .skipped, message: "\(n >> 20) MB is larger than the \(maxFileBytes >> 20) MB an article may be")])
        case .failure(let other):
            return (nil, [CorpusIssue(file: path, severity: .skipped, message: other.description)])
        }
        var issues: [CorpusIssue] = []
        let text: String
        switch DecodedText.decode(bytes) {
        case .binary(let at):
            return (nil, [CorpusIssue(file: path, severity: .skipped, message: "binary file (NUL byte at offset \(at)); only text articles are read")])
        case .empty:
            return (nil, [CorpusIssue(file: path, severity: .warning, message: "empty file; nothing to read")])
        case .text(let t, let invalid, _):
            text = t
            if invalid > 0 {
                issues.append(CorpusIssue(file: path, severity: .warning,
                                          message: "\(invalid) invalid UTF-8 sequence\(invalid == 1 ? "" : "s") replaced with U+FFFD; offsets count the replaced text"))
            }
        }
        var layout = FurnitureDetector.detect(text, knownTitle: entry?.title, rules: furniture)
        let overlong = Self.overlongLines(text)
        if !overlong.isEmpty {
            // Kept and shown, never read: furniture is what extraction skips.
            layout.furniture = (layout.furniture + overlong.map(\.range)).sorted()
            issues.append(Self.overlongIssue(overlong, file: path))
        }
        let published = publicationDate(text: text, layout: layout, manifest: entry?.published, fileDay: file.stamp.map(Self.day))
        let id = Self.identifier(for: path)
        let source = Source(id: id, file: path, title: entry?.title ?? layout.title, outlet: entry?.outlet, url: entry?.url,
                            published: published, text: text, furniture: layout.furniture, titleLine: layout.titleLine)
        return (source, issues)
    }

    /// The day a file was last written (UTC), from its stamp.
    static func day(_ stamp: FileStamp) -> CalendarDay {
        CalendarDay(ordinal: Int((Double(stamp.mtime) / 86_400_000_000_000).rounded(.down)))
    }

    /// `fileDay`: when the file was last written; a year-less dateline in a report that
    /// gives no year is taken as the nearest such day not after it.
    func publicationDate(text: String, layout: FurnitureLayout, manifest: DateSpan?, fileDay: CalendarDay? = nil) -> PublicationDate {
        if let manifest { return PublicationDate(span: manifest, origin: .manifest) }
        let mentions = findDates(text)
        let headerZone = Self.headerZone(text: text, lines: headerLines)
        var header: [DateSpan] = []
        var announced: [DateSpan] = []
        var body: [DateMention] = []
        var furniture = layout.furniture[...]
        for m in mentions {
            if let line = headerZone.first(where: { $0.range.contains(m.offset) }) {
                if let span = m.span, span.precision == .day || span.precision == .month {
                    if line.announces { announced.append(span) } else { header.append(span) }
                }
                continue
            }
            while let f = furniture.first, f.end <= m.offset { furniture = furniture.dropFirst() }
            if let f = furniture.first, f.contains(m.offset) { continue }
            body.append(m)
        }
        return PublicationDateResolver.resolve(manifest: nil, announced: announced, header: header, mentions: body,
                                               dateline: Self.dateline(in: text, mentions), fileDay: fileDay, today: today)
    }

    /// The first year-less date near the top that the line frames as a dateline.
    static func dateline(in text: String, _ mentions: [DateMention]) -> DateMention? {
        let scalars = text.unicodeScalars
        for m in mentions where m.span == nil && m.month != nil && m.day != nil && m.offset < 3000 {
            guard let end = m.end, let start = scalars.index(scalars.startIndex, offsetBy: m.offset, limitedBy: scalars.endIndex),
                  let stop = scalars.index(start, offsetBy: end - m.offset, limitedBy: scalars.endIndex) else { continue }
            let lineStart = scalars[..<start].lastIndex(of: "\n").map { scalars.index(after: $0) } ?? scalars.startIndex
            let lineEnd = scalars[stop...].firstIndex(of: "\n") ?? scalars.endIndex
            let before = Substring(String(scalars[lineStart..<start]))
            let after = Substring(String(scalars[stop..<min(lineEnd, scalars.index(stop, offsetBy: 60, limitedBy: lineEnd) ?? lineEnd)]))
            if Dateline.surrounds(before: before, after: after) { return m }
        }
        return nil
    }

    /// Lines longer than `TextLimits.longestLine` scalars, with their line numbers.
    static func overlongLines(_ text: String) -> [(number: Int, range: TextRange)] {
        var found: [(number: Int, range: TextRange)] = []
        var number = 0
        LineScanner.forEachLine(of: text) { line in
            number += 1
            if line.range.length > TextLimits.longestLine { found.append((number, line.range)) }
            return true
        }
        return found
    }

    static func overlongIssue(_ lines: [(number: Int, range: TextRange)], file: String) -> CorpusIssue {
        let longest = lines.max { $0.range.length < $1.range.length }!
        let which = lines.count == 1 ? "line \(longest.number) holds" : "\(lines.count) lines hold up to (line \(longest.number))"
        return CorpusIssue(file: file, severity: .warning,
                           message: "\(which) \(longest.range.length) characters without a line break; lines over "
                               + "\(TextLimits.longestLine) are shown cut short and not read for dates or events (split the text into paragraphs)")
    }

    /// The short lines at the top of an article, and lines anywhere near it that announce a
    /// date ("Published …", "Updated …"), where a publication-date line may stand.
    /// `announces`: the line says what its date is ("Published: 9 August 2020").
    static func headerZone(text: String, lines count: Int) -> [(range: TextRange, announces: Bool)] {
        var zone: [(range: TextRange, announces: Bool)] = []
        var seen = 0
        LineScanner.forEachLine(of: text) { line in
            if line.range.length > FurnitureRules.longLine {
                seen += 1
                return seen <= count
            }
            let folded = FurnitureRules.fold(line.text)
            if folded.isEmpty { return true }
            seen += 1
            if seen > count { return false }
            let words = folded.split(separator: " ").count
            // A byline's date is the filing date ("By Staff Writer - 14 Mar 2019").
            let announces = ["published", "updated", "posted", "date", "last updated"].contains { folded.hasPrefix($0) }
                || (folded.hasPrefix("by ") && words <= 12)
            if words <= 12 || announces { zone.append((line.range, announces)) }
            return true
        }
        return zone
    }

    /// The file name without its extension, keeping sub-folders: `2018/a.txt` → `2018/a`.
    static func identifier(for path: String) -> String {
        guard let dot = path.lastIndex(of: "."), path[dot...].firstIndex(of: "/") == nil,
              dot != path.startIndex, path[path.index(before: dot)] != "/" else { return path }
        return String(path[..<dot])
    }

    /// Two files that differ only by extension keep their full names as ids.
    static func disambiguateIDs(_ sources: inout [Source]) {
        var counts: [String: Int] = [:]
        for s in sources { counts[s.id, default: 0] += 1 }
        for i in sources.indices where counts[sources[i].id, default: 0] > 1 { sources[i].id = sources[i].file }
    }
}

/// Lets concurrentPerform write each result into its own slot.
struct UnsafeSendableBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
    subscript(i: Int) -> T {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }
}
