import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A hostile corpus, generated into a temporary folder at test time, read by the real binary
/// (`TIMELINE_BIN`): every bad file and every bad corpus.yaml is reported on one line naming
/// it, nothing crashes or hangs, and no byte of a name or an article reaches the output raw.
@Suite(.serialized) struct HostileCorpusTests {
    /// A scratch folder removed at the end of the test (made writable again first).
    final class Folder {
        let path: String
        init() {
            path = NSTemporaryDirectory() + "timeline-hostile-" + UUID().uuidString.prefix(8)
            try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit {
            _ = try? EndToEndTests.run("/bin/chmod", ["-R", "u+rwx", path], capture: false)
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: cache)
        }

        /// A reading cache of this test's own, beside the corpus, not the user's.
        var cache: String { path + ".cache" }

        /// `timeline ARGS` with this folder's cache.
        func run(_ args: [String], limit: Int = 120) throws -> Output? {
            var env = ProcessInfo.processInfo.environment
            env["XDG_CACHE_HOME"] = cache
            return try HostileCorpusTests.timeline(args, limit: limit, env: env)
        }

        /// Writes raw bytes under a name given as raw bytes (names need not be UTF-8).
        func write(_ name: [UInt8], _ bytes: [UInt8]) {
            let full = Array(path.utf8) + [UInt8(ascii: "/")] + name + [0]
            let fd = full.withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) } }
            precondition(fd >= 0, "cannot create \(String(decoding: name, as: UTF8.self))")
            var done = 0
            bytes.withUnsafeBytes { raw in
                while done < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                    if n <= 0 { break }
                    done += n
                }
            }
            close(fd)
        }

        func write(_ name: String, _ text: String) {
            let dir = (name as NSString).deletingLastPathComponent
            if !dir.isEmpty { try! FileManager.default.createDirectory(atPath: path + "/" + dir, withIntermediateDirectories: true) }
            write(Array(name.utf8), Array(text.utf8))
        }
    }

    struct Output {
        var status: Int32
        var out: String
        var err: String
        var seconds: Double
        var errLines: [String] { err.split(separator: "\n").map(String.init) }
    }

    /// Runs the binary under `timeout`, so a hang fails the test instead of stopping the run.
    static func timeline(_ args: [String], limit: Int = 120, env: [String: String]? = nil) throws -> Output? {
        guard let bin = EndToEndTests.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return nil
        }
        let started = Date()
        let r = FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout")
            ? try EndToEndTests.run("/usr/bin/timeout", ["\(limit)", bin] + args, env: env)
            : try EndToEndTests.run(bin, args, env: env)
        #expect(r.status != 124, "timeline \(args.joined(separator: " ")) did not finish within \(limit) s")
        return Output(status: r.status, out: r.out, err: r.err, seconds: Date().timeIntervalSince(started))
    }

    /// No control character but the line breaks, no C1 control, no bidi override: what the
    /// output may contain whatever the corpus holds.
    static func isClean(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { u in
            u == "\n" || !(u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
                          || (0x2066...0x2069).contains(u.value))
        }
    }

    static let article = "Harbour reopens after storm\n\nThe harbour at Vell reopened on 3 May 2019, the port authority said.\n"

    // MARK: - Files

    @Test func badFilesAreReportedOnOneLineEach() throws {
        let f = Folder()
        f.write("good.txt", Self.article)
        f.write(Array("bad-utf8.txt".utf8), Array("Caf".utf8) + [0xE9, 0xFF] + Array(" reopened on 3 May 2019.\n".utf8))
        f.write(Array("nul.txt".utf8), Array("PK".utf8) + [0, 0, 1, 2])
        f.write("empty.txt", "")
        f.write("name with spaces.txt", Self.article)
        f.write("new\nline.txt", Self.article)
        f.write(Array("bad".utf8) + [0xFF] + Array("name.txt".utf8), Array(Self.article.utf8))
        f.write("esc\u{1B}[2Jname.txt", Self.article)
        // 200 folders deep, an article at the bottom.
        let deep = (0..<200).map { _ in "d" }.joined(separator: "/")
        f.write("deep/\(deep)/bottom.txt", Self.article)
        try FileManager.default.createSymbolicLink(atPath: f.path + "/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: f.path + "/ping", withDestinationPath: "pong")
        try FileManager.default.createSymbolicLink(atPath: f.path + "/pong", withDestinationPath: "ping")
        #expect(mkfifo(f.path + "/fifo.txt", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: f.path + "/folder.txt", withIntermediateDirectories: true)
        f.write("locked.txt", Self.article)
        chmod(f.path + "/locked.txt", 0)
        // Root reads a mode-000 file anyway: then the FIFO is the file that cannot be read.
        let root = getuid() == 0
        if root { print("running as root: chmod 000 does not stop root, locked.txt is read; fifo.txt stands for an unreadable file") }

        guard let sources = try f.run(["sources", f.path]) else { return }
        #expect(sources.status == 0)
        #expect(Self.isClean(sources.out) && Self.isClean(sources.err), "\(sources.out.debugDescription) \(sources.err.debugDescription)")
        var expected = [
            "timeline: bad-utf8.txt: warning: 2 invalid UTF-8 sequences replaced with U+FFFD; offsets count the replaced text",
            "timeline: deep/\((0..<32).map { _ in "d" }.joined(separator: "/")): skipped: folders nested deeper than 32 levels are not read; move the articles nearer the top",
            "timeline: empty.txt: warning: empty file; nothing to read",
            "timeline: fifo.txt: skipped: a FIFO (named pipe), not a regular file; only text files are read",
            "timeline: loop: skipped: symbolic link loop: this folder is already being read",
            "timeline: nul.txt: skipped: binary file (NUL byte at offset 2); only text articles are read",
            "timeline: ping: skipped: symbolic link loop; remove or fix the link",
            "timeline: pong: skipped: symbolic link loop; remove or fix the link",
        ]
        if !root { expected.append("timeline: locked.txt: skipped: cannot read (Permission denied); check the path and its permissions") }
        #expect(sources.errLines.sorted() == expected.sorted())
        guard let json = try f.run(["sources", "--json", f.path]),
              let doc = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any],
              let list = doc["sources"] as? [[String: Any]] else {
            Issue.record("sources --json did not parse")
            return
        }
        let ids = list.compactMap { $0["id"] as? String }
        var readable = ["bad-utf8", "bad\\xFFname", "esc\\u{1B}[2Jname", "good", "name with spaces", "new\\nline"]
        if root { readable.append("locked") }
        #expect(ids.sorted() == readable.sorted())
        #expect(sources.out.contains("name with spaces"))

        guard let check = try f.run(["check", f.path]) else { return }
        #expect(check.status == 1)  // some file could not be used
        #expect(Self.isClean(check.out))
        #expect(check.out.contains("new\\nline.txt: published 2019-05-03 (inferred)"))
        #expect(check.out.contains("fifo.txt: skipped: a FIFO (named pipe)"))

        guard let events = try f.run(["events", "--json", f.path]) else { return }
        #expect(events.status == 0)
        #expect(events.errLines.sorted() == expected.sorted())
        #expect(Self.isClean(events.out))
    }

    @Test func escapeSequencesInArticlesNeverReachTheOutput() throws {
        let f = Folder()
        f.write("hostile.txt", "Title \u{1B}]0;owned\u{07} with \u{202E}reversed\n\nThe port \u{1B}[2Jreopened\u{08}\u{08} on 3 May 2019\r"
                + " said \u{9B}31m officials \u{1B}P+q\u{1B}\\ here.\u{07}\n")
        for args in [["sources"], ["check"], ["events"], ["events", "--mentions"], ["events", "--json"], ["sources", "--json"], ["leaders"]] {
            guard let r = try f.run(args + [f.path]) else { return }
            #expect(r.status == 0, "\(args)")
            #expect(Self.isClean(r.out) && Self.isClean(r.err), "\(args): \(r.out.debugDescription)")
        }
    }

    @Test func aFiftyMegabyteLineIsReadQuickly() throws {
        let f = Folder()
        f.write("good.txt", Self.article)
        let chunk = Array("the quick brown fox jumps over the lazy dog on 5 April 2018 and ".utf8)
        var line: [UInt8] = []
        line.reserveCapacity(50 << 20)
        while line.count + chunk.count <= 50 << 20 { line += chunk }
        f.write(Array("huge.txt".utf8), line)
        let warning = "timeline: huge.txt: warning: line 1 holds \(line.count) characters without a line break; lines over 262144 are shown cut short and not read for dates or events (split the text into paragraphs)"

        guard let check = try f.run(["check", f.path]) else { return }
        #expect(check.status == 0)
        #expect(check.out.contains("huge.txt: published unknown (unknown)"))
        guard let events = try f.run(["events", f.path]) else { return }
        #expect(events.status == 0)
        #expect(events.errLines == [warning])
        #expect(events.out.contains("2019-05") || events.out.isEmpty || !events.out.contains("2018-04-05"))
        print("50 MB line: check \(String(format: "%.1f", check.seconds)) s, events \(String(format: "%.1f", events.seconds)) s")
        #expect(check.seconds + events.seconds < 60)
    }

    @Test func tenThousandTinyFilesAreReadQuickly() throws {
        let f = Folder()
        for i in 0..<10_000 { f.write(Array(String(format: "n%05d.txt", i).utf8), Array("Note \(i)\n\nA short note, number \(i), about the weather.\n".utf8)) }
        guard let sources = try f.run(["sources", f.path]) else { return }
        #expect(sources.status == 0)
        #expect(sources.err.isEmpty)
        #expect(sources.out.split(separator: "\n").count == 10_001)
        guard let events = try f.run(["events", f.path]) else { return }
        #expect(events.status == 0)
        print("10,000 files: sources \(String(format: "%.1f", sources.seconds)) s, events \(String(format: "%.1f", events.seconds)) s")
        #expect(sources.seconds + events.seconds < 60)
    }

    // MARK: - corpus.yaml

    /// (corpus.yaml, the start of the one line expected after `timeline: corpus.yaml:L:C: `)
    static let manifests: [(String, [UInt8], String)] = [
        ("leaves the folder", Array("sources:\n  - file: ../outside.txt\n".utf8), "2:11: `../outside.txt` leaves the corpus folder; list only files inside it"),
        ("absolute path", Array("sources:\n  - file: /etc/passwd\n".utf8), "2:11: `/etc/passwd` is an absolute path"),
        ("duplicate", Array("sources:\n  - file: a.txt\n  - file: a.txt\n".utf8), "3:11: `a.txt` is listed twice (first at line 2)"),
        ("duplicate spelled twice", Array("sources:\n  - file: ./a.txt\n  - file: a.txt\n".utf8), "3:11: `a.txt` is listed twice (first at line 2)"),
        ("listed but missing", Array("sources:\n  - file: gone.txt\n".utf8), "2:11: `gone.txt` is listed but not in the folder"),
        ("alias bomb", Array(Self.billionLaughs.utf8), "1:1: unknown key `a0` (expected one of: title, sources)"),
        ("alias bomb in sources", Array(Self.laughsInSources.utf8), "2:5: each source must be a mapping"),
        ("sources not a list", Array("sources: 5\n".utf8), "1:10: `sources` must be a list of entries"),
        ("title a list", Array("title: [a, b]\n".utf8), "1:8: `title` must be a single value, not a list"),
        ("file a mapping", Array("sources:\n  - file: {a: b}\n".utf8), "2:11: `file` must be a single value, not a mapping"),
        ("entry a string", Array("sources:\n  - a.txt\n".utf8), "2:5: each source must be a mapping"),
        ("February 30th", Array("sources:\n  - file: a.txt\n    published: 2018-02-30\n".utf8), "3:16: `published: 2018-02-30` is not a date"),
        ("a date with a time", Array("sources:\n  - file: a.txt\n    published: 2018-04-07T10:00\n".utf8), "3:16: `published: 2018-04-07T10:00` is not a date"),
        ("unknown key with an escape", Array("sources:\n  - file: a.txt\n    \"x\\e[2J\": 1\n".utf8), "3:5: unknown key `x\\u{1B}[2J`"),
        ("YAML syntax", Array("sources: [\n".utf8), "2:1: YAML error"),
        ("not UTF-8", [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xFF, 0x0A], "1:1: not UTF-8 text; save it as UTF-8"),
    ]

    /// Nine aliases of nine aliases… nine deep: 387 million strings if expanded. The classic
    /// form, at the top level, and one hidden in `sources`.
    static let billionLaughs: String = {
        var y = "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for i in 1..<9 { y += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n" }
        return y + "sources: *a8\n"
    }()

    static let laughsInSources: String = {
        var y = "sources:\n  - &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for i in 1..<9 { y += "  - &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n" }
        return y
    }()

    @Test(arguments: manifests.map(\.0))
    func badManifestsAreOneLocatedLine(_ name: String) throws {
        let (_, yaml, message) = Self.manifests.first { $0.0 == name }!
        let f = Folder()
        f.write("a.txt", Self.article)
        f.write(Array("corpus.yaml".utf8), yaml)
        guard let events = try f.run(["events", f.path], limit: 60) else { return }
        #expect(events.status == 2, "\(name)")
        #expect(events.out.isEmpty)
        #expect(events.errLines.count == 1, "\(name): \(events.err.debugDescription)")
        #expect(events.errLines.first?.hasPrefix("timeline: corpus.yaml:" + message) == true, "\(name): \(events.err.debugDescription)")
        #expect(Self.isClean(events.err))
        #expect(events.seconds < 30, "\(name) took \(events.seconds) s")
        // `check` lists it with the rest, in the same form, and says the corpus is broken.
        guard let check = try f.run(["check", f.path], limit: 60) else { return }
        #expect(check.status == 2, "\(name)")
        #expect(check.out.contains("corpus.yaml:" + message), "\(name): \(check.out)")
        #expect(Self.isClean(check.out))
    }

    @Test func aFolderNamedCorpusYamlIsReported() throws {
        let f = Folder()
        f.write("a.txt", Self.article)
        try FileManager.default.createDirectory(atPath: f.path + "/corpus.yaml", withIntermediateDirectories: true)
        guard let events = try f.run(["events", f.path]) else { return }
        #expect(events.status == 2)
        #expect(events.errLines == ["timeline: corpus.yaml:1:1: a folder, not a regular file; only text files are read; make corpus.yaml a plain file or remove it"])
    }
}
