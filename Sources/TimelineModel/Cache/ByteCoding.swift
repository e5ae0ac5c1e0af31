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
    var table: [String]?

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
