import Foundation
import Testing
@testable import tui

/// The config parser: each directive, each error with its line, tokens, key names, the
/// file's location.
@Suite struct ConfigFileTests {
    private func parse(_ text: String) -> (Config, [ConfigError]) { ConfigFile.parse(text, path: "~/cfg") }

    /// The messages of a text's errors as "LINE: message".
    private func errors(_ text: String) -> [String] { parse(text).1.map { "\($0.line): \($0.message)" } }

    @Test func emptyAndCommentsAreTheDefaults() {
        let (c, e) = parse("\n# nothing here\n   \n\t# indented comment\n")
        #expect(e.isEmpty)
        #expect(c == Config())
        #expect(c.keys == KeyResolver())
    }

    @Test func setEachOption() {
        let (c, e) = parse("""
            set mouse = no
            set mouse-scroll = 5
            set ignore-case = no
            set wrap-search = no      # trailing comment
            set line-graphics = ascii
            set date-format = text
            """)
        #expect(e.isEmpty)
        #expect(!c.mouse && c.mouseScroll == 5 && c.ignoreCase == .no && !c.wrapSearch)
        #expect(c.lineGraphics == .ascii && c.dateFormat == .text)
    }

    @Test func setSpellings() {
        // `=` needs no spaces, booleans as tig writes them, a quoted pattern keeps its spaces and #.
        let (c, e) = parse("""
            set mouse=false
            set ignore-case =yes
            set line-graphics= utf-8
            set date-format = "%d %b %Y #1"
            """)
        #expect(e.isEmpty)
        #expect(!c.mouse && c.ignoreCase == .yes && c.lineGraphics == .utf8)
        #expect(c.dateFormat == (try? DateFormat.parse("%d %b %Y #1").get()))
        #expect(parse("set ignore-case = smart-case\nset line-graphics = default").0 == Config())
    }

    @Test func setErrors() {
        #expect(errors("set mouse = maybe") == ["1: mouse: expected yes or no, not 'maybe'"])
        #expect(errors("\nset mouse-scroll = 0") == ["2: mouse-scroll: expected a number of lines from 1 to 100, not '0'"])
        #expect(errors("set ignore-case = sometimes") == ["1: ignore-case: expected no, yes or smart-case, not 'sometimes'"])
        #expect(errors("set line-graphics = fancy") == ["1: line-graphics: expected auto, ascii or utf-8, not 'fancy'"])
        #expect(errors("set date-format = %d %b") == ["1: date-format: one value expected (put a value with spaces in double quotes)"])
        #expect(errors("set date-format = \"%q\"") == ["1: date-format: unknown field %q (use %Y %y %m %d %e %b %B)"])
        #expect(errors("set date-format = long").first?.hasPrefix("1: date-format: expected iso, text or a pattern") == true)
        #expect(errors("set colours = on") == ["1: unknown option 'colours' (mouse, mouse-scroll, ignore-case, wrap-search, line-graphics, date-format)"])
        #expect(errors("set mouse") == ["1: expected 'set NAME = VALUE'"])
        #expect(errors("set mouse = \"no") == ["1: unterminated double quote"])
    }

