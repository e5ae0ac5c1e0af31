import Dispatch
import Foundation

/// Every event's search text as bytes, once as written and once folded to lower case, in
/// blocks of consecutive texts: a search over a million events scans contiguous bytes on
/// every core instead of building strings per event. Each form is built from the texts
/// written straight into bytes, by the first search that needs it or ahead of it in the
/// background (`prepare`); searches come from one thread.
final class SearchIndex: @unchecked Sendable {
    /// Writes text `i` (as `EventCatalog.writeSearchText` does); called from any thread.
    typealias Source = @Sendable (Int, inout SearchTextWriter) -> Void

    private let count: Int
    private let blockSize: Int
    private let source: Source
    /// The forms built so far (key: folded), behind `lock` as `prepare` may run elsewhere.
    private var forms: [Bool: [TextBlock]] = [:]
    private let lock = NSLock()
    /// The last answer: a keystroke both counts and jumps, and n / N repeat the query.
    private var memo: (key: Key, hits: Hits)?

    struct Key: Hashable {
        var needle: [UInt8]
        var ignoreCase: Bool
    }

    /// An event holding the needle, and how many times (non-overlapping). Small, as there
    /// may be a million of them.
    struct Hit: Hashable, Sendable {
        var event: Int32
        var count: Int32
    }

    /// `blockSize` texts per block: enough that a block is a few megabytes of scanning,
    /// small enough that two cores share the work evenly.
    init(count: Int, blockSize: Int = 16_384, source: @escaping Source) {
        self.count = count
        self.blockSize = max(1, blockSize)
        self.source = source
    }

    convenience init(_ texts: [String], blockSize: Int = 16_384) {
        self.init(count: texts.count, blockSize: blockSize) { i, out in out.write(texts[i]) }
    }

    /// The events whose text holds `matcher`'s pattern, in order.
    func hits(_ matcher: SearchMatcher) -> Hits {
        let key = Key(needle: Array(matcher.pattern.joined().utf8), ignoreCase: matcher.ignoreCase)
        if let memo, memo.key == key { return memo.hits }
        // Typing narrows, it never widens: a query extending the last one is looked for
        // only in the texts that held the last one.
        let narrowed = memo.flatMap { m in
            m.key.ignoreCase == key.ignoreCase && key.needle.count > m.key.needle.count && key.needle.starts(with: m.key.needle) ? m.hits : nil
        }
        let hits = key.needle.isEmpty ? Hits(blocks: []) : scan(blocks(foldCase: key.ignoreCase), BytePattern(bytes: key.needle), within: narrowed)
        memo = (key, hits)
        return hits
    }

    /// Hits block by block, as the cores found them: never copied into one array, and the
    /// next keystroke narrows each block's own.
    struct Hits: Sequence, Equatable, Sendable {
        let blocks: [[Hit]]
        let count: Int

        init(blocks: [[Hit]]) {
            self.blocks = blocks
            count = blocks.reduce(0) { $0 + $1.count }
        }

        var isEmpty: Bool { count == 0 }

        func makeIterator() -> FlattenSequence<[[Hit]]>.Iterator { blocks.joined().makeIterator() }

        static func == (a: Hits, b: Hits) -> Bool { a.count == b.count && a.elementsEqual(b) }
    }

    /// Builds the folded form (what a lowercase query searches) now, so the first search
    /// does not wait for it; safe from any thread.
    func prepare() { _ = blocks(foldCase: true) }

    private func blocks(foldCase: Bool) -> [TextBlock] {
        lock.lock()
        defer { lock.unlock() }
        if let built = forms[foldCase] { return built }
        let built = build(foldCase: foldCase)
        forms[foldCase] = built
        return built
    }

    private func scan(_ blocks: [TextBlock], _ pattern: BytePattern, within: Hits?) -> Hits {
        Hits(blocks: Parallel.map(blocks.count) { b in
            guard let within, within.blocks.count == blocks.count else { return blocks[b].hits(pattern) }
            return within.blocks[b].isEmpty ? [] : blocks[b].hits(pattern, among: within.blocks[b])
        })
    }

    private func build(foldCase: Bool) -> [TextBlock] {
        let (count, size, source) = (count, blockSize, source)
        let blocks = (count + size - 1) / size
        return Parallel.map(blocks) { b in
            TextBlock(texts: (b * size)..<min(count, (b + 1) * size), foldCase: foldCase, write: source)
        }
    }
}

/// Runs `n` independent jobs on every core; the results come back in job order, so what
/// the jobs find does not depend on which core finished first.
enum Parallel {
    static func map<T: Sendable>(_ n: Int, _ job: @Sendable (Int) -> T) -> [T] {
        guard n > 1 else { return n == 1 ? [job(0)] : [] }
        let slots = (0..<n).map { _ in Slot<T>() }
        DispatchQueue.concurrentPerform(iterations: n) { i in slots[i].value = job(i) }
        return slots.map { $0.value! }
    }

    /// One job's result; each is written by one thread, read after all have finished.
    private final class Slot<T>: @unchecked Sendable {
        var value: T?
    }
}
