#if canImport(Glibc)
import Glibc
#endif

/// Every event's search text in one buffer (UTF-8, texts separated by a NUL no query
/// holds), once as written and once folded to lower case, so a search over a million
/// events scans contiguous bytes with memmem instead of building strings per event.
final class SearchIndex: @unchecked Sendable {
    private let texts: [String]
    private(set) lazy var folded: Buffer = Buffer(texts, foldCase: true)
    private(set) lazy var exact: Buffer = Buffer(texts, foldCase: false)
    /// The last answer: a keystroke both counts and jumps, and n / N repeat the query.
    private var memo: (key: Key, hits: [Hit])?

    struct Key: Hashable {
        var needle: [UInt8]
        var ignoreCase: Bool
    }

    /// An event holding the needle, and how many times (non-overlapping).
    struct Hit: Hashable {
        var event: Int
        var count: Int
    }

    struct Buffer {
        let bytes: [UInt8]
        /// Where each text starts; one more entry than texts, for the end.
        let starts: [Int]

        /// Built on the first search, not at start: `foldCase` lowers ASCII byte by byte and
        /// leaves other text to the standard library's full case mapping.
        init(_ texts: [String], foldCase: Bool) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
            var starts: [Int] = []
            starts.reserveCapacity(texts.count + 1)
            for t in texts {
                starts.append(bytes.count)
                if !foldCase {
                    bytes.append(contentsOf: t.utf8)
                } else if t.utf8.allSatisfy({ $0 < 0x80 }) {
                    for b in t.utf8 { bytes.append(b &- 0x41 < 26 ? b | 0x20 : b) }
                } else {
                    bytes.append(contentsOf: t.lowercased().utf8)
                }
                bytes.append(0)
            }
            starts.append(bytes.count)
            self.bytes = bytes
            self.starts = starts
        }

        /// The text holding byte `p`.
        func text(at p: Int) -> Int {
            var lo = 0, hi = starts.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if starts[mid] <= p { lo = mid } else { hi = mid }
            }
            return lo
        }

        /// The first place in `from..<to` where `needle` starts: memchr finds candidates at
        /// memory speed, memcmp confirms the rest.
        static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
            guard let base = hay.baseAddress, let p = needle.baseAddress else { return nil }
            let first = Int32(needle[0])
            var at = from
            while at + needle.count <= to, let found = memchr(base + at, first, to - at - needle.count + 1) {
                let pos = base.distance(to: UnsafeRawPointer(found))
                if needle.count == 1 || memcmp(found + 1, p + 1, needle.count - 1) == 0 { return pos }
                at = pos + 1
            }
            return nil
        }

        /// Occurrences of `needle` in text `t` (non-overlapping).
        func count(_ needle: UnsafeRawBufferPointer, in t: Int, _ hay: UnsafeRawBufferPointer) -> Int {
            var n = 0
            var at = starts[t]
            while let pos = Self.find(needle, in: hay, from: at, to: starts[t + 1]) {
                n += 1
                at = pos + needle.count
            }
            return n
        }

        /// Every text holding `needle`; only `within` when given (the texts that held a
        /// shorter query this one extends: typing narrows, it never widens).
        func hits(_ needle: [UInt8], within: [Hit]? = nil) -> [Hit] {
            guard !needle.isEmpty, !bytes.isEmpty else { return [] }
            var out: [Hit] = []
            bytes.withUnsafeBytes { hay in
                needle.withUnsafeBytes { pat in
                    if let within {
                        for h in within {
                            let n = count(pat, in: h.event, hay)
                            if n > 0 { out.append(Hit(event: h.event, count: n)) }
                        }
                        return
                    }
                    // A first match: count the rest of its text, then go on after it.
                    var at = 0
                    while let pos = Self.find(pat, in: hay, from: at, to: hay.count) {
                        let t = text(at: pos)
                        out.append(Hit(event: t, count: count(pat, in: t, hay)))
                        at = starts[t + 1]
                    }
                }
            }
            return out
        }
    }

    init(_ texts: [String]) { self.texts = texts }

    /// The events whose text holds `matcher`'s pattern, in order.
    func hits(_ matcher: SearchMatcher) -> [Hit] {
        let key = Key(needle: Array(matcher.pattern.joined().utf8), ignoreCase: matcher.ignoreCase)
        if let memo, memo.key == key { return memo.hits }
        let narrowed = memo.flatMap { m in
            m.key.ignoreCase == key.ignoreCase && key.needle.count > m.key.needle.count && key.needle.starts(with: m.key.needle) ? m.hits : nil
        }
        let hits = (key.ignoreCase ? folded : exact).hits(key.needle, within: narrowed)
        memo = (key, hits)
        return hits
    }
}
