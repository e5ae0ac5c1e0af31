import Testing
@testable import tui

@Suite struct SmokeTests {
    @Test func defaultCommandIsBrowse() {
        #expect(TimelineCommand.configuration.defaultSubcommand == Browse.self)
    }
}
