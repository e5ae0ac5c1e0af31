import Synchronization

/// A cell's grapheme in sixteen bytes with no reference inside: its UTF-8 inline when it
/// fits in fifteen bytes (nearly always), else a number standing for it. A canvas of these
/// is created, copied, compared and freed as plain memory, which is most of what a frame
/// did with a String per cell.
struct Glyph: Hashable, Sendable {
    /// Bytes 0–7 of the UTF-8; for a long grapheme, its number in `LongGraphemes`.
    private var low: UInt64
    /// Bytes 8–14 of the UTF-8, then the tag byte: the byte count (or `long`), plus `wideBit`.
    private var high: UInt64

    private static let long: UInt64 = 0x1F
    private static let wideBit: UInt64 = 0x20

    /// The right half of a wide character.
    static var empty: Glyph { Glyph(low: 0, high: 0) }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// One printable ASCII character.
    init(ascii b: UInt8) {
        low = UInt64(b)
        high = 1 << 56
    }

    /// `width`: the grapheme's columns when the caller has measured it already.
    init(_ s: some StringProtocol, width: Int? = nil) {
        let wide: UInt64 = (width ?? DisplayWidth.of(s)) == 2 ? Glyph.wideBit : 0
        let bytes = s.utf8
        guard bytes.count <= 15 else {
            low = UInt64(LongGraphemes.shared.number(of: String(s)))
            high = (Glyph.long | wide) << 56
            return
        }
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        for (i, b) in bytes.enumerated() {
            if i < 8 { lo |= UInt64(b) << (8 * UInt64(i)) } else { hi |= UInt64(b) << (8 * UInt64(i - 8)) }
        }
        low = lo
        high = hi | ((UInt64(bytes.count) | wide) << 56)
    }

    private var tag: UInt64 { high >> 56 }
    var isEmpty: Bool { tag == 0 }
    /// Takes two columns on screen.
    var isWide: Bool { tag & Glyph.wideBit != 0 }
    /// The one byte of a single-byte grapheme (ASCII), else nil.
    var singleByte: UInt8? { tag & Glyph.long == 1 ? UInt8(truncatingIfNeeded: low) : nil }

    var string: String {
        let count = tag & Glyph.long
        if count == Glyph.long { return LongGraphemes.shared.grapheme(Int(low)) }
        return withUnsafeBytes(of: (low, high)) { raw in
            String(decoding: raw.prefix(Int(count)), as: UTF8.self)
        }
    }
}

/// The graphemes too long for a glyph (emoji joined with ZWJ, letters under many marks),
/// each given a number once. Shared by every canvas; it only grows, by the distinct long
/// graphemes the texts on screen hold, which are few.
final class LongGraphemes: Sendable {
    static let shared = LongGraphemes()

    private let table = Mutex<(numbers: [String: Int], graphemes: [String])>(([:], []))

    func number(of s: String) -> Int {
        table.withLock { t in
            if let n = t.numbers[s] { return n }
            t.graphemes.append(s)
            t.numbers[s] = t.graphemes.count - 1
            return t.graphemes.count - 1
        }
    }

    func grapheme(_ n: Int) -> String { table.withLock { $0.graphemes[n] } }
}
