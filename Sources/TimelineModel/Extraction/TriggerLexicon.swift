/// A word or phrase that signals an event of some kind.
public struct Trigger: Hashable, Sendable {
    public var kind: EventKind
    public var phrase: [String]
    /// Makes an event only when its sentence gives a date of its own.
    public var weak: Bool
    /// A plural, generic form ("airstrikes"): an event only with a day or month date.
    public var plural: Bool
    /// A count verb ("killed") that gives numbers but no method.
    public var countVerb: Bool
    /// A word the sentence must also hold ("dropped" needs "bomb").
    public var needs: String?
    /// Names an operation without its method ("operation"): any other report's kind wins.
    public var generic: Bool = false
}

/// A trigger found in a sentence.
public struct TriggerMatch: Hashable, Sendable {
    public var trigger: Trigger
    public var tokens: Range<Int>
}

/// The trigger words of every kind, from triggers.tsv.
public struct TriggerLexicon: Sendable {
    /// Triggers by their first word, longest first.
    private var byFirstWord = WordTable<[Trigger]>()

    public init(rows: [String]) {
        var byFirstWord: [String: [Trigger]] = [:]
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count >= 2, let kind = EventKind(rawValue: cols[0]) else { continue }
            let phrase = NameIndex<Int>.parts(cols[1])
            guard let first = phrase.first else { continue }
            let flags = cols.count > 2 ? cols[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
            let needs = flags.first { $0.hasPrefix("needs=") }.map { String($0.dropFirst(6)).lowercased() }
            let trigger = Trigger(kind: kind, phrase: phrase, weak: flags.contains("weak"), plural: flags.contains("plural"),
                                  countVerb: flags.contains("count"), needs: needs, generic: flags.contains("generic"))
            byFirstWord[first, default: []].append(trigger)
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.phrase.count > $1.phrase.count } }
        self.byFirstWord = WordTable(byFirstWord.lazy.map { ($0.key, $0.value) })
    }

    public static func standard() -> TriggerLexicon { TriggerLexicon(rows: DataFile.entries("triggers.tsv")) }

    /// Every trigger in the tokens, longest first at each position, without overlaps. A
    /// trigger starts at a token's first part and ends with a token's last part.
    public func matches(in tokens: [Token]) -> [TriggerMatch] {
        // The sentence's words, for triggers that need another word: built when one does.
        var words: Set<String>?
        var out: [TriggerMatch] = []
        var t = 0
        while t < tokens.count {
            guard tokens[t].kind != .punctuation, let first = tokens[t].firstPart,
                  let candidates = byFirstWord.value(first, hash: tokens[t].firstPartHash) else { t += 1; continue }
            var next = t + 1
            for c in candidates {
                guard let last = NameIndex<Int>.lastToken(matching: c.phrase, in: tokens, from: t) else { continue }
                if let needed = c.needs {
                    if words == nil { words = Set(tokens.lazy.filter { $0.kind != .punctuation }.flatMap(\.parts)) }
                    if !words!.contains(where: { $0.hasPrefix(needed) }) { continue }
                }
                out.append(TriggerMatch(trigger: c, tokens: t..<last + 1))
                next = last + 1
                break
            }
            t = next
        }
        return out
    }
}
