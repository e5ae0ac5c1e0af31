import Foundation

extension SourceExtractor {
    /// The place of a mention: the most specific place named in its segment (else its
    /// sentence) that is not an adjective of an actor ("US forces", "Afghan troops");
    /// "the same district" refers back; with nothing named, the source's dominant province.
    func place(for segment: Range<Int>, trigger: Range<Int>, analysis a: SentenceAnalysis, context: DiscourseContext,
               kind: EventKind) -> (EventPlace, inherited: Bool) {
        let tokens = a.tokens
        // "the same district of Jowzjan", "the same province"
        for i in segment where tokens[i].folded == "same" && i + 1 < tokens.count {
            if tokens[i + 1].folded == "district", let d = context.lastDistrict { return (EventPlace(d), false) }
            if ["city", "town"].contains(tokens[i + 1].folded), let c = context.lastCity { return (EventPlace(c), false) }
            if tokens[i + 1].folded == "province", let p = context.lastProvince { return (EventPlace(p), false) }
        }
        var usable = a.places.filter { isEventPlace($0, tokens: tokens, trigger: trigger) }
        // The dateline's city is where the report was filed: the event's place only when the
        // sentence names no other ("JALALABAD, Afghanistan – … in eastern Nangarhar province").
        let beyondDateline = usable.filter { !isDatelinePlace($0, tokens: tokens) }
        if !beyondDateline.isEmpty { usable = beyondDateline }
        // "a day after the attack on Kabul airport": a place inside an offset's phrase is
        // that other event's, unless the event word stands in the phrase too.
        let triggerStart = tokens[trigger.lowerBound].range.start
        let phrases = a.timexes.compactMap { $0.timex.anchor?.anchorRange }.filter { !$0.contains(triggerStart) }
        if !phrases.isEmpty {
            let outside = usable.filter { m in !phrases.contains { $0.contains(tokens[m.tokens.lowerBound].range.start) } }
            if !outside.isEmpty { usable = outside }
        }
        // "X, who led the group's operations in Bajaur, was arrested": a place in a clause
        // that describes a person belongs to the description, unless the event word is in it.
        let asides = personAsides(in: a, excluding: trigger)
        if !asides.isEmpty {
            let outside = usable.filter { m in !asides.contains { $0.contains(m.tokens.lowerBound) } }
            if outside.count < usable.count { usable = outside }
        }
        let inSegment = usable.filter { segment.contains($0.tokens.lowerBound) }
        let pool = inSegment.isEmpty ? usable : inSegment
        let locality = self.locality(in: segment, analysis: a)
        if !pool.isEmpty {
            let candidates = pool.map { choose($0, in: a, context: context) }
            // The most specific place; among equals, the one nearest the trigger.
            let best = zip(pool, candidates).max { x, y in
                if x.1.kind.rank != y.1.kind.rank { return x.1.kind.rank < y.1.kind.rank }
                return abs(x.0.tokens.lowerBound - trigger.lowerBound) > abs(y.0.tokens.lowerBound - trigger.lowerBound)
            }!.1
            var place = EventPlace(best)
            if place.locality == nil, let locality, best.kind != .country { place.locality = locality }
            return (place, false)
        }
        // Nothing named: a place the same paragraph names elsewhere, at province level.
        if kind != .other, kind != .tally, let p = context.paragraphProvince(a.sentence.paragraph) {
            return (EventPlace(country: p.country, province: p.province, locality: locality), true)
        }
        return (EventPlace(locality: locality), false)
    }

    /// The token ranges of relative clauses on a person (", who …" up to the next comma or
    /// the sentence's end) that do not hold the trigger.
    func personAsides(in a: SentenceAnalysis, excluding trigger: Range<Int>) -> [Range<Int>] {
        let tokens = a.tokens
        var out: [Range<Int>] = []
        for i in tokens.indices.dropFirst() where tokens[i].folded == "who" && tokens[i - 1].folded == "," {
            var end = i + 1
            while end < tokens.count, !Self.asideEnds.contains(tokens[end]) { end += 1 }
            let clause = i..<end
            if !clause.contains(trigger.lowerBound) { out.append(clause) }
        }
        return out
    }

    static let asideEnds: WordSet = [",", ";", ".", "—", "–"]

