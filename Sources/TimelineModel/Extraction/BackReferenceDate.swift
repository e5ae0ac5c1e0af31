/// "Six fighters were killed in a clash in Achin, officials said on Tuesday. … the clash
/// erupted on Monday evening": a definite event word with a date of its own and nothing
/// else new dates the event told just before, which had only the report's date.
extension SourceExtractor {
    /// Gives `m`'s date to `previous` when `m` only refers back to it; whether it did.
    func dateBack(_ m: EventMention, tokens: [Token], into previous: inout EventMention) -> Bool {
        guard m.dateBasis == .own, Self.refersBack(m.trigger, tokens: tokens),
              m.counts.isEmpty, m.people.isEmpty,
              previous.source == m.source, previous.sentence.paragraph >= m.sentence.paragraph - 1,
              previous.dateBasis == .report || previous.dateBasis == .none,
              previous.kind == m.kind || previous.kind.canDescribeSameHappening(as: m.kind) && previous.kind.isViolent,
              m.placeInherited || m.place == EventPlace() || m.place.isCompatible(with: previous.place) else { return false }
        // Its own words still hold no date: `when` stays nil (the reader highlights `when` in the evidence).
        previous.date = m.date
        previous.dateBasis = .paragraph
        return true
    }
}
