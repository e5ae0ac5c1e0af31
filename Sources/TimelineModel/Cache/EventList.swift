import Dispatch
import Foundation

/// A timeline's events in order: held, or decoded one at a time from a snapshot's head when
/// read. The browser's first frame needs every event's first day (for the year rows) and the
/// visible events only; making 100,000 events' strings and arrays would take most of a second.
public struct EventList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case held([Event])
        case snapshot(SnapshotEvents)
    }

    private let storage: Storage

    public init(_ events: [Event]) { storage = .held(events) }

    init(_ events: SnapshotEvents) { storage = .snapshot(events) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .held(let events): return events.count
        case .snapshot(let events): return events.count
        }
    }

    public subscript(i: Int) -> Event {
        switch storage {
        case .held(let events): return events[i]
        case .snapshot(let events): return events.event(i)
        }
    }

    /// Event `i` lent to `body`: a held one where it is (not copied, its strings not
    /// retained), a snapshot's decoded for the call. Safe from any thread at once: a
    /// snapshot's events are decoded from bytes no one writes, and nothing is cached.
    public func withEvent<R>(at i: Int, _ body: (Event) throws -> R) rethrows -> R {
        switch storage {
        case .held(let events): return try events.withUnsafeBufferPointer { try body($0[i]) }
        case .snapshot(let events): return try body(events.event(i))
        }
    }

    /// The first day of event `i`'s date, without decoding the event.
    public func firstDay(at i: Int) -> CalendarDay? {
        switch storage {
        case .held(let events): return events[i].date?.start
        case .snapshot(let events): return events.firstDay(i)
        }
    }

    /// Every event, decoded on all cores.
    public var array: [Event] {
        switch storage {
        case .held(let events): return events
        case .snapshot(let events): return events.all()
        }
    }
}

/// The events of a snapshot's head, each decoded when asked for. The head's checksum was
/// checked when it was read, so these bytes are the ones written; a record that still does
/// not decode (a bug, not damage) stands as a note saying so, and `damaged` is told once.
struct SnapshotEvents: Sendable {
    let count: Int
    private let reader: ByteReader
    /// Where the table of 16-byte entries (record offset, first day) starts.
    private let table: Int
    /// Where the records start; offsets count from here.
    private let base: Int
    private let damaged: @Sendable () -> Void

    /// Reads the table at `reader`'s position; the records follow it to the end of the bytes.
    init(_ reader: ByteReader, damaged: @escaping @Sendable () -> Void) throws {
        var r = reader
        count = try r.elementCount()
        guard count <= (r.bytes.count - r.at) / 16 else { throw ByteReader.Damaged() }
        table = r.at
        base = table + 16 * count
        var last = 0
        for i in 0..<count {
            r.at = table + 16 * i
            let offset = try r.u64()
            guard offset <= UInt64(r.bytes.count - base), Int(offset) >= last else { throw ByteReader.Damaged() }
            last = Int(offset)
        }
        guard count > 0 || base == r.bytes.count else { throw ByteReader.Damaged() }
        self.reader = reader
        self.damaged = damaged
    }

    private func entry(_ i: Int, _ k: Int) -> UInt64 {
        reader.bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: table + 16 * i + 8 * k, as: UInt64.self)) }
    }

    func firstDay(_ i: Int) -> CalendarDay? {
        let day = Int64(bitPattern: entry(i, 1))
        return day == Int64.min ? nil : CalendarDay(ordinal: Int(day))
    }

    func event(_ i: Int) -> Event {
        if let e = try? decode(i) { return e }
        damaged()
        return Event(id: "unreadable-\(i)", kind: EventKind.allCases[0], date: nil, place: EventPlace(), actors: [], targets: [], people: [],
                     counts: Counts(), headline: "this event could not be read from the cache; start timeline again to read it anew",
                     evidence: [], conflicts: [])
    }

    /// Event `i`, which must end where the next begins (the last: at the end of the bytes).
    private func decode(_ i: Int) throws -> Event {
        var r = reader
        r.at = base + Int(entry(i, 0))
        let e = try r.inlineEvent()
        guard r.at == (i + 1 < count ? base + Int(entry(i + 1, 0)) : r.bytes.count),
              e.date?.start == firstDay(i) else { throw ByteReader.Damaged() }
        return e
    }

    func all() -> [Event] {
        [Event](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: (count + ByteReader.chunk - 1) / ByteReader.chunk) { c in
                for i in (c * ByteReader.chunk)..<min(count, (c + 1) * ByteReader.chunk) {
                    (slots.base.baseAddress! + i).initialize(to: event(i))
                }
            }
            initialized = count
        }
    }
}

extension ByteWriter {
    /// Events as `SnapshotEvents` reads them: a table of where each starts and its first
    /// day, then the records, each with its evidence in it.
    mutating func eventTable(_ events: EventList) {
        int(events.count)
        let table = bytes.count
        for _ in 0..<events.count {
            u64(0)
            u64(0)
        }
        let base = bytes.count
        for (i, e) in events.enumerated() {
            patch(UInt64(bytes.count - base), at: table + 16 * i)
            patch(UInt64(bitPattern: Int64(e.date?.start.ordinal ?? Int(Int64.min))), at: table + 16 * i + 8)
            inlineEvent(e)
        }
    }

    mutating func inlineEvent(_ e: Event) {
        string(e.id)
        string(e.kind.rawValue)
        optional(e.date) { $0.span($1) }
        place(e.place)
        array(e.actors) { $0.string($1) }
        array(e.targets) { $0.string($1) }
        array(e.people) { $0.person($1) }
        counts(e.counts)
        string(e.headline)
        array(e.evidence) { $0.evidence($1) }
        array(e.conflicts) { w, c in
            w.string(c.field)
            w.array(c.claims) { w, claim in
                w.string(claim.value)
                w.array(claim.sources) { $0.string($1) }
                w.array(claim.attributions) { $0.string($1) }
            }
        }
    }
}

extension ByteReader {
    mutating func inlineEvent() throws -> Event {
        let id = try string()
        let kind = try enumeration(EventKind.self)
        let date = try optional { try $0.span() }
        let place = try place()
        let actors = try array { try $0.string() }
        let targets = try array { try $0.string() }
        let people = try array { try $0.person() }
        let counts = try self.counts()
        let headline = try string()
        let evidence = try array { try $0.evidence() }
        let conflicts = try array { r in
            Conflict(field: try r.string(), claims: try r.array { r in
                Claim(value: try r.string(), sources: try r.array { try $0.string() }, attributions: try r.array { try $0.string() })
            })
        }
        return Event(id: id, kind: kind, date: date, place: place, actors: actors, targets: targets, people: people,
                     counts: counts, headline: headline, evidence: evidence, conflicts: conflicts)
    }
}
