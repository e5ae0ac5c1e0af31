import Foundation
import Testing

/// The reading cache through the real binary: the same events with and without it, a
/// second run served from it, two processes filling one cache at once.
@Suite(.serialized) struct CacheEndToEndTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-cache-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Starts `timeline` with stdout and stderr in files; the caller waits.
    func start(_ bin: String, _ args: [String], cache: URL, out: URL) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = cache.path
        p.environment = env
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: out.path + ".err", contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + ".err"))
        try p.run()
        return p
    }

    @Test func twoProcessesShareOneCacheAndAgreeWithNoCache() throws {
        guard let bin = EndToEndTests.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return
        }
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A corpus of invented reports, big enough that the two runs overlap.
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let districts = ["Achin", "Khogyani", "Rodat", "Chaparhar", "Darzab", "Qush Tepa"]
        for i in 0..<60 {
            let d = districts[i % districts.count]
            let text = """
                Published 2020-0\(1 + i % 9)-1\(i % 10)

                Security forces killed \(i + 3) militants in a night raid in \(d) district on Monday, officials said.
                A roadside bomb wounded \(i % 7 + 1) soldiers in \(districts[(i + 1) % districts.count]) district on Saturday.
                """
            try text.write(to: corpus.appendingPathComponent("report-\(i).txt"), atomically: false, encoding: .utf8)
        }
        let cache = dir.appendingPathComponent("cache")
        let reference = try start(bin, ["events", "--json", "--no-cache", corpus.path], cache: cache, out: dir.appendingPathComponent("ref.json"))
        reference.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: cache.path), "--no-cache must not create the cache")
        let a = try start(bin, ["events", "--json", corpus.path], cache: cache, out: dir.appendingPathComponent("a.json"))
        let b = try start(bin, ["events", "--json", corpus.path], cache: cache, out: dir.appendingPathComponent("b.json"))
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let ref = try String(contentsOf: dir.appendingPathComponent("ref.json"), encoding: .utf8)
        #expect(ref.contains("\"kind\" : \"raid\"") || ref.contains("\"kind\": \"raid\""))
        #expect(try String(contentsOf: dir.appendingPathComponent("a.json"), encoding: .utf8) == ref)
        #expect(try String(contentsOf: dir.appendingPathComponent("b.json"), encoding: .utf8) == ref)
        for name in ["a.json.err", "b.json.err"] {
            let err = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(!err.contains("cache"), "\(name): \(err)")
        }
        // Served from the cache, still the same.
        let warm = try start(bin, ["events", "--json", corpus.path], cache: cache, out: dir.appendingPathComponent("c.json"))
        warm.waitUntilExit()
        #expect(try String(contentsOf: dir.appendingPathComponent("c.json"), encoding: .utf8) == ref)
        // Those runs kept a snapshot of the finished timeline: the browser's start uses it.
        let frame = try start(bin, ["bench-browser", "first-frame", corpus.path], cache: cache, out: dir.appendingPathComponent("frame.txt"))
        frame.waitUntilExit()
        #expect(try String(contentsOf: dir.appendingPathComponent("frame.txt"), encoding: .utf8).contains("snapshot=yes"))
        for (args, name) in [(["leaders", "--json"], "leaders"), (["export", "--format", "markdown"], "md")] {
            let cached = try start(bin, args + [corpus.path], cache: cache, out: dir.appendingPathComponent(name + ".cached"))
            cached.waitUntilExit()
            let plain = try start(bin, args + ["--no-cache", corpus.path], cache: cache, out: dir.appendingPathComponent(name + ".plain"))
            plain.waitUntilExit()
            #expect(try Data(contentsOf: dir.appendingPathComponent(name + ".cached")) == Data(contentsOf: dir.appendingPathComponent(name + ".plain")))
        }
        // The corpus folder holds only what we wrote.
        let listing = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        #expect(listing.count == 60 && listing.allSatisfy { $0.hasPrefix("report-") })
        #expect(FileManager.default.fileExists(atPath: cache.path + "/timeline/readings.sqlite"))
    }

    @Test func aCorruptCacheGivesOneWarningAndTheRightAnswer() throws {
        guard let bin = EndToEndTests.binary else { return }
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = dir.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cache.appendingPathComponent("timeline"), withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 10_000).write(to: cache.appendingPathComponent("timeline/readings.sqlite"))
        let p = try start(bin, ["events", "--json", EndToEndTests.seeds.path], cache: cache, out: dir.appendingPathComponent("out.json"))
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let err = try String(contentsOf: dir.appendingPathComponent("out.json.err"), encoding: .utf8)
        let lines = err.split(separator: "\n").filter { $0.contains("cache") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("set aside") == true)
        let ref = try start(bin, ["events", "--json", "--no-cache", EndToEndTests.seeds.path], cache: cache, out: dir.appendingPathComponent("ref.json"))
        ref.waitUntilExit()
        #expect(try Data(contentsOf: dir.appendingPathComponent("out.json")) == Data(contentsOf: dir.appendingPathComponent("ref.json")))
    }
}
