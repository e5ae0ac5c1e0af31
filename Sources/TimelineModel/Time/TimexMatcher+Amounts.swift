/// Numbers (digits or words) followed by a calendar unit: durations ("20 years"), past
/// offsets ("two weeks ago") and anchored offsets ("six days after …", "Four days earlier").
extension TimexMatcher {
    struct Amount {
        var amount: Int?      // nil: "several", "a few"
        var unitAt: Int
        var weak: Bool        // "a" / "one" + singular unit: only temporal in the right context
    }

    /// Reads an amount at i and the unit after it.
    func amount(at i: Int) -> Amount? {
        var j = i + 1
        var value: Int?
        var weak = false
        var numeric = false
        if isNumber(i) {
            guard t[i].flags & TimeToken.decimal == 0, val(i) <= 10_000 else { return nil }
            value = val(i)
            numeric = true
        } else {
            switch lex(i) {
            case .numberWord:
                var v = val(i)
                if v >= 20, v % 10 == 0, isPunct(j, 0x2D), glued(j), lex(j + 1) == .numberWord, val(j + 1) < 10, glued(j + 1) {
                    v += val(j + 1)
                    j += 2
                }
                if v == 100 { return nil }
                value = v
                weak = v == 1
                numeric = true
            case .article:
                if lex(j) == .fuzzy { // "a few", "a couple of"
                    let couple = isWord(j, "couple")
                    j += 1
                    if couple { if lex(j) == .of { j += 1 }; value = 2 } else { value = nil }
                } else if lex(j) == .numberWord, val(j) == 12 {
                    value = 12; j += 1
                } else {
                    value = 1
                    weak = true
                }
            case .fuzzy:
                if isWord(i, "couple") { return nil }
                value = nil
            default:
                return nil
            }
        }
        // "20-year", "one-month"
        if numeric, isPunct(j, 0x2D), glued(j), glued(j + 1), lex(j + 1) == .unit { j += 1 }
        switch lex(j) {
        case .unit, .century:
            if value == nil { return nil }
        case .units:
            if weak { return nil }
        default:
            return nil
        }
        return Amount(amount: value, unitAt: j, weak: weak)
    }

    func amountLed(at i: Int) -> TimexCandidate? {
        guard let a = amount(at: i) else { return nil }
        let u = unit(a.unitAt)
        let k = a.unitAt + 1
        if isWord(i - 1, "times") || lex(i - 1) == .setCue { return TimexCandidate(first: i, last: a.unitAt, meaning: .set) }
        if lex(k) == .ago {
            guard let n = a.amount else { return TimexCandidate(first: i, last: k, meaning: .reference(.past)) }
            return TimexCandidate(first: i, last: k, meaning: .ago(amount: n, unit: u))
        }
        // "two weeks from now": "ago" looking forward.
        if isWord(k, "from"), lex(k + 1) == .reference, val(k + 1) == Reference.present.rawValue, let n = a.amount {
            return TimexCandidate(first: i, last: k + 1, meaning: .ago(amount: -n, unit: u))
        }
        if let n = a.amount, u.anchorUnit != nil {
            if lex(k) == .relativeModifier {
                let dir: AnchoredOffset.Direction = val(k) < 0 ? .before : .after
                return TimexCandidate(first: i, last: k, meaning: .anchored(amount: n, unit: u, direction: dir, hasAnchorPhrase: false))
            }
            if lex(k) == .relation {
                let dir: AnchoredOffset.Direction = val(k) < 0 ? .before : .after
                var s = k + 1
                if isWord(k, "prior") && isWord(s, "to") { s += 1 }
                if let phrase = anchorPhrase(from: s) {
                    var c = TimexCandidate(first: i, last: a.unitAt, meaning: .anchored(amount: n, unit: u, direction: dir, hasAnchorPhrase: true))
                    c.anchorTokens = phrase
                    return c
                }
                return TimexCandidate(first: i, last: s - 1, meaning: .anchored(amount: n, unit: u, direction: dir, hasAnchorPhrase: false))
            }
        }
        if a.weak {
            let p = lex(i - 1)
            guard p == .preposition || p == .hedgeCount || p == .relation || p == .of || p == .the
                    || isWord(k, "long") || isWord(k, "old") else { return nil }
        }
        // "75-year-old": the age is the duration.
        let last = isPunct(k, 0x2D) && glued(k) && glued(k + 1) && isWord(k + 1, "old") ? k + 1 : a.unitAt
        return TimexCandidate(first: i, last: last, meaning: .duration(amount: a.amount, unit: u))
    }

    /// The phrase an offset hangs on: from s to the end of the sentence (at most 40 tokens).
    /// A comma right after the offset ends it: "The day before, shares fell" hangs on nothing.
    func anchorPhrase(from s: Int) -> ClosedRange<Int>? {
        if s < count, t[s].kind == .punct { return nil }
        var k = s
        var last = -1
        while k < count && k - s < 40 {
            if endsSentence(k) || isPunct(k, 0x3A) || isPunct(k, 0x22) || isPunct(k, 0x29) { break }
            if k > s && t[k].has(TimeToken.newlineBefore) { break }
            if !(t[k].kind == .punct && t[k].punct == 0x2C) { last = k }
            k += 1
        }
        return last >= s ? s...last : nil
    }
}
