import Foundation
import GRDB

/// What each source says, kept on disk between runs so that reopening an unchanged corpus
/// does not read its sentences again. One SQLite database (through GRDB) holds entries
/// keyed by a fingerprint of everything a reading depends on: the text, the source's id
/// and publication date (the reference day of its relative dates), and the rules.
///
/// A cache that is damaged, foreign or of another format is moved aside and started
/// afresh, with a warning: it is never trusted. SQLite's locking (WAL, a busy timeout)
/// lets two processes use one cache at once.
public final class ReadingCache: @unchecked Sendable {
    /// Written into the database so that another program's file is never taken for ours.
    static let application = "timeline-reading-cache"
    /// 2: the `snapshots` table (finished timelines of whole folders) was added.
    /// 3: a snapshot's head and rest (`SnapshotCodec` format 2) in columns of their own.
    static let schema = 3

    public let path: String
    let db: DatabaseQueue
    /// Problems met while opening (a cache discarded), for the caller to show.
    public private(set) var warnings: [String] = []

    /// Opens (or creates) the cache database at `path`.
    public init(path: String) throws {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var warnings: [String] = []
        do {
            db = try Self.openWaiting(path)
        } catch where Self.isBusy(error) {
            // Another process holds it (creating it, or changing its journal): it is not
            // damaged, and setting it aside would pull it from under that process.
            throw error
        } catch {
            // Damaged, foreign or old: set it aside (a rename, so a process still using
            // it is not harmed) and start again.
            let aside = path + ".discarded"
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: aside + suffix)
                try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            warnings.append("cache \(path) could not be used (\(Self.describe(error))); it was set aside and a new one started")
            db = try Self.openChecked(path)
        }
        self.warnings = warnings
    }

    /// Opens, waiting out another process that holds the file: SQLite answers some of its
    /// locks at once ("database is locked") rather than through the busy timeout, e.g.
    /// while another connection sets up a new file's journal.
    private static func openWaiting(_ path: String) throws -> DatabaseQueue {
        var attempt = 0
        while true {
            do {
                return try openChecked(path)
            } catch where isBusy(error) && attempt < 100 {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    static func isBusy(_ error: Error) -> Bool {
        guard let e = error as? DatabaseError else { return false }
        return e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED
    }

    private static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        if let e = error as? Refusal { return e.reason }
        return "\(error)"
    }

    struct Refusal: Error { var reason: String }

    private static func openChecked(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.journalMode = .wal
        // A new database only (an existing one keeps its size): a snapshot is one blob of
        // tens of megabytes, read at every start, and SQLite walks it page by page.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = 65536") }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty {
                try db.execute(sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE readings (key TEXT PRIMARY KEY, data BLOB NOT NULL);
                    CREATE TABLE snapshots (folder TEXT PRIMARY KEY, restHash TEXT NOT NULL, head BLOB NOT NULL, rest BLOB NOT NULL);
                    """)
                try db.execute(sql: "INSERT INTO meta VALUES ('application', ?), ('schema', ?), ('format', ?)",
                               arguments: [application, String(schema), String(ReadingCodec.format)])
                return
            }
            guard tables.contains("meta"), tables.contains("readings"), tables.contains("snapshots") else { throw Refusal(reason: "not a timeline cache") }
            let meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { ($0["key"] as String, $0["value"] as String) },
                                  uniquingKeysWith: { a, _ in a })
            guard meta["application"] == application else { throw Refusal(reason: "not a timeline cache") }
            guard meta["schema"] == String(schema), meta["format"] == String(ReadingCodec.format) else {
                throw Refusal(reason: "written by another version of timeline")
            }
            // No PRAGMA quick_check: it reads the whole file (0.4 s for a 500 MB cache, on
            // every start). A file that is not a database fails above; damage inside it shows
            // when an entry is read (a bad entry is deleted and read again, a bad snapshot is
            // discarded with a warning) or written (a warning).
        }
        return queue
    }

    /// The cached readings of these keys; missing or unreadable entries are left out.
    public func readings(_ keys: [ContentHash]) -> [ContentHash: SourceReading] {
        var out: [ContentHash: SourceReading] = [:]
        var damaged: [String] = []
        try? db.read { db in
            let statement = try db.makeStatement(sql: "SELECT data FROM readings WHERE key = ?")
            for key in keys {
                let k = key.description
                guard let data = try Data.fetchOne(statement, arguments: [k]) else { continue }
                if let r = try? ReadingCodec.decode([UInt8](data)) { out[key] = r } else { damaged.append(k) }
            }
        }
        if !damaged.isEmpty {
            // A damaged entry is read again and replaced, never used.
            try? db.write { db in
                for k in damaged { try db.execute(sql: "DELETE FROM readings WHERE key = ?", arguments: [k]) }
            }
        }
        return out
    }

    /// Stores readings in one transaction; a failure to write only costs speed next time.
    @discardableResult
    public func store(_ entries: [(ContentHash, SourceReading)]) -> Bool {
        guard !entries.isEmpty else { return true }
        do {
            try db.write { db in
                let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO readings (key, data) VALUES (?, ?)")
                for (key, reading) in entries {
                    try statement.execute(arguments: [key.description, Data(ReadingCodec.encode(reading))])
                }
            }
            return true
        } catch {
            warnings.append("cache \(path) could not be written (\(Self.describe(error)))")
            return false
        }
    }

    /// The snapshot of the corpus folder at `folder` (an absolute path), if one is kept and
    /// its head can be read; a damaged one is deleted with a warning. Its rest is read from
    /// the cache when its leadership is decoded.
    func snapshot(of folder: String) -> TimelineSnapshot? {
        guard let head = snapshotBytes(of: folder) else { return nil }
        if SnapshotCodec.tracing { SnapshotCodec.sectionTimes.append("read head \(head.count >> 10) KB") }
        do {
            return try SnapshotCodec.decode(head, rest: { [self] expected in try snapshotRest(of: folder, expected: expected) },
                                            damaged: { [self] in discardSnapshot(of: folder) })
        } catch {
            discardSnapshot(of: folder)
            return nil
        }
    }

    /// Another process stored a newer snapshot between the reading of a head and of its rest.
    struct SnapshotReplaced: Error {}

    /// The rest stored with the head whose rest hash is `expected`.
    private func snapshotRest(of folder: String, expected: ContentHash) throws -> [UInt8] {
        // One statement, so the hash and the bytes are of one row.
        let found: (String, [UInt8])?? = try? db.read { db in
            // The row's bytes live as long as the cursor does: copied while it is held.
            let rows = try Row.fetchCursor(db, sql: "SELECT restHash, rest FROM snapshots WHERE folder = ?", arguments: [folder])
            guard let row = try rows.next() else { return nil }
            return (row[0] as String, try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } ?? [] })
        }
        guard let (hash, bytes) = found ?? nil else { throw SnapshotReplaced() }
        guard hash == expected.description else { throw SnapshotReplaced() }
        return bytes
    }

    /// Forgets the snapshot of `folder`, which was found damaged, with a warning (once: its
    /// events may be found so on several cores).
    func discardSnapshot(of folder: String) {
        let first = discarding.withLock { $0.insert(folder).inserted }
        guard first else { return }
        warnings.append("cache \(path): the saved timeline of \(folder) was damaged; it was discarded and the articles read again")
        try? db.write { try $0.execute(sql: "DELETE FROM snapshots WHERE folder = ?", arguments: [folder]) }
    }

    /// The folders whose snapshot this process discarded.
    private let discarding = Locked<Set<String>>([])

    /// Keeps the snapshot of `folder`, replacing the last one in one transaction (two
    /// processes storing at once: the last write wins, each whole). A failure costs speed only.
    @discardableResult
    func store(_ snapshot: TimelineSnapshot, of folder: String) -> Bool {
        let trace = Trace()
        guard let encoded = try? SnapshotCodec.encode(snapshot) else { return false }
        trace.mark("snapshot encoded: head \(encoded.head.count >> 20) MB, rest \(encoded.rest.count >> 20) MB")
        defer { trace.mark("snapshot written") }
        do {
            try db.write {
                try $0.execute(sql: "INSERT OR REPLACE INTO snapshots (folder, restHash, head, rest) VALUES (?, ?, ?, ?)",
                               arguments: [folder, encoded.restHash.description, Data(encoded.head), Data(encoded.rest)])
            }
            return true
        } catch {
            warnings.append("cache \(path) could not be written (\(Self.describe(error)))")
            return false
        }
    }

    /// The stored snapshot's head (or rest), read in one copy; also for tests that damage them.
    func snapshotBytes(of folder: String, column: SnapshotColumn = .head) -> [UInt8]? {
        let bytes: [UInt8]?? = try? db.read { db in
            // The row's bytes live as long as the cursor does: copied while it is held.
            let rows = try Row.fetchCursor(db, sql: "SELECT \(column.rawValue) FROM snapshots WHERE folder = ?", arguments: [folder])
            guard let row = try rows.next() else { return nil }
            return try row.withUnsafeData(atIndex: 0) { $0.map { [UInt8]($0) } ?? [] }
        }
        return bytes ?? nil
    }

    enum SnapshotColumn: String { case head, rest }

    func setSnapshotBytes(_ bytes: [UInt8], of folder: String, column: SnapshotColumn = .head) throws {
        try db.write { try $0.execute(sql: "UPDATE snapshots SET \(column.rawValue) = ? WHERE folder = ?", arguments: [Data(bytes), folder]) }
    }

    /// How many readings the cache holds.
    public var count: Int { ((try? db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM readings") }) ?? nil) ?? 0 }
}

extension ReadingCache {
    /// Overwrites a meta entry (tests make an old-format cache with it).
    func setMeta(_ key: String, _ value: String) throws {
        try db.write { try $0.execute(sql: "INSERT OR REPLACE INTO meta VALUES (?, ?)", arguments: [key, value]) }
    }
}

/// A value shared between threads behind a lock.
final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func withLock<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
