/// "Four soldiers were killed when militants attacked a post. In the ensuing exchange of
/// fire, five militants were killed.": the fight that followed is the same happening, and
/// its dead are more dead of it, not another count of the same victims.
extension SourceExtractor {
    static let ensuingWords: WordSet = ["ensuing", "subsequent", "resulting", "ensued", "retaliatory"]

    /// Whether the mention's event word is introduced as following from the one before:
    /// "the ensuing exchange of fire", "troops returned fire and killed three attackers".
    static func isEnsuing(_ m: EventMention, tokens: [Token]) -> Bool {
        let start = m.trigger.lowerBound
        if (max(0, start - 2)..<start).contains(where: { ensuingWords.contains(tokens[$0]) }) { return true }
        return (0..<start).contains { i in
            tokens[i].folded == "retaliated" || tokens[i].folded == "returned" && i + 1 < tokens.count && tokens[i + 1].folded == "fire"
        }
    }

    /// Folds an ensuing fight into the event told just before in the same or previous
    /// paragraph: its counts add to that event's, and it stays as evidence of that event
    /// (same kind, date and place, no counts of its own). Nil when it does not apply.
    static func foldEnsuing(_ m: EventMention, into previous: inout EventMention, tokens: [Token]) -> EventMention? {
        guard isEnsuing(m, tokens: tokens), m.mayBePartOf(previous),
              previous.kind.isViolent, previous.kind != .tally else { return nil }
        for f in Counts.Field.allCases {
            guard let more = m.counts[f] else { continue }
            if let had = previous.counts[f] {
                let exact = had.hedge == .exact && more.hedge == .exact
                previous.counts[f] = Count(had.value + more.value, hedge: exact ? .exact : .atLeast)
            } else {
                previous.counts[f] = more
            }
        }
        var folded = m.toldAsPartOf(previous)
        folded.counts = Counts()
        return folded
    }
}

extension EventMention {
    /// Whether this mention, without a date of its own, may tell more of `previous`: the
    /// event its source told in the same paragraph or the one before.
    func mayBePartOf(_ previous: EventMention) -> Bool {
        dateBasis != .own && dateBasis != .anchored && previous.source == source && previous.sentence.paragraph >= sentence.paragraph - 1
    }

    /// This mention as part of `previous`: its kind, date (as borrowed) and place.
    func toldAsPartOf(_ previous: EventMention) -> EventMention {
        var folded = self
        folded.kind = previous.kind
        folded.date = previous.date
        folded.dateBasis = previous.dateBasis.borrowed
        folded.place = previous.place
        folded.placeInherited = true
        return folded
    }
}
