/// Recognises temporal expressions in a token stream, left to right, longest match first.
/// Each `match(at:)` returns a candidate whose extent starts at that token; the caller then
/// continues after it, so the results never overlap.
struct TimexMatcher {
    let t: UnsafeBufferPointer<TimeToken>
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { t.count }

    // MARK: token tests

    @inline(__always) func lex(_ i: Int) -> LexKind? { i >= 0 && i < t.count ? t[i].lexKind : nil }
    @inline(__always) func val(_ i: Int) -> Int { Int(t[i].value) }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .number }
    @inline(__always) func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].punct == c
    }
    /// No whitespace between token i-1 and token i.
    @inline(__always) func glued(_ i: Int) -> Bool { i < t.count && !t[i].has(TimeToken.spaceBefore) }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].isCapitalized }

    /// Exact (case-insensitive) comparison of word i with a lowercase ASCII literal.
    func isWord(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0 && i < t.count, t[i].kind == .word, t[i].length == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        let s = Int(t[i].start)
        for k in 0..<word.utf8CodeUnitCount where bytes[s + k] | 0x20 != p[k] { return false }
        return true
    }

    /// A plain lowercase word not known to the lexicon (used to tell "2000 troops" from "2015 was").
    func isLowercaseWord(_ i: Int) -> Bool {
        i < t.count && t[i].kind == .word && !t[i].isCapitalized
    }

    /// Token i begins a sentence (or a line): capitalisation there says nothing about names.
    func startsSentence(_ i: Int) -> Bool {
        if i == 0 || t[i].has(TimeToken.newlineBefore) { return true }
        let p = i - 1
        if t[p].kind == .punct {
            switch t[p].punct {
            case 0x2E, 0x21, 0x3F, 0x22, 0x3A, 0x28, 0x2D: return true  // . ! ? " : ( -
            default: return false
            }
        }
        return false
    }

    /// A period that ends a sentence rather than an abbreviation ("U.S.", "Gen.").
    func endsSentence(_ i: Int) -> Bool {
        guard isPunct(i, 0x2E) else { return isPunct(i, 0x21) || isPunct(i, 0x3F) || isPunct(i, 0x3B) }
        if i > 0, t[i - 1].kind == .word, t[i - 1].isCapitalized {
            let len = t[i - 1].length
            if len == 1 || (len <= 3 && !t[i - 1].has(TimeToken.allCaps)) { return false }
        }
        return true
    }

    /// The tense of the clause before token i, from the nearest cue: +1 future ("will",
    /// "planned to begin"), -1 past ("was", "said", "-ed" verbs), 0 unknown. A participle
    /// after "be" is passive, not past ("will be held").
    func clauseTense(before i: Int) -> Int {
        var k = i - 1
        var seen = 0
        while k >= 0 && seen < 14 {
            if endsSentence(k) { return 0 }
            if let cue = tenseCue(k) { return cue }
            if t[k].has(TimeToken.newlineBefore) { return 0 }
            k -= 1
            seen += 1
        }
        return 0
    }

    /// Token k as a cue of tense: +1 future, -1 past (an "-ed" verb not after "be"), nil none.
    func tenseCue(_ k: Int) -> Int? {
        let tok = t[k]
        guard tok.kind == .word else { return nil }
        if tok.lexKind == .forwardCue { return 1 }
        // "is to visit", "are set to meet", "is poised to": an arrangement ahead.
        if isWord(k, "to") || isWord(k, "set") || isWord(k, "poised"), isWord(k - 1, "is") || isWord(k - 1, "are") { return 1 }
        let past = tok.lexKind == .pastCue || (tok.lexKind == nil && !tok.isCapitalized && tok.length >= 4
            && bytes[Int(tok.end) - 1] == 0x64 && bytes[Int(tok.end) - 2] == 0x65)  // "-ed"
        return past && !(isWord(k - 1, "be") || isWord(k - 1, "been") || isWord(k - 1, "being")) ? -1 : nil
    }

    /// The tense of what follows token i in its sentence, for an expression that opens its
    /// clause ("On March 3 the vote was held"): the first cue within a few words. Capitalised
    /// words are passed over: after the date they are names ("Will") or a headline's words.
    func clauseTense(after i: Int) -> Int {
        var k = i + 1
        var seen = 0
        while k < t.count && seen < 8 {
            if t[k].has(TimeToken.newlineBefore) || endsSentence(k) { return 0 }
            if !t[k].isCapitalized, let cue = tenseCue(k) { return cue }
            k += 1
            seen += 1
        }
        return 0
    }


    // MARK: dispatch

    func match(at i: Int) -> TimexCandidate? {
        let tok = t[i]
        if tok.kind == .number { return matchNumberLed(at: i) }
        guard tok.kind == .word, let kind = tok.lexKind else { return nil }
        switch kind {
        case .month, .monthAbbrev: return monthLed(at: i)
        case .weekday: return weekdayLed(at: i)
        case .weekdays: return isCapitalized(i) ? TimexCandidate(first: i, last: i, meaning: .set) : nil
        case .numberWord, .article, .fuzzy: return amountLed(at: i)
        case .relativeDay: return relativeDayLed(at: i)
        case .tonight, .overnight:
            if glued(i + 1) && isPunct(i + 1, 0x2D) { return nil }
            return TimexCandidate(first: i, last: i, meaning: .relativeDay(0), partOfDay: .night)
        case .hedgeModifier: return hedgeLed(at: i)
        case .relativeModifier: return relativeModifierLed(at: i)
        case .deictic: return deicticLed(at: i)
        case .past: return pastLed(at: i)
        case .the: return theLed(at: i)
        case .reference: return referenceLed(at: i)
        case .present:
            return lex(i - 1) == .at ? TimexCandidate(first: i, last: i, meaning: .reference(.present)) : nil
        case .future:
            return isWord(i - 1, "in") ? TimexCandidate(first: i, last: i, meaning: .reference(.future)) : nil
        case .recent:
            if lex(i + 1) == .units { return TimexCandidate(first: i, last: i + 1, meaning: .duration(amount: nil, unit: unit(i + 1))) }
            return nil
        case .setCue: return setLed(at: i)
        case .quarterLetter: return quarterLetterLed(at: i)
        case .holiday: return holidayLed(at: i)
        case .fiscal: return fiscalLed(at: i)
        case .ordinalWord: return yearPartLed(at: i)
        case .season: return seasonLed(at: i, determiner: nil)
        case .units:
            if lex(i + 1) == .ago { return TimexCandidate(first: i, last: i + 1, meaning: .reference(.past)) }  // "years ago"
            // "for years", "over months": an unspecified stretch.
            if (isWord(i - 1, "for") || isWord(i - 1, "over") || isWord(i - 1, "within") || isWord(i - 1, "in"))
                && !(lex(i + 1) == .ago) {
                return TimexCandidate(first: i, last: i, meaning: .duration(amount: nil, unit: unit(i)))
            }
            return nil
        default: return nil
        }
    }

    @inline(__always) func unit(_ i: Int) -> TimeUnit {
        if lex(i) == .century { return .century }
        return TimeUnit(rawValue: val(i)) ?? .day
    }
}
