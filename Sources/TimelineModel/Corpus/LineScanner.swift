#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line of a text with its Unicode-scalar range (without the line break).
public struct TextLine: Hashable, Sendable {
    public var range: TextRange
    public var text: Substring
}

/// Splits text into lines at LF, CRLF and lone CR, counting Unicode scalars.
///
/// Works on the UTF-8 bytes: line breaks are ASCII, found with memchr, and the scalars of a
/// line are its bytes minus the bytes that continue a sequence, counted eight at a time.
/// (Walking String indices cost seconds on a 50 MB line.)
public enum LineScanner {
    public static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        forEachLine(of: text) { lines.append($0); return true }
        return lines
    }

    /// Calls `body` with each line in order until it returns false (so a look at the top of
    /// an article does not scan all of it).
    public static func forEachLine(of text: String, _ body: (TextLine) -> Bool) {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            func find(_ byte: UInt8, from i: Int) -> Int {
                guard i < n, let hit = memchr(base + i, Int32(byte), n - i) else { return n }
                return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            }
            var start = 0, scalarStart = 0
            var nextLF = find(0x0A, from: 0), nextCR = find(0x0D, from: 0)
            while start < n {
                if nextLF < start { nextLF = find(0x0A, from: start) }
                if nextCR < start { nextCR = find(0x0D, from: start) }
                let end = min(nextLF, nextCR)
                let scalars = (end - start) - continuationBytes(base + start, count: end - start)
                let from = utf8.index(utf8.startIndex, offsetBy: start), to = utf8.index(from, offsetBy: end - start)
                guard body(TextLine(range: TextRange(start: scalarStart, end: scalarStart + scalars), text: text[from..<to])) else { return }
                if end == n { return }
                var next = end + 1
                if base[end] == 0x0D, next < n, base[next] == 0x0A { next += 1 }
                scalarStart += scalars + (next - end)
                start = next
            }
        }
    }

    /// Bytes of the form 10xxxxxx: bit 7 set and bit 6 clear, tested in eight bytes at once.
    static func continuationBytes(_ p: UnsafePointer<UInt8>, count: Int) -> Int {
        let raw = UnsafeRawPointer(p)
        var total = 0, i = 0
        while i + 8 <= count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            total += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < count {
            if p[i] & 0xC0 == 0x80 { total += 1 }
            i += 1
        }
        return total
    }
}
