/// What a snapshot was taken under. When any of it differs nothing in the snapshot is
/// reused: the rules and the manifest shape every source's metadata.
struct SnapshotBasis: Hashable, Sendable {
    /// `ReadingKey.rules()`: data files, cache format, the program.
    var rules: ContentHash
    /// corpus.yaml's bytes (the hash of nothing when there is none).
    var manifest: ContentHash
}

/// One source as a snapshot keeps it: its metadata (not its text), the stamp of its file
/// when it was read, and the fingerprints that let its reading and text be checked.
struct SnapshotSource: Sendable {
    var source: Source
    var stamp: FileStamp
    /// Its `ReadingKey`, the key of its reading in the per-file cache.
    var key: ContentHash
    /// `ContentHash(text:)` of its text, to check the file when the text is read lazily.
    var textHash: ContentHash
    /// What reading it reported (invalid UTF-8, overlong lines).
    var issues: [CorpusIssue]

    /// The same source again, its text to be read from `file` only when asked for.
    func reused(at file: FoundFile) -> (Source, [CorpusIssue]) {
        (source.withTextOnDisk(path: file.fullPath, expected: textHash), issues)
    }

    /// True when `other` (just read) says the same as this: then the snapshot's timeline,
    /// built from this, stands.
    func agrees(with other: SnapshotSource) -> Bool {
        key == other.key && textHash == other.textHash && issues == other.issues && source.id == other.source.id
            && source.file == other.source.file && source.title == other.source.title && source.outlet == other.source.outlet
            && source.url == other.source.url && source.published == other.source.published
            && source.furniture == other.source.furniture && source.titleLine == other.source.titleLine
    }
}

/// A finished timeline of one corpus folder with what it was made from, so that a start on
/// an unchanged folder only stats its files and decodes this.
struct TimelineSnapshot: Sendable {
    var basis: SnapshotBasis
    /// When the files were stat'ed (ns since 1970), for `FileStamp.isRacy`.
    var stampedAt: Int64
    /// The reader's today (a day ordinal): publication dates not given by corpus.yaml are
    /// inferred up to it, so on another day only manifest-dated sources are reused.
    var today: Int
    /// corpus.yaml as read then (its title and the files it lists).
    var manifest: CorpusReader.ManifestSummary
    var sources: [SnapshotSource]
    var events: EventList
    var leadership: SnapshotLeadership

    /// The sources that can stand in for reading their files again: the basis is the same,
    /// the file's stamp is not racy (it is compared with the file's own by the caller), and
    /// the date is the manifest's or today is the same. Keyed by relative path.
    func reusable(under basis: SnapshotBasis, today: Int) -> [String: SnapshotSource] {
        guard basis == self.basis else { return [:] }
        var out: [String: SnapshotSource] = [:]
        out.reserveCapacity(sources.count)
        for s in sources where !s.stamp.isRacy(stampedAt: stampedAt) && (today == self.today || s.source.published.origin == .manifest) {
            out[s.source.file] = s
        }
        return out
    }
}

/// A snapshot's chains and people: held, or stored in the cache and decoded only when asked
/// for (the browser's first frame shows neither, and they can be the larger part).
enum SnapshotLeadership: Sendable {
    case held([SuccessionChain], PersonDirectory?)
    /// Reads and decodes the stored rest; throws when it is damaged or not this head's.
    case stored(@Sendable () throws -> ([SuccessionChain], PersonDirectory?))

    func decode() throws -> ([SuccessionChain], PersonDirectory?) {
        switch self {
        case .held(let chains, let people): return (chains, people)
        case .stored(let read): return try read()
        }
    }
}
