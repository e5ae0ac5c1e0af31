import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing the program does writes inside the corpus folder: every command, and the browser,
/// on a copy of the seeds (with a hostile file or two) leaves the same listing behind.
@Suite(.serialized) struct ReadOnlyCorpusTests {
    /// Path, type, mode, size, modification time and content of everything under `root`
    /// (symbolic links listed, not followed).
    static func listing(_ root: String) -> [String] {
        var out: [String] = []
        func walk(_ rel: String) {
            let full = rel.isEmpty ? root : root + "/" + rel
            var st = stat()
            guard lstat(full, &st) == 0 else { out.append("\(rel) unreadable"); return }
            var line = "\(rel) mode=\(String(st.st_mode, radix: 8)) size=\(st.st_size) mtime=\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                out.append(line)
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).sorted()
                for n in names { walk(rel.isEmpty ? n : rel + "/" + n) }
            case S_IFREG:
                if let data = FileManager.default.contents(atPath: full) { line += " bytes=\(data.base64EncodedString())" }
                out.append(line)
            case S_IFLNK:
                line += " -> \((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")"
                out.append(line)
            default:
                out.append(line)
            }
        }
        walk("")
        return out
    }

    @Test func noCommandWritesInTheCorpus() throws {
        guard let bin = EndToEndTests.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        let dir = NSTemporaryDirectory() + "timeline-readonly-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.copyItem(atPath: EndToEndTests.seeds.path, toPath: dir)
        defer {
            _ = try? EndToEndTests.run("/bin/chmod", ["-R", "u+w", dir], capture: false)
            try? FileManager.default.removeItem(atPath: dir)
        }
        try "Bad \u{1B}[2J bytes \u{FF}\n".write(toFile: dir + "/hostile.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: ".")
        // Read-only as well (root writes anyway, so the listing is what decides).
        _ = try EndToEndTests.run("/bin/chmod", ["-R", "a-w", dir], capture: false)
        let before = Self.listing(dir)
        #expect(before.count >= 8)

        let article = try FileManager.default.contentsOfDirectory(atPath: dir).sorted().first { $0.hasSuffix(".txt") }!
        for args in [["check", dir], ["sources", dir], ["sources", "--json", dir], ["events", dir], ["events", "--json", dir],
                     ["events", "--csv", dir], ["events", "--mentions", dir], ["leaders", "--explain", dir], ["leaders", "--json", dir],
                     ["dates", dir + "/" + article], ["dates", "--json", dir + "/" + article]] {
            let r = try EndToEndTests.run(bin, args)
            #expect(r.status == 0 || r.status == 1, "\(args): \(r.err)")
        }

        // A cache folder pointed inside the corpus is refused, not created.
        var inside = ProcessInfo.processInfo.environment
        inside["XDG_CACHE_HOME"] = dir + "/cache"
        let r = try EndToEndTests.run(bin, ["events", dir], env: inside)
        #expect(r.status == 0)
        #expect(r.err.contains("inside the corpus folder"), "\(r.err)")

        // The browser, through every pane that reads the corpus.
        if let t = HostileTerminalTests.Tmux("readonly") {
            try t.start(width: 120, height: 35)
            try t.launch(corpus: dir)
            if t.waitForBrowser() != nil {
                for keys in [["Enter"], ["]"], ["Enter"], ["}"], ["Escape"], ["Escape"], ["l"], ["Escape"], ["s"], ["Enter"], ["e"], ["Escape"], ["Escape"], ["Escape"]] {
                    try t.call(["send-keys", "-t", "h"] + keys)
                    usleep(250_000)
                }
                for _ in 0..<5 where !t.screen().contains("EXIT=") {
                    try t("send-keys", "-t", "h", "q")
                    usleep(300_000)
                }
                t.wait(for: "EXIT=0")
            }
        }
        #expect(Self.listing(dir) == before)
    }
}
