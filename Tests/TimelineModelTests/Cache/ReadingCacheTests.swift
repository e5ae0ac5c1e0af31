import Foundation
import Synchronization
import Testing
@testable import TimelineModel

/// Invented articles with events, a position and a succession, so every part of a reading
/// goes through the cache.
private let articles: [(String, String, String)] = [
    ("a", "2019-05-11", """
        Zamir Qadri, the commander of the militants in Achin district, was killed on Thursday in a drone strike, the governor said.
        He has been replaced by Mawlawi Sher Dostan, officials said. Around 40 fighters surrendered in Achin on Friday.
        """),
    ("b", "2019-05-11", "Zamir Qadri died on Friday in an airstrike in Achin district, the defence ministry said. More than 12 were wounded."),
    ("c", "2019-06-02", "Police arrested Sadiq Barakzai, a bomb maker, in Khogyani district on Monday; two others were detained."),
]

private func corpus(_ list: [(String, String, String)] = articles) -> Corpus {
    Corpus(name: "test", path: "/nonexistent-corpus", sources: list.map { id, date, text in
        Source(id: id, file: id + ".txt", outlet: id.uppercased() + " News",
               published: PublicationDate(span: CorpusManifest.parseDate(date), origin: .manifest), text: text)
    })
}

private func json(_ t: Timeline) -> String {
    EventJSON.document(t, events: t.events).pretty + LeadersJSON.document(t.chains).pretty
}

@Suite struct ReadingCacheTests {
    @Test func aReadingSurvivesTheCodecUnchanged() throws {
        let extractor = SourceExtractor.standard()
        for s in corpus().sources {
            let r = extractor.read(s)
            #expect(!r.mentions.isEmpty)
            let back = try ReadingCodec.decode(ReadingCodec.encode(r))
            #expect(back.mentions == r.mentions)
            #expect(back.roles == r.roles)
            #expect(back.successions == r.successions)
            #expect(back.names == r.names)
        }
    }

