extension SourceExtractor {
    /// "Two soldiers were wounded.": a sentence with no event word, date or place of its own
    /// that counts victims right after an event was told adds that count to the event, as a
    /// mention of this sentence repeating the event's date and place. Only a count the event
    /// lacks: another number for victims it already counted is a claim, read elsewhere.
    /// `follows`: the sentence before this one told of that event.
    func casualtyFollowUp(_ a: SentenceAnalysis, context: DiscourseContext, attribution: String?, follows: Bool) -> EventMention? {
        guard follows, var m = context.previous, m.source == context.source.id, m.kind.isViolent, m.kind != .tally,
              m.sentence.paragraph >= a.sentence.paragraph - 1, a.places.isEmpty, a.timexes.isEmpty,
              !a.tokens.contains(where: { Self.negations.contains($0) || Self.modals.contains($0) }) else { return nil }
        let reader = ArgumentReader(analysis: a, segment: a.tokens.indices, demonyms: demonyms)
        let counts = reader.counts()
        let fields = Counts.Field.allCases.filter { counts[$0] != nil }
        guard !fields.isEmpty, fields.allSatisfy({ m.counts[$0] == nil }), let verb = reader.verbs.first?.index else { return nil }
        m.sentence = a.sentence
        m.trigger = verb..<verb + 1
        m.triggerText = a.tokens[verb].text
        m.dateBasis = m.dateBasis.borrowed
        m.when = nil
        m.placeInherited = true
        m.people = reader.people(trigger: nil) { _ in context.lastPeople.first }
        m.counts = counts
        m.attribution = attribution
        m.quoted = a.quoted[verb]
        m.claim = false
        return m
    }
}

extension SourceExtractor {
    /// "… killing a local commander. 14 insurgents were also killed in the operation.": a
    /// count that "also" or "other" adds to the event just told counts more dead of that
    /// event, so the event's dead are both together (15), not the later number alone.
    /// Returns the summed count, or nil when the sentence does not add to `last`.
    static func alsoKilled(_ m: EventMention, after last: EventMention, tokens: [Token]) -> Count? {
        guard let c = m.counts.killed, last.source == m.source, last.kind.isViolent, last.kind != .tally,
              m.dateBasis != .own, m.dateBasis != .anchored, !m.claim,
              m.placeInherited || m.place == EventPlace() || m.place == last.place,
              last.sentence.paragraph >= m.sentence.paragraph - 1,
              tokens.contains(where: { addingWords.contains($0) }),
              !tokens.contains(where: { elsewhereWords.contains($0) }) else { return nil }
        let prior = last.counts.killed?.value ?? last.people.filter { $0.fate == .killed }.count
        guard prior > 0 else { return nil }
        return Count(c.value + prior, upper: c.upper.map { $0 + prior }, hedge: c.hedge)
    }

    static let addingWords: WordSet = ["also", "other", "others"]
    /// Words that make the count another event's ("In a separate raid, …").
    static let elsewhereWords: WordSet = ["separate", "separately", "another", "elsewhere", "second", "meanwhile"]
}
