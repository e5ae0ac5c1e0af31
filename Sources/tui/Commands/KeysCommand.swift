import ArgumentParser
import Foundation

/// `timeline keys`: the effective key table (the action table with the config's `bind`
/// lines applied), or the defaults.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the browser's keys: action, keys, panes where it applies, what it does.",
        discussion: "Keys bound in the config file ($TIMELINE_CONFIG, else $XDG_CONFIG_HOME/timeline/config) are included; its errors go to stderr.")
    @Flag(help: "Write keys in ASCII (Up rather than ↑).") var ascii = false
    @Flag(name: .customLong("default"), help: "The built-in keys, without the config's bindings.") var defaults = false

    func run() throws {
        var keys = KeyResolver()
        if !defaults {
            let (config, errors) = ConfigFile.load(environment: ProcessInfo.processInfo.environment)
            for e in errors { Console.error(e.description) }
            keys = config.keys
        }
        for line in Action.keyTable(ascii: ascii, keys: keys) { print(line) }
    }
}
