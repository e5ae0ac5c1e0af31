/// What one source says, read sentence by sentence.
public struct SourceReading: Sendable {
    public var mentions: [EventMention] = []
    public var roles: [RoleClaim] = []
    public var successions: [SuccessionClaim] = []
    /// Every spelling of a person's name the source uses, for aliases.
    public var names: [String] = []
    /// Names the source says are one person's ("X, also known as Y").
    public var aliasPairs: [AliasPair] = []
}

/// Reads the event mentions of one source: sentence by sentence, trigger by trigger, with
/// the date, place, actors, people and counts each mention's own words give, and what the
/// paragraph and the source around it give when its words are silent.
public struct SourceExtractor: Sendable {
    public var splitter: SentenceSplitter
    public var gazetteer: Gazetteer
    public var personFinder: PersonFinder
    public var triggers: TriggerLexicon
    public var tagger: TemporalTagger
    public var demonyms: [String: String]
    public var roles: RoleReader = .standard()

    /// Verbs after a subject: a known surname before one is the person.
    static let subjectVerbs: WordSet = ["was", "is", "had", "has", "joined", "rose", "became", "led", "said", "told", "died", "were"]

    /// Words that open a description of the person named before them.
    static let descriptionOpeners: WordSet = ["a", "an", "the", "who"]

    /// A capture or surrender that says only how many were taken ("Four fighters were
    /// detained."): no date, place, person or speaker of its own, so the people were taken
    /// in the operation told before. (Killed and wounded counts join that operation in
    /// reconciliation; another speaker's number is a claim about it, read elsewhere.)
    static func onlyCountsTaken(_ m: EventMention) -> Bool {
        (m.kind == .capture || m.kind == .surrender) && !m.counts.isEmpty && m.people.isEmpty && m.actors.isEmpty && m.dateBasis != .own && m.dateBasis != .anchored
            && !m.claim && m.attribution == nil
            && (m.placeInherited || m.place == EventPlace())
    }

    public init(splitter: SentenceSplitter, gazetteer: Gazetteer, personFinder: PersonFinder, triggers: TriggerLexicon,
                tagger: TemporalTagger = TemporalTagger(), demonyms: [String: String]) {
        self.splitter = splitter
        self.gazetteer = gazetteer
        self.personFinder = personFinder
        self.triggers = triggers
        self.tagger = tagger
        self.demonyms = demonyms
    }

    public static func standard() -> SourceExtractor {
        var demonyms: [String: String] = [:]
        for row in DataFile.entries("demonyms.tsv") {
            let cols = row.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if cols.count >= 2 { demonyms[cols[0]] = cols[1] }
        }
        return SourceExtractor(splitter: .standard(), gazetteer: .standard(), personFinder: .standard(),
                               triggers: .standard(), demonyms: demonyms)
    }

    /// The source's reference date as a day (the last day its publication date covers).
    static func referenceDay(_ source: Source) -> CalendarDay? { source.published.span?.end }

    /// Every event mention in the source, in text order.
    public func mentions(in source: Source) -> [EventMention] { read(source).mentions }

