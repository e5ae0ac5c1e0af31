import TimelineModel

/// Options the browse command hands to the browser.
struct BrowserOptions: Sendable {
    var noColor: Bool = false
}

/// Entry point of the interactive browser (stub until the browser lands).
enum BrowserLauncher {
    static func run(corpus: Corpus, options: BrowserOptions) -> Int32 {
        print("timeline: the browser is not built yet; try `timeline sources`")
        return 2
    }
}
