import Dispatch

/// A compact binary writer for cached values: little-endian varints and length-prefixed
/// UTF-8. Hand-written because the cache is read on every start and Codable's generic
/// machinery costs several times more than the data itself.
struct ByteWriter {
    var bytes: [UInt8] = []
    /// When set, strings are written as their number in `strings` (each text kept once: a
    /// snapshot repeats source ids, names and evidence sentences many times).
    var interned: [String: Int]?
    private(set) var strings: [String] = []

    init(interning: Bool = false) { interned = interning ? [:] : nil }

    mutating func int(_ v: Int) {
        // Zig-zag, so small negative numbers stay short.
        var u = UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))
        while u >= 0x80 {
            bytes.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func string(_ s: String) {
        if interned != nil {
            if let n = interned![s] { return int(n) }
            interned![s] = strings.count
            int(strings.count)
            strings.append(s)
            return
        }
        var s = s
        s.withUTF8 { buffer in
            int(buffer.count)
            bytes.append(contentsOf: buffer)
        }
    }

    mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) -> Void) {
        if let v {
            bool(true)
            write(&self, v)
        } else {
            bool(false)
        }
    }

    mutating func array<T>(_ vs: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(vs.count)
        for v in vs { write(&self, v) }
    }
}

/// Reads what `ByteWriter` wrote; any inconsistency throws, so a damaged cache entry is
/// discarded rather than trusted.
struct ByteReader {
    struct Damaged: Error {}
    let bytes: [UInt8]
    var at = 0
    /// The strings that `string()` reads by number, when the writer interned them.
    var table: StringTable?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw Damaged() }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func int() throws -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Damaged() }
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let v = Int64(bitPattern: u)
        return Int((v >> 1) ^ -(v & 1))
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func string() throws -> String {
        if let table {
            let i = try int()
            guard i >= 0, i < table.count else { throw Damaged() }
            return table[i]
        }
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw Damaged() }
        defer { at += n }
        return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
    }

    mutating func elementCount() throws -> Int {
        let n = try int()
        // Every element takes at least one byte: a larger count is damage, not data.
        guard n >= 0, n <= bytes.count - at else { throw Damaged() }
        return n
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try elementCount()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    mutating func enumeration<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
        guard let e = E(rawValue: try string()) else { throw Damaged() }
        return e
    }
}

extension ByteWriter {
    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func hash(_ h: ContentHash) {
        u64(h.high)
        u64(h.low)
    }

    /// Overwrites the 8 bytes at `at` (a place `u64` reserved before its value was known).
    mutating func patch(_ v: UInt64, at: Int) {
        withUnsafeBytes(of: v.littleEndian) { for k in 0..<8 { bytes[at + k] = $0[k] } }
    }

    /// An array that can be read on several cores: its count, a table of where each run of
    /// `ByteReader.chunk` elements starts, then the elements.
    mutating func chunkedArray<T>(_ vs: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(vs.count)
        let chunks = (vs.count + ByteReader.chunk - 1) / ByteReader.chunk
        let table = bytes.count
        for _ in 0..<chunks { u64(0) }
        let base = bytes.count
        for (i, v) in vs.enumerated() {
            if i % ByteReader.chunk == 0 { patch(UInt64(bytes.count - base), at: table + 8 * (i / ByteReader.chunk)) }
            write(&self, v)
        }
    }

    /// Strings as a table of where each ends, then their UTF-8: so that they can be made on
    /// several cores (an interned table is tens of megabytes).
    mutating func stringTable(_ strings: [String]) {
        int(strings.count)
        var end = 0
        for var s in strings {
            end += s.withUTF8 { $0.count }
            u64(UInt64(end))
        }
        for var s in strings { s.withUTF8 { bytes.append(contentsOf: $0) } }
    }
}

extension ByteReader {
    /// Elements per run of a `chunkedArray`: enough that each run is worth a core.
    static let chunk = 2048

