import TimelineModel

/// Settings the browser runs with (from flags, environment and, later, the config file).
struct BrowserSettings: Hashable, Sendable {
    var color = true
    var ascii = false
    var mouse = true
    /// Lines one wheel notch scrolls.
    var wheelLines = 3

    var context: RenderContext { RenderContext(ascii: ascii, color: color) }
}

/// Effects the loop carries out after a reduction (htop's HandlerResult flags).
struct Effects: OptionSet, Hashable, Sendable {
    let rawValue: Int
    static let quit = Effects(rawValue: 1)
    /// Repaint everything, not just the rows that changed (^L, after a resize).
    static let fullRedraw = Effects(rawValue: 2)
}

/// Everything the browser shows, as one value: the corpus, the stack of open panes and
/// their cursors, the search, the screen size and the settings.
struct BrowserState {
    let corpus: Corpus
    var settings: BrowserSettings
    private(set) var width: Int
    private(set) var height: Int
    /// Open panes; the last one is on screen, Esc pops it.
    var stack: [any Pane]
    var pendingKeys: [Key] = []
    var search = SearchState()
    /// A one-off note for the status line, cleared by the next key.
    var message: String?
    var exitStatus: Int32 = 0

    static let minWidth = 60
    static let minHeight = 16

    init(corpus: Corpus, settings: BrowserSettings = BrowserSettings(), width: Int = 80, height: Int = 24) {
        self.corpus = corpus
        self.settings = settings
        self.width = width
        self.height = height
        stack = [SourcesPane(corpus: corpus)]
        resize(width: width, height: height)
    }

    var context: RenderContext { settings.context }
    var top: any Pane {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }
    var isTooSmall: Bool { width < Self.minWidth || height < Self.minHeight }
    /// Rows between the title bar and the status line.
    var bodyHeight: Int { max(1, height - 2) }

    mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        for i in stack.indices { stack[i].layout(width: width, height: bodyHeight, context: context) }
    }

    /// Pushes a pane sized to the screen.
    mutating func push(_ pane: any Pane) {
        var p = pane
        p.layout(width: width, height: bodyHeight, context: context)
        stack.append(p)
    }
}
