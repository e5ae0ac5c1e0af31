/// Terminal column widths, computed from our own table so results do not depend on the
/// process locale (wcwidth returns -1 for 漢 in the "C" locale).
enum DisplayWidth {
    /// Columns one scalar takes: 0 (combining, format, control), 1, or 2 (East Asian wide, emoji).
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if narrowRanges.contains(where: { $0.contains(v) }) { return 1 }
        return lookup(scalar)
    }

    /// Blocks drawn on every frame (rules, box drawing, dashes, quotes, ellipsis, ≠) that
    /// are one column throughout: answered without looking up Unicode properties.
    static let narrowRanges: [ClosedRange<UInt32>] = [0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x257F]

    /// `of` from the scalar's properties.
    static func lookup(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels / final consonants join.
        if isWide(v) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a grapheme cluster takes: its first visible scalar decides; VS16 makes emoji wide.
    static func of(_ c: Character) -> Int {
        // One byte is one scalar; grapheme iteration is what costs, so skip it.
        if c.utf8.count == 1, let b = c.utf8.first { return isPrintableASCII(b) ? 1 : 0 }
        return of(cluster: c.unicodeScalars)
    }

    /// The width of a cluster given as its scalars (Clusters has them without making a Character).
    static func of(cluster scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        for s in scalars {
            if s.value == 0xFE0F && width == 1 { return 2 }
            if width == 0 { width = of(s) }
        }
        return width
    }

    static func of(_ s: some StringProtocol) -> Int {
        if isPlainASCII(s) { return s.utf8.count }
        var n = 0
        for c in Clusters(s) { n += c.width }
        return n
    }

    /// Space to tilde: one column, one byte, one grapheme.
    @inline(__always)
    static func isPrintableASCII(_ b: UInt8) -> Bool { b >= 0x20 && b < 0x7F }

    /// True when every byte of `s` is printable ASCII, so columns, characters and bytes
    /// coincide (most text on screen: the cheap path for widths, fitting and drawing).
    static func isPlainASCII(_ s: some StringProtocol) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isPrintableASCII) }) { return r }
        return s.utf8.allSatisfy(isPrintableASCII)
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for r in wideRanges where r.contains(v) { return true }
        return false
    }

    /// The longest prefix of `s` that fits in `width` columns, with "…" (or "~" in ASCII)
    /// when something was cut.
    static func fit(_ s: String, _ width: Int, ascii: Bool = false) -> String {
        guard width > 0 else { return "" }
        let mark: Character = ascii ? "~" : "…"
        if isPlainASCII(s) {
            if s.utf8.count <= width { return s }
            var out = String(decoding: s.utf8.prefix(width - 1), as: UTF8.self)
            out.append(mark)
            return out
        }
        // One pass that stops once the text is known not to fit: a long headline cut to a
        // column is not measured to its end.
        var used = 0
        var cut: String.Index?
        for c in Clusters(s) {
            if cut == nil && used + c.width > width - 1 { cut = c.range.lowerBound }
            used += c.width
            if used > width, let cut { return String(s[..<cut]) + String(mark) }
        }
        return s
    }

    /// `s` cut or padded with spaces to exactly `width` columns.
    static func pad(_ s: String, _ width: Int, ascii: Bool = false) -> String {
        let f = fit(s, width, ascii: ascii)
        let w = of(f)
        return w < width ? f + String(repeating: " ", count: width - w) : f
    }
}
