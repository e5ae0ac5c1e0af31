/// Who a sentence says a claim comes from: "…, the defense ministry said" → "the defense ministry".
public enum Attribution {
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "reported", "announced", "confirmed",
                                           "stated", "claimed", "quoted", "tweeted", "wrote", "insisted", "noted",
                                           "explained", "according"]
    static let pronouns: Set<String> = ["he", "she", "they", "it"]

    /// The speech verb positions in a sentence.
    static func verbs(in tokens: [Token]) -> [Int] {
        tokens.indices.filter { speechVerbs.contains(tokens[$0].folded) }
    }

    /// The speaker's words, or nil. `lastSpeaker` replaces a pronoun ("He said …").
    static func speaker(in tokens: [Token], quoted: [Bool], lastSpeaker: String?) -> String? {
        for v in verbs(in: tokens) where !quoted[v] {
            if tokens[v].folded == "according", v + 1 < tokens.count, tokens[v + 1].folded == "to" {
                let np = phrase(tokens, from: v + 2, forward: true)
                if let np { return np }
                continue
            }
            // Subject before the verb ("Azizi said", "the ministry added"), back to a boundary.
            if let np = phrase(tokens, from: v - 1, forward: false) {
                if pronouns.contains(np.lowercased()) { return lastSpeaker }
                return np
            }
            // Inverted: "said Gen. John Smith".
            if let np = phrase(tokens, from: v + 1, forward: true), !pronouns.contains(np.lowercased()) { return np }
        }
        return nil
    }

    /// A noun phrase of up to eight words running from `start` away from the verb.
    private static func phrase(_ tokens: [Token], from start: Int, forward: Bool) -> String? {
        var words: [Token] = []
        var i = start
        let stops: Set<String> = [",", "“", "”", "\"", ";", ":", "(", ")", "—", "–", ".", "that", "and", "but", "in", "on",
                                  "when", "while", "as", "who", "which", "had", "has", "have", "was", "were", "also", "later", "previously"]
        while i >= 0, i < tokens.count, words.count < 8 {
            let t = tokens[i]
            if stops.contains(t.folded) { break }
            words.append(t)
            i += forward ? 1 : -1
        }
        if !forward { words.reverse() }
        guard !words.isEmpty, words.count <= 7 else { return nil }
        var text = ""
        for (k, w) in words.enumerated() {
            if k > 0, !(w.kind == .punctuation && (w.text == "’" || w.text == "'")), words[k - 1].text != "’" { text += " " }
            text += w.text
        }
        // A lone lower-case word ("officials") is a speaker; a lone verb-like fragment is not.
        if words.count == 1, words[0].kind != .word { return nil }
        return text
    }
}
