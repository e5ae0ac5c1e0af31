/// Fixed-date holidays common in English-language news ("Christmas", "New Year's Eve").
extension TimexMatcher {
    func holidayLed(at i: Int) -> TimexCandidate? {
        guard isCapitalized(i) else { return nil }
        if isWord(i, "christmas") {
            if isWord(i + 1, "eve") && isCapitalized(i + 1) { return holiday(i, i + 1, 12, 24) }
            if isWord(i + 1, "day") && isCapitalized(i + 1) { return holiday(i, i + 1, 12, 25) }
            return holiday(i, i, 12, 25)
        }
        if isWord(i, "new"), isWord(i + 1, "year"), isPunct(i + 2, 0x27), isWord(i + 3, "s"), isCapitalized(i + 4) {
            if isWord(i + 4, "eve") { return holiday(i, i + 4, 12, 31) }
            if isWord(i + 4, "day") { return holiday(i, i + 4, 1, 1) }
        }
        if isWord(i, "halloween") { return holiday(i, i, 10, 31) }
        return nil
    }

    private func holiday(_ first: Int, _ last: Int, _ month: Int, _ day: Int) -> TimexCandidate {
        if let y = trailingYear(at: last + 1) {
            return TimexCandidate(first: first, last: last + 1, meaning: .calendar(year: y, month: month, day: day), explicitYear: true)
        }
        return TimexCandidate(first: first, last: last, meaning: .calendar(year: nil, month: month, day: day))
    }
}
