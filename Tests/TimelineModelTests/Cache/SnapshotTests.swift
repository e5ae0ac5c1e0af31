import Dispatch
import Foundation
import Testing
@testable import TimelineModel
#if canImport(Glibc)
import Glibc
#endif

/// Invented articles (people and places made up) with events, a position and a succession.
private let articles: [(String, String)] = [
    ("a.txt", """
        Kabir Tolani, the commander of the militants in Marzan district, was killed on Thursday in a drone strike, the governor said.
        He has been replaced by Mawlawi Ostad Fenn, officials said. Around 30 fighters surrendered in Marzan on Friday.
        """),
    ("b.txt", "Kabir Tolani died on Friday in an airstrike in Marzan district, the defence ministry said. More than 9 were wounded."),
    ("sub/c.txt", "Police arrested Nadim Qoraishi, a bomb maker, in Varsaj district on Monday; two others were detained."),
]

private let manifest = """
    title: Invented reports
    sources:
      - file: a.txt
        outlet: A News
        published: 2019-05-11
      - file: b.txt
        outlet: B Wire
        published: 2019-05-11
    """

/// A folder of the articles and a cache beside it (not inside).
private final class Fixture: @unchecked Sendable {
    let folder = TestFolder()
    var corpus: String { folder.path + "/corpus" }
    var cachePath: String { folder.path + "/cache/readings.sqlite" }

    init(manifest text: String? = manifest) {
        for (name, body) in articles { folder.write("corpus/" + name, body) }
        if let text { folder.write("corpus/corpus.yaml", text) }
    }

    /// A loader whose snapshot is stamped `offset` seconds from now (10 s on: files written
    /// a moment ago are not racy).
    func loader(offset: Int64 = 10, cores: Int? = nil) throws -> TimelineLoader {
        var l = TimelineLoader(reader: .standard(), cache: try ReadingCache(path: cachePath), cores: cores)
        l.now = { FileStamp.now() + offset * 1_000_000_000 }
        return l
    }

    func load(offset: Int64 = 10) throws -> Timeline { try loader(offset: offset).load(corpus) }

    /// What --no-cache says.
    func plain(cores: Int? = nil) throws -> String { json(try TimelineLoader(reader: .standard(), cache: nil, cores: cores).load(corpus)) }
}

private func json(_ t: Timeline) -> String {
    EventJSON.document(t, events: t.events).pretty + LeadersJSON.document(t.chains).pretty
        + SourceJSON.sources(t.corpus).pretty + t.corpus.issues.map(\.description).joined(separator: "\n")
        + (t.people?.joins.map { "\($0.a) ~ \($0.b): \($0.reason)" }.joined(separator: "\n") ?? "")
}

/// Sets a file's modification time `seconds` from now (its ctime becomes now).
private func touch(_ path: String, seconds: Int = 0) {
    var times = [timespec(tv_sec: time(nil) + seconds, tv_nsec: 0), timespec(tv_sec: time(nil) + seconds, tv_nsec: 0)]
    _ = utimensat(AT_FDCWD, path, &times, 0)
}

@Suite struct SnapshotTests {
    @Test func aWarmStartGivesWhatNoCacheGivesWithoutReadingAFile() throws {
        let f = Fixture()
        let plain = try f.plain()
        #expect(try f.plain(cores: 1) == plain)
        let cold = try f.load()
        #expect(!cold.fromSnapshot)
        #expect(cold.filesRead == 3)
        #expect(json(cold) == plain)
        let warm = try f.load()
        #expect(warm.fromSnapshot)
        #expect(warm.filesRead == 0)
        #expect(json(warm) == plain)
        #expect(!warm.events.isEmpty && !warm.chains.isEmpty)
        // The text is read from the file when asked for, decoded as the reader does.
        #expect(warm.corpus.sources.map(\.text) == cold.corpus.sources.map(\.text))
        let oneCore = try f.loader(cores: 1).load(f.corpus)
        #expect(json(oneCore) == plain)
    }

