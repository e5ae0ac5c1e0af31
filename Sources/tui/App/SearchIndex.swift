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

        /// Occurrences of `needle` in text `t` (non-overlapping).
        func count(_ needle: [UInt8], in t: Int, _ hay: UnsafeRawBufferPointer, _ pat: UnsafeRawBufferPointer) -> Int {
            var n = 0
            var at = starts[t]
            let end = starts[t + 1]
            let first = Int32(needle[0])
            while at + needle.count <= end, let found = memchr(hay.baseAddress! + at, first, end - at - needle.count + 1) {
                let pos = hay.baseAddress!.distance(to: UnsafeRawPointer(found))
                if needle.count == 1 || memcmp(found + 1, pat.baseAddress! + 1, needle.count - 1) == 0 {
                    n += 1
                    at = pos + needle.count
                } else {
                    at = pos + 1
                }
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
                    guard let base = hay.baseAddress, let p = pat.baseAddress else { return }
                    if let within {
                        for h in within {
                            let n = count(needle, in: h.event, hay, pat)
                            if n > 0 { out.append(Hit(event: h.event, count: n)) }
                        }
                        return
                    }
                    var at = 0
                    let first = Int32(needle[0])
                    while at + needle.count <= hay.count, let found = memchr(base + at, first, hay.count - at - needle.count + 1) {
                        let pos = base.distance(to: UnsafeRawPointer(found))
                        // memchr finds candidates at memory speed; memcmp confirms the rest.
                        guard needle.count == 1 || memcmp(found + 1, p + 1, needle.count - 1) == 0 else {
                            at = pos + 1
                            continue
                        }
                        // A first match: count the rest of its text, then go on after it.
                        let t = text(at: pos)
                        out.append(Hit(event: t, count: count(needle, in: t, hay, pat)))
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
