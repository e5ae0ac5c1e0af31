import Foundation
import Testing
@testable import tui

/// The config file with the real binary: a rebound key and colours in tmux, a bad line that
/// is reported while the browser still starts, and `timeline keys`.
@Suite(.serialized) struct ConfigEndToEndTests {
    typealias Tmux = TmuxServer

    /// A shell in a 120×35 window with the config at `config`, colour allowed.
    func start(_ t: Tmux, config: URL) throws {
        try t("new-session", "-d", "-s", "cfg", "-x", "120", "-y", "35", "env", "-u", "NO_COLOR", "XDG_CACHE_HOME=\(TmuxServer.cacheHome)", "PS1=$ ", "LANG=C.UTF-8",
              "TIMELINE_CONFIG=\(config.path)", "sh")
        try t("set-option", "-t", "cfg", "window-size", "manual")
        t.waitForPrompt()
    }

    static func writeConfig(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-config-\(getpid())-\(UUID().uuidString.prefix(6))")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The SGR parameters of the escapes right before `text` on a captured line
    /// (`capture-pane -e` writes a cell's attributes as changes from the cell before it; at
    /// the start of a line that is the whole state).
    static func sgr(before text: String, in line: String) -> Set<String> {
        let pattern = "((?:\u{1B}\\[[0-9;]*m)+)" + NSRegularExpression.escapedPattern(for: text)
        guard let r = line.range(of: pattern, options: .regularExpression) else { return [] }
        var params = Set<String>()
        for seq in line[r].dropLast(text.count).components(separatedBy: "\u{1B}[") where !seq.isEmpty {
            let ps = seq.dropLast().split(separator: ";").map(String.init)
            if ps.isEmpty || ps.contains("0") { params.removeAll() }
            params.formUnion(ps.filter { $0 != "0" })
        }
        return params
    }

    @Test func reboundKeyAndColoursInTmux() throws {
        guard let bin = EndToEndTests.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        guard let tmuxExe = EndToEndTests.tmux else {
            print("skipping: tmux is not installed")
            return
        }
        let config = try Self.writeConfig("""
            # J moves down in every pane, j no longer does
            bind generic J move-down
            bind j none
            color accent magenta default
            color title-bar yellow blue bold
            """)
        defer { try? FileManager.default.removeItem(at: config) }
        let t = Tmux(exe: tmuxExe, name: "timeline-config-test", session: "cfg")
        defer { t.kill() }
        try start(t, config: config)
        try t("send-keys", "-t", "cfg", "'\(bin)' '\(EndToEndTests.seeds.path)'; echo \"EXIT=$?\"", "Enter")
        guard t.wait(for: " Timeline (") != nil else { return }
        _ = t.wait("the first event selected") { _ in t.status().contains(" 1/") }

        // J moves down; j says it is not bound and does not move.
        try t("send-keys", "-t", "cfg", "J")
        _ = t.wait("J moved down") { _ in t.status().contains(" 2/") }
        try t("send-keys", "-t", "cfg", "j")
        let unbound = t.wait(for: "j is not bound (? for help)")
        #expect(unbound != nil && t.status().contains(" 2/"))

        // The help lists J, not j, for move-down.
        try t("send-keys", "-t", "cfg", "?")
        let help = t.wait(for: "move-down")
        #expect(help?.contains("   ↓, J              move-down") == true)
        try t("send-keys", "-t", "cfg", "Escape")
        _ = t.wait(for: " Timeline (")

        // Colours: the title bar yellow on blue, bold, not reversed; dates (accent) magenta.
        let coloured = t.screen(escapes: true).split(separator: "\n").map(String.init)
        let bar = Self.sgr(before: " Timeline (", in: coloured[0])
        #expect(bar.isSuperset(of: ["1", "33", "44"]) && !bar.contains("7"), "title bar SGR \(bar): \(coloured[0].debugDescription)")
        let dated = coloured.first { $0.range(of: #"\x1B\[[0-9;]*35m\d{4}"#, options: .regularExpression) != nil }
        #expect(dated != nil, "no magenta date in:\n\(coloured.joined(separator: "\n").debugDescription)")

        try t("send-keys", "-t", "cfg", "Q")
        guard t.wait(for: "EXIT=0") != nil else { return }

        // NO_COLOR wins over the config's colours, but its attributes still apply.
        try t("send-keys", "-t", "cfg", "clear; NO_COLOR=1 '\(bin)' '\(EndToEndTests.seeds.path)'; echo \"EXIT=$?\"", "Enter")
        guard t.wait(for: " Timeline (") != nil else { return }
        let mono = t.screen(escapes: true).split(separator: "\n").map(String.init)
        let monoBar = Self.sgr(before: " Timeline (", in: mono[0])
        #expect(monoBar.contains("1") && !monoBar.contains("7") && !monoBar.contains("33") && !monoBar.contains("44"),
                "title bar SGR without colour \(monoBar)")
        #expect(!mono.joined().contains("35m"))
        try t("send-keys", "-t", "cfg", "Q")
        #expect(t.wait(for: "EXIT=0") != nil)
    }

    @Test func badLineIsReportedAndTheRestApplies() throws {
        guard let bin = EndToEndTests.binary, let tmuxExe = EndToEndTests.tmux else { return }
        let config = try Self.writeConfig("bind J move-down\nbind q serch\nset mouse = maybe\n")
        let errors = config.appendingPathExtension("err")
        defer { try? FileManager.default.removeItem(at: config); try? FileManager.default.removeItem(at: errors) }
        let t = Tmux(exe: tmuxExe, name: "timeline-config-test", session: "cfg")
        defer { t.kill() }
        try start(t, config: config)
        try t("send-keys", "-t", "cfg", "'\(bin)' '\(EndToEndTests.seeds.path)' 2>'\(errors.path)'; echo \"EXIT=$?\"", "Enter")
        // The first frame says so; the good line works.
        // (The status line may be painted a moment after the list: wait for the whole frame.)
        guard t.wait(for: " Timeline (") != nil else { return }
        let first = t.wait(for: "config: 2 errors") ?? ""
        #expect(first.contains("config: 2 errors, see stderr; line 2: unknown action 'serch'"))
        try t("send-keys", "-t", "cfg", "J")
        _ = t.wait("J moved down") { _ in t.status().contains(" 2/") }
        #expect(!t.status().contains("config:"))
        try t("send-keys", "-t", "cfg", "Q")
        guard t.wait(for: "EXIT=0") != nil else { return }
        let err = try String(contentsOf: errors, encoding: .utf8)
        let lines = err.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(err)")
        #expect(lines.first?.hasPrefix("timeline: ") == true)
        #expect(lines.first?.hasSuffix(":2: unknown action 'serch' (see timeline keys)") == true)
        #expect(lines.last?.hasSuffix(":3: mouse: expected yes or no, not 'maybe'") == true)
    }

    @Test func keysCommandShowsTheConfig() throws {
        guard let bin = EndToEndTests.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        let config = try Self.writeConfig("bind J move-down\nbind reader x next-article\nbind q serch\n")
        defer { try? FileManager.default.removeItem(at: config) }
        var env = ProcessInfo.processInfo.environment
        env["TIMELINE_CONFIG"] = config.path
        env["LC_ALL"] = "C.UTF-8"
        let r = try EndToEndTests.run(bin, ["keys"], env: env)
        #expect(r.status == 0)
        let out = r.out.split(separator: "\n").map(String.init)
        #expect(out.contains { $0.hasPrefix("move-down") && $0.contains("j, ↓, J ") })
        #expect(out.contains { $0.hasPrefix("next-article") && $0.contains("}, x ") })
        let shown = ConfigLocation.shorten(config.path, home: env["HOME"])
        #expect(r.err == "timeline: \(shown):3: unknown action 'serch' (see timeline keys)\n")
        // --default: the built-in table, the config not read at all.
        let d = try EndToEndTests.run(bin, ["keys", "--default"], env: env)
        #expect(d.out == Action.keyTable().joined(separator: "\n") + "\n")
        #expect(d.err.isEmpty)
    }
}