    /// Everything one source says: event mentions, positions held, successions.
    public func read(_ source: Source) -> SourceReading {
        let scalars = Array(source.text.unicodeScalars)
        let sentences = splitter.sentences(scalars: scalars, furniture: source.unread)
        let dct = Self.referenceDay(source)
        let timexes = tagger.tag(source.text, dct: dct, skippingLinesLongerThan: TextLimits.longestLine)
        let analyses = analyse(sentences, timexes: timexes, scalars: scalars)
        var context = DiscourseContext(source: source, dct: dct)
        for a in analyses {
            let places = a.places.filter { m in m.values.count == 1 && m.value.kind != .country }.map(\.value)
            context.paragraphPlaces[a.sentence.paragraph, default: []] += places
        }
        var reading = SourceReading()
        var toldBefore = false
        var sentenceOf: [Int] = []
        for (index, analysis) in analyses.enumerated() {
            // Who spoke: found once for the mentions and the context after them.
            let said = Attribution.find(in: analysis.tokens, quoted: analysis.quoted, lastSpeaker: context.lastSpeaker)
            var found = mentions(in: analysis, context: &context, said: said)
            if let named = IdentifiedVictim.find(in: analysis) {
                found = naming(named, in: found, analysis: analysis, context: context, attribution: said?.text)
            } else if found.isEmpty || found.count == 1 && Self.onlyCountsTaken(found[0]),
                      let more = casualtyFollowUp(analysis, context: context, attribution: said?.text, follows: toldBefore) {
                found = [more]
            }
            if found.count == 1, var last = reading.mentions.last,
               let folded = Self.foldEnsuing(found[0], into: &last, tokens: analysis.tokens) {
                reading.mentions[reading.mentions.count - 1] = last
                found = [folded]
            } else if found.count == 1, var last = reading.mentions.last, dateBack(found[0], tokens: analysis.tokens, into: &last) {
                reading.mentions[reading.mentions.count - 1] = last
            }
            if found.count == 1, let last = reading.mentions.last,
               let same = Self.foldBackReference(found[0], into: last, tokens: analysis.tokens)
                ?? Self.foldBreakdown(found[0], into: last, quantities: analysis.quantities) {
                found = [same]
            }
            if found.count == 1, let last = reading.mentions.last,
               let sum = Self.alsoKilled(found[0], after: last, tokens: analysis.tokens) {
                found[0].counts.killed = sum
            }
            toldBefore = !found.isEmpty
            reading.mentions += found
            sentenceOf += repeatElement(index, count: found.count)
            let (r, s) = roles.read(analysis, source: source.id, named: context.namedSoFar, lastPerson: context.lastPeople.first)
            reading.roles += r
            // Two wordings in one sentence ("had taken over … after his predecessor, X,") say one thing.
            for claim in s where !reading.successions.suffix(s.count).contains(claim) { reading.successions.append(claim) }
            reading.names += analysis.people.map(\.name)
            reading.aliasPairs += AliasPair.find(in: analysis)
            context.finish(sentence: analysis, mentions: found, speaker: said?.text)
        }
        resolveForwardAnchors(&reading.mentions, analyses: analyses, sentenceOf: sentenceOf)
        ShortNames(reading.names).apply(to: &reading)
        return reading
    }