    mutating func u64() throws -> UInt64 {
        guard bytes.count - at >= 8 else { throw Damaged() }
        let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt64.self) }
        at += 8
        return UInt64(littleEndian: v)
    }

    mutating func hash() throws -> ContentHash { ContentHash(high: try u64(), low: try u64()) }

    /// `count` fixed-width offsets, each no less than the last and at most `limit`.
    private mutating func offsets(_ count: Int, limit: Int) throws -> [Int] {
        guard count >= 0, count <= (bytes.count - at) / 8 else { throw Damaged() }
        var out: [Int] = []
        out.reserveCapacity(count)
        var last = 0
        for _ in 0..<count {
            let v = try u64()
            guard v <= UInt64(limit), Int(v) >= last else { throw Damaged() }
            last = Int(v)
            out.append(last)
        }
        return out
    }

    /// What `ByteWriter.chunkedArray` wrote, its runs read on all cores. Each run must end
    /// where the next begins: a table that disagrees with the elements is damage.
    mutating func chunkedArray<T: Sendable>(_ read: @Sendable (inout ByteReader) throws -> T) throws -> [T] {
        let n = try elementCount()
        let chunks = (n + Self.chunk - 1) / Self.chunk
        let starts = try offsets(chunks, limit: bytes.count)
        let base = at
        guard starts.first ?? 0 == 0, base + (starts.last ?? 0) <= bytes.count else { throw Damaged() }
        var ends = [Int](repeating: -1, count: chunks)
        let reader = self
        let out = try [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            // Elements each run made, so that a failure frees exactly what was made.
            var made = [Int](repeating: 0, count: chunks)
            made.withUnsafeMutableBufferPointer { m in
                ends.withUnsafeMutableBufferPointer { e in
                    let made = UnsafeSendableBuffer(m), ends = UnsafeSendableBuffer(e), slots = UnsafeSendableBuffer(buffer)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        var r = reader
                        r.at = base + starts[c]
                        let first = c * Self.chunk
                        for i in first..<min(n, first + Self.chunk) {
                            guard let v = try? read(&r) else { return }
                            (slots.base.baseAddress! + i).initialize(to: v)
                            made[c] += 1
                        }
                        ends[c] = r.at
                    }
                }
            }
            let whole = (0..<chunks).allSatisfy { c in
                made[c] == min(Self.chunk, n - c * Self.chunk) && (c + 1 == chunks || ends[c] == base + starts[c + 1])
            }
            guard whole else {
                for c in 0..<chunks { (buffer.baseAddress! + c * Self.chunk).deinitialize(count: made[c]) }
                initialized = 0
                throw Damaged()
            }
            initialized = n
        }
        at = ends.last ?? base
        return out
    }

    /// What `ByteWriter.stringTable` wrote, each string made only when read: for a part
    /// of which little is read at once.
    mutating func lazyStringTable() throws -> StringTable {
        let n = try elementCount()
        let ends = try offsets(n, limit: bytes.count)
        let base = at
        guard base + (ends.last ?? 0) <= bytes.count else { throw Damaged() }
        at = base + (ends.last ?? 0)
        return StringTable(bytes: bytes, base: base, ends: ends)
    }

    /// What `ByteWriter.stringTable` wrote, made on all cores.
    mutating func stringTable() throws -> [String] {
        let n = try elementCount()
        let ends = try offsets(n, limit: bytes.count)
        let base = at
        guard base + (ends.last ?? 0) <= bytes.count else { throw Damaged() }
        at = base + (ends.last ?? 0)
        return bytes.withUnsafeBufferPointer { all in
            let utf8 = UnsafeBufferPointer(rebasing: all[base...])
            return [String](unsafeUninitializedCapacity: n) { buffer, initialized in
                let slots = UnsafeSendableBuffer(buffer), text = UnsafeSendableText(utf8)
                let chunks = (n + Self.chunk - 1) / Self.chunk
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in (c * Self.chunk)..<min(n, (c + 1) * Self.chunk) {
                        let start = i == 0 ? 0 : ends[i - 1]
                        (slots.base.baseAddress! + i).initialize(to: String(decoding: UnsafeBufferPointer(rebasing: text.base[start..<ends[i]]), as: UTF8.self))
                    }
                }
                initialized = n
            }
        }
    }
}

/// Lets concurrentPerform read one buffer of bytes from every core.
struct UnsafeSendableText: @unchecked Sendable {
    let base: UnsafeBufferPointer<UInt8>
    init(_ base: UnsafeBufferPointer<UInt8>) { self.base = base }
}

/// The strings a part of a snapshot refers to by number: all made at once, or each made
/// when read (from the bytes, which it keeps).
struct StringTable: Sendable {
    private let made: [String]?
    private let bytes: [UInt8]
    private let base: Int
    private let ends: [Int]

    init(_ strings: [String]) {
        made = strings
        bytes = []
        base = 0
        ends = []
    }

    init(bytes: [UInt8], base: Int, ends: [Int]) {
        made = nil
        self.bytes = bytes
        self.base = base
        self.ends = ends
    }

    var count: Int { made?.count ?? ends.count }

    subscript(i: Int) -> String {
        if let made { return made[i] }
        let start = base + (i == 0 ? 0 : ends[i - 1])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(base + ends[i])]), as: UTF8.self) }
    }
}
