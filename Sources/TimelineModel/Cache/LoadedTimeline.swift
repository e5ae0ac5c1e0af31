import Foundation

/// A timeline as a start has it: its sources and events at once, its chains and people when
/// first asked for. From a snapshot those are decoded only then: the browser's first frame
/// shows neither, and they can be the larger part of it.
public struct LoadedTimeline: Sendable {
    public var corpus: Corpus
    /// From a snapshot: each event decoded when read.
    public var events: EventList
    /// As in `Timeline`.
    public var readFromCache = 0
    public var filesRead = 0
    public var fromSnapshot = false
    let leadership: DeferredLeadership

    init(corpus: Corpus, events: EventList, leadership: DeferredLeadership) {
        self.corpus = corpus
        self.events = events
        self.leadership = leadership
    }

    /// A timeline built in full already.
    public init(_ t: Timeline) {
        self.init(corpus: t.corpus, events: EventList(t.events), leadership: DeferredLeadership((t.chains, t.people)))
        readFromCache = t.readFromCache
        filesRead = t.filesRead
        fromSnapshot = t.fromSnapshot
    }

    public var chains: [SuccessionChain] { leadership.value.chains }
    public var people: PersonDirectory? { leadership.value.people }

    /// The whole timeline, every event, chains and people decoded.
    public func timeline() -> Timeline {
        let (chains, people) = leadership.value
        var t = Timeline(corpus: corpus, events: events.array, chains: chains, people: people)
        t.readFromCache = readFromCache
        t.filesRead = filesRead
        t.fromSnapshot = fromSnapshot
        return t
    }
}

/// Chains and people, made once when first asked for: decoded, or, when that fails (a
/// damaged or replaced snapshot), made by `recover` instead.
final class DeferredLeadership: @unchecked Sendable {
    typealias Value = (chains: [SuccessionChain], people: PersonDirectory?)
    private var made: Value?
    private var decode: (@Sendable () throws -> Value)?
    private var recover: (@Sendable (Error) -> Value)?
    private let lock = NSLock()

    init(_ value: Value) { made = value }

    init(decode: @escaping @Sendable () throws -> Value, recover: @escaping @Sendable (Error) -> Value) {
        self.decode = decode
        self.recover = recover
    }

    var value: Value {
        lock.withLock {
            if let made { return made }
            let v: Value
            do { v = try decode!() } catch { v = recover!(error) }
            made = v
            (decode, recover) = (nil, nil)
            return v
        }
    }
}
