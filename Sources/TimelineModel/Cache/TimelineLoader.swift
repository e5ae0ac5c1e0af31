import Dispatch
import Foundation

/// Reads a corpus into its timeline, through the cache when there is one.
///
/// A folder's finished timeline is kept as a snapshot beside the per-file readings. A start
/// stats every file; files whose stamp is what the snapshot recorded (and was not racy) are
/// not read: their metadata comes from the snapshot and their text from disk on first use.
/// When every source is as the snapshot has it, its events, chains and people are the
/// answer; otherwise the changed files are read, the timeline reconciled over the cached
/// readings, and a new snapshot kept.
public struct TimelineLoader: Sendable {
    public var reader: CorpusReader
    public var cache: ReadingCache?
    public var cores: Int?
    /// The wall clock (ns since 1970); tests move it to place a snapshot in time.
    public var now: @Sendable () -> Int64 = { FileStamp.now() }

    public init(reader: CorpusReader, cache: ReadingCache?, cores: Int? = nil) {
        self.reader = reader
        self.cache = cache
        self.cores = cores
    }

    /// The whole timeline, chains and people included.
    public func load(_ path: String) throws(CorpusError) -> Timeline { try open(path).timeline() }

    /// The timeline with its chains and people left to decode when first asked for (the
    /// browser's first frame needs neither).
    public func open(_ path: String) throws(CorpusError) -> LoadedTimeline {
        let trace = Trace()
        defer { trace.mark("built") }
        // A single file, or `check` (which reports manifest errors rather than stopping):
        // nothing to snapshot.
        guard let cache, !reader.reportManifestErrors, let folder = Self.folder(path) else {
            return LoadedTimeline(Timeline.build(from: try reader.read(path), cache: cache, cores: cores))
        }
        let rules = ReadingKey.rules()
        let basis = SnapshotBasis(rules: rules, manifest: Self.manifestHash(folder))
        // Taken before the walk stats anything, so a change after it counts as racy.
        let stampedAt = now()
        trace.mark("rules+manifest")
        let previous = cache.snapshot(of: folder)
        trace.mark("snapshot decoded")
        if trace.on { for line in SnapshotCodec.sectionTimes { trace.note("  " + line) } }
        let reusable = previous?.reusable(under: basis, today: reader.today.ordinal) ?? [:]
        var reuse: CorpusReader.Reuse?
        if !reusable.isEmpty {
            reuse = { (file: FoundFile) -> (Source, [CorpusIssue])? in
                guard let stamp = file.stamp, let known = reusable[file.relativePath], known.stamp == stamp else { return nil }
                return known.reused(at: file)
            }
        }
        let (corpus, stamps, manifest) = try reader.read(path, reusing: reuse, known: previous?.basis == basis ? previous?.manifest : nil)
        trace.mark("walked+read \(corpus.sources.count) sources")
        let sources = corpus.sources
        let issues = Dictionary(grouping: corpus.issues, by: \.file)
        var entries = [SnapshotSource?](repeating: nil, count: sources.count)
        var reused = [Bool](repeating: false, count: sources.count)
        entries.withUnsafeMutableBufferPointer { e in
            reused.withUnsafeMutableBufferPointer { r in
                let entryOut = UnsafeSendableBuffer(e), reusedOut = UnsafeSendableBuffer(r)
                DispatchQueue.concurrentPerform(iterations: sources.count) { i in
                    let s = sources[i]
                    guard let stamp = stamps[i] else { return }
                    if let known = reusable[s.file], known.stamp == stamp {
                        reusedOut[i] = true
                        // A new neighbour can change an id ("a" → "a.txt"), and the key with it.
                        if known.source.id == s.id {
                            entryOut[i] = known
                            return
                        }
                    }
                    entryOut[i] = SnapshotSource(source: s, stamp: stamp, key: ReadingKey.of(s, rules: rules),
                                                 textHash: ContentHash(text: s.text), issues: issues[s.file] ?? [])
                }
            }
        }
        let filesRead = reused.filter { !$0 }.count
        trace.mark("checked, \(filesRead) read")
        let loaded: LoadedTimeline
        if let previous, previous.basis == basis, previous.sources.count == entries.count,
           zip(previous.sources, entries).allSatisfy({ old, new in new.map(old.agrees) ?? false }) {
            let keys = entries.map { $0?.key }
            let leadership = DeferredLeadership(decode: { try previous.leadership.decode() }, recover: { [self] error in
                // Built again from the cached readings; the next start stores a new snapshot.
                if !(error is ReadingCache.SnapshotReplaced) { cache.discardSnapshot(of: folder) }
                let t = Timeline.build(from: corpus, cache: cache, cores: cores, rules: rules, knownKeys: keys)
                return (t.chains, t.people)
            })
            var fromSnapshot = LoadedTimeline(corpus: corpus, events: previous.events, leadership: leadership)
            fromSnapshot.fromSnapshot = true
            fromSnapshot.readFromCache = sources.count
            // Racy files were read and found unchanged: stamp them anew so the next start need not.
            if filesRead > 0 {
                store(previous.events, fromSnapshot.chains, fromSnapshot.people, entries, basis, stampedAt, manifest, in: cache, folder)
            }
            loaded = fromSnapshot
        } else {
            let timeline = Timeline.build(from: corpus, cache: cache, cores: cores, rules: rules, knownKeys: entries.map { $0?.key })
            trace.mark("timeline built")
            for i in entries.indices where entries[i] != nil { entries[i]!.key = timeline.readingKeys[i] }
            store(EventList(timeline.events), timeline.chains, timeline.people, entries, basis, stampedAt, manifest, in: cache, folder)
            loaded = LoadedTimeline(timeline)
        }
        var out = loaded
        out.filesRead = filesRead
        return out
    }

