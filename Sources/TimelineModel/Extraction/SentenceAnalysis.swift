/// Everything the event rules read from one sentence: its tokens and the mentions in them.
public struct SentenceAnalysis: Sendable {
    public var sentence: Sentence
    public var tokens: [Token]
    public var places: [NameIndex<Place>.Match]
    public var organisations: [NameIndex<Organisation>.Match]
    public var people: [PersonMention]
    public var quantities: [Quantity]
    public var timexes: [(timex: Timex, tokens: Range<Int>)]
    public var triggers: [TriggerMatch]
    /// Tokens inside quotation marks.
    public var quoted: [Bool]

    /// The index of the token holding scalar offset `offset`, or the next one.
    static func tokenIndex(atOrAfter offset: Int, in tokens: [Token]) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Token range covering the scalar range `r` (tokens that overlap it).
    static func tokenRange(_ r: TextRange, in tokens: [Token]) -> Range<Int> {
        let a = tokenIndex(atOrAfter: r.start, in: tokens)
        var b = a
        while b < tokens.count, tokens[b].range.start < r.end { b += 1 }
        return a..<max(a, b)
    }

    /// Which tokens stand inside quotation marks; `openAtStart` carries a quote across sentences.
    static func quotedMask(_ tokens: [Token], openAtStart: Bool) -> (mask: [Bool], openAtEnd: Bool) {
        var open = openAtStart
        var mask = [Bool](repeating: false, count: tokens.count)
        // Fields read in place: a copy of each token would retain and release its strings.
        for i in tokens.indices {
            // Quotation marks are punctuation tokens; a word or number only takes the state.
            guard tokens[i].kind == .punctuation else { mask[i] = open; continue }
            // A punctuation token is one scalar: compared as a scalar, not as a string (a
            // string compare against a non-ASCII quote takes the slow, normalising path).
            let c = tokens[i].text.unicodeScalars.first
            let opening = c == "“", straight = c == "\""
            if opening { open = true }
            if c == "”" { mask[i] = true; open = false; continue }
            if straight { open.toggle() }
            mask[i] = open || opening || straight
        }
        return (mask, open)
    }
}
