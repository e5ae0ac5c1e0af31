import Foundation
import Testing

/// `timeline export` through the real binary (TIMELINE_BIN, or the one built beside the
/// tests): what it prints, what it writes, what it refuses.
@Suite(.serialized) struct ExportEndToEndTests {
    static let seeds = EndToEndTests.seeds.path

    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String)? {
        guard let bin = EndToEndTests.binary else {
            Issue.record("timeline binary not found: build first or set TIMELINE_BIN")
            return nil
        }
        return try EndToEndTests.run(bin, args)
    }

    /// A scratch folder, removed afterwards.
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-export-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func listing(_ dir: URL) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

    // MARK: TimelineJS

    /// The checks TimelineJS3 makes on load (TimelineConfig.js): a title; events, each with
    /// a start_date holding a year (a number or a numeric string); eras with a start and an
    /// end date, each with a year, that differ (an end equal to the start is dropped and the
    /// era then rejected); unique_ids unique across the title, events and eras.
    static func timelineJSProblems(_ doc: [String: Any]) -> [String] {
        var problems: [String] = []
        func hasYear(_ d: Any?) -> Bool {
            guard let d = d as? [String: Any] else { return false }
            if d["year"] is Int { return true }
            if let s = d["year"] as? String, Int(s) != nil { return true }
            return false
        }
        var ids: [String] = []
        if let title = doc["title"] as? [String: Any] {
            if ((title["text"] as? [String: Any])?["headline"] as? String)?.isEmpty != false { problems.append("title has no headline") }
            if let id = title["unique_id"] as? String { ids.append(id) }
        } else {
            problems.append("no title")
        }
        let events = doc["events"] as? [[String: Any]] ?? []
        if events.isEmpty { problems.append("no events") }
        for (i, e) in events.enumerated() {
            if !hasYear(e["start_date"]) { problems.append("event \(i) has no start_date year") }
            if e["end_date"] != nil && !hasYear(e["end_date"]) { problems.append("event \(i) end_date has no year") }
            if let id = e["unique_id"] as? String { ids.append(id) } else { problems.append("event \(i) has no unique_id") }
        }
        for (i, era) in (doc["eras"] as? [[String: Any]] ?? []).enumerated() {
            if !hasYear(era["start_date"]) || !hasYear(era["end_date"]) { problems.append("era \(i) lacks a start or end year") }
            if let s = era["start_date"] as? [String: Int], let e = era["end_date"] as? [String: Int], s == e {
                problems.append("era \(i) ends when it starts")
            }
            if ((era["text"] as? [String: Any])?["headline"] as? String) == nil { problems.append("era \(i) has no headline") }
            if let id = era["unique_id"] as? String { ids.append(id) }
        }
        if Set(ids).count != ids.count { problems.append("unique_ids repeat") }
        return problems
    }

    @Test func theSeedsAsTimelineJSPassTimelineJSsValidation() throws {
        guard let r = try run(["export", Self.seeds, "--format", "timelinejs"]) else { return }
        #expect(r.status == 0, "\(r.err)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(Self.timelineJSProblems(doc) == [])
        #expect((doc["eras"] as? [Any])?.isEmpty == false)

        // Month-precision events carry no day; our ids are the slides' ids.
        guard let events = try run(["events", Self.seeds, "--json"]) else { return }
        let contract = try #require(try JSONSerialization.jsonObject(with: Data(events.out.utf8)) as? [String: Any])
        // Only dated events: the undated ones cannot be slides.
        let precision = Dictionary(uniqueKeysWithValues: (contract["events"] as? [[String: Any]] ?? []).compactMap { e -> (String, String)? in
            guard let id = e["id"] as? String, let date = e["date"] as? [String: Any], date["start"] is String,
                  let p = date["precision"] as? String else { return nil }
            return (id, p)
        })
        let slides = doc["events"] as? [[String: Any]] ?? []
        #expect(slides.count == precision.count)
        var months = 0
        for s in slides {
            let id = try #require(s["unique_id"] as? String)
            let start = try #require(s["start_date"] as? [String: Any])
            switch precision[id] {
            case "month":
                months += 1
                #expect(start["day"] == nil && start["month"] != nil, "\(id)")
            case "year":
                #expect(start["day"] == nil && start["month"] == nil, "\(id)")
            case "day":
                #expect(start["day"] != nil, "\(id)")
            case nil:
                Issue.record("slide \(id) is no event of the corpus")
            default:
                break
            }
        }
        #expect(months > 0)
    }

    // MARK: ACLED

    @Test func theSeedsAsACLEDReadWithPythonsCSVModule() throws {
        guard let r = try run(["export", Self.seeds, "--format", "acled"]) else { return }
        #expect(r.status == 0)
        let header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
        #expect(r.out.hasPrefix(header + "\r\n"))
        #expect(r.err.contains("timeline: warning: ") && r.err.contains("events left out: ACLED has no type for"))

        // A standard CSV reader, where there is one: Python's csv module.
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("skipping the Python CSV check: no python3")
            return
        }
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("acled.csv")
        try Data(r.out.utf8).write(to: file)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f, strict=True))
            print(json.dumps(rows))
            """
        let py = try EndToEndTests.run(python, ["-c", script, file.path])
        #expect(py.status == 0, "\(py.err)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(py.out.utf8)) as? [[String]])
        let columns = header.split(separator: ",").map(String.init)
        #expect(rows.first == columns)
        #expect(rows.allSatisfy { $0.count == columns.count })
        let records = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(columns, $0).map { ($0, $1) }) }
        let strike = try #require(records.first { $0["event_date"] == "2018-04-05" && $0["sub_event_type"] == "Air/drone strike" })
        #expect(strike["event_type"] == "Explosions/Remote violence")
        #expect(strike["admin1"] == "Jowzjan" && strike["admin2"] == "Darzab")
        #expect(strike["notes"]?.contains("Sources disagree on the date") == true && strike["notes"]?.contains("2018-04-06") == true)
    }

    // MARK: Every format

    @Test(arguments: ["json", "csv", "acled", "timelinejs", "markdown"])
    func everyFormatRunsOnTheSeeds(format: String) throws {
        guard let r = try run(["export", Self.seeds, "--format", format]) else { return }
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.out.isEmpty)
        if format == "json" || format == "timelinejs" {
            #expect((try? JSONSerialization.jsonObject(with: Data(r.out.utf8))) != nil)
        }
    }

    @Test func filtersApplyAsInEvents() throws {
        guard let r = try run(["export", Self.seeds, "--format", "csv", "--kind", "raid", "--from", "2018"]) else { return }
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",raid,") })
        guard let bad = try run(["export", Self.seeds, "--format", "pdf"]) else { return }
        #expect(bad.status != 0 && bad.out.isEmpty)
    }

    // MARK: Writing files

    @Test func outputGoesToANewFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("chronology.md").path
        guard let r = try run(["export", Self.seeds, "--format", "markdown", "-o", file]) else { return }
        #expect(r.status == 0)
        #expect(r.out.isEmpty)
        guard let stdout = try run(["export", Self.seeds, "--format", "markdown"]) else { return }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == stdout.out)
        #expect(listing(dir) == ["chronology.md"])
    }

    @Test func anExistingFileIsRefusedWithoutForceAndReplacedWithIt() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("events.csv").path
        try "mine\n".write(toFile: file, atomically: false, encoding: .utf8)

        guard let refused = try run(["export", Self.seeds, "--format", "csv", "-o", file]) else { return }
        #expect(refused.status == 1)
        #expect(refused.out.isEmpty)
        #expect(refused.err == "timeline: \(file) exists; add --force to replace it, or choose another file with -o\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine\n")
        #expect(listing(dir) == ["events.csv"])

        guard let forced = try run(["export", Self.seeds, "--format", "csv", "-o", file, "--force"]) else { return }
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("id,date_start,"))
        #expect(listing(dir) == ["events.csv"])
    }

    @Test func nothingIsWrittenInsideTheCorpusFolder() throws {
        let corpus = try EndToEndTests.makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let before = listing(corpus)
        for path in [corpus.appendingPathComponent("out.json").path, corpus.appendingPathComponent("sub/out.json").path,
                     corpus.appendingPathComponent("a_storm.txt").path] {
            guard let r = try run(["export", corpus.path, "--format", "json", "-o", path, "--force"]) else { return }
            #expect(r.status == 1)
            #expect(r.err.hasPrefix("timeline: will not write \(path): it is inside the corpus \(corpus.path)"))
            #expect(r.err.hasSuffix("choose a path outside it\n"))
        }
        #expect(listing(corpus) == before)
        #expect(try String(contentsOf: corpus.appendingPathComponent("a_storm.txt"), encoding: .utf8).hasPrefix("Storm closes"))
    }

    @Test func aFolderOrAMissingFolderIsAOneLineError() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard let folder = try run(["export", Self.seeds, "--format", "json", "-o", dir.path, "--force"]) else { return }
        #expect(folder.status == 1)
        #expect(folder.err == "timeline: \(dir.path) is a folder; give a file name with -o\n")
        let missing = dir.appendingPathComponent("no/such/out.json").path
        guard let r = try run(["export", Self.seeds, "--format", "json", "-o", missing]) else { return }
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("timeline: cannot write \(missing): ") && r.err.split(separator: "\n").count == 1)
        #expect(listing(dir).isEmpty)
    }

    /// A full disk on stdout (/dev/full) is one line and status 1, for every command that
    /// prints, where it used to be status 0 (print) or a crash (FileHandle.write).
    @Test(arguments: [["sources"], ["events"], ["leaders", "--json"], ["export", "--format", "csv"], ["export", "--format", "markdown"]])
    func aFullDiskOnStdoutIsAOneLineError(_ command: [String]) throws {
        guard let bin = EndToEndTests.binary else { return }
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let args = [command[0], Self.seeds] + command.dropFirst()
        let line = args.map { "'\($0)'" }.joined(separator: " ")
        let r = try EndToEndTests.run("/bin/sh", ["-c", "'\(bin)' \(line) > /dev/full"])
        #expect(r.status == 1)
        #expect(r.err == "timeline: cannot write the output (No space left on device); free some space or write to a file elsewhere with > or -o\n")
    }
}
