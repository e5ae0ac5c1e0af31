/// Where the config file is: `$TIMELINE_CONFIG`, else `$XDG_CONFIG_HOME/timeline/config`,
/// else `~/.config/timeline/config` (tig's `$TIGRC_USER` then XDG; the XDG spec ignores a
/// relative `XDG_CONFIG_HOME`, as htop does).
struct ConfigLocation: Hashable, Sendable {
    /// The path to open.
    let path: String
    /// The path as messages write it: under the home folder as `~/…`.
    let display: String

    static func find(environment env: [String: String]) -> ConfigLocation? {
        let home = env["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let path: String
        if let explicit = env["TIMELINE_CONFIG"], !explicit.isEmpty {
            path = explicit
        } else if let xdg = env["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            path = xdg + "/timeline/config"
        } else if let home {
            path = home + "/.config/timeline/config"
        } else {
            return nil
        }
        return ConfigLocation(path: path, display: shorten(path, home: home))
    }

    static func shorten(_ path: String, home: String?) -> String {
        guard let home, home != "/" else { return path }
        let h = home.hasSuffix("/") ? String(home.dropLast()) : home
        return path.hasPrefix(h + "/") ? "~" + path.dropFirst(h.count) : path
    }
}
