/// Who a sentence says a claim comes from: "…, the defense ministry said" → "the defense ministry".
public enum Attribution {
    static let speechVerbs: WordSet = ["said", "says", "told", "added", "reported", "announced", "confirmed",
                                           "stated", "claimed", "quoted", "tweeted", "wrote", "insisted", "noted",
                                           "explained", "according", "say", "tells"]
    static let pronouns: WordSet = ["he", "she", "they", "it"]
    static let adverbs: WordSet = ["later", "also", "previously", "earlier", "reportedly", "separately", "further", "then"]

    static let phraseStops: WordSet = [",", "“", "”", "\"", ";", ":", "(", ")", "—", "–", "that", "but", "when", "while", "who",
                                           "which", "had", "has", "have", "was", "were", "is", "are", "would", "will"]
    static let forwardStops: WordSet = ["in", "on", "at", "after", "before"]

    /// The speaker's words and where they stand, or nil. `lastSpeaker` replaces a pronoun ("He said …").
    static func find(in tokens: [Token], quoted: [Bool], lastSpeaker: String?) -> (text: String, tokens: Range<Int>)? {
        for v in tokens.indices where speechVerbs.contains(tokens[v]) && !quoted[v] {
            if tokens[v].folded == "according" {
                guard v + 1 < tokens.count, tokens[v + 1].folded == "to", let np = phrase(tokens, from: v + 2, forward: true) else { continue }
                return np
            }
            var b = v - 1
            while b >= 0, adverbs.contains(tokens[b]) { b -= 1 }
            if let np = phrase(tokens, from: b, forward: false) {
                if np.tokens.count == 1, pronouns.contains(np.text.lowercased()) {
                    if let lastSpeaker { return (lastSpeaker, np.tokens) }
                    continue
                }
                return np
            }
            // A subject set off by commas: "Their spokesman, Zabihullah Mujahid, said 15 …".
            if v > 1, tokens[v - 1].text == ",", tokens[v - 2].isCapitalized, let np = phrase(tokens, from: v - 2, forward: false),
               tokens[np.tokens.lowerBound].isCapitalized, v + 1 < tokens.count, !tokens[v + 1].isCapitalized {
                return np
            }
            // Inverted after a quotation or comma: "…,” said Gen. John Smith"; not "said 15 …".
            if v > 0, [",", "”", "\""].contains(tokens[v - 1].text), v + 1 < tokens.count, tokens[v + 1].kind != .number,
               let np = phrase(tokens, from: v + 1, forward: true) { return np }
        }
        return nil
    }

    static func speaker(in tokens: [Token], quoted: [Bool], lastSpeaker: String?) -> String? {
        find(in: tokens, quoted: quoted, lastSpeaker: lastSpeaker)?.text
    }

    /// A noun phrase of up to twelve words running from `start` away from the verb, to a
    /// comma, a quotation mark or a clause word.
    private static func phrase(_ tokens: [Token], from start: Int, forward: Bool) -> (text: String, tokens: Range<Int>)? {
        // Counted in place: the words are the tokens of `range`, not copies of them.
        var count = 0
        var i = start
        let stops = Self.phraseStops
        while i >= 0, i < tokens.count, count <= 12 {
            // "Gen. Karim Zadran": the period of a short title before a name goes on.
            let titlePeriod = tokens[i].text == "." && i > 0 && i + 1 < tokens.count && tokens[i - 1].isCapitalized
                && tokens[i - 1].text.count <= 4 && tokens[i + 1].isCapitalized
            if stops.contains(tokens[i]) || (tokens[i].text == "." && !titlePeriod && (forward || count == 0)) { break }
            if forward, Self.forwardStops.contains(tokens[i]) { break }
            count += 1
            i += forward ? 1 : -1
        }
        let range = forward ? start..<start + count : (start - count + 1)..<(start + 1)
        guard count > 0, count <= 12, tokens[range].contains(where: { $0.kind == .word }) else { return nil }
        var text = ""
        for k in range {
            let w = tokens[k].text
            let glue = k == range.lowerBound || w == "." || w == "’" || w == "'" || tokens[k - 1].text == "’"
            text += (glue ? "" : " ") + w
        }
        return (text, range)
    }
}