    @Test func theSnapshotSurvivesItsCodecUnchanged() throws {
        let f = Fixture()
        _ = try f.load()
        let cache = try ReadingCache(path: f.cachePath)
        let folder = TimelineLoader.folder(f.corpus)!
        let head = try #require(cache.snapshotBytes(of: folder))
        let rest = try #require(cache.snapshotBytes(of: folder, column: .rest))
        let snapshot = try SnapshotCodec.decode(head) { _ in rest }
        let encoded = try SnapshotCodec.encode(snapshot)
        #expect(encoded.head == head && encoded.rest == rest)
        #expect(snapshot.sources.map(\.source.file) == ["a.txt", "b.txt", "sub/c.txt"])
        // Every truncation is refused, never trusted: the head's at once, the rest's when decoded.
        for n in stride(from: 0, to: head.count, by: max(1, head.count / 150)) {
            #expect(throws: ByteReader.Damaged.self) { try SnapshotCodec.decode(Array(head[..<n])) { _ in rest } }
        }
        for n in stride(from: 0, to: rest.count, by: max(1, rest.count / 150)) {
            let cut = try SnapshotCodec.decode(head) { _ in Array(rest[..<n]) }
            #expect(throws: ByteReader.Damaged.self) { try cut.leadership.decode() }
            #expect(throws: ByteReader.Damaged.self) { try SnapshotCodec.decodeRest(Array(rest[..<n])) }
        }
        // So is any changed byte past the magic, by the checksums.
        for i in stride(from: SnapshotCodec.magic.utf8.count + 1, to: head.count, by: max(1, head.count / 97)) {
            var bent = head
            bent[i] ^= 0x20
            let damaged = bent
            #expect(throws: (any Error).self) { try SnapshotCodec.decode(damaged) { _ in rest } }
        }
        for i in stride(from: 0, to: rest.count, by: max(1, rest.count / 97)) {
            var bent = rest
            bent[i] ^= 0x20
            let damaged = bent
            #expect(throws: ByteReader.Damaged.self) { try SnapshotCodec.decode(head) { _ in damaged }.leadership.decode() }
        }
    }

    @Test func longArraysAndStringTablesReadOnAllCoresAsWritten() throws {
        let strings = (0..<5000).map { "name \($0) é" } + ["", "x"]
        var w = ByteWriter(interning: true)
        w.chunkedArray(strings) { $0.string($1) }
        w.chunkedArray([Int]()) { $0.int($1) }
        var sealed = ByteWriter()
        sealed.stringTable(w.strings)
        sealed.bytes += w.bytes
        var r = ByteReader(sealed.bytes)
        r.table = try r.lazyStringTable()
        #expect(try r.chunkedArray { try $0.string() } == strings)
        #expect(try r.chunkedArray { try $0.int() } == [])
        #expect(r.isAtEnd)
        // A run that does not end where the next begins is damage.
        var bent = sealed.bytes
        let table = try ByteReader(bent).skippingStringTable()
        bent[table + 2 + 8] ^= 0x01
        var b = ByteReader(bent)
        b.table = StringTable(try b.stringTable())
        #expect(throws: ByteReader.Damaged.self) { try b.chunkedArray { try $0.string() } }
    }

    @Test func eventsChainsAndPeopleDecodedLaterEqualThoseDecodedAtOnce() throws {
        let f = Fixture()
        let plain = try f.plain()
        let cold = try f.load()
        let opened = try f.loader().open(f.corpus)
        #expect(opened.fromSnapshot)
        // One at a time, in any order, as the browser reads them.
        for i in opened.events.indices.reversed() {
            #expect(opened.events[i] == cold.events[i])
            #expect(opened.events.firstDay(at: i) == cold.events[i].date?.start)
        }
        #expect(opened.events.array == cold.events)
        let eager = try f.load()
        // Decoded only now, after another start read the same snapshot.
        #expect(json(opened.timeline()) == json(eager))
        #expect(json(opened.timeline()) == plain)
        #expect(!opened.chains.isEmpty)
    }

    @Test func aDamagedRestIsFoundWhenDecodedAndBuiltAgainWithOneWarning() throws {
        let f = Fixture()
        let plain = try f.plain()
        _ = try f.load()
        let folder = TimelineLoader.folder(f.corpus)!
        let cache = try ReadingCache(path: f.cachePath)
        var rest = try #require(cache.snapshotBytes(of: folder, column: .rest))
        rest[rest.count / 2] ^= 0x01
        try cache.setSnapshotBytes(rest, of: folder, column: .rest)
        let loader = try f.loader()
        let opened = try loader.open(f.corpus)
        #expect(loader.cache!.warnings.isEmpty)
        #expect(json(opened.timeline()) == plain)
        #expect(loader.cache!.warnings.count == 1)
        #expect(loader.cache!.warnings.first?.contains("damaged") == true)
        // Asked again, no second warning; the snapshot was discarded, then made anew.
        #expect(json(opened.timeline()) == plain)
        #expect(loader.cache!.warnings.count == 1)
        #expect(try !f.load().fromSnapshot)
        let again = try f.loader()
        #expect(json(try again.load(f.corpus)) == plain)
        #expect(try again.load(f.corpus).fromSnapshot)
        #expect(again.cache!.warnings.isEmpty)
    }

