import Foundation
import Testing
@testable import tui

/// The README's key table comes from the action table; this keeps the two from drifting.
@Suite struct ReadmeKeysTests {
    @Test func readmeListsTheKeysOfTheActionTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for line in Action.keyTable() {
            #expect(readme.contains(line), "README.md lacks: \(line) — paste `timeline keys` into its Keys section")
        }
    }
}
