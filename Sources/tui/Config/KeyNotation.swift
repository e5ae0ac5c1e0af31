/// Keys as the config file writes them, in tig's notation: a plain character, `<Name>` for a
/// special key, `<Ctrl-x>` or `^X` for a control key, and several of these in a row for a
/// sequence (`gg`, `<Esc>x`). Names are case-insensitive.
enum KeyNotation {
    /// tig's key names (`doc/tigrc.5.adoc`, "Keys"), plus the spellings our own labels use so
    /// that what `timeline keys` prints can be pasted back (PgDn, S-Tab, BS).
    static let names: [String: Key] = [
        "enter": .enter, "return": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "forwardtab": .tab,
        "backtab": .backTab, "s-tab": .backTab, "shift-tab": .backTab,
        "space": .char(" "),
        "backspace": .backspace, "bs": .backspace,
        "delete": .delete, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pageup": .pageUp, "pgup": .pageUp,
        "pagedown": .pageDown, "pgdown": .pageDown, "pgdn": .pageDown,
        "home": .home, "end": .end,
        // `#` starts a comment and `<` a key name, so these two need names (as in tig).
        "hash": .char("#"),
        "lessthan": .char("<"), "lt": .char("<"),
    ]

    /// Why a key could not be read; the parser turns it into "bad key '…': reason".
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// The key sequence `text` stands for.
    static func parse(_ text: String) -> Result<[Key], Failure> {
        guard !text.isEmpty else { return .failure(Failure(reason: "empty key")) }
        var keys: [Key] = []
        var rest = Substring(text)
        while let c = rest.first {
            if c == "<", let close = rest.firstIndex(of: ">"), close != rest.index(after: rest.startIndex) {
                let name = rest[rest.index(after: rest.startIndex)..<close]
                switch named(String(name)) {
                case .success(let k): keys.append(k)
                case .failure(let f): return .failure(f)
                }
                rest = rest[rest.index(after: close)...]
            } else if c == "^", rest.count > 1 {
                // `^D`; a lone `^` (or one at the end) is the caret itself.
                let next = rest[rest.index(after: rest.startIndex)]
                guard let k = control(next) else {
                    return .failure(Failure(reason: "^\(next) is not a control key (use ^A to ^Z)"))
                }
                keys.append(k)
                rest = rest.dropFirst(2)
            } else {
                if c.isWhitespace || c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    return .failure(Failure(reason: "write special keys by name, such as <Space> or <Tab>"))
                }
                keys.append(.char(c))
                rest = rest.dropFirst()
            }
        }
        return .success(keys)
    }

    /// What is between `<` and `>`: a name, `Ctrl-x` / `C-x`, or `F1`…`F12`.
    private static func named(_ name: String) -> Result<Key, Failure> {
        let lower = name.lowercased()
        if let k = names[lower] { return .success(k) }
        for prefix in ["ctrl-", "c-"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            if let k = control(lower.last!) { return .success(k) }
            return .failure(Failure(reason: "<\(name)> is not a control key (use <Ctrl-a> to <Ctrl-z>)"))
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .success(.function(n)) }
        return .failure(Failure(reason: "unknown key name <\(name)>"))
    }

    /// ^A…^Z as the terminal delivers them (Tab, Enter and Backspace are their own keys).
    private static func control(_ c: Character) -> Key? {
        let l = Character(c.lowercased())
        guard let a = l.asciiValue, a >= 0x61, a <= 0x7A else { return nil }
        switch l {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        default: return .ctrl(l)
        }
    }

    /// `keys` written back in the notation `parse` reads (for messages and round trips).
    static func format(_ keys: [Key]) -> String {
        keys.map { k -> String in
            switch k {
            case .char(" "): return "<Space>"
            case .char("#"): return "<Hash>"
            case .char("<"): return "<LessThan>"
            case .char(let c): return String(c)
            case .ctrl(let c): return "<Ctrl-\(c)>"
            case .up: return "<Up>"
            case .down: return "<Down>"
            case .left: return "<Left>"
            case .right: return "<Right>"
            case .pageUp: return "<PgUp>"
            case .pageDown: return "<PgDown>"
            case .home: return "<Home>"
            case .end: return "<End>"
            case .enter: return "<Enter>"
            case .escape: return "<Esc>"
            case .tab: return "<Tab>"
            case .backTab: return "<BackTab>"
            case .backspace: return "<Backspace>"
            case .delete: return "<Delete>"
            case .function(let n): return "<F\(n)>"
            }
        }.joined()
    }
}
