import Foundation
import Testing

/// Runs the real binary in a private tmux server: send keys, read the screen.
@Suite(.serialized) struct EndToEndTests {
    /// `TIMELINE_BIN`, or the `timeline` built next to the test bundle.
    static let binary: String? = {
        let fm = FileManager.default
        if let b = ProcessInfo.processInfo.environment["TIMELINE_BIN"], fm.isExecutableFile(atPath: b) { return b }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("timeline"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("timeline"))
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent(".build/debug/timeline"))
        return candidates.map(\.path).first { fm.isExecutableFile(atPath: $0) }
    }()

    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A temporary folder of invented articles.
    static func makeCorpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-e2e-\(getpid())-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let articles = [
            "a_storm.txt": "Storm closes the harbour at Vell\n\nA storm closed the harbour at Vell on Friday.\n",
            "b_bridge.txt": "Bridge reopens after repairs\n\nThe old bridge reopened in April.\n",
            "c_fees.txt": "Harbour fees rise\n\nFees rise by a tenth \u{1B}[2Jnext year.\n",
        ]
        for (name, text) in articles { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    /// Runs a program and waits for it. posix_spawn rather than Foundation's Process: the
    /// child gets an empty signal mask and default handlers (a tmux server that inherits the
    /// test runner's blocked signals never reaps its children), and nothing waits on a pipe
    /// that a forked daemon keeps open (`capture: false` sends output to /dev/null).
    @discardableResult
    static func run(_ exe: String, _ args: [String], env: [String: String]? = nil, capture: Bool = true) throws -> (status: Int32, out: String, err: String) {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        if capture {
            guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw POSIXError(.EMFILE) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([exe] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The tests' own cache unless the caller gives an environment (see TmuxServer.cacheHome).
        let environment = env ?? ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": TmuxServer.cacheHome]) { _, new in new }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, exe, &actions, &attr, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        var out = "", err = ""
        if capture {
            close(outPipe[1]); close(errPipe[1])
            // Small outputs: read stdout then stderr (a screen is far below the pipe buffer).
            out = readAll(outPipe[0]); err = readAll(errPipe[0])
            close(outPipe[0]); close(errPipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, out, err)
    }

    private static func readAll(_ fd: Int32) -> String {
        var data = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buf, buf.count)
            if n > 0 { data += buf[0..<n] } else if n == 0 || errno != EINTR { break }
        }
        return String(decoding: data, as: UTF8.self)
    }

    typealias Tmux = TmuxServer

    @Test func browseInTmux() throws {
        guard let bin = Self.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        guard let tmuxExe = Self.tmux else {
            print("skipping: tmux is not installed")
            return
        }
        let corpus = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let t = Tmux(exe: tmuxExe, name: "timeline-test", session: "e2e")
        defer { t.kill() }
        try t("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "env", "XDG_CACHE_HOME=\(TmuxServer.cacheHome)", "PS1=$ ", "LANG=C.UTF-8", "sh")
        t.waitForPrompt()
        try t("set-option", "-t", "e2e", "window-size", "manual")
        try t("send-keys", "-t", "e2e", "'\(bin)' '\(corpus.path)'; echo \"EXIT=$?\"", "Enter")

        // It opens on the timeline (no events in these three); s shows the sources.
        guard t.wait(for: "Timeline (") != nil else { return }
        try t("send-keys", "-t", "e2e", "s")
        guard let list = t.wait(for: "Sources (3 articles)") else { return }
        #expect(list.contains("a_storm") && list.contains("Harbour fees rise"))
        #expect(list.split(separator: "\n").last?.hasPrefix(" Sources") == true)

        // Enter opens the reader on the selected article.
        try t("send-keys", "-t", "e2e", "Enter")
        guard let reader = t.wait(for: " Reader ") else { return }
        #expect(reader.hasPrefix(" Storm closes the harbour at Vell"))
        #expect(reader.contains("A storm closed the harbour at Vell on Friday."))

        // Resize smaller and back: redrawn at each size.
        try t("resize-window", "-t", "e2e", "-x", "70", "-y", "20")
        _ = t.wait("70×20 status line") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 20 && lines[19].hasPrefix(" Reader") && lines[19].hasSuffix("? help")
                && lines[19].count <= 70
        }
        try t("resize-window", "-t", "e2e", "-x", "40", "-y", "10")
        _ = t.wait(for: "timeline needs at least 60×16 (now 40×10)".prefix(30).description)
        try t("resize-window", "-t", "e2e", "-x", "100", "-y", "30")
        _ = t.wait("100×30 reader") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[29].hasPrefix(" Reader") && s.contains("A storm closed the harbour")
        }

        // The escape sequence in an article never reaches the terminal.
        try t("send-keys", "-t", "e2e", "}", "}")
        _ = t.wait(for: "Fees rise by a tenth ␛next year.")

        // q closes the reader, then the sources, then quits: a clean shell and exit status 0.
        try t("send-keys", "-t", "e2e", "q")
        _ = t.wait(for: "Sources (3 articles)")
        try t("send-keys", "-t", "e2e", "q")
        _ = t.wait(for: "Timeline (")
        try t("send-keys", "-t", "e2e", "q")
        // The shell prints its prompt a moment after the exit status.
        guard let done = t.wait("the exit status and the prompt", { $0.contains("EXIT=0") && Tmux.showsPrompt($0) }) else { return }
        #expect(!done.contains("Sources (3 articles)"))
    }

    /// The repository's seed corpus (five real reports).
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    /// Search, the detail's disagreement, the reader stepping through the three sources of the
    /// 2018-04-05 airstrike, a resize, and out.
    @Test func eventsOfTheSeedsInTmux() throws {
        guard let bin = Self.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        guard let tmuxExe = Self.tmux else {
            print("skipping: tmux is not installed")
            return
        }
        let t = Tmux(exe: tmuxExe, name: "timeline-test", session: "e2e")
        defer { t.kill() }
        try t("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "35", "env", "XDG_CACHE_HOME=\(TmuxServer.cacheHome)", "PS1=$ ", "LANG=C.UTF-8", "sh")
        t.waitForPrompt()
        try t("set-option", "-t", "e2e", "window-size", "manual")
        try t("send-keys", "-t", "e2e", "'\(bin)' '\(Self.seeds.path)'; echo \"EXIT=$?\"", "Enter")
        guard t.wait(for: " Timeline (") != nil else { return }

        // Search for Hekmat: a match count, and the airstrike's detail beside the list.
        try t("send-keys", "-t", "e2e", "/Hekmat", "Enter")
        guard var screen = t.wait(for: " matches ") else { return }
        // The detail beside the list follows the selection: step to the airstrike's match.
        let onAirstrike = { (s: String) in s.contains("date     2018-04-05") && s.contains("kind     Airstrike") }
        var tries = 0
        while !onAirstrike(screen) && tries < 12 {
            try t("send-keys", "-t", "e2e", "n")
            usleep(150_000)
            screen = t.screen()
            tries += 1
        }
        guard t.wait("the airstrike's detail", onAirstrike) != nil else { return }

        // Enter focuses the detail: the date disagreement, who says what.
        try t("send-keys", "-t", "e2e", "Enter")
        guard let detail = t.wait(for: "date: 2018-04-05 (") else { return }
        #expect(detail.contains("2018-04-06") && detail.contains("(the defense ministry, 001)"))
        #expect(detail.contains("≠ Sources disagree"))

        // ] then Enter: the reader on the first source, its sentence highlighted; ] steps on.
        try t("send-keys", "-t", "e2e", "]", "Enter")
        for outlet in ["Forces News", "Newsweek Pakistan", "The Defense Post"] {
            if outlet != "Forces News" { try t("send-keys", "-t", "e2e", "]") }
            let r = t.wait("the reader on \(outlet)") { s in
                s.hasPrefix(" \(outlet)") && s.contains("▌") && s.contains(" Reader ")
            }
            #expect(r != nil)
        }

        // Back to the detail; resize to 70×20 and back: redrawn at each size.
        try t("send-keys", "-t", "e2e", "Escape")
        _ = t.wait("the detail again") { $0.contains(" Detail  ") && $0.contains("Evidence (") }
        try t("resize-window", "-t", "e2e", "-x", "70", "-y", "20")
        _ = t.wait("70×20 status line") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 20 && lines[19].hasPrefix(" Detail") && lines[19].hasSuffix("? help") && lines[19].count <= 70
        }
        try t("resize-window", "-t", "e2e", "-x", "120", "-y", "35")
        _ = t.wait("120×35 side by side") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 35 && lines[34].hasPrefix(" Detail") && s.contains("│")
        }

        // l: the leadership ladder; Enter on the second holder jumps to the 2018-08-01
        // surrender in the timeline, its detail beside.
        try t("send-keys", "-t", "e2e", "l")
        guard let ladder = t.wait("the ladder", { $0.contains(" Leadership (") && $0.contains("Habib") }) else { return }
        #expect(ladder.contains("IS-K · leader in Jowzjan") && ladder.contains("Qari Hekmat"))
        #expect(ladder.contains("✝") && ladder.contains("├") && ladder.contains("└"))
        try t("send-keys", "-t", "e2e", "j", "Enter")
        let jumped = t.wait("the surrender's detail") { s in
            s.range(of: "date +2018-08-01", options: .regularExpression) != nil && s.contains(" Timeline  ")
        }
        #expect(jumped?.contains("Surrender") == true)
        #expect(jumped?.contains(": surrendered") == true)

        // q leaves the detail for the list, q quits: a clean shell and exit status 0.
        var done: String?
        for _ in 0..<4 {
            try t("send-keys", "-t", "e2e", "q")
            usleep(300_000)
            if t.screen().contains("EXIT=") { break }
        }
        done = t.wait("the exit status and the prompt") { $0.contains("EXIT=0") && Tmux.showsPrompt($0) }
        #expect(done?.contains("Timeline (") == false)
    }

    @Test func refusesWithoutATerminal() throws {
        guard let bin = Self.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        let corpus = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let r = try Self.run(bin, [corpus.path])
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err == "timeline: no terminal to draw on (stdout is not a tty); try 'timeline events' for plain output\n")
    }

    @Test func refusesTermDumbAndQuitsOnSignal() throws {
        guard let bin = Self.binary, let tmuxExe = Self.tmux else { return }
        let corpus = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let t = Tmux(exe: tmuxExe, name: "timeline-test", session: "e2e")
        defer { t.kill() }
        try t("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "env", "XDG_CACHE_HOME=\(TmuxServer.cacheHome)", "PS1=$ ", "LANG=C.UTF-8", "sh")
        t.waitForPrompt()
        try t("send-keys", "-t", "e2e", "TERM=dumb '\(bin)' '\(corpus.path)'; echo \"EXIT=$?\"", "Enter")
        let s = t.wait(for: "EXIT=2")
        #expect(s?.contains("(TERM=dumb cannot move the cursor)") == true)
        try t("send-keys", "-t", "e2e", "clear; '\(bin)' '\(corpus.path)'; echo \"EXIT=$?\"", "Enter")
        _ = t.wait(for: "Timeline (")
        try t("send-keys", "-t", "e2e", "C-c")
        _ = t.wait(for: "EXIT=130")
    }

    @Test func suspendAndResumeRedraws() throws {
        guard let bin = Self.binary, let tmuxExe = Self.tmux else { return }
        let corpus = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let t = Tmux(exe: tmuxExe, name: "timeline-test", session: "e2e")
        defer { t.kill() }
        try t("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", "env", "XDG_CACHE_HOME=\(TmuxServer.cacheHome)", "PS1=$ ", "LANG=C.UTF-8", "sh", "-i")
        t.waitForPrompt()
        try t("send-keys", "-t", "e2e", "'\(bin)' '\(corpus.path)'", "Enter")
        _ = t.wait(for: "Timeline (")
        try t("send-keys", "-t", "e2e", "s")
        _ = t.wait(for: "Sources (3 articles)")
        try t("send-keys", "-t", "e2e", "C-z")
        _ = t.wait("the shell after ^Z") { !$0.contains("Sources (3 articles)") && Tmux.showsPrompt($0) }
        try t("send-keys", "-t", "e2e", "fg", "Enter")
        _ = t.wait(for: "Sources (3 articles)")
        try t("send-keys", "-t", "e2e", "j")
        _ = t.wait(for: "2/3  ? help")
        try t("send-keys", "-t", "e2e", "q", "q")
        _ = t.wait("the shell after q") { !$0.contains("Sources (3 articles)") && !$0.contains("Timeline (") }
    }
}
