import Foundation
@testable import TimelineModel

/// A scratch folder for one test, removed when the value goes away.
final class TestFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "timeline-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    func link(_ name: String, to target: String) {
        try! FileManager.default.createSymbolicLink(atPath: path + "/" + name, withDestinationPath: target)
    }
}

extension CorpusReader {
    /// A reader with no date finder and a fixed today, so tests do not depend on the clock.
    static func forTests(findDates: @escaping DateMentionFinder = { _ in [] }) -> CorpusReader {
        CorpusReader(today: CalendarDay(year: 2026, month: 1, day: 1)!, findDates: findDates)
    }
}
