extension SourceExtractor {
    static let attributionWords: WordSet = ["said", "says", "told", "reported", "announced", "added", "confirmed",
                                                "stated", "statement", "claimed", "tweeted", "wrote", "report"]

    /// The date of a mention: its own temporal expression, else an offset from another
    /// event, else the paragraph's date, else the report's date at month precision, marked
    /// approximate. Dates that only say when something was said ("officials said on Saturday")
    /// do not date the event.
    func date(for trigger: TriggerMatch, segment: Range<Int>, analysis a: SentenceAnalysis, context: DiscourseContext,
              kind: EventKind) -> (span: DateSpan?, basis: DateBasis, when: String?) {
        let tokens = a.tokens
        let usable = a.timexes.filter { t, r in
            ((t.type == .date || t.type == .time) && t.span != nil || t.anchor != nil) && !isAttribution(r, tokens) && !isDateline(r, a)
        }
        // "The surrender came two days after [an airstrike killed 14]": the event inside an
        // anchor phrase is counted back from the one the sentence opens with, whichever
        // segment holds the offset.
        let triggerStart = tokens[trigger.tokens.lowerBound].range.start
        if let inside = usable.first(where: { $0.timex.anchor?.anchorRange?.contains(triggerStart) == true }),
           let anchor = inside.timex.anchor,
           let reference = backReference(before: inside.tokens, in: a, context: context)?.date ?? context.dated.last?.date {
            return (shift(reference, by: anchor, sign: -1), .anchored, whenText(inside.tokens, tokens))
        }
        let inSegment = usable.filter { segment.contains($0.tokens.lowerBound) }
        let pool = inSegment.isEmpty ? usable.filter { t, _ in !timexBelongsToOtherSegment(t, segment, a) } : inSegment
        let anchorPoint = trigger.tokens.lowerBound
        if let best = pool.min(by: { abs($0.tokens.lowerBound - anchorPoint) < abs($1.tokens.lowerBound - anchorPoint) }) {
            let t = best.timex
            let when = whenText(best.tokens, tokens)
            if let anchor = t.anchor {
                if let span = resolve(anchor, timex: t, trigger: trigger, analysis: a, context: context) {
                    return (span, .anchored, when)
                }
            } else if t.text.lowercased() == "overnight" {
                // Overnight into the day of the report or of the statement that tells of it.
                let statement = a.timexes.first { isAttribution($0.tokens, tokens) && $0.timex.span?.precision == .day }?.timex.span
                if let day = statement?.start ?? context.dct { return (.day(day, approximate: true), .own, when) }
            } else if let span = t.span {
                return (span, .own, when)
            }
        }
        if kind != .tally, let (span, when) = recentStretch(in: segment, analysis: a, context: context) { return (span, .own, when) }
        if kind != .tally, let p = context.paragraphDate { return (p.span, .paragraph, p.when) }
        if let dct = context.dct {
            return (.month(year: dct.year, month: dct.month, approximate: true), .report, nil)
        }
        return (nil, .none, nil)
    }

    /// "on Friday" for a timex at `r`: the preposition before it, as the evidence shows it.
    func whenText(_ r: Range<Int>, _ tokens: [Token]) -> String {
        var start = r.lowerBound
        if start > 0, ["on", "in", "at", "since", "by", "during", "from", "until"].contains(tokens[start - 1].folded) { start -= 1 }
        var text = ""
        for i in start..<r.upperBound {
            if i > start, tokens[i].kind != .punctuation { text += " " }
            text += tokens[i].text
        }
        return text
    }

    /// True when the date says when something was said: "said on Saturday", "reported on Wednesday".
    func isAttribution(_ r: Range<Int>, _ tokens: [Token]) -> Bool {
        let before = tokens[max(0, r.lowerBound - 3)..<r.lowerBound].map(\.folded)
        return before.contains { Self.attributionWords.contains($0) }
    }