    @Test func aSnapshotReplacedBeforeItsRestIsReadIsNoDamage() throws {
        let f = Fixture()
        let plain = try f.plain()
        _ = try f.load()
        let loader = try f.loader()
        let opened = try loader.open(f.corpus)
        // Another process stores a newer snapshot (here: the same, stamped later) meanwhile.
        let folder = TimelineLoader.folder(f.corpus)!
        let cache = try ReadingCache(path: f.cachePath)
        var snapshot = try SnapshotCodec.decode(try #require(cache.snapshotBytes(of: folder))) { _ in
            try #require(cache.snapshotBytes(of: folder, column: .rest))
        }
        snapshot.leadership = .held([], nil)
        #expect(cache.store(snapshot, of: folder))
        #expect(json(opened.timeline()) == plain)
        #expect(opened.leadership.value.chains.count > 0)
        #expect(loader.cache!.warnings.isEmpty)
        #expect(cache.snapshotBytes(of: folder) != nil)
    }

    @Test func touchingAFileReadsOnlyThatFileAndKeepsTheSnapshot() throws {
        let f = Fixture()
        _ = try f.load()
        touch(f.corpus + "/b.txt", seconds: -3600)
        let t = try f.load()
        #expect(t.filesRead == 1)
        // Same text, so the finished timeline stands.
        #expect(t.fromSnapshot)
        #expect(json(t) == (try f.plain()))
        #expect(try f.load().filesRead == 0)
    }

    @Test func aChangedFileIsTheOnlyOneReadAndExtractedAgain() throws {
        let f = Fixture()
        _ = try f.load()
        f.folder.write("corpus/sub/c.txt", articles[2].1 + " Three more suspects were detained in Varsaj on Tuesday.")
        let t = try f.load()
        #expect(t.filesRead == 1)
        #expect(!t.fromSnapshot)
        #expect(t.readFromCache == 2)
        #expect(json(t) == (try f.plain()))
        #expect(try f.load().fromSnapshot)
    }

    @Test func addingRemovingAndRenamingFilesInvalidate() throws {
        let f = Fixture()
        _ = try f.load()
        f.folder.write("corpus/d.txt", "A roadside bomb killed four soldiers in Tarnak district on Sunday.")
        var t = try f.load()
        #expect(t.filesRead == 1)
        #expect(!t.fromSnapshot)
        #expect(t.corpus.sources.count == 4)
        #expect(json(t) == (try f.plain()))

        try FileManager.default.removeItem(atPath: f.corpus + "/d.txt")
        t = try f.load()
        #expect(t.filesRead == 0)
        #expect(!t.fromSnapshot)
        #expect(json(t) == (try f.plain()))

        try FileManager.default.moveItem(atPath: f.corpus + "/sub/c.txt", toPath: f.corpus + "/sub/e.txt")
        t = try f.load()
        #expect(t.filesRead == 1)
        #expect(t.corpus.sources.map(\.id) == ["a", "b", "sub/e"])
        #expect(json(t) == (try f.plain()))
        #expect(try f.load().fromSnapshot)
    }

    @Test func aNewNeighbourThatChangesAnIdIsHandled() throws {
        let f = Fixture()
        _ = try f.load()
        // "b" becomes "b.txt" once b.md is there.
        f.folder.write("corpus/b.md", "Nothing happened in Tarnak on Sunday.")
        let t = try f.load()
        #expect(t.corpus.sources.map(\.id).contains("b.txt"))
        #expect(json(t) == (try f.plain()))
    }

    @Test func aChangedManifestReadsEverythingAgain() throws {
        let f = Fixture()
        _ = try f.load()
        f.folder.write("corpus/corpus.yaml", manifest.replacingOccurrences(of: "B Wire", with: "B Daily"))
        let t = try f.load()
        #expect(t.filesRead == 3)
        #expect(!t.fromSnapshot)
        #expect(t.corpus.sources[1].outlet == "B Daily")
        #expect(json(t) == (try f.plain()))
    }

    @Test func onAnotherDayOnlySourcesWithoutAManifestDateAreReadAgain() throws {
        let f = Fixture()
        _ = try f.load()
        var loader = try f.loader()
        loader.reader.today = loader.reader.today.adding(days: 1)
        let t = try loader.load(f.corpus)
        // sub/c.txt is not in corpus.yaml: its date is inferred, up to today.
        #expect(t.filesRead == 1)
        #expect(json(t) == (try f.plain()))
    }

