#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the config file sets; `Config()` is the browser as it is without one.
struct Config: Hashable, Sendable {
    var mouse = true
    /// Lines one wheel notch scrolls.
    var mouseScroll = 3
    var ignoreCase = IgnoreCase.smartCase
    var wrapSearch = true
    var lineGraphics = LineGraphics.auto
    var dateFormat = DateFormat.iso
    /// `bind` lines in the order given (a later one wins).
    var bindings: [KeyBinding] = []
    var colors = ColorScheme.standard

    /// The action table's keys with the bindings applied.
    var keys: KeyResolver { KeyResolver(bindings: bindings) }
}

/// tig's `line-graphics`: box-drawing lines and marks, or ASCII.
enum LineGraphics: String, CaseIterable, Hashable, Sendable {
    /// UTF-8 when the locale says so, else ASCII.
    case auto
    case ascii
    case utf8 = "utf-8"
}

/// One bad line: `FILE:LINE: message` (line 0: the file as a whole).
struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    let file: String
    let line: Int
    let message: String

    var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// The config file, tig style: one directive a line, `#` to the end of the line is a
/// comment, and a value with spaces goes in double quotes.
///
///     set NAME = VALUE             see `ConfigFile.options`
///     bind [PANE] KEY ACTION       KEY in tig's notation (KeyNotation), ACTION from
///                                  `timeline keys` or `none`; PANE defaults to generic
///     color AREA FG BG [ATTR...]   AREA from ColorScheme, ATTR bold reverse underline dim normal
///
/// A bad line is reported and skipped; the other lines still apply.
enum ConfigFile {
    /// One `set` option: its name, the values it takes (for messages and the README) and
    /// how a value is applied (nil, or what is wrong with it).
    struct Option: Sendable {
        let name: String
        let values: String
        let apply: @Sendable (inout Config, String) -> String?
    }

    static let options: [Option] = [
        Option(name: "mouse", values: "yes|no") { c, v in
            boolean(v).map { c.mouse = $0; return nil } ?? "mouse: expected yes or no, not '\(v)'"
        },
        Option(name: "mouse-scroll", values: "1-100") { c, v in
            guard let n = Int(v), (1...100).contains(n) else { return "mouse-scroll: expected a number of lines from 1 to 100, not '\(v)'" }
            c.mouseScroll = n
            return nil
        },
        Option(name: "ignore-case", values: "no|yes|smart-case") { c, v in
            guard let m = IgnoreCase(rawValue: v.lowercased()) ?? boolean(v).map({ $0 ? .yes : .no }) else {
                return "ignore-case: expected no, yes or smart-case, not '\(v)'"
            }
            c.ignoreCase = m
            return nil
        },
        Option(name: "wrap-search", values: "yes|no") { c, v in
            boolean(v).map { c.wrapSearch = $0; return nil } ?? "wrap-search: expected yes or no, not '\(v)'"
        },
        Option(name: "line-graphics", values: "auto|ascii|utf-8") { c, v in
            // tig also has `default` (its ncurses line drawing): here that is auto.
            let l = v.lowercased()
            guard let g = LineGraphics(rawValue: l == "default" ? "auto" : l == "utf8" ? "utf-8" : l) else {
                return "line-graphics: expected auto, ascii or utf-8, not '\(v)'"
            }
            c.lineGraphics = g
            return nil
        },
        Option(name: "date-format", values: "iso|text|\"PATTERN\"") { c, v in
            switch DateFormat.parse(v) {
            case .success(let f): c.dateFormat = f; return nil
            case .failure(let e): return "date-format: " + e.message
            }
        },
    ]

    static let paneNames = ["generic"] + PaneKind.allCases.map(\.rawValue)

