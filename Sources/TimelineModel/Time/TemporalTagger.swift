/// Finds the temporal expressions of a text and pins them to the calendar (TIMEX3 values).
///
/// One pass of `TimeScanner` over the UTF-8 bytes, then `TimexMatcher` at each token that
/// could open an expression, then `TimexNormalizer` with the document creation time (DCT).
public struct TemporalTagger: Sendable {
    public init() {}

    /// Sorted by start, non-overlapping. SETs are recognised but not returned.
    public func tag(_ text: String, dct: CalendarDay?) -> [Timex] {
        var text = text
        if let r = text.utf8.withContiguousStorageIfAvailable({ tag(bytes: $0, dct: dct) }) { return r }
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable({ tag(bytes: $0, dct: dct) }) ?? []
    }

    private struct Found {
        var candidate: TimexCandidate
        var result: TimexNormalizer.Result
    }

    func tag(bytes: UnsafeBufferPointer<UInt8>, dct: CalendarDay?) -> [Timex] {
        var tokens: [TimeToken] = []
        TimeScanner.scan(bytes, into: &tokens)
        return tokens.withUnsafeBufferPointer { tokenBuffer -> [Timex] in
            let matcher = TimexMatcher(t: tokenBuffer, bytes: bytes)
            let normalizer = TimexNormalizer(dct: dct)
            var found: [Found] = []
            var reference: DateSpan? = nil
            var i = 0
            let n = tokenBuffer.count
            while i < n {
                let tok = tokenBuffer[i]
                guard tok.kind == .number || tok.lexKind != nil, let c = matcher.match(at: i) else {
                    i += 1
                    continue
                }
                i = c.last + 1
                if let previous = found.last, previous.candidate.last >= c.first { continue }  // keep results disjoint
                var tense = 0
                if needsDirection(c) {
                    tense = matcher.clauseTense(before: c.first)
                    if tense == 0 { tense = matcher.clauseTense(after: c.last) }
                }
                let forward = tense > 0
                guard let r = normalizer.normalize(c, forward: forward, past: tense < 0, reference: reference) else { continue }
                if let span = r.span, r.type != .duration { reference = span }
                found.append(Found(candidate: c, result: r))
            }
            borrowRangeYears(&found, matcher: matcher, normalizer: normalizer)
            return build(found, tokens: tokenBuffer, bytes: bytes)
        }
    }

    /// "between January and March 2019", "from May to July 2020": the first month of a range
    /// takes the year written after the second (the year before when it comes later in the
    /// calendar: "December to February 2019").
    private func borrowRangeYears(_ found: inout [Found], matcher: TimexMatcher, normalizer: TimexNormalizer) {
        guard found.count >= 2 else { return }
        for j in 0..<(found.count - 1) {
            guard case let .calendar(nil, month?, day) = found[j].candidate.meaning, found[j].candidate.weekday == nil,
                  case let .calendar(year?, nextMonth?, _) = found[j + 1].candidate.meaning, found[j + 1].candidate.explicitYear,
                  found[j + 1].candidate.first == found[j].candidate.last + 2 else { continue }
            let link = found[j].candidate.last + 1
            guard matcher.isWord(link, "and") || matcher.isWord(link, "to") || matcher.isWord(link, "through")
                    || matcher.isWord(link, "until") || matcher.isPunct(link, 0x2D) else { continue }
            var c = found[j].candidate
            c.meaning = .calendar(year: month > nextMonth ? year - 1 : year, month: month, day: day)
            if let r = normalizer.normalize(c, forward: false, reference: nil) { found[j] = Found(candidate: c, result: r) }
        }
    }

    private func needsDirection(_ c: TimexCandidate) -> Bool {
        switch c.meaning {
        case let .calendar(year, _, _): return year == nil
        case .dayOfMonth: return true
        case let .weekday(_, shift): return shift == nil
        case let .season(_, year, offset): return year == nil && offset == nil
        default: return false
        }
    }

    private func build(_ found: [Found], tokens: UnsafeBufferPointer<TimeToken>, bytes: UnsafeBufferPointer<UInt8>) -> [Timex] {
        guard !found.isEmpty else { return [] }
        var offsets: [Int] = []
        offsets.reserveCapacity(found.count * 2)
        for f in found {
            offsets.append(Int(tokens[f.candidate.first].start))
            offsets.append(Int(tokens[f.candidate.last].end))
            if let a = f.candidate.anchorTokens {
                offsets.append(Int(tokens[a.lowerBound].start))
                offsets.append(Int(tokens[a.upperBound].end))
            }
        }
        let scalars = ScalarOffsets.convert(offsets, in: bytes)
        var out: [Timex] = []
        out.reserveCapacity(found.count)
        var k = 0
        for f in found {
            let c = f.candidate
            let b0 = Int(tokens[c.first].start), b1 = Int(tokens[c.last].end)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[b0..<b1]), as: UTF8.self)
            var timex = Timex(start: scalars[k], end: scalars[k + 1], text: text, type: f.result.type, value: f.result.value,
                              span: f.result.span, weekday: c.weekday, hasExplicitYear: c.explicitYear,
                              anchor: nil, forwardLooking: f.result.forwardLooking)
            k += 2
            if case let .anchored(amount, unit, direction, _) = c.meaning, let u = unit.anchorUnit {
                var anchor = AnchoredOffset(amount: amount, unit: u, direction: direction)
                if let a = c.anchorTokens {
                    let a0 = Int(tokens[a.lowerBound].start), a1 = Int(tokens[a.upperBound].end)
                    anchor.anchorText = String(decoding: UnsafeBufferPointer(rebasing: bytes[a0..<a1]), as: UTF8.self)
                    anchor.anchorRange = scalars[k]..<scalars[k + 1]
                    k += 2
                }
                timex.anchor = anchor
            }
            out.append(timex)
        }
        return out
    }
}
