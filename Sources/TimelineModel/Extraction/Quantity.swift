/// How a reported number is hedged; analysts keep the hedge next to the number.
public enum Hedge: String, Hashable, Sendable, Codable {
    case exact
    /// "at least 10"
    case atLeast = "at least"
    /// "more than 150", "over 1,600"
    case moreThan = "more than"
    /// "up to 20", "less than 10"
    case upTo = "up to"
    /// "around 50", "about", "an estimated", "some", "nearly", "roughly"; "as many as 150"
    /// (the reporter's high figure, not a cap: wires use it for the number they give)
    case about = "about"
    /// "dozens", "scores", "hundreds": only an order of magnitude
    case vague = "vague"
}

/// A number found in text, with its hedge.
public struct Quantity: Hashable, Sendable {
    public var value: Int
    /// The upper end of a range ("5,000 to 7,000"), when one is given.
    public var upper: Int?
    public var hedge: Hedge
    /// Token indices covered, hedge words included.
    public var tokens: Range<Int>
    /// A bare four-digit number between 1900 and 2100 that may be a year.
    public var mayBeYear: Bool
}

/// Reads numbers in digits and words, with hedges, from tokens.
public enum QuantityReader {
    static let unitWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tenWords: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scaleWords: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]
    /// Plural vague amounts, at ACLED's conservative reading.
    static let vagueWords: [String: Int] = ["dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "tens": 10]
    /// The same words as tables a token is looked up in by the hash it carries.
    static let units = WordTable(unitWords.lazy.map { ($0.key, $0.value) })
    static let tens = WordTable(tenWords.lazy.map { ($0.key, $0.value) })
    static let scales = WordTable(scaleWords.lazy.map { ($0.key, $0.value) })
    static let vague = WordTable(vagueWords.lazy.map { ($0.key, $0.value) })
    static let hedges: [([String], Hedge)] = [
        (["more", "than"], .moreThan), (["as", "many", "as"], .about), (["as", "much", "as"], .about),
        (["at", "least"], .atLeast), (["up", "to"], .upTo), (["an", "estimated"], .about), (["upwards", "of"], .moreThan),
        (["over"], .moreThan), (["around"], .about), (["about"], .about), (["approximately"], .about),
        (["nearly"], .about), (["almost"], .about), (["roughly"], .about), (["some"], .about), (["estimated"], .about),
        (["some", "estimated"], .about), (["close", "to"], .about), (["less", "than"], .upTo), (["fewer", "than"], .upTo),
        (["a", "minimum", "of"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
    ]

    /// The words a number in words can start with (besides hyphenated compounds).
    static let starters = WordSet(Set(unitWords.keys).union(tenWords.keys).union(vagueWords.keys).union(["dozen", "a"]))

    /// The last word of every hedge: a number after any other word has no hedge.
    static let hedgeEnds = WordSet(hedges.compactMap(\.0.last))

    /// The words between the ends of a range ("5,000 to 7,000", "five or six").
    static let rangeWords: WordSet = ["to", "or", "-", "–"]

    /// Hedges longest first, so "as many as" wins over "as".
    static let hedgesByLength = hedges.sorted { $0.0.count > $1.0.count }

    public static func quantities(in tokens: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < tokens.count {
            guard let (value, end, yearLike) = number(at: i, tokens) else { i += 1; continue }
            var q = Quantity(value: value, upper: nil, hedge: .exact, tokens: i..<end, mayBeYear: yearLike)
            if vague[tokens[i]] != nil { q.hedge = .vague }
            // Hedge words before the number, longest first; every hedge ends with one of `hedgeEnds`.
            let mayBeHedged = i > 0 && hedgeEnds.contains(tokens[i - 1])
            for (words, hedge) in hedgesByLength where mayBeHedged && words.count <= i {
                let from = i - words.count
                if zip(tokens[from..<i], words).allSatisfy({ $0.folded == $1 }) {
                    q.hedge = hedge
                    q.tokens = from..<end
                    q.mayBeYear = false
                    break
                }
            }
            // "5,000 to 7,000", "five or six"
            if end + 1 < tokens.count, rangeWords.contains(tokens[end]),
               let (upper, upperEnd, _) = number(at: end + 1, tokens), upper > value {
                q.upper = upper
                q.tokens = q.tokens.lowerBound..<upperEnd
                if q.hedge == .exact { q.hedge = .about }
                i = upperEnd
            } else {
                i = end
            }
            out.append(q)
        }
        return out
    }

    /// The number starting at token `i`: its value, the index after it, and whether it looks like a year.
    static func number(at i: Int, _ tokens: [Token]) -> (Int, Int, Bool)? {
        // Fields read in place: a copy of the token would retain and release its strings.
        if tokens[i].kind == .number {
            let text = tokens[i].text
            guard let whole = wholePart(text) else { return nil }
            var value = whole
            var end = i + 1
            if end < tokens.count, let scale = scales[tokens[end]] {
                value *= scale
                end += 1
            }
            // Number tokens are ASCII (digits, separators): bytes are characters.
            let yearLike = text.utf8.count == 4 && !text.utf8.contains(0x2C) && (1900...2100).contains(whole) && end == i + 1
            return (value, end, yearLike)
        }
        // Most words start no number: one lookup rules them out (a compound has a hyphen, and
        // a token with one has parts of its own).
        if !starters.contains(tokens[i]) && (tokens[i].splitParts == nil || !tokens[i].folded.utf8.contains(0x2D)) { return nil }
        if let v = vague[tokens[i]] { return (v, i + 1, false) }
        // "a dozen", "two dozen", "a hundred"
        var value = 0
        var current = 0
        var end = i
        var sawNumber = false
        while end < tokens.count {
            let w = tokens[end].folded
            if let u = units[tokens[end]] {
                current += u
            } else if let t = tens[tokens[end]] {
                current += t
            } else if w.utf8.contains(0x2D), let compound = compoundValue(w) {
                current += compound
            } else if let s = scales[tokens[end]], sawNumber {
                current = max(current, 1) * s
                if s >= 1000 {
                    value += current
                    current = 0
                }
            } else if w == "dozen", sawNumber || (end > 0 && tokens[end - 1].folded == "a") {
                current = max(current, 1) * 12
            } else if w == "a", !sawNumber, end + 1 < tokens.count, ["dozen", "hundred", "thousand"].contains(tokens[end + 1].folded) {
                current = 1
                end += 1
                sawNumber = true
                continue
            } else if w == "and", sawNumber, end + 1 < tokens.count, units[tokens[end + 1]] != nil || tens[tokens[end + 1]] != nil {
                end += 1
                continue
            } else {
                break
            }
            sawNumber = true
            end += 1
        }
        guard sawNumber else { return nil }
        // "a dozen" starting at "a": value computed from 1 × 12.
        return (value + current, end, false)
    }

    /// The whole part of a number token ("1,600" → 1600, "3.5" → 3), read from its bytes
    /// (digits and separators only); nil when it overflows an Int.
    static func wholePart(_ text: String) -> Int? {
        var value = 0
        var digits = 0
        for b in text.utf8 {
            if b == 0x2C { continue }
            if b == 0x2E { if digits > 0 { break } else { continue } }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(b - 0x30))
            if o1 || o2 { return nil }
            value = plus
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    static func compoundValue(_ w: String) -> Int? {
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count == 2, let t = tens[parts[0]], let u = units[parts[1]], u < 10 else { return nil }
        return t + u
    }
}