    @Test func damagedBytesAreRefusedNotTrusted() throws {
        let r = SourceExtractor.standard().read(corpus().sources[0])
        let bytes = ReadingCodec.encode(r)
        // Every truncation fails cleanly.
        for n in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(throws: ByteReader.Damaged.self) { try ReadingCodec.decode(Array(bytes[..<n])) }
        }
        // Another format number is never read.
        var other = bytes
        other[0] = 0x7E
        #expect(throws: ByteReader.Damaged.self) { try ReadingCodec.decode(other) }
        // Random bytes never crash.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var b = bytes
            for _ in 0..<4 { b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            _ = try? ReadingCodec.decode(b)
        }
    }

    @Test func theTimelineIsTheSameWithAndWithoutTheCacheAndOnOneOrTwoCores() throws {
        let folder = TestFolder()
        let plain = json(Timeline.build(from: corpus(), cores: 1))
        #expect(json(Timeline.build(from: corpus())) == plain)
        let cache = try ReadingCache(path: folder.path + "/cache/readings.sqlite")
        let first = Timeline.build(from: corpus(), cache: cache)
        #expect(first.readFromCache == 0)
        #expect(json(first) == plain)
        let second = Timeline.build(from: corpus(), cache: cache)
        #expect(second.readFromCache == 3)
        #expect(json(second) == plain)
        let oneCore = Timeline.build(from: corpus(), cache: try ReadingCache(path: folder.path + "/cache/readings.sqlite"), cores: 1)
        #expect(json(oneCore) == plain)
    }

    @Test func onlyNewOrChangedSourcesAreReadAgain() throws {
        let folder = TestFolder()
        let cache = try ReadingCache(path: folder.path + "/readings.sqlite")
        _ = Timeline.build(from: corpus(), cache: cache)
        var changed = articles
        changed[2].2 += " Three more suspects were detained on Tuesday."
        changed.append(("d", "2019-06-03", "A roadside bomb killed four soldiers in Rodat district on Sunday."))
        let t = Timeline.build(from: corpus(changed), cache: cache)
        #expect(t.readFromCache == 2)
        #expect(json(t) == json(Timeline.build(from: corpus(changed))))
        // A new publication date changes what relative dates mean: read again.
        var redated = articles
        redated[0].1 = "2019-05-20"
        #expect(Timeline.build(from: corpus(redated), cache: cache).readFromCache == 2)
    }

    @Test func aDamagedCacheFileIsSetAsideWithAWarning() throws {
        let folder = TestFolder()
        let path = folder.write("readings.sqlite", bytes: Array("this is not a database, just some text".utf8) + [UInt8](repeating: 7, count: 5000))
        let cache = try ReadingCache(path: path)
        #expect(cache.warnings.count == 1)
        #expect(cache.warnings.first?.contains("set aside") == true)
        let t = Timeline.build(from: corpus(), cache: cache)
        #expect(json(t) == json(Timeline.build(from: corpus())))
        #expect(cache.count == 3)
        #expect(FileManager.default.fileExists(atPath: path + ".discarded"))
    }

    /// Two openers of a new cache at once: one creates the tables, the other waits and uses
    /// them. Neither may take the other's half-made database for a damaged one.
    @Test func openersOfANewCacheAtOnceShareIt() throws {
        let folder = TestFolder()
        for round in 0..<20 {
            let path = folder.path + "/race-\(round).sqlite"
            let warnings = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                let w = (try? ReadingCache(path: path))?.warnings ?? ["could not open"]
                warnings.withLock { $0 += w }
            }
            #expect(warnings.withLock { $0 } == [], "round \(round)")
            #expect(!FileManager.default.fileExists(atPath: path + ".discarded"))
        }
    }

    @Test func aForeignDatabaseIsNeverTrusted() throws {
        let folder = TestFolder()
        let path = folder.path + "/readings.sqlite"
        // Another program's SQLite file that happens to have a table of the same name.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", """
            import sqlite3; c = sqlite3.connect('\(path)')
            c.execute('CREATE TABLE readings (key TEXT, data BLOB)'); c.execute("INSERT INTO readings VALUES ('x', x'00')"); c.commit()
            """]
        try sqlite.run()
        sqlite.waitUntilExit()
        guard sqlite.terminationStatus == 0 else { return }  // no python3: nothing to test with
        let cache = try ReadingCache(path: path)
        #expect(cache.warnings.first?.contains("not a timeline cache") == true)
        #expect(cache.count == 0)
    }

    @Test func aCacheOfAnotherFormatIsDiscarded() throws {
        let folder = TestFolder()
        let path = folder.path + "/readings.sqlite"
        let cache = try ReadingCache(path: path)
        _ = Timeline.build(from: corpus(), cache: cache)
        #expect(cache.count == 3)
        try cache.setMeta("format", "0")
        let reopened = try ReadingCache(path: path)
        #expect(reopened.warnings.first?.contains("another version") == true)
        #expect(reopened.count == 0)
    }

    @Test func fingerprintsAreStableAndSensitive() {
        #expect(ContentHash(Array("abc".utf8)) == ContentHash(text: "abc"))
        #expect(ContentHash(text: "abc") != ContentHash(text: "abd"))
        #expect(ContentHash(text: "") != ContentHash(text: "\u{0}"))
        #expect(ContentHash(parts: ["ab", "c"]) != ContentHash(parts: ["a", "bc"]))
        // Fixed across runs and machines: the cache on disk depends on it.
        #expect(ContentHash(text: "timeline").description == ContentHash(Array("timeline".utf8)).description)
        #expect(ContentHash(text: "timeline").description.count == 32)
        let rules = ContentHash(text: "rules")
        let s = corpus().sources[0]
        var moved = s
        moved.furniture = [TextRange(start: 0, end: 5)]
        #expect(ReadingKey.of(s, rules: rules) == ReadingKey.of(s, rules: rules))
        #expect(ReadingKey.of(s, rules: rules) != ReadingKey.of(moved, rules: rules))
        #expect(ReadingKey.of(s, rules: rules) != ReadingKey.of(s, rules: ContentHash(text: "other rules")))
    }

    @Test func theCacheNeverLiesInsideTheCorpus() {
        let folder = TestFolder()
        folder.write("corpus/a.txt", "text")
        #expect(CacheLocation.isInside(folder.path + "/corpus/.cache/timeline/readings.sqlite", folder.path + "/corpus"))
        #expect(!CacheLocation.isInside(folder.path + "/cache/readings.sqlite", folder.path + "/corpus"))
        #expect(!CacheLocation.isInside(folder.path + "/corpus2/readings.sqlite", folder.path + "/corpus"))
        #expect(CacheLocation.database(environment: ["XDG_CACHE_HOME": "/x/c", "HOME": "/h"]) == "/x/c/timeline/readings.sqlite")
        #expect(CacheLocation.database(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/timeline/readings.sqlite")
    }
}