    private func store(_ events: EventList, _ chains: [SuccessionChain], _ people: PersonDirectory?, _ entries: [SnapshotSource?],
                       _ basis: SnapshotBasis, _ stampedAt: Int64, _ manifest: CorpusReader.ManifestSummary,
                       in cache: ReadingCache, _ folder: String) {
        let known = entries.compactMap { $0 }
        // A source without a stamp cannot be checked next time: no snapshot then.
        guard known.count == entries.count else { return }
        let stampedAt = restamp(known, stampedAt: stampedAt, folder: folder)
        cache.store(TimelineSnapshot(basis: basis, stampedAt: stampedAt, today: reader.today.ordinal, manifest: manifest, sources: known,
                                     events: events, leadership: .held(chains, people)), of: folder)
    }

    /// A later stamping time when it can be vouched for: the racy files (changed just
    /// before the walk, such as a corpus generated a moment ago) are looked at again now,
    /// well after their last change; if each still has its stamp and text, the snapshot
    /// can say "as of now", and the next start need not read them. Otherwise `stampedAt`.
    func restamp(_ sources: [SnapshotSource], stampedAt: Int64, folder: String) -> Int64 {
        let racy = sources.filter { $0.stamp.isRacy(stampedAt: stampedAt) }
        if racy.isEmpty { return stampedAt }
        let later = now()
        guard racy.allSatisfy({ !$0.stamp.isRacy(stampedAt: later) }) else { return stampedAt }
        let same = racy.allSatisfy { s in
            let path = Array((folder + "/" + s.source.file).utf8)
            guard FileStamp.of(path) == s.stamp, case .success(let bytes) = FolderWalker.read(path, limit: reader.maxFileBytes),
                  case .text(let text, _, _) = DecodedText.decode(bytes) else { return false }
            return ContentHash(text: text) == s.textHash
        }
        return same ? later : stampedAt
    }

    /// The folder's absolute path with links resolved (one snapshot per folder however it is
    /// named), or nil when `path` is not a folder.
    static func folder(_ path: String) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
              let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// corpus.yaml's bytes as a fingerprint; its absence and an unreadable one are fingerprints too.
    static func manifestHash(_ folder: String) -> ContentHash {
        switch FolderWalker.read(Array((folder + "/corpus.yaml").utf8), limit: 64 << 20) {
        case .success(let bytes): return ContentHash(bytes)
        case .failure(let e): return ContentHash(parts: ["no manifest", e.description])
        }
    }
}

/// Phase times on stderr when TIMELINE_TRACE is set, to see where a start goes.
/// A mark from another thread (a write in the background) counts from the last mark of any.
final class Trace: Sendable {
    let on = ProcessInfo.processInfo.environment["TIMELINE_TRACE"] != nil
    private let last = Locked(DispatchTime.now())

    func mark(_ what: String) {
        guard on else { return }
        let now = DispatchTime.now()
        let before = last.withLock { t in
            defer { t = now }
            return t
        }
        note(String(format: "%8.1f ms  %6d MB  %@", Double(now.uptimeNanoseconds - before.uptimeNanoseconds) / 1e6, Self.residentMB(), what))
    }

    /// The process's resident memory (Linux's /proc/self/statm; 0 elsewhere), to see
    /// which phase holds what.
    static func residentMB() -> Int {
        // Read with read(2): /proc files report no size, which file APIs take for empty.
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 128)
        let n = read(fd, &bytes, bytes.count)
        guard n > 0 else { return 0 }
        let fields = bytes[..<n].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }

    func note(_ s: String) {
        guard on else { return }
        FileHandle.standardError.write(Data(("trace: " + s + "\n").utf8))
    }
}
