import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every byte the browser sends to the terminal while it shows hostile articles, recorded
/// with tmux's pipe-pane: none of the articles' escape sequences, controls or bidi
/// overrides may be among them.
@Suite(.serialized) struct EscapeSafetyTests {
    /// What the articles carry; each marked so it cannot be mistaken for ncurses' own output.
    static let payloads: [(name: String, text: String, forbidden: [UInt8])] = [
        ("CSI clear", "\u{1B}[2J", Array("\u{1B}[2J".utf8)),
        ("OSC title", "\u{1B}]0;PWNED-OSC\u{07}", Array("]0;PWNED".utf8)),
        ("DCS", "\u{1B}P1$tPWNED-DCS\u{1B}\\", Array("\u{1B}P".utf8)),
        ("reset", "\u{1B}cRIS", Array("\u{1B}c".utf8)),
        ("BEL", "ring\u{07}bell", [0x07]),
        // ncurses moves the cursor with BS and CR itself: only the payload's own run counts.
        ("backspaces", "back\u{08}\u{08}space", Array("back\u{08}\u{08}space".utf8)),
        ("lone CR", "over\rwrite", Array("over\rwrite".utf8)),
        ("C1 CSI", "\u{9B}31mC1", [0xC2, 0x9B]),
        ("C1 OSC", "\u{9D}0;PWNED8\u{9C}", [0xC2, 0x9D]),
        ("bidi override", "\u{202E}desrever", [0xE2, 0x80, 0xAE]),
        ("bidi isolate", "\u{2066}iso\u{2069}", [0xE2, 0x81, 0xA6]),
    ]

    static var all: String { payloads.map(\.text).joined(separator: " ") }

    /// Articles with the payloads in titles, sentences (also ones events are read from),
    /// furniture and a file name, and a corpus.yaml that puts them in the title, outlet and url.
    static func makeCorpus() throws -> String {
        let dir = NSTemporaryDirectory() + "timeline-escapes-\(getpid())-\(UUID().uuidString.prefix(6))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let p = all
        let articles = [
            "a_strike.txt": "Strike \(p) in the north\n\nAn airstrike killed five fighters \(p) in Kunduz province on 5 April 2018, officials said.\nShare this \(p)\n",
            "b_raid.txt": "Raid report\n\nA raid \(p) captured two commanders in Balkh province on 9 April 2018, the ministry said. \(p)\n",
            "c_\u{1B}[2Jname.txt": "Plain title here\n\nThe text \(p) goes on for a while, officials said.\n",
        ]
        for (name, text) in articles { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        let yaml = """
            title: "Corpus \\e]0;PWNED-OSC\\a \\e[2J \\u009b31m \\u202e"
            sources:
              - file: a_strike.txt
                outlet: "Wire \\e]0;PWNED-OSC\\a\\u202e"
                url: "https://example.org/\\e[2J\\u009b"
                published: 2018-04-07
              - file: b_raid.txt
                title: "Raid \\e]0;PWNED-OSC\\a\\b\\b\\r title"
                published: 2018-04-10

            """
        try yaml.write(toFile: dir + "/corpus.yaml", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func noArticleByteReachesTheTerminal() throws {
        guard HostileTerminalTests.ready, let t = HostileTerminalTests.Tmux("escapes") else { return }
        let corpus = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let record = NSTemporaryDirectory() + "timeline-escapes-\(getpid()).bytes"
        unlink(record)
        defer { if ProcessInfo.processInfo.environment["KEEP_RECORD"] == nil { unlink(record) } }
        try t.start(width: 100, height: 30)
        try t("pipe-pane", "-o", "-t", "h", "cat >> '\(record)'")
        // screen's terminfo clears with ESC [ J, so ESC [ 2 J can only come from an article.
        try t.launch("TERM=screen", corpus: corpus)
        guard t.waitForBrowser() != nil else { return }

        // The timeline and the detail of the airstrike (its headline and evidence quote the text).
        try t("send-keys", "-t", "h", "Enter")
        t.wait("the detail") { $0.contains("Evidence (") }
        try t("send-keys", "-t", "h", "Escape")
        // The reader on each article in turn: titles, outlet, url, furniture, text.
        try t("send-keys", "-t", "h", "s")
        t.wait(for: "Sources (3 articles)")
        try t("send-keys", "-t", "h", "Enter")
        t.wait(for: " Reader ")
        for _ in 0..<2 {
            try t("send-keys", "-t", "h", "}")
            usleep(400_000)
        }
        // Resized, every line is drawn again; a search draws its matches.
        try t.resize(70, 20)
        usleep(400_000)
        try t.resize(100, 30)
        try t("send-keys", "-t", "h", "/", "officials", "Enter")
        usleep(400_000)
        for _ in 0..<6 where !t.screen().contains("EXIT=") {
            try t("send-keys", "-t", "h", "q")
            usleep(300_000)
        }
        t.wait(for: "EXIT=0")
        try t("pipe-pane", "-t", "h")
        usleep(200_000)

        guard let bytes = FileManager.default.contents(atPath: record).map({ [UInt8]($0) }), bytes.count > 1_000 else {
            Issue.record("nothing recorded from the terminal")
            return
        }
        // The articles' own words did reach the screen, the controls made visible.
        #expect(bytes.firstRange(of: Array("desrever".utf8)) != nil)
        #expect(bytes.firstRange(of: Array("ring\u{2407}bell".utf8)) != nil)
        for p in Self.payloads {
            #expect(bytes.firstRange(of: p.forbidden) == nil, "\(p.name) reached the terminal: \(p.forbidden)")
        }
        // No C1 control at all, in either encoding.
        #expect(!bytes.indices.dropLast().contains { bytes[$0] == 0xC2 && (0x80...0x9F).contains(bytes[$0 + 1]) })
    }
}
