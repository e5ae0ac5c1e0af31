import TimelineModel
#if canImport(Glibc)
import Glibc
#endif

/// Options the browse command hands to the browser.
struct BrowserOptions: Sendable {
    var noColor: Bool = false
    /// Mouse wheel and clicks (on by default; off keeps the terminal's own text selection).
    var mouse: Bool = true
    /// The environment to read TERM, NO_COLOR and ESCDELAY from (the process's by default).
    var environment: [String: String]? = nil
}

/// Entry point of the interactive browser: checks the terminal, runs the loop, restores the
/// terminal on every way out and returns the exit status (0, 2 without a terminal,
/// 128 + signal when interrupted, 129 as for SIGHUP when the terminal goes away).
enum BrowserLauncher {
    static func run(loaded: LoadedTimeline, options: BrowserOptions) -> Int32 {
        setlocale(LC_ALL, "")
        let env = options.environment ?? currentEnvironment()
        // The config is read (and the events were) before the terminal opens, so the config's
        // errors reach a plain screen (they are still there after the browser quits).
        let (config, configErrors) = ConfigFile.load(environment: env)
        for e in configErrors { printError("timeline: \(e)") }
        let session: TerminalSession
        do {
            try TerminalSession.preflight(environment: env)
            // NO_COLOR and --no-color win over the config's colours.
            let noColor = options.noColor || !(env["NO_COLOR"] ?? "").isEmpty
            session = try TerminalSession(environment: env, allowColor: !noColor, mouse: options.mouse && config.mouse,
                                          scheme: config.colors)
        } catch {
            printError("\(error)")
            return 2
        }
        defer { session.end() }
        let settings = BrowserSettings(config: config, color: session.color, unicode: session.unicode, mouse: session.mouse)
        var state = BrowserState(loaded: loaded, settings: settings, width: session.width, height: session.height)
        // stderr is under the screen now: the first frame says there were errors.
        state.message = ConfigFile.notice(configErrors)
        return loop(session, state)
    }

    /// Read → reduce → render → paint the changed rows; one paint per input.
    private static func loop(_ session: TerminalSession, _ initial: BrowserState) -> Int32 {
        var state = initial
        session.paint(Screen.render(state), full: true)
        state.catalog.prepareSearchInBackground()
        while true {
            let sig = Signals.pending
            if sig != 0 { return 128 + sig }
            let event = session.readEvent() ?? .idle
            if event == .idle {
                // A vanished terminal ends the browser as a hangup would.
                if !session.isConnected { return 128 + SIGHUP }
                if state.pendingKeys.isEmpty { continue }
            }
            let (next, fx) = Browser.handle(state, event)
            state = next
            if fx.contains(.quit) { return state.exitStatus }
            session.paint(Screen.render(state), full: fx.contains(.fullRedraw))
        }
    }

    private static func currentEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }

    private static func printError(_ message: String) {
        let line = Array((message + "\n").utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
