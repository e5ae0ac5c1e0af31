/// One token of the scanner: a run of ASCII letters, a run of digits, or one punctuation
/// mark. Byte offsets into the UTF-8 text; kept small because there is one per word.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    static let capitalized: UInt8 = 1
    static let spaceBefore: UInt8 = 2     // whitespace separates it from the previous token
    static let newlineBefore: UInt8 = 4
    static let grouped: UInt8 = 8         // a number written with thousands separators ("1,600")
    static let decimal: UInt8 = 16        // a number with a decimal part ("2.5")
    static let allCaps: UInt8 = 32

    var start: Int32
    var end: Int32
    var kind: Kind
    var flags: UInt8
    /// Words: the lexicon entry's kind (or nil). Punctuation: the ASCII byte it stands for.
    var lexKind: LexKind?
    var punct: UInt8
    /// Numbers: the value (saturating); words: the lexicon value.
    var value: Int32
    /// Numbers: how many digits were written (excluding separators).
    var digits: UInt8

    @inline(__always) func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
    var isCapitalized: Bool { has(TimeToken.capitalized) }
    var length: Int { Int(end - start) }
}
