/// What earlier sentences of a source tell later ones: the last places named (for "the
/// same district"), the last speaker (for "he said"), the last people (for "he", "him"),
/// the dated mentions (for "Four days earlier"), and the paragraph's governing date.
struct DiscourseContext {
    let source: Source
    let dct: CalendarDay?
    var lastDistrict: Place?
    /// The last city or town named: "in the same city".
    var lastCity: Place?
    var lastProvince: Place?
    var lastSpeaker: String?
    /// The militant group named last ("the group" refers to it).
    var lastMilitant: String?
    /// The militant organisation last called a group ("the Islamic State group"): what
    /// "the group's …" means.
    var lastGroup: String?
    var lastPeople: [String] = []
    var dated: [EventMention] = []
    var previous: EventMention?
    /// The last mention that counted victims (a later bare count may be a claim about it).
    var lastCounted: EventMention?
    var paragraph = -1
    var paragraphDate: (span: DateSpan, when: String)?
    /// How often each province is named in the source: the source's focus.
    var provinceCounts: [String: Int] = [:]
    /// The provinces each paragraph names, in any of its sentences.
    var paragraphPlaces: [Int: [Place]] = [:]

    /// The province a paragraph names, when it names exactly one.
    func paragraphProvince(_ paragraph: Int) -> EventPlace? {
        let provinces = Set((paragraphPlaces[paragraph] ?? []).compactMap { $0.kind == .province ? $0.name : $0.province })
        guard provinces.count == 1, let p = provinces.first,
              let place = paragraphPlaces[paragraph]?.first(where: { ($0.kind == .province ? $0.name : $0.province) == p }) else { return nil }
        return EventPlace(country: place.country, province: p)
    }

    /// What role phrases without an organisation or place of their own refer back to.
    var namedSoFar: NamedSoFar {
        NamedSoFar(organisation: lastMilitant, group: lastGroup, districtProvince: lastDistrict?.province,
                   province: lastProvince?.name)
    }

    static let groupNouns: Set<String> = ["group", "affiliate", "faction", "branch", "franchise"]

    init(source: Source, dct: CalendarDay?) {
        self.source = source
        self.dct = dct
    }

    mutating func begin(_ analysis: SentenceAnalysis) {
        if analysis.sentence.paragraph != paragraph {
            paragraph = analysis.sentence.paragraph
            paragraphDate = nil
        }
    }

    /// `speaker`: `Attribution.speaker` of the sentence with `lastSpeaker`, found by the caller.
    mutating func finish(sentence analysis: SentenceAnalysis, mentions: [EventMention], speaker: String?) {
        for m in analysis.places {
            let p = m.value
            if p.kind == .district { lastDistrict = p }
            if p.kind == .city { lastCity = p }
            if p.kind == .province { lastProvince = p }
            if let prov = p.kind == .province ? p.name : p.province { provinceCounts[prov, default: 0] += 1 }
        }
        if let speaker { lastSpeaker = speaker }
        if let org = analysis.organisations.last(where: { $0.value.kind == .militant }) { lastMilitant = org.value.name }
        if let org = analysis.organisations.last(where: { m in
            m.value.kind == .militant && (Self.groupNouns.contains(analysis.tokens[m.tokens.upperBound - 1].folded)
                || m.tokens.upperBound < analysis.tokens.count && Self.groupNouns.contains(analysis.tokens[m.tokens.upperBound].folded))
        }) { lastGroup = org.value.name }
        let names = analysis.people.filter { !$0.possessive }.map(\.name)
        if !names.isEmpty { lastPeople = names }
        for m in mentions {
            // Only a date the text gives: counting "a day after" from a guess at the report's
            // month would pass a guess off as a date.
            if m.date != nil, m.kind != .tally, m.dateBasis != .report { dated.append(m) }
            previous = m
            if !m.counts.isEmpty { lastCounted = m }
        }
        if paragraphDate == nil, let m = mentions.first(where: { $0.dateBasis == .own }), let d = m.date {
            paragraphDate = (d, m.when ?? "")
        }
    }

    /// The province most named in the source, when one clearly dominates.
    var focusProvince: String? {
        guard let best = provinceCounts.max(by: { $0.value < $1.value }) else { return nil }
        let total = provinceCounts.values.reduce(0, +)
        return best.value * 2 > total ? best.key : nil
    }
}
