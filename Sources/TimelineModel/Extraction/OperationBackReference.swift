/// "Troops detained X in a raid on Tuesday. Four militants were killed during the
/// operation.": a count told of "the operation" just reported is a count of that event,
/// not a happening of its own with only the report's month for a date.
extension SourceExtractor {
    /// Nouns that name an event already told when "the", "that" or "this" leads them.
    static let eventNouns: WordSet = ["operation", "raid", "strike", "airstrike", "attack", "clash", "clashes", "assault",
                                      "bombing", "blast", "explosion", "fighting", "ambush", "offensive", "gunfight", "shootout"]
    static let duringWords: WordSet = ["during", "in"]

    /// Whether the sentence counts victims "during/in the operation": the preposition, a
    /// back-referring determiner and an event noun in a row (the noun may be the trigger).
    static func countsOfEventTold(_ m: EventMention, tokens: [Token]) -> Bool {
        var i = 0
        while i + 2 < tokens.count {
            if duringWords.contains(tokens[i]), backDeterminers.contains(tokens[i + 1]), eventNouns.contains(tokens[i + 2]) { return true }
            i += 1
        }
        return false
    }

    /// The mention as more of the event told just before: that event's kind, date and
    /// place, with this sentence's counts. Nil when it does not apply (own date, another
    /// source or paragraph, "separate", or counts the event already has).
    static func foldBackReference(_ m: EventMention, into previous: EventMention, tokens: [Token]) -> EventMention? {
        guard m.kind == .killing || m.genericKind, !m.claim, m.mayBePartOf(previous),
              // A bare killing ("X was killed on Monday, the police chief said") names no
              // operation for "the operation" to mean.
              previous.kind.isViolent || previous.kind == .capture, previous.kind != .tally, previous.kind != .killing,
              m.placeInherited || m.place == EventPlace() || m.place.isCompatible(with: previous.place),
              !tokens.contains(where: { elsewhereWords.contains($0) }),
              countsOfEventTold(m, tokens: tokens) else { return nil }
        var folded = m.toldAsPartOf(previous)
        folded.genericKind = previous.genericKind
        return folded
    }
}

extension SourceExtractor {
    /// "Security forces killed seven militants in Tank and Swabi. Four were killed in Tank
    /// and three in Swabi.": numbers that add up to the count of the event just told split
    /// that count by place; they are that event's dead, not a second event of four.
    static func foldBreakdown(_ m: EventMention, into previous: EventMention, quantities: [Quantity]) -> EventMention? {
        guard let total = previous.counts.killed, m.counts.killed != nil, m.mayBePartOf(previous),
              previous.kind.isViolent, previous.kind != .tally else { return nil }
        let parts = quantities.filter { !$0.mayBeYear }
        guard parts.count >= 2, parts.reduce(0, { $0 + $1.value }) == total.value else { return nil }
        var folded = m.toldAsPartOf(previous)
        folded.genericKind = previous.genericKind
        folded.counts.killed = total
        return folded
    }
}
