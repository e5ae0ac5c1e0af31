/// Turns texts into the bytes the search index scans: UTF-8 as written, or folded to lower
/// case exactly as `String.lowercased()` folds (each scalar's own lowercase mapping, no
/// context), without building a String per text. A `TextOutputStream`, so the catalog
/// writes an event's search text here and into a String with the same code.
struct SearchTextWriter: TextOutputStream {
    let foldCase: Bool
    private(set) var bytes: [UInt8] = []
    private let lowercase = LowercaseCache()

    init(foldCase: Bool, capacity: Int = 0) {
        self.foldCase = foldCase
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ string: String) {
        var s = string
        s.withUTF8 { src in
            let start = bytes.count
            bytes.append(contentsOf: src)
            guard foldCase else { return }
            // Most text folds in place (ASCII, and scalars that are their own lowercase);
            // one that changes, maybe in length, sends the piece the slow way.
            if !foldInPlace(from: start) {
                bytes.removeSubrange(start...)
                appendFolded(src)
            }
        }
    }

    /// Folds `bytes[from...]` where it stands; false when a scalar's lowercase differs
    /// from it (then the bytes after `from` are half folded).
    private mutating func foldInPlace(from: Int) -> Bool {
        let cache = lowercase
        return bytes.withUnsafeMutableBytes { raw in
            let end = raw.count
            var i = from
            while i < end {
                // Eight ASCII bytes at a time while they last.
                if end - i >= 8 {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 == 0 {
                        raw.storeBytes(of: ASCIIFold.word(w), toByteOffset: i, as: UInt64.self)
                        i += 8
                        continue
                    }
                }
                let b = raw[i]
                if b < 0x80 {
                    raw[i] = ASCIIFold.byte(b)
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(raw, at: i)
                guard cache.isOwnLowercase(scalar, raw[i..<(i + length)]) else { return false }
                i += length
            }
            return true
        }
    }

    /// The slow way: scalar by scalar, appending each one's lowercase.
    private mutating func appendFolded(_ src: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < src.count {
            let b = src[i]
            if b < 0x80 {
                bytes.append(ASCIIFold.byte(b))
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(src, at: i)
            bytes.append(contentsOf: lowercase.bytes(scalar))
            i += length
        }
    }
}

/// Non-ASCII scalars met so far and their lowercase UTF-8: news text holds few kinds
/// (quotes, dashes, accented names), so each is asked of Unicode once. A class so the
/// writer can ask it while it holds its own bytes open.
final class LowercaseCache {
    private var known: [UInt32: [UInt8]] = [:]
    /// For the scalars below `tableEnd` (Latin, Greek, Cyrillic, punctuation): 1 when the
    /// scalar is its own lowercase, 2 when not, 0 not yet asked. A look-up, not a hash.
    private var own = [UInt8](repeating: 0, count: LowercaseCache.tableEnd)
    private static let tableEnd = 0x3000

    func bytes(_ scalar: UInt32) -> [UInt8] {
        if let lower = known[scalar] { return lower }
        let lower = Unicode.Scalar(scalar).map { Array($0.properties.lowercaseMapping.utf8) } ?? []
        known[scalar] = lower
        return lower
    }

    func isOwnLowercase<C: Collection>(_ scalar: UInt32, _ utf8: C) -> Bool where C.Element == UInt8 {
        guard scalar < Self.tableEnd else { return bytes(scalar).elementsEqual(utf8) }
        let i = Int(scalar)
        if own[i] == 0 { own[i] = bytes(scalar).elementsEqual(utf8) ? 1 : 2 }
        return own[i] == 1
    }
}

/// ASCII's A–Z to a–z, a byte or eight at once; every other byte unchanged.
enum ASCIIFold {
    static func byte(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// `w` holds only ASCII bytes: adding 0x3F (0x25) sets a byte's top bit from 'A' ('[')
    /// up, without a carry into the next byte; capitals are those between.
    static func word(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let fromA = w &+ ones &* (0x80 - 0x41)
        let pastZ = w &+ ones &* (0x80 - 0x5B)
        let capitals = fromA & ~pastZ & (ones &* 0x80)
        return w | (capitals >> 2)
    }
}

/// One scalar of valid UTF-8 (a String's bytes always are): its value and its length.
enum UTF8Scalar {
    static func decode<C: RandomAccessCollection>(_ s: C, at i: C.Index) -> (UInt32, Int) where C.Element == UInt8, C.Index == Int {
        let b = UInt32(s[i])
        func next(_ k: Int) -> UInt32 { UInt32(s[i + k]) & 0x3F }
        if b < 0xE0 { return ((b & 0x1F) << 6 | next(1), 2) }
        if b < 0xF0 { return ((b & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((b & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }
}