    @Test func aDamagedSnapshotIsDiscardedWithOneWarning() throws {
        let f = Fixture()
        _ = try f.load()
        let folder = TimelineLoader.folder(f.corpus)!
        let cache = try ReadingCache(path: f.cachePath)
        var bytes = try #require(cache.snapshotBytes(of: folder))
        bytes.removeLast(bytes.count / 3)
        try cache.setSnapshotBytes(bytes, of: folder)
        let loader = try f.loader()
        let t = try loader.load(f.corpus)
        #expect(loader.cache!.warnings.count == 1)
        #expect(loader.cache!.warnings.first?.contains("damaged") == true)
        #expect(!t.fromSnapshot)
        #expect(json(t) == (try f.plain()))
        let again = try f.loader()
        #expect(try again.load(f.corpus).fromSnapshot)
        #expect(again.cache!.warnings.isEmpty)
    }

    @Test func racyStampsAreNotTrusted() throws {
        // The rule: a change within 2 s of the stamping (or after it) proves nothing.
        let at: Int64 = 1_000 * 1_000_000_000
        func stamp(_ m: Int64, _ c: Int64) -> FileStamp { FileStamp(size: 1, mtime: at + m * 1_000_000, ctime: at + c * 1_000_000, inode: 1) }
        #expect(stamp(-3000, -3000).isRacy(stampedAt: at) == false)
        #expect(stamp(-1000, -3000).isRacy(stampedAt: at))
        #expect(stamp(-3000, -500).isRacy(stampedAt: at))
        #expect(stamp(5000, 5000).isRacy(stampedAt: at))

        // A snapshot stamped just after the files were written: they are read and hashed
        // again next time (and found the same).
        let f = Fixture()
        _ = try f.load(offset: 0)
        let t = try f.load(offset: 0)
        #expect(t.filesRead == 3)
        #expect(t.fromSnapshot)

        // Looked at again when the snapshot is stored, well after their last change, the
        // same files are vouched for and the next start reads none.
        let h = Fixture()
        let calls = SendableBox<[Int]>([0])
        var loader = try h.loader()
        loader.now = {
            // The walk's stamping at once; the second look 10 s later.
            calls.set(0, calls.value[0] + 1)
            return FileStamp.now() + (calls.value[0] > 1 ? 10_000_000_000 : 0)
        }
        _ = try loader.load(h.corpus)
        #expect(try h.load(offset: 0).filesRead == 0)

        // A file rewritten within the granularity of its file system keeps its stamp (made
        // here by giving the snapshot the new file's stamp): only the racy guard catches it.
        let g = Fixture()
        let before = json(try g.load(offset: 0))
        g.folder.write("corpus/b.txt", articles[1].1.replacingOccurrences(of: "Marzan", with: "Varsaj"))
        let folder = TimelineLoader.folder(g.corpus)!
        let cache = try ReadingCache(path: g.cachePath)
        let rest = try #require(cache.snapshotBytes(of: folder, column: .rest))
        var snapshot = try SnapshotCodec.decode(try #require(cache.snapshotBytes(of: folder))) { _ in rest }
        snapshot.sources[1].stamp = try #require(FileStamp.of(Array((g.corpus + "/b.txt").utf8)))
        cache.store(snapshot, of: folder)
        let caught = try g.load(offset: 0)
        #expect(!caught.fromSnapshot)
        #expect(json(caught) == (try g.plain()))
        #expect(json(caught) != before)
        // Without the guard (a stamping long after the write) the stale snapshot would be believed.
        snapshot.stampedAt += 3600 * 1_000_000_000
        snapshot.sources[1].stamp = try #require(FileStamp.of(Array((g.corpus + "/b.txt").utf8)))
        snapshot.sources[1].textHash = ContentHash(text: "stale")
        cache.store(snapshot, of: folder)
        #expect(try g.load().filesRead == 0)
    }

    @Test func aTextThatChangedAfterTheSnapshotSaysSo() throws {
        let f = Fixture()
        _ = try f.load()
        let warm = try f.load()
        #expect(warm.fromSnapshot)
        f.folder.write("corpus/a.txt", "Something else entirely.")
        #expect(warm.corpus.sources[0].text.contains("changed"))
    }

    @Test func twoProcessesAtOnceAgree() throws {
        let f = Fixture()
        let plain = try f.plain()
        let results = SendableBox<[String]>(["", ""])
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let t = try! f.loader().load(f.corpus)
            results.set(i, json(t))
        }
        #expect(results.value == [plain, plain])
        #expect(json(try f.load()) == plain)
        #expect(try f.load().fromSnapshot)
    }
}

private extension ByteReader {
    /// Where the bytes after the string table start.
    func skippingStringTable() throws -> Int {
        var r = self
        _ = try r.stringTable()
        return r.at
    }
}

/// Results written from two threads.
private final class SendableBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ v: T) { stored = v }
    var value: T { lock.withLock { stored } }
    func set<E>(_ i: Int, _ e: E) where T == [E] { lock.withLock { stored[i] = e } }
}
