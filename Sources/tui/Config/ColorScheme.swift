/// A terminal colour as the config names it: the terminal's own (`default`), one of the
/// eight ANSI names, or `colorN` / `N` for 0–255 (on terminals that have that many).
enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case index(Int)

    /// The ANSI names in their ncurses order (COLOR_BLACK = 0 … COLOR_WHITE = 7).
    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parse(_ text: String) -> TerminalColor? {
        let t = text.lowercased()
        if t == "default" { return .terminalDefault }
        if let i = names.firstIndex(of: t) { return .index(i) }
        let digits = t.hasPrefix("color") ? String(t.dropFirst(5)) : t
        if let n = Int(digits), (0...255).contains(n), !digits.hasPrefix("+") { return .index(n) }
        return nil
    }

    /// The number ncurses takes (-1: the terminal's own, with use_default_colors).
    var curses: Int16 {
        switch self {
        case .terminalDefault: return -1
        case .index(let n): return Int16(n)
        }
    }
}

/// The attributes a `color` line can give an area.
struct TextAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = TextAttributes(rawValue: 1)
    static let reverse = TextAttributes(rawValue: 2)
    static let underline = TextAttributes(rawValue: 4)
    static let dim = TextAttributes(rawValue: 8)

    /// `normal` is the empty set: it clears the area's own attributes.
    static let names: [String: TextAttributes] = [
        "bold": .bold, "reverse": .reverse, "underline": .underline, "dim": .dim, "normal": [],
    ]

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ style: Style) {
        var a = TextAttributes()
        if style.bold { a.insert(.bold) }
        if style.reverse { a.insert(.reverse) }
        if style.underline { a.insert(.underline) }
        if style.dim { a.insert(.dim) }
        self = a
    }
}

/// The colours and attributes of one area.
struct AreaColors: Hashable, Sendable {
    var foreground: TerminalColor
    var background: TerminalColor
    /// nil: the attributes the screen gives the area (see `ColorScheme.ownAttributes`).
    var attributes: TextAttributes?
}

/// What each colour area (a `ColorRole`) looks like: colours (used only when colour is on)
/// and attributes (always: they carry the meaning on a monochrome screen too).
struct ColorScheme: Hashable, Sendable {
    private var areas: [ColorRole: AreaColors]

    /// The areas' names in the config, one per role: the one table of colour areas.
    static func name(of role: ColorRole) -> String {
        switch role {
        case .normal: return "normal"
        case .bar: return "title-bar"
        case .status: return "status"
        case .highlight: return "search-match"
        case .dim: return "dim"
        case .accent: return "accent"
        case .heading: return "heading"
        case .error: return "error"
        }
    }

    static func role(named name: String) -> ColorRole? {
        ColorRole.allCases.first { self.name(of: $0) == name.lowercased() }
    }

    /// What each area is for, for the README and error messages.
    static func purpose(of role: ColorRole) -> String {
        switch role {
        case .normal: return "text"
        case .bar: return "the title bar"
        case .status: return "the status line"
        case .highlight: return "search matches"
        case .dim: return "page furniture, dividers, approximate dates"
        case .accent: return "dates, source names, evidence sentences"
        case .heading: return "headlines, years, section titles"
        case .error: return "errors"
        }
    }

    /// The attributes the views give each area's styles (Style.bar, .status, .match,
    /// .dimmed, .heading): what an area's own `color` attributes replace.
    static func ownAttributes(of role: ColorRole) -> TextAttributes {
        switch role {
        case .bar: return [.bold, .reverse]
        case .status: return .reverse
        case .highlight: return [.bold, .underline]
        case .dim: return .dim
        case .heading: return .bold
        case .normal, .accent, .error: return []
        }
    }

    /// The colours the browser has always had, on the terminal's own background.
    static let standard = ColorScheme(areas: Dictionary(uniqueKeysWithValues: ColorRole.allCases.map { role in
        let fg: TerminalColor
        switch role {
        case .bar: fg = .index(4)
        case .highlight, .heading: fg = .index(3)
        case .accent: fg = .index(6)
        case .error: fg = .index(1)
        case .normal, .status, .dim: fg = .terminalDefault
        }
        return (role, AreaColors(foreground: fg, background: .terminalDefault, attributes: nil))
    }))

    func colors(_ role: ColorRole) -> AreaColors { areas[role] ?? ColorScheme.standard.areas[role]! }

    mutating func set(_ role: ColorRole, _ colors: AreaColors) { areas[role] = colors }

    /// `style` with its area's configured attributes in place of the area's own; the rest
    /// (the selection's reverse, a match's underline laid over it) stays, so the selection
    /// bar keeps no holes.
    func restyle(_ style: Style) -> Style {
        guard let configured = colors(style.role).attributes else { return style }
        let a = TextAttributes(style).subtracting(ColorScheme.ownAttributes(of: style.role)).union(configured)
        var out = style
        out.bold = a.contains(.bold)
        out.reverse = a.contains(.reverse)
        out.underline = a.contains(.underline)
        out.dim = a.contains(.dim)
        return out
    }
}
