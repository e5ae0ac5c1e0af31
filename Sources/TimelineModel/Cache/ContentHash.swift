/// A 128-bit fingerprint of bytes, stable across runs and machines (Swift's `Hasher` is
/// seeded per process, so it cannot key a cache on disk). Two independent 64-bit lanes
/// of a multiply–rotate mix over 8-byte words: fast, and collisions among a few million
/// files are out of reach. Not a cryptographic hash: the cache is the user's own.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

    public init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if let h = bytes.withContiguousStorageIfAvailable({ ContentHash(buffer: UnsafeRawBufferPointer($0)) }) {
            self = h
        } else {
            let copy = Array(bytes)
            self = copy.withUnsafeBytes { ContentHash(buffer: $0) }
        }
    }

    /// The text's UTF-8, without copying when the string is native.
    public init(text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(buffer: UnsafeRawBufferPointer($0)) }
    }

    init(buffer: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3
        var b: UInt64 = 0x1319_8A2E_0370_7344
        @inline(__always) func mix(_ w: UInt64) {
            let x = a ^ (w &* Self.prime1), y = b ^ (w &* Self.prime3)
            a = (x << 31 | x >> 33) &* Self.prime2
            b = ((y << 27 | y >> 37) &* Self.prime1) &+ 0x52DC_E729
        }
        let n = buffer.count
        var i = 0
        while i + 8 <= n {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            for k in 0..<(n - i) { tail |= UInt64(buffer[i + k]) << (8 * UInt64(k)) }
            mix(tail)
        }
        mix(UInt64(n))
        high = Self.avalanche(a ^ (b >> 1))
        low = Self.avalanche(b ^ (a << 1))
    }

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// A fingerprint of several parts, each length-prefixed so ("ab", "c") ≠ ("a", "bc").
    public init(parts: [String]) {
        var bytes: [UInt8] = []
        for p in parts {
            let u = Array(p.utf8)
            withUnsafeBytes(of: UInt64(u.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes += u
        }
        self.init(bytes)
    }

    static func avalanche(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }

    /// 32 hex digits.
    public var description: String {
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(high) + hex(low)
    }
}
