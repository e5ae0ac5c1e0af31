import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A hostile terminal, end to end: the real binary in tmux at tiny sizes, under a resize
/// storm, in the C locale, under several TERMs and NO_COLOR, hung up, and left behind.
@Suite(.serialized) struct HostileTerminalTests {
    /// A tmux server of this test's own (the end-to-end suite runs its own beside it), with
    /// the shell, pid and terminal-mode helpers these tests need on top of `TmuxServer`.
    final class Tmux {
        let server: TmuxServer
        let pidFile: String
        init?(_ name: String) {
            guard let exe = EndToEndTests.tmux else { return nil }
            server = TmuxServer(exe: exe, name: "timeline-hostile-\(name)", session: "h")
            pidFile = NSTemporaryDirectory() + "timeline-hostile-\(getpid())-\(name).pid"
        }
        deinit {
            server.kill()
            unlink(pidFile)
        }

        @discardableResult
        func callAsFunction(_ args: String...) throws -> String { try server.call(args) }

        @discardableResult
        func call(_ args: [String]) throws -> String { try server.call(args) }

        /// A shell in a window of `width`×`height`.
        func start(width: Int, height: Int) throws {
            try self("new-session", "-d", "-s", "h", "-x", "\(width)", "-y", "\(height)", "env", "XDG_CACHE_HOME=\(TmuxServer.cacheHome)", "PS1=$ ", "LANG=C.UTF-8", "sh")
            try self("set-option", "-t", "h", "window-size", "manual")
            // A window too small to show the prompt cannot be waited on.
            if width >= 10 { server.waitForPrompt() }
        }

        /// Types a command line that runs the browser (its pid saved) and then prints its status.
        func launch(_ env: String = "", corpus: String = EndToEndTests.seeds.path) throws {
            guard let bin = EndToEndTests.binary else { throw POSIXError(.ENOENT) }
            try self("send-keys", "-t", "h", "\(env) sh -c 'echo $$ > \(pidFile); exec \"$0\" \"$@\"' '\(bin)' '\(corpus)'; echo \"EXIT=$?\"", "Enter")
        }

        var pid: pid_t? {
            (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }

        func screen(escapes: Bool = false) -> String { server.screen(escapes: escapes) }

        func flags() -> String {
            (try? self("display-message", "-p", "-t", "h", "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag} #{keypad_flag}")) ?? "?"
        }

        func resize(_ w: Int, _ h: Int) throws { try self("resize-window", "-t", "h", "-x", "\(w)", "-y", "\(h)") }

        @discardableResult
        func wait(_ what: String, _ predicate: (String) -> Bool) -> String? { server.wait(what, predicate) }

        @discardableResult
        func wait(for text: String) -> String? { server.wait(for: text) }

        /// The browser's first screen: the timeline's title row.
        func waitForBrowser() -> String? { wait(for: " Timeline (") }

        /// Quits with q from the top level and waits for the exit status.
        func quit(expect status: Int = 0) -> String? {
            _ = try? self("send-keys", "-t", "h", "q")
            return wait(for: "EXIT=\(status)")
        }
    }

    static func alive(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

    /// User plus system CPU time of a process, in clock ticks (nil once it is gone).
    static func cpuTicks(_ pid: pid_t) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let u = Int(fields[11]), let s = Int(fields[12]) else { return nil }
        return u + s
    }

    static func waitGone(_ pid: pid_t, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !alive(pid) { return true }
            usleep(50_000)
        }
        return false
    }

    /// Nothing of the browser is left on the screen after it quits.
    static func isClean(_ screen: String) -> Bool {
        !screen.contains("Timeline (") && !screen.contains("? help") && !screen.contains("timeline needs")
    }

    static var ready: Bool {
        if EndToEndTests.binary == nil { Issue.record("timeline binary not found: build first or set TIMELINE_BIN") }
        if EndToEndTests.tmux == nil { print("skipping: tmux is not installed") }
        return EndToEndTests.binary != nil && EndToEndTests.tmux != nil
    }

