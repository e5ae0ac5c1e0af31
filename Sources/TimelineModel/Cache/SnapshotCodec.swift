import Foundation

/// Writes and reads a `TimelineSnapshot` as bytes, hand-written like `ReadingCodec` (a warm
/// start decodes tens of megabytes; Codable would cost seconds). Bump `format` whenever a
/// field is added or its meaning changes: a snapshot of another format is never read.
///
/// Two parts, stored apart: the head (sources and events, what the first frame needs) and
/// the rest (chains and people, which only the leadership views and `leaders` need, and
/// which can be the larger). Each has its own string table, so the head is decoded without
/// the rest's strings. The head carries a checksum of itself, checked before anything is
/// decoded, and one of the rest, checked when the rest is read: damage is found up front,
/// never trusted. Long arrays are written in runs that all cores decode at once.
enum SnapshotCodec {
    /// 2: head and rest apart, checksums, string tables and arrays readable in parallel.
    /// 3: the head's events each decoded when read, its strings made when read.
    static let format = 3
    /// Marks the bytes as a snapshot, so a stray blob is refused at its first byte.
    static let magic = "timeline-snapshot"
    static let restMagic = "timeline-snapshot-rest"

    struct Encoded: Equatable {
        var head: [UInt8]
        var rest: [UInt8]
        /// `ContentHash` of `rest`, also written in the head.
        var restHash: ContentHash
    }

    static func encode(_ s: TimelineSnapshot) throws -> Encoded {
        let trace = Trace()
        let (chains, people) = try s.leadership.decode()
        // The rest (chains and people) is encoded on another core while the head is; the
        // head's place for the rest's hash is filled in when both are done.
        let restOut = Locked<[UInt8]>([])
        let restDone = DispatchGroup()
        DispatchQueue.global().async(group: restDone) {
            let rest = encodeRest(chains, people)
            restOut.withLock { $0 = rest }
            trace.mark("snapshot rest encoded")
        }
        var body = ByteWriter(interning: true)
        body.hash(s.basis.rules)
        body.hash(s.basis.manifest)
        body.int(s.today)
        body.int(Int(s.stampedAt))
        body.optional(s.manifest.title) { $0.string($1) }
        body.array(s.manifest.files) { $0.string($1) }
        let restHashAt = body.bytes.count
        body.hash(ContentHash(high: 0, low: 0))
        body.chunkedArray(s.sources) { $0.snapshotSource($1) }
        trace.mark("snapshot sources encoded")
        // Last: its records run to the end of the head.
        body.eventTable(s.events)
        trace.mark("snapshot events encoded")
        restDone.wait()
        let rest = restOut.withLock { $0 }
        let restHash = ContentHash(rest)
        body.patch(restHash.high, at: restHashAt)
        body.patch(restHash.low, at: restHashAt + 8)
        return Encoded(head: sealed(magic, body), rest: rest, restHash: restHash)
    }

    static func encodeRest(_ chains: [SuccessionChain], _ people: PersonDirectory?) -> [UInt8] {
        var body = ByteWriter(interning: true)
        let (evidence, number) = numbered(chains.flatMap { $0.holders.map(\.evidence) })
        body.chunkedArray(evidence) { $0.evidence($1) }
        body.chunkedArray(chains) { $0.chain($1, number) }
        body.optional(people) { w, d in
            w.array(d.people) { w, p in
                w.string(p.name)
                w.array(p.aliases) { $0.string($1) }
            }
            w.array(d.joins) { w, j in
                w.string(j.a)
                w.string(j.b)
                w.string(j.reason)
            }
        }
        return sealed(restMagic, body)
    }

    /// Evidence is shared (chains cite a sentence many times): each is written once and
    /// referred to by number.
    private static func numbered(_ lists: [[Evidence]]) -> ([Evidence], [Evidence: Int]) {
        var evidence: [Evidence] = []
        var number: [Evidence: Int] = [:]
        for list in lists {
            for e in list where number[e] == nil {
                number[e] = evidence.count
                evidence.append(e)
            }
        }
        return (evidence, number)
    }

