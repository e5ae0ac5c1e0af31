/// Where a source's publication date came from; analysts weigh a date by its origin.
public enum DateOrigin: String, Codable, Sendable {
    /// Stated in corpus.yaml.
    case manifest
    /// A date line near the top of the article.
    case header
    /// Worked out from the dates the article itself mentions.
    case inferred
    /// Nothing to go on.
    case unknown
}

/// A source's publication date with its provenance.
public struct PublicationDate: Hashable, Sendable {
    public var span: DateSpan?
    public var origin: DateOrigin
    /// Why the date was chosen or what was rejected ("capture stamp 2021-06-18 ignored").
    public var note: String?

    public init(span: DateSpan?, origin: DateOrigin, note: String? = nil) {
        self.span = span
        self.origin = origin
        self.note = note
    }

    public static let unknown = PublicationDate(span: nil, origin: .unknown)
}

/// A range of Unicode-scalar offsets into a source's text, end exclusive.
public struct TextRange: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public static func < (a: TextRange, b: TextRange) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// One article of a corpus, as read.
///
/// Its fields live in one shared box, copied on write: a corpus of 100,000 sources is
/// copied whole several times on the way to the first frame, and a copy is then one
/// retain rather than one for each of its strings and arrays.
public struct Source: Hashable, Sendable, Identifiable {
    private struct Fields {
        var id: String
        var file: String
        var title: String?
        var outlet: String?
        var url: String?
        var published: PublicationDate
        var storage: SourceText
        var furniture: [TextRange]
        var titleLine: TextRange?
    }

    /// Mutated only when uniquely referenced (`update`), so sharing it is safe.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    /// The file name without extension (with its sub-folder when not at the top).
    public var id: String {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    /// The path relative to the corpus folder.
    public var file: String {
        get { box.fields.file }
        set { update { $0.file = newValue } }
    }
    public var title: String? {
        get { box.fields.title }
        set { update { $0.title = newValue } }
    }
    public var outlet: String? {
        get { box.fields.outlet }
        set { update { $0.outlet = newValue } }
    }
    public var url: String? {
        get { box.fields.url }
        set { update { $0.url = newValue } }
    }
    public var published: PublicationDate {
        get { box.fields.published }
        set { update { $0.published = newValue } }
    }
    /// The decoded text; offsets everywhere count its Unicode scalars. Read from the file on
    /// first use when the source came from a snapshot.
    public var text: String {
        get { box.fields.storage.text }
        set { update { $0.storage = SourceText(newValue) } }
    }
    var storage: SourceText {
        get { box.fields.storage }
        set { update { $0.storage = newValue } }
    }
    /// Lines that are page furniture (navigation, share widgets, tags, captions):
    /// shown dimmed, never read for events.
    public var furniture: [TextRange] {
        get { box.fields.furniture }
        set { update { $0.furniture = newValue } }
    }
    /// The line that holds the article's own title, when it has one: shown, not read for events
    /// (a headline repeats the story's sentences without their dates).
    public var titleLine: TextRange? {
        get { box.fields.titleLine }
        set { update { $0.titleLine = newValue } }
    }

    public init(id: String, file: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
                published: PublicationDate = .unknown, text: String, furniture: [TextRange] = [], titleLine: TextRange? = nil) {
        box = Box(Fields(id: id, file: file, title: title, outlet: outlet, url: url, published: published,
                         storage: SourceText(text), furniture: furniture, titleLine: titleLine))
    }

    public static func == (a: Source, b: Source) -> Bool {
        a.id == b.id && a.file == b.file && a.title == b.title && a.outlet == b.outlet && a.url == b.url
            && a.published == b.published && a.furniture == b.furniture && a.titleLine == b.titleLine && a.text == b.text
    }

    /// Everything but the text, which is left unread.
    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(file)
        h.combine(published)
        h.combine(furniture)
    }

    /// The same metadata, its text read from `path` on first use.
    func withTextOnDisk(path: [UInt8], expected: ContentHash) -> Source {
        var s = self
        s.storage = SourceText(path: path, file: file, expected: expected)
        return s
    }

    /// Furniture plus the title line: the text that extraction skips, in order.
    public var unread: [TextRange] { (furniture + (titleLine.map { [$0] } ?? [])).sorted() }
}
