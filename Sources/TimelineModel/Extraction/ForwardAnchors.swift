extension SourceExtractor {
    /// "… in a drone strike, a day after the deadly attack on Kabul airport." told before the
    /// attack's own date ("Thursday's suicide attack"): once the whole report is read, an
    /// offset whose phrase names an event dated later in the report counts from it.
    /// `sentenceOf[i]`: the index in `analyses` of mention i's sentence.
    func resolveForwardAnchors(_ mentions: inout [EventMention], analyses: [SentenceAnalysis], sentenceOf: [Int]) {
        for i in mentions.indices where [.report, .paragraph, .none].contains(mentions[i].dateBasis) {
            let m = mentions[i]
            let a = analyses[sentenceOf[i]]
            let triggerStart = a.tokens[m.trigger.lowerBound].range.start
            for (t, r) in a.timexes {
                guard let anchor = t.anchor, let text = anchor.anchorText?.lowercased(),
                      anchor.anchorRange?.contains(triggerStart) != true else { continue }
                let words = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
                let named = mentions.first { n in
                    n.sentence.range.start > m.sentence.range.start && n.dateBasis == .own && n.date != nil
                        && (n.triggerText.lowercased().split(separator: " ").contains { words.contains(String($0)) }
                            || n.people.contains { p in p.name.lowercased().split(separator: " ").contains { words.contains(String($0)) } })
                }
                guard let date = named?.date else { continue }
                mentions[i].date = shift(date, by: anchor, sign: 1)
                mentions[i].dateBasis = .anchored
                mentions[i].when = whenText(r, a.tokens)
                break
            }
        }
    }
}
