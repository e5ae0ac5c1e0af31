// The fuzz build leaves out the files that import GRDB (the SQLite reading cache): the
// harness never passes a cache, and GRDB would have to be built by hand as well. This
// stands in for the type `Timeline.build` names.

public final class ReadingCache: @unchecked Sendable {
    public func readings(_ keys: [ContentHash]) -> [ContentHash: SourceReading] { [:] }
    @discardableResult
    public func store(_ entries: [(ContentHash, SourceReading)]) -> Bool { true }
}
