/// A folder of articles, read: its sources in a stable order and what went wrong reading it.
public struct Corpus: Sendable {
    /// The folder's name ("seeds"), used in exports and the JSON contract.
    public var name: String
    /// The folder's path as given.
    public var path: String
    /// The title from corpus.yaml, when there is one.
    public var title: String?
    /// Sources sorted by their relative path.
    public var sources: [Source]
    public var issues: [CorpusIssue]

    public init(name: String, path: String, title: String? = nil, sources: [Source], issues: [CorpusIssue] = []) {
        self.name = name
        self.path = path
        self.title = title
        self.sources = sources
        self.issues = issues
    }

    public func source(id: String) -> Source? { sources.first { $0.id == id } }
}