    /// Reads `text` (the contents of `path`, named so in errors): the settings of the good
    /// lines, and one error per bad line.
    static func parse(_ text: String, path: String) -> (Config, [ConfigError]) {
        var config = Config()
        var errors: [ConfigError] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let problem: String?
            switch tokens(line) {
            case .failure(let e): problem = e.message
            case .success(let t) where t.isEmpty: problem = nil
            case .success(let t): problem = directive(t, into: &config)
            }
            if let problem { errors.append(ConfigError(file: path, line: n + 1, message: problem)) }
        }
        return (config, errors)
    }

    /// Applies one tokenized line; nil, or what is wrong with it.
    private static func directive(_ t: [String], into config: inout Config) -> String? {
        switch t[0] {
        case "set": return set(Array(t.dropFirst()), into: &config)
        case "bind": return bind(Array(t.dropFirst()), into: &config)
        case "color", "colour": return color(Array(t.dropFirst()), into: &config)
        default: return "unknown command '\(t[0])' (expected set, bind or color)"
        }
    }

    private static func set(_ t: [String], into config: inout Config) -> String? {
        guard t.count >= 3, t[1] == "=" else { return "expected 'set NAME = VALUE'" }
        guard let option = options.first(where: { $0.name == t[0].lowercased() }) else {
            return "unknown option '\(t[0])' (\(options.map(\.name).joined(separator: ", ")))"
        }
        guard t.count == 3 else { return "\(option.name): one value expected (put a value with spaces in double quotes)" }
        return option.apply(&config, t[2])
    }

    private static func bind(_ t: [String], into config: inout Config) -> String? {
        guard t.count == 2 || t.count == 3 else { return "expected 'bind [PANE] KEY ACTION'" }
        var pane: PaneKind?
        if t.count == 3 {
            let name = t[0].lowercased()
            if name != "generic" {
                guard let p = PaneKind(rawValue: name) else {
                    return "unknown pane '\(t[0])' (\(paneNames.joined(separator: ", ")))"
                }
                pane = p
            }
        }
        let keyText = t[t.count - 2], actionName = t[t.count - 1]
        let keys: [Key]
        switch KeyNotation.parse(keyText) {
        case .success(let k): keys = k
        case .failure(let f): return "bad key '\(keyText)': \(f.reason)"
        }
        let action: Action?
        if actionName.lowercased() == "none" {
            action = nil
        } else {
            guard let a = Action(rawValue: actionName.lowercased()) else {
                return "unknown action '\(actionName)' (see timeline keys)"
            }
            if let pane, !a.applies(in: pane) {
                let panes = PaneKind.allCases.filter { a.applies(in: $0) }.map(\.rawValue).joined(separator: ", ")
                return "\(a.name) does not apply in \(pane.rawValue) (only in \(panes))"
            }
            action = a
        }
        config.bindings.append(KeyBinding(pane: pane, keys: keys, action: action))
        return nil
    }

    private static func color(_ t: [String], into config: inout Config) -> String? {
        guard let area = t.first, let role = ColorScheme.role(named: area) else {
            let names = ColorRole.allCases.map(ColorScheme.name).joined(separator: ", ")
            return t.isEmpty ? "expected 'color AREA FOREGROUND BACKGROUND [ATTRIBUTES]'" : "unknown colour area '\(t[0])' (\(names))"
        }
        guard t.count >= 3 else { return "expected 'color \(area) FOREGROUND BACKGROUND [ATTRIBUTES]'" }
        var colors: [TerminalColor] = []
        for c in t[1...2] {
            guard let color = TerminalColor.parse(c) else {
                return "unknown colour '\(c)' (default, \(TerminalColor.names.joined(separator: ", ")) or color0 to color255)"
            }
            colors.append(color)
        }
        var attributes: TextAttributes?
        for a in t.dropFirst(3) {
            guard let attribute = TextAttributes.names[a.lowercased()] else {
                return "unknown attribute '\(a)' (bold, reverse, underline, dim or normal)"
            }
            attributes = (attributes ?? []).union(attribute)
        }
        config.colors.set(role, AreaColors(foreground: colors[0], background: colors[1], attributes: attributes))
        return nil
    }

    /// tig's booleans.
    private static func boolean(_ v: String) -> Bool? {
        switch v.lowercased() {
        case "yes", "true", "on", "1": return true
        case "no", "false", "off", "0": return false
        default: return nil
        }
    }

    // MARK: - Tokens

    struct TokenError: Error, Equatable {
        let message: String
    }

    /// Splits a line into words: white space separates, `"…"` (with `\"` and `\\`) or `'…'`
    /// keeps spaces and `#`, a `#` starting a word comments out the rest, and `=` is a word
    /// of its own so `set a=b` reads like `set a = b`.
    static func tokens(_ line: Substring) -> Result<[String], TokenError> {
        var out: [String] = []
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c.isWhitespace { i = line.index(after: i); continue }
            if c == "#" { break }
            if c == "=" {
                out.append("=")
                i = line.index(after: i)
                continue
            }
            if c == "\"" || c == "'" {
                var word = ""
                var j = line.index(after: i)
                var closed = false
                while j < line.endIndex {
                    let d = line[j]
                    if d == c { closed = true; j = line.index(after: j); break }
                    if c == "\"", d == "\\", line.index(after: j) < line.endIndex {
                        j = line.index(after: j)
                        word.append(line[j])
                    } else {
                        word.append(d)
                    }
                    j = line.index(after: j)
                }
                guard closed else { return .failure(TokenError(message: "unterminated \(c == "\"" ? "double" : "single") quote")) }
                out.append(word)
                i = j
                continue
            }
            var word = ""
            while i < line.endIndex, !line[i].isWhitespace, line[i] != "=" {
                word.append(line[i])
                i = line.index(after: i)
            }
            out.append(word)
        }
        return .success(out)
    }

    // MARK: - Reading the file

    /// The config at `ConfigLocation.find`: none or a missing file gives the defaults
    /// silently; a file that exists but cannot be read is one error.
    static func load(environment env: [String: String]) -> (config: Config, errors: [ConfigError]) {
        guard let location = ConfigLocation.find(environment: env) else { return (Config(), []) }
        switch readFile(location.path) {
        case .missing:
            return (Config(), [])
        case .failed(let reason):
            return (Config(), [ConfigError(file: location.display, line: 0, message: "cannot read the config: \(reason)")])
        case .text(let text):
            return parse(text, path: location.display)
        }
    }

    private enum ReadResult { case missing, failed(String), text(String) }

    private static func readFile(_ path: String) -> ReadResult {
        var st = stat()
        guard stat(path, &st) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .failed(String(cString: strerror(errno)))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failed("it is a folder") }
        // A config is a few lines; refuse something that plainly is not one.
        if st.st_size > 1 << 20 { return .failed("larger than 1 MB") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { bytes += buffer[0..<n]; if bytes.count > 1 << 20 { return .failed("larger than 1 MB") } }
            else if n == 0 { break }
            else if errno != EINTR { return .failed(String(cString: strerror(errno))) }
        }
        // Invalid UTF-8 becomes U+FFFD: only the lines it spoils are reported.
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    /// The status line's note on the first frame, since stderr is hidden under the screen.
    static func notice(_ errors: [ConfigError]) -> String? {
        guard let first = errors.first else { return nil }
        // The count first: a narrow status line cuts the end off.
        let at = first.line > 0 ? "line \(first.line): " : ""
        if errors.count == 1 { return "config: \(at)\(first.message)" }
        return "config: \(errors.count) errors, see stderr; \(at)\(first.message)"
    }
}

extension BrowserSettings {
    /// The browser's settings from the config and what the terminal turned out to allow.
    init(config: Config, color: Bool, unicode: Bool, mouse: Bool) {
        self.init(color: color, ascii: false, mouse: mouse)
        switch config.lineGraphics {
        case .auto: ascii = !unicode
        case .ascii: ascii = true
        case .utf8: ascii = false
        }
        wheelLines = config.mouseScroll
        keys = config.keys
        ignoreCase = config.ignoreCase
        wrapSearch = config.wrapSearch
        dateFormat = config.dateFormat
    }
}
