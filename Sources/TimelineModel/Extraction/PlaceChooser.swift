extension SourceExtractor {
    /// The place of a mention: the most specific place named in its segment (else its
    /// sentence) that is not an adjective of an actor ("US forces", "Afghan troops");
    /// "the same district" refers back; with nothing named, the source's dominant province.
    func place(for segment: Range<Int>, trigger: Range<Int>, analysis a: SentenceAnalysis, context: DiscourseContext,
               kind: EventKind) -> (EventPlace, inherited: Bool) {
        let tokens = a.tokens
        let usable = a.places.filter { m in
            guard m.tokens.upperBound < tokens.count else { return true }
            let next = tokens[m.tokens.upperBound]
            // "US forces", "a U.S. airstrike", "Afghan National Army" are actors, not places.
            if Self.actorNouns.contains(next.folded) || trigger.lowerBound == m.tokens.upperBound { return false }
            return true
        }
        let inSegment = usable.filter { segment.contains($0.tokens.lowerBound) }
        let pool = inSegment.isEmpty ? usable : inSegment
        if !pool.isEmpty {
            let candidates = pool.map { choose($0, in: a, context: context) }
            // The most specific place; among equals, the one nearest the trigger.
            let best = zip(pool, candidates).max { x, y in
                if x.1.kind.rank != y.1.kind.rank { return x.1.kind.rank < y.1.kind.rank }
                return abs(x.0.tokens.lowerBound - trigger.lowerBound) > abs(y.0.tokens.lowerBound - trigger.lowerBound)
            }!.1
            var place = EventPlace(best)
            // A province named beside a district of another province keeps the district's.
            if best.kind == .country, let prov = candidates.first(where: { $0.kind == .province }) { place = EventPlace(prov) }
            return (place, false)
        }
        // "the same district of Jowzjan", "the same province"
        for i in segment where tokens[i].folded == "same" && i + 1 < tokens.count {
            if tokens[i + 1].folded == "district", let d = context.lastDistrict { return (EventPlace(d), false) }
            if tokens[i + 1].folded == "province", let p = context.lastProvince { return (EventPlace(p), false) }
        }
        if kind != .other, kind != .tally, let focus = context.focusProvince {
            return (EventPlace(country: "Afghanistan", province: focus), true)
        }
        return (EventPlace(), false)
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
        if let wanted, let v = m.values.first(where: { $0.kind == wanted }) { return v }
        let others = Set(a.places.filter { $0.tokens != m.tokens }.flatMap { $0.values.map { $0.kind == .province ? $0.name : ($0.province ?? "") } })
        if let v = m.values.first(where: { others.contains($0.province ?? $0.name) }) { return v }
        if let focus = context.focusProvince, let v = m.values.first(where: { ($0.province ?? $0.name) == focus }) { return v }
        return m.values.min { $0.kind.rank < $1.kind.rank }!
    }
}