    @Test func tinyWindowsNeverBreakIt() throws {
        guard Self.ready, let t = Tmux("tiny") else { return }
        try t.start(width: 100, height: 30)
        let before = t.flags()
        try t.launch()
        guard t.waitForBrowser() != nil, let pid = t.pid else { return }
        for (w, h) in [(1, 1), (2, 1), (1, 2), (1, 5), (5, 1), (10, 3), (3, 40), (20, 5), (59, 15), (60, 16), (1, 1)] {
            try t.resize(w, h)
            usleep(250_000)
            #expect(Self.alive(pid), "gone after \(w)×\(h)")
        }
        try t.resize(10, 3)
        t.wait("the size message at 10×3") { $0.hasPrefix("timeline") }
        try t.resize(100, 30)
        t.wait("the browser again at 100×30") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[0].hasPrefix(" Timeline (") && lines[29].hasPrefix(" Timeline") && lines[29].hasSuffix("? help")
        }
        guard let done = t.quit() else { return }
        #expect(Self.isClean(done), "\(done)")
        #expect(t.flags() == before)
    }

    /// Started in a 1×1 window. (Grown afterwards and quit, tmux 3.3 leaves the last frame's
    /// bottom row on the restored screen: `tput smcup; …; tput rmcup` does the same, so the
    /// screen is not compared here.)
    @Test func startsInAOneByOneWindow() throws {
        guard Self.ready, let t = Tmux("one") else { return }
        try t.start(width: 1, height: 1)
        try t.launch()
        let deadline = Date().addingTimeInterval(15)
        while t.pid == nil && Date() < deadline { usleep(50_000) }
        guard let pid = t.pid else { Issue.record("the browser did not start"); return }
        usleep(1_500_000)
        #expect(Self.alive(pid))
        try t.resize(80, 24)
        t.waitForBrowser()
        _ = t.quit()
        #expect(Self.waitGone(pid))
    }

    @Test func aResizeStormEndsOnACorrectScreen() throws {
        guard Self.ready, let t = Tmux("storm") else { return }
        try t.start(width: 100, height: 30)
        try t.launch()
        guard t.waitForBrowser() != nil, let pid = t.pid else { return }
        // 300 resizes: 15 tmux calls of 20 chained commands, sizes from 1×1 to 140×50.
        let started = Date()
        for k in 0..<15 {
            var args: [String] = []
            for j in 0..<20 {
                args += ["resize-window", "-t", "h", "-x", "\((k * 37 + j * 13) % 140 + 1)", "-y", "\((k * 11 + j * 7) % 50 + 1)", ";"]
            }
            try t.call(args)
            usleep(20_000)
        }
        try t.resize(100, 30)
        print("300 resizes in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(Self.alive(pid))
        t.wait("a correct 100×30 screen") { s in
            let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[0].hasPrefix(" Timeline (") && lines[29].hasPrefix(" Timeline") && lines[29].hasSuffix("1/25  ? help")
                && lines.allSatisfy { $0.count <= 100 }
        }
        try t("send-keys", "-t", "h", "j")
        t.wait(for: "2/25  ? help")
        guard let done = t.quit() else { return }
        #expect(Self.isClean(done), "\(done)")
    }

    @Test func theCLocaleGetsASCII() throws {
        guard Self.ready, let t = Tmux("ascii") else { return }
        try t.start(width: 100, height: 30)
        try t.launch("LC_ALL=C LANG=C")
        guard let s = t.waitForBrowser() else { return }
        #expect(s.unicodeScalars.allSatisfy { $0.isASCII }, "\(s)")
        #expect(s.contains(" -- 2014 --"))
        guard let done = t.quit() else { return }
        #expect(Self.isClean(done))
    }

    @Test(arguments: ["vt100", "screen", "linux", "xterm-256color"])
    func commonTerminalTypesWork(_ term: String) throws {
        guard Self.ready, let t = Tmux("term-\(term)") else { return }
        try t.start(width: 100, height: 30)
        let before = t.flags()
        try t.launch("TERM=\(term)")
        guard t.waitForBrowser() != nil else { return }
        try t("send-keys", "-t", "h", "j")
        t.wait(for: "2/25  ? help")
        guard let done = t.quit() else { return }
        // vt100 and linux have no alternate screen: the browser clears up after itself.
        #expect(Self.isClean(done), "\(term): \(done)")
        #expect(t.flags() == before, "\(term)")
    }

    @Test func termDumbIsRefused() throws {
        guard Self.ready, let t = Tmux("dumb") else { return }
        try t.start(width: 100, height: 30)
        try t.launch("TERM=dumb")
        let s = t.wait(for: "EXIT=2")
        #expect(s?.contains("timeline: no terminal to draw on (TERM=dumb cannot move the cursor)") == true)
    }

    /// With NO_COLOR the screen has no colour (SGR 30–37, 40–47, 90–97, 38/48); without, it has.
    @Test func noColorMeansNoColour() throws {
        guard Self.ready, let t = Tmux("color") else { return }
        let colour = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|38;|48;)[0-9;]*m")
        func hasColour(_ s: String) -> Bool { colour.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        try t.start(width: 100, height: 30)
        // The test runner may itself run under NO_COLOR.
        try t.launch("env -u NO_COLOR")
        guard t.waitForBrowser() != nil else { return }
        #expect(hasColour(t.screen(escapes: true)))
        _ = t.quit()
        try t("send-keys", "-t", "h", "clear", "Enter")
        try t.launch("NO_COLOR=1")
        guard t.waitForBrowser() != nil else { return }
        let mono = t.screen(escapes: true)
        #expect(!hasColour(mono), "\(mono.debugDescription)")
        #expect(mono.contains("\u{1B}[") )  // still bold and reverse
        _ = t.quit()
    }

    /// Closing the terminal ends the browser; so do SIGHUP and SIGTERM, with 128 + signal.
    @Test func aClosedTerminalEndsTheBrowser() throws {
        guard Self.ready else { return }
        do {
            guard let t = Tmux("hup") else { return }
            try t.start(width: 100, height: 30)
            try t.launch()
            guard t.waitForBrowser() != nil, let pid = t.pid else { return }
            try t("kill-server")
            #expect(Self.waitGone(pid), "still running after its terminal closed")
        }
        // The same with SIGHUP blocked (inherited from a parent): reads fail at once, and the
        // browser once spun on them at full CPU instead of noticing the terminal had gone.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), let t = Tmux("hup-blocked") {
            try t.start(width: 100, height: 30)
            guard let bin = EndToEndTests.binary else { return }
            let py = "import os,signal,sys; open(sys.argv[1],'w').write(str(os.getpid())); signal.pthread_sigmask(signal.SIG_BLOCK,[signal.SIGHUP]); os.execv(sys.argv[2], sys.argv[2:])"
            try t("send-keys", "-t", "h", "/usr/bin/python3 -c \"\(py)\" '\(t.pidFile)' '\(bin)' '\(EndToEndTests.seeds.path)'", "Enter")
            guard t.waitForBrowser() != nil, let pid = t.pid else { return }
            try t("kill-server")
            let gone = Self.waitGone(pid, seconds: 5)
            if !gone {
                let a = Self.cpuTicks(pid) ?? 0
                usleep(1_000_000)
                let b = Self.cpuTicks(pid) ?? 0
                Issue.record("still running with its terminal gone, \(b - a) ticks of CPU in a second")
                kill(pid, SIGKILL)
            }
        }
        for (signal, status) in [(SIGHUP, 129), (SIGTERM, 143), (SIGINT, 130)] {
            guard let t = Tmux("sig\(signal)") else { return }
            try t.start(width: 100, height: 30)
            try t.launch()
            guard t.waitForBrowser() != nil, let pid = t.pid else { return }
            kill(pid, signal)
            guard let done = t.wait(for: "EXIT=\(status)") else { continue }
            #expect(Self.isClean(done), "after signal \(signal): \(done)")
        }
    }

    /// After q: the terminal's modes (stty), the cursor, the keypad and mouse modes and the
    /// normal screen are as they were, and the prompt stands on a clean line.
    @Test func nothingIsLeftBehind() throws {
        guard Self.ready, let t = Tmux("state") else { return }
        try t.start(width: 100, height: 30)
        let stty = NSTemporaryDirectory() + "timeline-hostile-\(getpid())-stty"
        defer { unlink(stty + ".a"); unlink(stty + ".b") }
        let before = t.flags()
        try t("send-keys", "-t", "h", "stty -g > \(stty).a; echo ready", "Enter")
        t.wait(for: "ready")
        try t.launch()
        guard t.waitForBrowser() != nil else { return }
        try t("send-keys", "-t", "h", "s")
        t.wait(for: " Sources (")
        try t("send-keys", "-t", "h", "q")  // closes the sources pane
        t.wait("the timeline again") { !$0.contains(" Sources (") && $0.contains(" Timeline (") }
        guard t.quit() != nil else { return }
        try t("send-keys", "-t", "h", "stty -g > \(stty).b; cmp -s \(stty).a \(stty).b && echo STTY=same || echo STTY=changed", "Enter")
        guard let done = t.wait("stty compared", { $0.contains("STTY=") }) else { return }
        #expect(done.contains("STTY=same"))
        #expect(Self.isClean(done), "\(done)")
        #expect(t.flags() == before)
        let lines = done.split(separator: "\n")
        #expect(lines.contains { $0 == "EXIT=0" })  // the status stands alone on its line
    }
}
