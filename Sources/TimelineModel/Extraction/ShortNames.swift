/// "Zarif Gul … Gul took over after …": within one report a name of one word that is a
/// word of exactly one fuller name of that report is that person. Across a corpus the same
/// word may be many people's ("Gul", "Khan"), so the directory keeps such a word apart; the
/// report itself settles it, before its claims leave it.
struct ShortNames {
    /// One-word spelling → the report's only fuller name holding that word.
    private var full: [String: String] = [:]

    /// `names`: every spelling of a person the report uses.
    init(_ names: [String]) {
        var singles: Set<String> = []
        var holders: [String: Set<String>] = [:]
        for n in names {
            let words = n.split(whereSeparator: { $0 == " " || $0 == "-" })
            if words.count == 1 {
                singles.insert(n)
            } else {
                for w in words where w.count > 2 { holders[w.lowercased(), default: []].insert(n) }
            }
        }
        for s in singles {
            if let h = holders[s.lowercased()], h.count == 1 { full[s] = h.first! }
        }
    }

    var isEmpty: Bool { full.isEmpty }

    /// The fuller name `name` stands for in this report, or `name` itself.
    func resolve(_ name: String) -> String { full[name] ?? name }

    /// The report's claims with one-word names replaced by the fuller ones they stand for.
    func apply(to reading: inout SourceReading) {
        guard !isEmpty else { return }
        for i in reading.mentions.indices {
            for j in reading.mentions[i].people.indices {
                reading.mentions[i].people[j].name = resolve(reading.mentions[i].people[j].name)
            }
        }
        for i in reading.roles.indices { reading.roles[i].person = resolve(reading.roles[i].person) }
        for i in reading.successions.indices {
            reading.successions[i].predecessors = reading.successions[i].predecessors.map(resolve)
            reading.successions[i].successors = reading.successions[i].successors.map(resolve)
        }
    }
}
