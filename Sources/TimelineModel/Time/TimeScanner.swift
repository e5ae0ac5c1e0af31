/// Splits UTF-8 bytes into `TimeToken`s in one pass and looks every word up in the lexicon
/// on the fly (lowercased hash, no String per word). Non-ASCII punctuation that matters
/// (curly apostrophes and quotes, dashes, no-break space) is folded to its ASCII stand-in.
enum TimeScanner {
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [TimeToken]) {
        let lexicon = TimeLexicon.shared
        let n = bytes.count
        var i = 0
        var pending: UInt8 = TimeToken.spaceBefore | TimeToken.newlineBefore
        tokens.reserveCapacity(n / 5)
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 { pending |= TimeToken.spaceBefore; i += 1; continue }
            if b == 0x0A || b == 0x0D { pending |= TimeToken.spaceBefore | TimeToken.newlineBefore; i += 1; continue }
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                let start = i
                var h = TimeLexicon.seed
                var upper = 0
                while i < n {
                    let c = bytes[i]
                    let l = c | 0x20
                    guard l >= 0x61 && l <= 0x7A else { break }
                    if c < 0x60 { upper += 1 }
                    h = TimeLexicon.step(h, c)
                    i += 1
                }
                let len = i - start
                var flags = pending
                if b < 0x60 { flags |= TimeToken.capitalized }
                if upper == len && len > 1 { flags |= TimeToken.allCaps }
                var kind: LexKind? = nil
                var value: Int32 = 0
                if len <= 12, let e = lexicon.lookup(TimeLexicon.finish(h, length: len)) {
                    kind = e.kind
                    value = Int32(e.value)
                }
                tokens.append(TimeToken(start: Int32(start), end: Int32(i), kind: .word, flags: flags,
                                        lexKind: kind, punct: 0, value: value, digits: 0))
                pending = 0
                continue
            }
            if b >= 0x30 && b <= 0x39 {
                let start = i
                var value = 0
                var digits = 0
                var flags = pending
                while i < n {
                    let c = bytes[i]
                    if c >= 0x30 && c <= 0x39 {
                        if value < 100_000_000 { value = value * 10 + Int(c - 0x30) }
                        digits += 1
                        i += 1
                    } else if c == 0x2C, i + 3 < n || i + 3 == n, isDigitRun(bytes, i + 1, 3) {
                        // "1,600": a separator only when exactly three digits follow
                        flags |= TimeToken.grouped
                        i += 1
                    } else if c == 0x2E, i + 1 < n, bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39,
                              flags & TimeToken.decimal == 0 {
                        flags |= TimeToken.decimal
                        i += 1
                    } else {
                        break
                    }
                }
                tokens.append(TimeToken(start: Int32(start), end: Int32(i), kind: .number, flags: flags,
                                        lexKind: nil, punct: 0, value: Int32(value), digits: UInt8(min(digits, 255))))
                pending = 0
                continue
            }
            if b < 0x80 {
                tokens.append(TimeToken(start: Int32(i), end: Int32(i + 1), kind: .punct, flags: pending,
                                        lexKind: nil, punct: b, value: 0, digits: 0))
                pending = 0
                i += 1
                continue
            }
            // A multi-byte scalar: fold the few that matter, keep the rest as opaque punctuation.
            let start = i
            i += 1
            while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
            var stand: UInt8 = 0x7F
            if b == 0xC2 && i - start == 2 && bytes[start + 1] == 0xA0 {
                pending |= TimeToken.spaceBefore
                continue
            }
            if b == 0xE2 && i - start == 3 && bytes[start + 1] == 0x80 {
                switch bytes[start + 2] {
                case 0x98, 0x99: stand = 0x27          // ‘ ’
                case 0x9C, 0x9D: stand = 0x22          // “ ”
                case 0x93, 0x94: stand = 0x2D          // – —
                case 0xAF, 0x89, 0x8A: pending |= TimeToken.spaceBefore; continue  // narrow spaces
                default: break
                }
            }
            tokens.append(TimeToken(start: Int32(start), end: Int32(i), kind: .punct, flags: pending,
                                    lexKind: nil, punct: stand, value: 0, digits: 0))
            pending = 0
        }
    }

    @inline(__always) private static func isDigitRun(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int) -> Bool {
        guard from + count <= bytes.count else { return false }
        for k in from..<(from + count) where !(bytes[k] >= 0x30 && bytes[k] <= 0x39) { return false }
        return from + count == bytes.count || !(bytes[from + count] >= 0x30 && bytes[from + count] <= 0x39)
    }
}
