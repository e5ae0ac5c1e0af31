import Foundation

/// A source's text, held or read from its file on first use.
///
/// A warm start builds the timeline from a snapshot and never needs 400 MB of articles for
/// its first frame; the reader, `check` and searches over text ask for one article at a
/// time. A class so that copies of a `Source` share what was read once.
final class SourceText: @unchecked Sendable {
    private enum State {
        case loaded(String)
        case onDisk(path: [UInt8], file: String, expected: ContentHash)
    }

    private var state: State
    private let lock = NSLock()

    init(_ text: String) { state = .loaded(text) }

    /// The file's text as `CorpusReader` decodes it, trusted only if it still hashes to
    /// `expected` (the text the snapshot was made from).
    init(path: [UInt8], file: String, expected: ContentHash) {
        state = .onDisk(path: path, file: file, expected: expected)
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .loaded(let t):
            return t
        case .onDisk(let path, let file, let expected):
            let t = Self.read(path, file: file, expected: expected)
            state = .loaded(t)
            return t
        }
    }

    private static func read(_ path: [UInt8], file: String, expected: ContentHash) -> String {
        if case .success(let bytes) = FolderWalker.read(path, limit: CorpusReader.defaultMaxFileBytes),
           case .text(let t, _, _) = DecodedText.decode(bytes), ContentHash(text: t) == expected {
            return t
        }
        // Offsets of the events point into the text as it was: another text would put the
        // highlights in the wrong place, so say what happened instead.
        return "\(file) changed or went away after timeline read it; quit and start timeline again to read it anew."
    }
}