    /// "KABUL, June 14 (Reuters) -": the day the report was filed, not the day of what it tells.
    func isDateline(_ r: Range<Int>, _ a: SentenceAnalysis) -> Bool {
        // Only a date a few words into its sentence, after a comma, can be one.
        guard r.lowerBound >= 2, r.lowerBound <= 7, a.tokens[r.lowerBound - 1].text == "," else { return false }
        let scalars = a.sentence.text.unicodeScalars
        let start = a.tokens[r.lowerBound].range.start - a.sentence.range.start
        let end = a.tokens[r.upperBound - 1].range.end - a.sentence.range.start
        guard start >= 0, end <= scalars.count else { return false }
        return Dateline.surrounds(before: Substring(String(scalars.prefix(start))), after: Substring(String(scalars.dropFirst(end).prefix(60))))
    }

    /// A timex inside another segment's span belongs to that segment's event.
    func timexBelongsToOtherSegment(_ t: Timex, _ segment: Range<Int>, _ a: SentenceAnalysis) -> Bool {
        guard let r = a.timexes.first(where: { $0.timex == t })?.tokens else { return false }
        return !segment.contains(r.lowerBound) && segments(a).count > 1
    }

    /// Resolves "six days after the leader was killed", "Four days earlier", "Two months later".
    func resolve(_ anchor: AnchoredOffset, timex: Timex, trigger: TriggerMatch, analysis a: SentenceAnalysis,
                 context: DiscourseContext) -> DateSpan? {
        var reference = context.dated.last?.date
        if let text = anchor.anchorText?.lowercased() {
            let words = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
            if let match = context.dated.last(where: { m in
                m.people.contains { p in p.name.lowercased().split(separator: " ").contains { words.contains(String($0)) } }
                    || words.contains(m.triggerText.lowercased())
            }) {
                reference = match.date
            }
        }
        guard let reference else { return nil }
        return shift(reference, by: anchor, sign: 1)
    }

    /// Moves a date by an offset, keeping the coarser of the two precisions.
    func shift(_ span: DateSpan, by anchor: AnchoredOffset, sign: Int) -> DateSpan {
        var offset = anchor
        if sign < 0 { offset.direction = offset.direction == .after ? .before : .after }
        if span.precision == .day {
            let day = offset.apply(to: span.start)
            switch anchor.unit {
            case .day, .week: return .day(day, approximate: span.approximate)
            case .month: return .month(year: day.year, month: day.month, approximate: true)
            case .year: return .year(day.year, approximate: true)
            }
        }
        let middle = CalendarDay(ordinal: (span.start.ordinal + span.end.ordinal) / 2)
        let moved = offset.apply(to: middle)
        switch span.precision {
        case .year: return .year(moved.year, approximate: true)
        default: return .month(year: moved.year, month: moved.month, approximate: true)
        }
    }

    /// Words between a told event and its offset: "The surrender came two days after …".
    static let sequenceVerbs: WordSet = ["came", "comes", "happened", "occurred", "followed", "took", "place", "was", "is"]

    /// The event told before that a sentence opens with when it says when something else
    /// happened relative to it: "The surrender came two days after …", "This attack comes a
    /// week after …". `offset`: the tokens of the anchored offset.
    func backReference(before offset: Range<Int>, in a: SentenceAnalysis, context: DiscourseContext) -> EventMention? {
        guard let t = backReferenceTrigger(before: offset, in: a) else { return nil }
        return context.dated.last { $0.kind == t.trigger.kind }
    }

    func backReferenceTrigger(before offset: Range<Int>, in a: SentenceAnalysis) -> TriggerMatch? {
        let tokens = a.tokens
        for t in a.triggers where !t.trigger.countVerb && t.tokens.upperBound <= offset.lowerBound {
            let first = t.tokens.lowerBound
            guard first >= 1, first <= 3, ["the", "this", "that"].contains(tokens[first - 1].folded),
                  (t.tokens.upperBound..<offset.lowerBound).allSatisfy({ Self.sequenceVerbs.contains(tokens[$0]) }) else { continue }
            return t
        }
        return nil
    }
}
