/// "KABUL, June 14 (Reuters) -": the place and day a wire report was filed, written at the
/// start of its first paragraph, often without a year.
enum Dateline {
    /// Whether a date with `before` and `after` it on its line is a dateline: the place in
    /// capitals and a comma before it, an optional "(Agency)" and a dash after it.
    static func surrounds(before: Substring, after: Substring) -> Bool {
        let place = before.drop { $0 == " " || $0 == "\t" }
        guard place.hasSuffix(", "), place.count <= 60 else { return false }
        // "KABUL, " / "MAZAR-I-SHARIF, Afghanistan, ": the first word all capitals.
        let first = place.prefix { $0 != "," }
        guard first.count >= 2, first.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "." || $0 == "'" }),
              first.contains(where: \.isLetter) else { return false }
        var rest = after.drop { $0 == " " }
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")"), rest.distance(from: rest.startIndex, to: close) <= 40 else { return false }
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        return rest.first.map { "-–—".contains($0) } ?? false
    }
}
