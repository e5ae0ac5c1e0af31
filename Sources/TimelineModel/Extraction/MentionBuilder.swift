extension SourceExtractor {
    static let negations: WordSet = ["not", "no", "never", "n't", "denied", "without", "neither", "nor"]
    static let modals: WordSet = ["will", "would", "could", "may", "might", "should", "can"]
    static let intentions: WordSet = ["planning", "planned", "plan", "plans", "plotting", "plotted", "intended", "intending",
                                      "preparing", "threatened", "threatening"]
    static let actorNouns: WordSet = ["forces", "force", "troops", "military", "army", "officials", "government",
                                          "special", "department", "embassy", "drone", "drones", "jets", "aircraft",
                                          "airstrike", "airstrikes", "official", "soldiers", "commandos", "police",
                                          "authorities", "media", "intelligence", "defense", "defence", "surge", "combat"]

    /// The event mentions of one sentence.
    /// `said` is `Attribution.find` on the sentence with the context's last speaker.
    func mentions(in a: SentenceAnalysis, context: inout DiscourseContext,
                  said: (text: String, tokens: Range<Int>)?) -> [EventMention] {
        context.begin(a)
        guard !a.triggers.isEmpty else { return [] }
        let tokens = a.tokens
        var out: [EventMention] = []
        let attribution = said?.text
        let tally = tallyPeriod(a, context: context)
        for (segment, segmentTriggers) in segments(a) {
            // "in one of the deadliest attacks this year" compares; it tells of no event.
            let main = segmentTriggers.filter { !$0.trigger.countVerb && !isComparison($0, tokens: tokens) && !capturesGround($0, tokens: tokens)
                && !isAdjective($0, tokens: tokens) }
            // A definite, unquoted word that names a method says most about what happened.
            func strength(_ t: TriggerMatch) -> (Int, Int) {
                let definite = (t.trigger.plural ? 0 : 4) + (t.trigger.weak ? 0 : 2) + (a.quoted[t.tokens.lowerBound] ? 0 : 1)
                return (definite, t.trigger.generic ? -1 : t.trigger.kind.specificity)
            }
            let chosen = main.max { strength($0) < strength($1) }
                ?? segmentTriggers.first { !isComparison($0, tokens: tokens) } ?? segmentTriggers[0]
            var kind = chosen.trigger.kind
            if tally != nil, [.killing, .airstrike, .raid, .capture, .attack].contains(kind) || chosen.trigger.countVerb { kind = .tally }
            if isNegatedOrHypothetical(chosen, tokens: tokens, kind: kind, dates: a.timexes) { continue }
            // "The surrender came two days after …" retells a surrender told before: it only
            // dates the other event.
            if let offset = a.timexes.first(where: { $0.timex.anchor?.anchorRange != nil })?.tokens,
               backReferenceTrigger(before: offset, in: a) == chosen, backReference(before: offset, in: a, context: context) != nil { continue }
            // "the Taliban’s appointed governor": an office, not an appointment.
            if kind == .appointment, chosen.tokens.lowerBound > 0,
               ["’s", "'s", "the", "an", "a", "newly", "’", "'", "s"].contains(tokens[chosen.tokens.lowerBound - 1].folded) { continue }
            let reader = ArgumentReader(analysis: a, segment: segment, demonyms: demonyms)
            let counts = reader.counts()
            let people = reader.people(trigger: chosen.tokens, ignored: said?.tokens) { _ in context.lastPeople.first }
            if chosen.trigger.generic, kind != .tally {
                kind = counts.killed != nil || people.contains(where: { $0.fate == .killed }) ? .killing
                    : counts.captured != nil || people.contains(where: { $0.fate == .captured }) ? .capture : .raid
            }
            // A count verb alone ("killed") is an event only with someone or some number killed.
            if main.isEmpty, counts.isEmpty, people.isEmpty { continue }
            var dating = date(for: chosen, segment: segment, analysis: a, context: context, kind: kind)
            if let tally { dating = (tally, .own, dating.when) }
            let ownDate = dating.basis == .own || dating.basis == .anchored
            if main.allSatisfy({ $0.trigger.weak }), !main.isEmpty {
                // A weak word needs a date of its own (a fight, one to the month) — unless
                // a count verb beside it says someone was killed or taken.
                let dated = ownDate && (dating.span.map { [.other, .offensive].contains(kind) || $0.precision == .day || $0.precision == .month } ?? false)
                if !dated {
                    guard segmentTriggers.contains(where: { $0.trigger.countVerb }), !counts.isEmpty || !people.isEmpty else { continue }
                    if !chosen.trigger.generic { kind = .killing }
                }
            }
            if main.allSatisfy({ $0.trigger.plural }), !main.isEmpty, kind != .tally {
                guard ownDate, let d = dating.span, d.precision == .day || d.precision == .month else { continue }
            }
            let quoted = a.quoted[chosen.tokens.lowerBound]
            if quoted, !ownDate, counts.isEmpty, people.isEmpty { continue }
            var (actors, targets) = reader.actors(trigger: chosen.tokens, kind: kind, ignored: said?.tokens)
            let previous = context.previous.flatMap { $0.source == context.source.id && $0.sentence.paragraph >= a.sentence.paragraph - 1 ? $0 : nil }
            if actors.isEmpty, kind.isViolent, segment.contains(where: { tokens[$0].folded == "they" && $0 < chosen.tokens.lowerBound }), let previous {
                actors = previous.actors
                if kind == .killing, [.raid, .airstrike].contains(previous.kind) { kind = previous.kind }
            }
            var claim = false
            var (place, inherited) = self.place(for: segment, trigger: chosen.tokens, analysis: a, context: context, kind: kind)
            // "Their spokesman said 15 police were killed": a bare count, with no date, place,
            // person or actor of its own, after an event that counted the same victims, is a
            // claim about that event (and a disagreement when the numbers differ).
            if let counted = context.lastCounted, counted.source == context.source.id, counted.sentence.paragraph >= a.sentence.paragraph - 2,
               kind == .killing || kind == counted.kind && Self.refersBack(chosen.tokens, tokens: tokens),
               !ownDate, place == EventPlace(), people.isEmpty, actors.isEmpty || speakerActs(actors, said: said, in: a),
               let speaker = attribution, speaker != counted.attribution,
               !segment.contains(where: { Self.otherEventWords.contains(tokens[$0]) }),
               counted.kind.isViolent, counted.kind != .tally,
               Counts.Field.allCases.contains(where: { counts[$0] != nil && counted.counts[$0] != nil }) {
                kind = counted.kind
                dating = (counted.date, counted.dateBasis.borrowed, nil)
                place = counted.place
                inherited = true
                claim = true
            }
            out.append(EventMention(kind: kind, source: context.source.id, sentence: a.sentence, trigger: chosen.tokens,
                                    triggerText: tokens[chosen.tokens].map(\.text).joined(separator: " "),
                                    date: dating.span, dateBasis: dating.basis, when: dating.when, place: place,
                                    placeInherited: inherited, actors: actors, targets: targets, people: people,
                                    counts: counts, attribution: attribution, quoted: quoted,
                                    genericKind: chosen.trigger.generic && main.allSatisfy { $0.trigger.generic }, claim: claim))
        }
        return out
    }

    /// Splits a sentence where one event's words end and another's begin ("… that left 50
    /// dead and a suicide bombing in Kabul that killed 14"): at ";", "while", "but", and
    /// "and a/an" when an event word follows.
    func segments(_ a: SentenceAnalysis) -> [(Range<Int>, [TriggerMatch])] {
        let tokens = a.tokens
        var cuts: [Int] = []
        for i in tokens.indices {
            let w = tokens[i].folded
            guard Self.cutWords.contains(tokens[i]) else { continue }
            var cut = w == ";" || w == "while" || w == "whereas" || w == "including" || w == "—" || w == "since"
            if !cut, w == "and" || w == "but" || w == "after" || w == "before", i + 1 < tokens.count,
               tokens[i + 1].folded == "a" || tokens[i + 1].folded == "an",
               a.triggers.contains(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 4 && !$0.trigger.countVerb }) {
                cut = true
            }
            // Nothing below makes a cut; only a cut needs the event words after it.
            guard cut else { continue }
            // "including an assault …", "since they took power": only before another event word.
            let violent = Self.cutViolentKinds
            let after = a.triggers.filter { $0.tokens.lowerBound > i && !$0.trigger.countVerb }
            if ["including", "since", "—"].contains(w), !after.contains(where: { violent.contains($0.trigger.kind) }) { cut = false }
            if cut, a.triggers.contains(where: { $0.tokens.upperBound <= i }), !after.isEmpty || a.triggers.contains(where: { $0.tokens.lowerBound > i }) {
                cuts.append(i)
            }
        }
        // Sorted, each bound once.
        var bounds: [Int] = []
        for b in ([0] + cuts + [tokens.count]).sorted() where bounds.last != b { bounds.append(b) }
        var out: [(Range<Int>, [TriggerMatch])] = []
        for k in 0..<(bounds.count - 1) {
            let r = bounds[k]..<bounds[k + 1]
            let ts = a.triggers.filter { r.contains($0.tokens.lowerBound) }
            if !ts.isEmpty { out.append((r, ts)) }
        }
        return out
    }

    /// "captured the Jaghatu district centre", "captured two checkpoints": ground taken, not
    /// people; the object's head noun, within a few words of the verb, says so.
    func capturesGround(_ t: TriggerMatch, tokens: [Token]) -> Bool {
        guard t.trigger.kind == .capture else { return false }
        var j = t.tokens.upperBound
        while j < tokens.count, j < t.tokens.upperBound + 5 {
            if Self.groundNouns.contains(tokens[j]) { return true }
            if ArgumentReader.victimNouns.contains(tokens[j]) || ArgumentReader.objectEnds.contains(tokens[j]) || tokens[j].text == "," { return false }
            j += 1
        }
        return false
    }

    static let groundNouns: WordSet = ["centre", "center", "headquarters", "city", "town", "village", "villages", "base", "bases",
                                       "checkpoint", "checkpoints", "territory", "outpost", "outposts", "post", "posts", "compound",
                                       "positions", "hilltop", "airport", "bridge", "highway", "crossing", "capital", "district", "districts"]

    /// "The arrested man, identified as X, was detained during a raid": a fate word between
    /// "the" and a noun for the victim describes him; the sentence's event is elsewhere.
    func isAdjective(_ t: TriggerMatch, tokens: [Token]) -> Bool {
        guard t.tokens.count == 1, t.tokens.lowerBound > 0, t.tokens.upperBound < tokens.count,
              tokens[t.tokens.lowerBound - 1].folded == "the" else { return false }
        let next = tokens[t.tokens.upperBound]
        return ArgumentReader.singularVictims.contains(next) || next.folded == "man" || next.folded == "men"
    }

    /// "one of the deadliest attacks", "one of the worst bombings": a plural after "one of".
    func isComparison(_ t: TriggerMatch, tokens: [Token]) -> Bool {
        guard t.trigger.plural else { return false }
        let start = t.tokens.lowerBound
        return (max(1, start - 4)..<start).contains { tokens[$0].folded == "of" && tokens[$0 - 1].folded == "one" }
    }

    /// "The Pakistani Taliban claimed responsibility, saying its fighters had killed 12
    /// soldiers": the group that speaks is the one that acted, so its number is its claim
    /// about the attack told before, not another event.
    func speakerActs(_ actors: [String], said: (text: String, tokens: Range<Int>)?, in a: SentenceAnalysis) -> Bool {
        guard let said else { return false }
        let speakers = a.organisations.filter { said.tokens.contains($0.tokens.lowerBound) }.map(\.value.name)
        return !speakers.isEmpty && actors.allSatisfy(speakers.contains)
    }

    /// "died in the clash", "killed in that raid": the event word names one already told of.
    static func refersBack(_ trigger: Range<Int>, tokens: [Token]) -> Bool {
        guard trigger.lowerBound > 0 else { return false }
        return backDeterminers.contains(tokens[trigger.lowerBound - 1])
    }

    static let backDeterminers: WordSet = ["the", "that", "this"]

    /// "a separate attack", "another bombing", "also": a count of something else.
    static let otherEventWords: WordSet = ["separate", "separately", "another", "other", "second", "elsewhere", "also"]

    /// The words that can cut a sentence: most tokens are ruled out before any comparison.
    static let cutWords: WordSet = [";", "while", "whereas", "including", "—", "since", "and", "but", "after", "before"]

    static let cutViolentKinds: Set<EventKind> = [.attack, .bombing, .airstrike, .raid, .clash, .other]

    /// `dates` are the sentence's temporal expressions: the month in "on May 12, killing
    /// seven" is no modal.
    func isNegatedOrHypothetical(_ t: TriggerMatch, tokens: [Token], kind: EventKind,
                                 dates: [(timex: Timex, tokens: Range<Int>)] = []) -> Bool {
        let start = t.tokens.lowerBound
        let window = max(0, start - 3)..<start
        if window.contains(where: { Self.negations.contains(tokens[$0]) }) { return true }
        // "No civilians were killed": a negated subject.
        if t.trigger.countVerb, let first = tokens.first, first.folded == "no", start < 6 { return true }
        // "No civilians were killed in the strike": a weak word gets no event from a negated count.
        if t.trigger.weak, let first = tokens.first, first.folded == "no",
           tokens.prefix(6).contains(where: { ArgumentReader.fateList[$0] != nil }) { return true }
        if kind != .offensive, window.contains(where: { i in Self.modals.contains(tokens[i]) && !dates.contains { $0.tokens.contains(i) } }) { return true }
        // "were planning to attack a gathering", "plotting to carry out attacks": intended, not done.
        if kind != .offensive, (max(0, start - 5)..<start).contains(where: { i in Self.intentions.contains(tokens[i]) && i + 1 < tokens.count && tokens[i + 1].folded == "to" }) { return true }
        return false
    }

    /// A count over a period: "since the start of this year … killed 90", "since March",
    /// "so far this year"; or a strength estimate ("believed to have around 1,100 fighters").
    func tallyPeriod(_ a: SentenceAnalysis, context: DiscourseContext) -> DateSpan? {
        let tokens = a.tokens
        guard let dct = context.dct else { return nil }
        for (t, r) in a.timexes where r.lowerBound > 0 {
            let before = tokens[r.lowerBound - 1].folded
            if before == "since", let span = t.span, span.start < dct {
                return .range(span.start, dct)
            }
        }
        // "believed to … have": compared in place, without copying the words out.
        let strength = tokens.indices.dropLast().contains { i in
            let w = tokens[i].folded
            return tokens[i + 1].folded == "to" && (w == "believed" || w == "estimated" || w == "thought" || w == "said")
        } && tokens.contains { $0.folded == "have" }
        if strength, a.quantities.contains(where: { !$0.mayBeYear }) {
            if let t = a.timexes.first(where: { $0.timex.span != nil })?.timex.span, t.start < dct { return .range(t.start, dct) }
            return DateSpan.month(year: dct.year, month: dct.month, approximate: true)
        }
        return nil
    }
}