    @Test func bindWithAndWithoutPane() {
        let (c, e) = parse("""
            bind J move-down
            bind generic <Ctrl-x> quit
            bind reader x next-article
            bind timeline j none
            """)
        #expect(e.isEmpty)
        #expect(c.bindings == [
            KeyBinding(pane: nil, keys: [.char("J")], action: .moveDown),
            KeyBinding(pane: nil, keys: [.ctrl("x")], action: .quit),
            KeyBinding(pane: .reader, keys: [.char("x")], action: .nextArticle),
            KeyBinding(pane: .timeline, keys: [.char("j")], action: nil),
        ])
    }

    @Test func bindErrorsNameTheLine() {
        let text = """
            # my keys
            bind J move-down
            bind q serch
            bind main j move-down
            bind reader f filter
            bind <Nope> quit
            bind x
            bind ^1 quit
            """
        #expect(errors(text) == [
            "3: unknown action 'serch' (see timeline keys)",
            "4: unknown pane 'main' (generic, timeline, detail, leadership, reader, sources, help)",
            "5: filter does not apply in reader (only in timeline, detail, leadership, sources)",
            "6: bad key '<Nope>': unknown key name <Nope>",
            "7: expected 'bind [PANE] KEY ACTION'",
            "8: bad key '^1': ^1 is not a control key (use ^A to ^Z)",
        ])
        // The good line still applies.
        #expect(parse(text).0.bindings == [KeyBinding(pane: nil, keys: [.char("J")], action: .moveDown)])
    }

    @Test func colorLines() {
        let (c, e) = parse("""
            color title-bar white blue bold
            color accent magenta default
            color search-match color208 default reverse underline
            color dim 8 default normal
            """)
        #expect(e.isEmpty)
        #expect(c.colors.colors(.bar) == AreaColors(foreground: .index(7), background: .index(4), attributes: .bold))
        #expect(c.colors.colors(.accent) == AreaColors(foreground: .index(5), background: .terminalDefault, attributes: nil))
        #expect(c.colors.colors(.highlight).foreground == .index(208))
        #expect(c.colors.colors(.highlight).attributes == [.reverse, .underline])
        #expect(c.colors.colors(.dim) == AreaColors(foreground: .index(8), background: .terminalDefault, attributes: []))
        // Areas not mentioned keep the standard colours.
        #expect(c.colors.colors(.heading) == ColorScheme.standard.colors(.heading))
    }

    @Test func colorErrors() {
        #expect(errors("color titlebar white blue") == [
            "1: unknown colour area 'titlebar' (normal, title-bar, status, search-match, dim, accent, heading, error)",
        ])
        #expect(errors("color status pink default") == [
            "1: unknown colour 'pink' (default, black, red, green, yellow, blue, magenta, cyan, white or color0 to color255)",
        ])
        #expect(errors("color status red color256") == [
            "1: unknown colour 'color256' (default, black, red, green, yellow, blue, magenta, cyan, white or color0 to color255)",
        ])
        #expect(errors("color status red default blink") == ["1: unknown attribute 'blink' (bold, reverse, underline, dim or normal)"])
        #expect(errors("color status red") == ["1: expected 'color status FOREGROUND BACKGROUND [ATTRIBUTES]'"])
    }

    @Test func unknownCommandAndSeveralErrors() {
        let text = "set mouse = no\nserch\nbind q serch\n\ncolor accent pink default\r\n"
        let (c, e) = parse(text)
        #expect(!c.mouse)
        #expect(e.map(\.line) == [2, 3, 5])
        #expect(e[0].description == "~/cfg:2: unknown command 'serch' (expected set, bind or color)")
        #expect(ConfigFile.notice(e) == "config: 3 errors, see stderr; line 2: unknown command 'serch' (expected set, bind or color)")
        #expect(ConfigFile.notice(Array(e.prefix(1))) == "config: line 2: unknown command 'serch' (expected set, bind or color)")
        #expect(ConfigFile.notice([]) == nil)
    }

    @Test func tokens() throws {
        #expect(try ConfigFile.tokens("set a=b # c").get() == ["set", "a", "=", "b"])
        #expect(try ConfigFile.tokens(#"x "a \"b\" # c" 'd e'"#).get() == ["x", #"a "b" # c"#, "d e"])
        #expect(try ConfigFile.tokens("bind generic <Hash> help#not a comment").get() == ["bind", "generic", "<Hash>", "help#not", "a", "comment"])
        #expect(try ConfigFile.tokens("   # all comment").get() == [])
    }

    @Test func keyNotation() {
        func keys(_ s: String) -> [Key]? { try? KeyNotation.parse(s).get() }
        #expect(keys("j") == [.char("j")])
        #expect(keys("gg") == [.char("g"), .char("g")])
        #expect(keys("<Enter>") == [.enter] && keys("<enter>") == [.enter])
        #expect(keys("<Esc>") == [.escape] && keys("<Tab>") == [.tab] && keys("<Space>") == [.char(" ")])
        #expect(keys("<Up>") == [.up] && keys("<Down>") == [.down])
        #expect(keys("<PgUp>") == [.pageUp] && keys("<PgDown>") == [.pageDown] && keys("<PageDown>") == [.pageDown])
        #expect(keys("<Home>") == [.home] && keys("<End>") == [.end] && keys("<F1>") == [.function(1)])
        #expect(keys("<Ctrl-x>") == [.ctrl("x")] && keys("^X") == [.ctrl("x")] && keys("<C-d>") == [.ctrl("d")])
        // What the terminal sends for ^I, ^M and ^H.
        #expect(keys("^I") == [.tab] && keys("^M") == [.enter] && keys("<Ctrl-h>") == [.backspace])
        #expect(keys("<Esc>x") == [.escape, .char("x")])
        #expect(keys("<Hash>") == [.char("#")] && keys("<LessThan>") == [.char("<")] && keys("<") == [.char("<")])
        #expect(keys("^") == [.char("^")] && keys("é") == [.char("é")])
        #expect(keys("<S-Tab>") == [.backTab] && keys("<BackTab>") == [.backTab])
        #expect(keys("<Ctrl-1>") == nil && keys("<Bogus>") == nil)
        // Round trip through the notation.
        for a in Action.allCases {
            for k in a.info.keys { #expect(keys(KeyNotation.format(k)) == k, "\(k)") }
        }
    }

    @Test func location() {
        let home = ["HOME": "/home/ana"]
        #expect(ConfigLocation.find(environment: home) == ConfigLocation(path: "/home/ana/.config/timeline/config", display: "~/.config/timeline/config"))
        #expect(ConfigLocation.find(environment: home.merging(["XDG_CONFIG_HOME": "/xdg"]) { $1 })?.path == "/xdg/timeline/config")
        // A relative XDG_CONFIG_HOME is ignored (the XDG spec).
        #expect(ConfigLocation.find(environment: home.merging(["XDG_CONFIG_HOME": "rel"]) { $1 })?.path == "/home/ana/.config/timeline/config")
        let explicit = ConfigLocation.find(environment: home.merging(["TIMELINE_CONFIG": "/home/ana/t.conf", "XDG_CONFIG_HOME": "/xdg"]) { $1 })
        #expect(explicit == ConfigLocation(path: "/home/ana/t.conf", display: "~/t.conf"))
        #expect(ConfigLocation.find(environment: home.merging(["TIMELINE_CONFIG": ""]) { $1 })?.path == "/home/ana/.config/timeline/config")
        #expect(ConfigLocation.find(environment: [:]) == nil)
        #expect(ConfigLocation.shorten("/home/anabel/x", home: "/home/ana") == "/home/anabel/x")
    }

    @Test func readmeExampleParses() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```\n# ~/.config/timeline/config\n"))
        let end = try #require(readme[start.upperBound...].range(of: "```"))
        let (c, e) = parse(String(readme[start.upperBound..<end.lowerBound]))
        #expect(e.isEmpty, "\(e)")
        #expect(!c.bindings.isEmpty && c.colors != ColorScheme.standard && c.dateFormat == .text)
    }

    @Test func missingFileIsSilentAndAFolderIsAnError() {
        let missing = ConfigFile.load(environment: ["TIMELINE_CONFIG": "/nonexistent/timeline-config"])
        #expect(missing.config == Config() && missing.errors.isEmpty)
        let folder = ConfigFile.load(environment: ["TIMELINE_CONFIG": "/tmp"])
        #expect(folder.errors.map(\.description) == ["/tmp: cannot read the config: it is a folder"])
    }
}
