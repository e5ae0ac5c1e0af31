import Foundation

/// The fingerprint a source's cached reading is filed under: everything the reading
/// depends on, so that any change (text, id, publication date, furniture, the rules, the
/// program) files it anew instead of serving a stale one.
public enum ReadingKey {
    public static func of(_ source: Source, rules: ContentHash) -> ContentHash {
        let published = source.published.span.map { "\($0.start.ordinal)..\($0.end.ordinal) \($0.precision.rawValue) \($0.approximate)" } ?? "-"
        let unread = source.unread.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
        return ContentHash(parts: [rules.description, source.id, published, source.published.origin.rawValue,
                                   unread, ContentHash(text: source.text).description])
    }

    /// A fingerprint of the rules: the data files as the user has them (shipped lines plus
    /// their own), the cache format, and the program itself (its size and modification
    /// time, so a rebuilt or upgraded binary never reads what an older one wrote).
    public static func rules(environment: [String: String] = ProcessInfo.processInfo.environment) -> ContentHash {
        var parts = ["format \(ReadingCodec.format)"]
        var dirs: [String] = []
        if let shipped = Bundle.module.resourceURL?.appendingPathComponent("Resources").path { dirs.append(shipped) }
        if let user = DataFile.userDirectory(environment: environment) { dirs.append(user) }
        let fm = FileManager.default
        for dir in dirs {
            for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() {
                guard let data = fm.contents(atPath: dir + "/" + name) else { continue }
                parts += [name, ContentHash(data).description]
            }
        }
        let exePath = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        if let exe = try? fm.attributesOfItem(atPath: exePath) {
            parts.append("\(exe[.size] ?? 0) \((exe[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)")
        }
        return ContentHash(parts: parts)
    }
}

/// Where the cache lives: `$XDG_CACHE_HOME/timeline/`, else `~/.cache/timeline/`.
public enum CacheLocation {
    public static func database(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/timeline/readings.sqlite" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/timeline/readings.sqlite" }
        return nil
    }

    /// True when `path` lies inside `folder` (both resolved): the corpus is read-only to us.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        let f = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        // The cache file may not exist yet: resolve its folder's nearest existing parent.
        var p = URL(fileURLWithPath: path).standardizedFileURL
        while !FileManager.default.fileExists(atPath: p.path), p.path != "/" { p.deleteLastPathComponent() }
        let resolved = p.resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == f || resolved.hasPrefix(f.hasSuffix("/") ? f : f + "/")
    }
}