    /// Magic, format and the checksum of what follows: the strings, then the body.
    /// Written into one buffer, its checksum filled in last: a head of a hundred megabytes
    /// is not copied twice more.
    private static func sealed(_ magic: String, _ body: ByteWriter) -> [UInt8] {
        var w = ByteWriter()
        w.string(magic)
        w.int(format)
        let hashAt = w.bytes.count
        w.hash(ContentHash(high: 0, low: 0))
        let payloadAt = w.bytes.count
        w.bytes.reserveCapacity(payloadAt + body.bytes.count + body.strings.reduce(9) { $0 + $1.utf8.count + 8 })
        w.stringTable(body.strings)
        w.bytes += body.bytes
        let hash = w.bytes.withUnsafeBytes { ContentHash(buffer: UnsafeRawBufferPointer(rebasing: $0[payloadAt...])) }
        w.patch(hash.high, at: hashAt)
        w.patch(hash.low, at: hashAt + 8)
        return w.bytes
    }

    /// A reader past the seal and the string table, once the checksum agrees; its strings
    /// made at once or, when `lazily`, each when read.
    private static func unsealed(_ magic: String, _ bytes: [UInt8], lazily: Bool = false) throws -> ByteReader {
        var r = ByteReader(bytes)
        guard try r.string() == magic, try r.int() == format else { throw ByteReader.Damaged() }
        let sum = try r.hash()
        guard ContentHash(bytes[r.at...]) == sum else { throw ByteReader.Damaged() }
        r.table = lazily ? try r.lazyStringTable() : StringTable(try r.stringTable())
        return r
    }

    /// Where the time of a decode went, kept only under `TIMELINE_TRACE` (one process, one decode).
    nonisolated(unsafe) static var sectionTimes: [String] = []
    static let tracing = ProcessInfo.processInfo.environment["TIMELINE_TRACE"] != nil

    private final class Clock {
        var last = DispatchTime.now().uptimeNanoseconds
        func lap(_ name: String, _ r: ByteReader) {
            guard SnapshotCodec.tracing else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            SnapshotCodec.sectionTimes.append("\(name): \(String(format: "%.1f", Double(now - last) / 1e6)) ms, to \(r.at >> 10) KB")
            last = now
        }
    }

    /// The head, decoded but for its events, each decoded when read (`damaged` is told if one
    /// cannot be); its chains and people are read by `rest` and decoded when asked for.
    /// `rest` reads the stored rest whose hash the head gives (and throws when another is stored).
    static func decode(_ bytes: [UInt8], rest: @escaping @Sendable (ContentHash) throws -> [UInt8],
                       damaged: @escaping @Sendable () -> Void = {}) throws -> TimelineSnapshot {
        let clock = Clock()
        var r = try unsealed(magic, bytes, lazily: true)
        clock.lap("checksum+strings", r)
        let basis = SnapshotBasis(rules: try r.hash(), manifest: try r.hash())
        let today = try r.int()
        let stampedAt = Int64(try r.int())
        let manifest = CorpusReader.ManifestSummary(title: try r.optional { try $0.string() }, files: try r.array { try $0.string() })
        let restHash = try r.hash()
        let sources = try r.chunkedArray { try $0.snapshotSource() }
        clock.lap("sources", r)
        let events = EventList(try SnapshotEvents(r, damaged: damaged))
        clock.lap("events", r)
        let leadership = SnapshotLeadership.stored {
            let bytes = try rest(restHash)
            guard ContentHash(bytes) == restHash else { throw ByteReader.Damaged() }
            return try decodeRest(bytes)
        }
        return TimelineSnapshot(basis: basis, stampedAt: stampedAt, today: today, manifest: manifest, sources: sources,
                                events: events, leadership: leadership)
    }