    /// A victim named after the fact: given to the sentence's own event when it has one
    /// ("The slain commander was identified as X"), else to the event just told, as a mention
    /// of this sentence that repeats its date and place ("The commander, identified as X, …").
    func naming(_ named: IdentifiedVictim, in found: [EventMention], analysis: SentenceAnalysis,
                context: DiscourseContext, attribution: String?) -> [EventMention] {
        let names = named.people.map(\.name)
        // "The slain terrorist was identified as X, who …": a fate word in the subject is no
        // event; what else its segment counted stays, without the man.
        var found = found
        for k in found.indices.reversed() where named.subject.contains(found[k].trigger.lowerBound) {
            found[k].people.removeAll { names.contains($0.name) }
            if found[k].counts.isEmpty && found[k].people.isEmpty { found.remove(at: k) }
        }
        // "X, who was involved in the killing of two policemen last month": an event told in
        // a clause about the named man is not the one he met.
        let asides = personAsides(in: analysis, excluding: analysis.tokens.count..<analysis.tokens.count)
        let told = found.indices.filter { k in !asides.contains { $0.contains(found[k].trigger.lowerBound) }
            && !named.subject.contains(found[k].trigger.lowerBound) }
        // A bare apposition names no one in an event of its own sentence.
        if !told.isEmpty, named.noun == nil {
            var out = found
            for k in told {
                guard let fate = named.described ?? IdentifiedVictim.fate(countedIn: out[k]) else { continue }
                for name in names where !out[k].people.contains(where: { $0.name == name }) { out[k].people.append(PersonInEvent(name: name, fate: fate)) }
                // "the operation … and the detainees included X": an operation of no stated
                // method that took people, killing none, is a capture.
                if out[k].genericKind, fate == .captured, out[k].counts.killed == nil { out[k].kind = .capture }
                break
            }
            return out
        }
        guard var m = context.previous, m.source == context.source.id, m.sentence.paragraph >= analysis.sentence.paragraph - 1,
              let fate = IdentifiedVictim.fate(countedIn: m), named.described.map({ $0 == fate }) ?? true,
              !m.people.contains(where: { $0.fate == fate }),
              named.noun.map({ noun in m.sentence.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == noun } }) ?? true
        else { return found }
        m.sentence = analysis.sentence
        m.trigger = named.verb..<named.verb + 1
        m.triggerText = analysis.tokens[named.verb].text
        m.dateBasis = m.dateBasis.borrowed
        m.when = nil
        m.placeInherited = true
        m.people = names.map { PersonInEvent(name: $0, fate: fate) }
        m.counts = Counts()
        m.attribution = attribution
        m.quoted = analysis.quoted[named.verb]
        return found + [m]
    }

    /// Tokens and mentions of every sentence; single-word names are checked against the
    /// longer names the whole source holds.
    /// `scalars`, when given, are the source's: sentences are tokenised from them rather than
    /// decoded again from their text.
    /// The day of "Sept 8" counts nobody, even when no reference date resolved the date:
    /// numbers inside a temporal expression are no quantities.
    static func outsideDates(_ quantities: [Quantity], _ dates: [(timex: Timex, tokens: Range<Int>)]) -> [Quantity] {
        if dates.isEmpty { return quantities }
        return quantities.filter { q in !dates.contains { $0.tokens.contains(q.tokens.lowerBound) } }
    }

    func analyse(_ sentences: [Sentence], timexes: [Timex], scalars: [Unicode.Scalar]? = nil) -> [SentenceAnalysis] {
        guard let scalars else { return analyse(sentences, timexes: timexes) { Tokenizer.tokens(of: $0) } }
        return scalars.withUnsafeBufferPointer { all in
            analyse(sentences, timexes: timexes) { s in
                Tokenizer.tokens(UnsafeBufferPointer(rebasing: all[s.range.start..<s.range.end]), base: s.range.start)
            }
        }
    }

    /// What the first pass finds in a sentence, for the second.
    private struct FirstPass {
        var sentence: Sentence
        var tokens: [Token]
        var places: [NameIndex<Place>.Match]
        var organisations: [NameIndex<Organisation>.Match]
        /// Tokens taken by places and organisations.
        var blocked: [Bool]
        var quoted: [Bool]
        var people: [PersonMention]
        /// The single words whose being known could change `people`.
        var knownLookups: [String]
        var classes: PersonFinder.WordClasses
    }

    private func analyse(_ sentences: [Sentence], timexes: [Timex], tokenize: (Sentence) -> [Token]) -> [SentenceAnalysis] {
        var partial: [FirstPass] = []
        partial.reserveCapacity(sentences.count)
        var known = Set<String>()
        var quoteOpen = false
        var lastParagraph = -1
        for s in sentences {
            let tokens = tokenize(s)
            let orgs = gazetteer.organisations.matches(in: tokens)
            var blocked = [Bool](repeating: false, count: tokens.count)
            for m in orgs { for i in m.tokens { blocked[i] = true } }
            // "Abdul Rahim Wardak": a one-word place right after a name word is a surname.
            let found = gazetteer.places.matches(in: tokens, skip: { blocked[$0] })
            let places = found.filter { m in
                // "Orakzai was killed …" after "Hafiz Wali Rahman Orakzai": a surname the source
                // gave a person, as a subject, is the person; "in Orakzai" stays a place.
                if m.tokens.count == 1, known.contains(tokens[m.tokens.lowerBound].text),
                   m.tokens.lowerBound == 0 || !Self.placePrepositions.contains(tokens[m.tokens.lowerBound - 1]),
                   m.tokens.upperBound < tokens.count, Self.subjectVerbs.contains(tokens[m.tokens.upperBound]) { return false }
                guard m.tokens.count == 1, m.tokens.lowerBound > 0,
                      !found.contains(where: { $0.tokens.upperBound == m.tokens.lowerBound }) else { return true }
                let prev = tokens[m.tokens.lowerBound - 1]
                // Opening the sentence, the name word may be any capitalised word; a person
                // is sure when a description or a speech verb follows ("Attaullah Khogyani,
                // a spokesman …, said").
                let described = m.tokens.upperBound + 1 < tokens.count
                    && (tokens[m.tokens.upperBound].text == "," && Self.descriptionOpeners.contains(tokens[m.tokens.upperBound + 1])
                        || Attribution.speechVerbs.contains(tokens[m.tokens.upperBound]))
                return !(personFinder.isNameWord(prev) && !blocked[m.tokens.lowerBound - 1]
                         && !personFinder.isCommon(prev) && (m.tokens.lowerBound - 1 > 0 || described))
            }
            for m in places { for i in m.tokens { blocked[i] = true } }
            var lookups: [String] = []
            let classes = personFinder.classes(of: tokens)
            let firstPeople = personFinder.people(in: tokens, blocked: { blocked[$0] }, known: [], knownLookups: &lookups,
                                                  classes: classes)
            for p in firstPeople where PersonDirectory.hasSpace(p.name) {
                for word in p.name.split(separator: " ") where word.count > 2 {
                    let bare = PersonFinder.bare(String(word))
                    known.insert(bare)
                    // "Shahab al-Muhajir" … "Al-Muhajir replaces …": a particle is capitalised
                    // when it opens a sentence.
                    if let first = bare.first, first.isLowercase { known.insert(first.uppercased() + bare.dropFirst()) }
                }
            }
            if s.paragraph != lastParagraph { quoteOpen = false }
            lastParagraph = s.paragraph
            let (mask, open) = SentenceAnalysis.quotedMask(tokens, openAtStart: quoteOpen)
            quoteOpen = open
            partial.append(FirstPass(sentence: s, tokens: tokens, places: places, organisations: orgs, blocked: blocked,
                                     quoted: mask, people: firstPeople, knownLookups: lookups, classes: classes))
        }
        var out: [SentenceAnalysis] = []
        out.reserveCapacity(partial.count)
        var t = 0
        var unusedLookups: [String] = []
        for first in partial {
            let s = first.sentence, tokens = first.tokens
            while t < timexes.count, timexes[t].end <= s.range.start { t += 1 }
            var own: [(timex: Timex, tokens: Range<Int>)] = []
            var k = t
            while k < timexes.count, timexes[k].start < s.range.end {
                let r = SentenceAnalysis.tokenRange(TextRange(start: timexes[k].start, end: timexes[k].end), in: tokens)
                if !r.isEmpty { own.append((timexes[k], r)) }
                k += 1
            }
            var timexBlocked = first.blocked
            var moreBlocked = false
            for (_, r) in own { for i in r where !timexBlocked[i] { timexBlocked[i] = true; moreBlocked = true } }
            // The quotation mask of the first pass: the same tokens, paragraphs and carried state.
            // The same blocks and no consulted word known: the first pass's people stand.
            let people = !moreBlocked && !first.knownLookups.contains(where: { known.contains($0) }) ? first.people
                : personFinder.people(in: tokens, blocked: { timexBlocked[$0] }, known: known, knownLookups: &unusedLookups,
                                      classes: first.classes)
            out.append(SentenceAnalysis(sentence: s, tokens: tokens, places: first.places, organisations: first.organisations,
                                        people: people, quantities: Self.outsideDates(QuantityReader.quantities(in: tokens), own), timexes: own,
                                        triggers: triggers.matches(in: tokens), quoted: first.quoted))
        }
        return out
    }
}
