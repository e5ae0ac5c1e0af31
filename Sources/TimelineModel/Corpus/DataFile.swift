import Foundation

/// The word lists the rules read (furniture phrases, gazetteers, trigger words...).
///
/// Each ships in the package's Resources folder; a user extends one by putting a file of
/// the same name in `$XDG_CONFIG_HOME/timeline/` (default `~/.config/timeline/`), whose
/// lines are added to the shipped ones. One entry a line; `#` starts a comment.
public enum DataFile {
    public static func entries(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var result: [String] = []
        if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            result += parse(text)
        }
        if let dir = userDirectory(environment: environment),
           let text = try? String(contentsOfFile: dir + "/" + name, encoding: .utf8) {
            result += parse(text)
        }
        return result
    }

    /// Lines without comments and surrounding white space; blank lines dropped.
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).compactMap { raw in
            let line = raw.firstIndex(of: "#").map { raw[..<$0] } ?? raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    static func userDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/timeline" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.config/timeline" }
        return nil
    }
}