    static func decodeRest(_ bytes: [UInt8]) throws -> ([SuccessionChain], PersonDirectory?) {
        var r = try unsealed(restMagic, bytes)
        let evidence = try r.chunkedArray { try $0.evidence() }
        let chains = try r.chunkedArray { try $0.chain(evidence) }
        let people = try r.optional { r in
            let people = try r.array { r in PersonDirectory.Person(name: try r.string(), aliases: try r.array { try $0.string() }) }
            let joins = try r.array { r in PersonDirectory.Join(a: try r.string(), b: try r.string(), reason: try r.string()) }
            return PersonDirectory(people: people, joins: joins)
        }
        guard r.isAtEnd else { throw ByteReader.Damaged() }
        return (chains, people)
    }
}

extension ByteWriter {
    mutating func snapshotSource(_ e: SnapshotSource) {
        let s = e.source
        string(s.id)
        string(s.file)
        optional(s.title) { $0.string($1) }
        optional(s.outlet) { $0.string($1) }
        optional(s.url) { $0.string($1) }
        optional(s.published.span) { $0.span($1) }
        string(s.published.origin.rawValue)
        optional(s.published.note) { $0.string($1) }
        array(s.furniture) { $0.range($1) }
        optional(s.titleLine) { $0.range($1) }
        int(e.stamp.size)
        int(Int(e.stamp.mtime))
        int(Int(e.stamp.ctime))
        u64(e.stamp.inode)
        hash(e.key)
        hash(e.textHash)
        array(e.issues) { w, i in
            w.string(i.file)
            w.string(i.severity.rawValue)
            w.string(i.message)
        }
    }

    mutating func chain(_ c: SuccessionChain, _ number: [Evidence: Int]) {
        optional(c.organisation) { $0.string($1) }
        string(c.role)
        roleKey(c.key)
        array(c.holders) { w, t in
            w.string(t.name)
            w.array(t.members) { $0.string($1) }
            w.array(t.aliases) { $0.string($1) }
            w.optional(t.start) { $0.span($1) }
            w.optional(t.end) { $0.span($1) }
            w.string(t.exit.rawValue)
            w.optional(t.exitEvent) { $0.string($1) }
            w.array(t.evidence) { $0.int(number[$1]!) }
        }
    }
}

extension ByteReader {
    mutating func snapshotSource() throws -> SnapshotSource {
        let id = try string(), file = try string()
        let title = try optional { try $0.string() }
        let outlet = try optional { try $0.string() }
        let url = try optional { try $0.string() }
        let span = try optional { try $0.span() }
        let published = PublicationDate(span: span, origin: try enumeration(DateOrigin.self), note: try optional { try $0.string() })
        let furniture = try array { try $0.range() }
        let titleLine = try optional { try $0.range() }
        let stamp = FileStamp(size: try int(), mtime: Int64(try int()), ctime: Int64(try int()), inode: try u64())
        let key = try hash(), textHash = try hash()
        let issues = try array { r in
            CorpusIssue(file: try r.string(), severity: try r.enumeration(CorpusIssue.Severity.self), message: try r.string())
        }
        // The text is not kept: the file is read again if anyone asks for it.
        let source = Source(id: id, file: file, title: title, outlet: outlet, url: url, published: published,
                            text: "", furniture: furniture, titleLine: titleLine)
        return SnapshotSource(source: source, stamp: stamp, key: key, textHash: textHash, issues: issues)
    }

    mutating func evidence(_ table: [Evidence]) throws -> Evidence {
        let i = try int()
        guard i >= 0, i < table.count else { throw Damaged() }
        return table[i]
    }

    mutating func chain(_ evidence: [Evidence]) throws -> SuccessionChain {
        let organisation = try optional { try $0.string() }
        let role = try string()
        let key = try roleKey()
        let holders = try array { r in
            Tenure(name: try r.string(), members: try r.array { try $0.string() }, aliases: try r.array { try $0.string() },
                   start: try r.optional { try $0.span() }, end: try r.optional { try $0.span() },
                   exit: try r.enumeration(TenureExit.self), exitEvent: try r.optional { try $0.string() },
                   evidence: try r.array { try $0.evidence(evidence) })
        }
        return SuccessionChain(organisation: organisation, role: role, key: key, holders: holders)
    }
}
