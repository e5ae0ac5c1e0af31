import Foundation
import Testing

/// A tmux server of one suite's own (`-L NAME-PID`: suites run in parallel), driving one
/// session; the end-to-end suites share it so polling and capture work the same everywhere.
struct TmuxServer {
    let exe: String
    let socket: String
    /// The session the screen is read from.
    let session: String

    init(exe: String, name: String, session: String) {
        self.exe = exe
        socket = "\(name)-\(getpid())"
        self.session = session
    }

    @discardableResult
    func callAsFunction(_ args: String...) throws -> String { try call(args) }

    /// Runs a tmux command on this server; the output of the commands that print is kept.
    @discardableResult
    func call(_ args: [String]) throws -> String {
        try EndToEndTests.run(exe, ["-L", socket, "-f", "/dev/null"] + args,
                              capture: args.first == "capture-pane" || args.first == "display-message").out
    }

    func screen(escapes: Bool = false) -> String {
        (try? escapes ? self("capture-pane", "-p", "-e", "-t", session) : self("capture-pane", "-p", "-t", session)) ?? ""
    }

    /// Polls the screen until `predicate` holds (30 s at most: a loaded machine, a debug
    /// build; a screen that is right returns at once).
    @discardableResult
    func wait(_ what: String, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let s = screen()
            if predicate(s) { return s }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(what); screen:\n\(screen())")
        return nil
    }

    @discardableResult
    func wait(for text: String) -> String? { wait(text) { $0.contains(text) } }

    /// The browsers these tests start keep their cache here, not in the user's: a cache of
    /// an older format would put a warning on the status line the screens are read from.
    /// Fresh for each test process; earlier processes' are removed.
    static let cacheHome: String = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-e2e-cache")
        try? FileManager.default.removeItem(at: parent)
        let dir = parent.appendingPathComponent("\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }()

    /// Whether the shell waits at its prompt: the last line written is `$` (capture-pane drops
    /// the space after it). Looking for "$ " anywhere matched only the first prompt, which a
    /// loaded machine can lose when keys arrive before the shell prints it.
    static func showsPrompt(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.last == "$"
    }

    /// Waits for a new shell's first prompt, so that what is typed next is read by the shell.
    func waitForPrompt() { wait("the shell's prompt") { Self.showsPrompt($0) } }

    /// The status line (the last row of the screen).
    func status() -> String { screen().split(separator: "\n").last.map(String.init) ?? "" }

    func kill() { _ = try? self("kill-server") }
}