    /// A place named as where something happened, not as who acted ("US forces", "a U.S.
    /// airstrike") or as a subject ("the US has killed"): a country needs a preposition of
    /// place before it or a possessive after it.
    func isEventPlace(_ m: NameIndex<Place>.Match, tokens: [Token], trigger: Range<Int>) -> Bool {
        if m.tokens.upperBound < tokens.count {
            let next = tokens[m.tokens.upperBound]
            if Self.actorNouns.contains(next) || trigger.lowerBound == m.tokens.upperBound { return false }
        }
        if m.values.allSatisfy({ $0.kind == .country }) {
            let before = m.tokens.lowerBound > 0 ? tokens[m.tokens.lowerBound - 1].folded : ""
            let after = m.tokens.upperBound < tokens.count ? tokens[m.tokens.upperBound].text : ""
            let possessive = after == "’" || after == "'" || tokens[m.tokens.upperBound - 1].text.hasSuffix("’s") || tokens[m.tokens.upperBound - 1].text.hasSuffix("'s")
            return Self.placePrepositions.contains(before) || possessive
        }
        return true
    }

    /// A place that opens its sentence as a dateline does: in capitals, or before an
    /// agency in brackets, then a comma, bracket, colon or dash ("KABUL, Afghanistan (AP) —",
    /// "ASADABAD (Pajhwok):", "Kabul (AP) -").
    func isDatelinePlace(_ m: NameIndex<Place>.Match, tokens: [Token]) -> Bool {
        guard m.tokens.lowerBound == 0, m.tokens.upperBound < tokens.count else { return false }
        let next = tokens[m.tokens.upperBound].text
        let capitals = tokens[m.tokens].allSatisfy { t in t.kind != .word || t.text.unicodeScalars.allSatisfy { !CharacterSet.lowercaseLetters.contains($0) } }
        if capitals { return [",", "(", ":", "-", "–", "—"].contains(next) }
        return next == "(" && m.tokens.upperBound + 2 < tokens.count && tokens[m.tokens.upperBound + 2].text == ")"
    }

    static let placePrepositions: WordSet = ["in", "inside", "across", "throughout", "within", "into", "near", "from",
                                                 "of", "outside", "at", "over", "northern", "southern", "eastern", "western",
                                                 "central", "north", "south", "east", "west", "northeastern", "northwestern",
                                                 "southeastern", "southwestern", "northwest", "northeast", "southwest", "southeast"]

    static let localityPrepositions: WordSet = ["in", "near", "at"]

    /// A village or area the gazetteer does not know: capitalised words after "in", "near"
    /// or "at" that are no person, organisation, date or known place ("a raid in Mughul").
    func locality(in segment: Range<Int>, analysis a: SentenceAnalysis) -> String? {
        let tokens = a.tokens
        for i in segment where Self.localityPrepositions.contains(tokens[i]) && i + 1 < tokens.count {
            var j = i + 1
            var words: [String] = []
            while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized,
                  !a.places.contains(where: { $0.tokens.contains(j) }), !a.organisations.contains(where: { $0.tokens.contains(j) }),
                  !a.people.contains(where: { $0.tokens.contains(j) }), !a.timexes.contains(where: { $0.tokens.contains(j) }),
                  !personFinder.isCommon(tokens[j]), words.count < 3 {
                words.append(tokens[j].text)
                j += 1
            }
            if !words.isEmpty, j >= tokens.count || !tokens[j].isCapitalized { return words.joined(separator: " ") }
        }
        return nil
    }

    /// One reading of an ambiguous name: the kind the next word says ("Kunduz province",
    /// "Darzab district"), else one that agrees with the other places of the sentence or the
    /// source's focus, else the broadest.
    func choose(_ m: NameIndex<Place>.Match, in a: SentenceAnalysis, context: DiscourseContext) -> Place {
        if m.values.count == 1 { return m.value }
        let next = m.tokens.upperBound < a.tokens.count ? a.tokens[m.tokens.upperBound].folded : ""
        let wanted: Place.Kind? = switch next {
        case "province", "provinces": .province
        case "district", "districts": .district
        case "city", "town": .city
        default: nil
        }
        let ofKind = m.values.filter { $0.kind == wanted }
        let pool = ofKind.isEmpty ? m.values : ofKind
        if pool.count == 1 { return pool[0] }
        let others = Set(a.places.filter { $0.tokens != m.tokens }.flatMap { $0.values.map { $0.kind == .province ? $0.name : ($0.province ?? "") } })
        if let v = pool.first(where: { others.contains($0.province ?? $0.name) }) { return v }
        if let focus = context.focusProvince, let v = pool.first(where: { ($0.province ?? $0.name) == focus }) { return v }
        return pool.min { $0.kind.rank < $1.kind.rank }!
    }
}
