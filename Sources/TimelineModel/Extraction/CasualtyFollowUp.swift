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
