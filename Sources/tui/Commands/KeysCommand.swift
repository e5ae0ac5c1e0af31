import ArgumentParser

/// `timeline keys`: the effective key table, straight from the action table.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the browser's keys: action, keys, panes where it applies, what it does.")
    @Flag(help: "Write keys in ASCII (Up rather than ↑).") var ascii = false

    func run() throws {
        for line in Action.keyTable(ascii: ascii) { print(line) }
    }
}
