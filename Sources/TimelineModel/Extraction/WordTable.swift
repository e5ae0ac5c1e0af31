/// The hash `WordTable` files an ASCII word under: FNV-1a over its bytes. The tokenizer
/// computes it once per token (`Token.foldedHash`), so the many tables a token is looked up
/// in never hash it again.
enum WordHash {
    /// Stands for "not hashed": text with non-ASCII bytes, compared as `String`s compare.
    static let none: UInt64 = 0
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// A hash is never `none`.
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 { h == none ? 1 : h }

    /// The hash of an ASCII word, or `none` for other text.
    static func of(_ word: String) -> UInt64 {
        var h = seed
        for b in word.utf8 {
            if b >= 0x80 { return none }
            h = step(h, b)
        }
        return finish(h)
    }
}

/// Fixed words → values, read-only once built. ASCII words (nearly every lookup) are found
/// by `WordHash` in an open-addressing table: one multiply per byte and one probe, where
/// `Dictionary` runs SipHash on every lookup. Other text goes to a `Dictionary`, which
/// compares canonically ("é" composed or not), so answers are exactly a `Dictionary`'s.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64
        var index: Int
    }
    private var slots: [Slot]
    private var mask: Int
    /// A bit per hash (four bits a slot, set for every ASCII word): most words the table
    /// lacks are turned away here, in a few cache lines, before a slot is read.
    private var filter: [UInt64]
    private var keys: [String] = []
    private var values: [Value] = []
    /// Every word, for text that is not ASCII.
    private var all: [String: Value] = [:]
    /// Some word that is not ASCII could still equal an ASCII word canonically.
    private var hasASCIITwins = false

    init() {
        mask = 7
        slots = [Slot](repeating: Slot(hash: WordHash.none, index: 0), count: 8)
        filter = [0]
    }

    /// The filter bit of a hash: bits the slot index does not use.
    @inline(__always) private func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 32) & (filter.count * 64 - 1) }

    /// A later pair for the same word replaces the earlier one, as a dictionary's subscript does.
    init(_ pairs: some Sequence<(String, Value)>) {
        self.init()
        for (word, value) in pairs { insert(word, value) }
    }

    /// Files `value` under `word`, replacing the value it had.
    mutating func insert(_ word: String, _ value: Value) {
        all[word] = value
        let h = WordHash.of(word)
        guard h != WordHash.none else {
            if Self.mayEqualASCII(word) { hasASCIITwins = true }
            return
        }
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s].hash != WordHash.none {
            if slots[s].hash == h, keys[slots[s].index] == word {
                values[slots[s].index] = value
                return
            }
            s = (s + 1) & mask
        }
        slots[s] = Slot(hash: h, index: keys.count)
        let bit = filterBit(h)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        keys.append(word)
        values.append(value)
        if keys.count * 2 > slots.count { grow() }
    }

    /// Twice the slots, every ASCII word filed again: the table stays at most half full.
    private mutating func grow() {
        mask = slots.count * 2 - 1
        slots = [Slot](repeating: Slot(hash: WordHash.none, index: 0), count: mask + 1)
        filter = [UInt64](repeating: 0, count: slots.count / 16)
        for (index, word) in keys.enumerated() {
            let h = WordHash.of(word)
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s].hash != WordHash.none { s = (s + 1) & mask }
            slots[s] = Slot(hash: h, index: index)
            let bit = filterBit(h)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The value of `word`, whose `WordHash` is `hash`.
    @inline(__always)
    func value(_ word: String, hash: UInt64) -> Value? {
        guard hash != WordHash.none else { return all[word] }
        let bit = filterBit(hash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return hasASCIITwins ? all[word] : nil }
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[s]
            if slot.hash == WordHash.none { return hasASCIITwins ? all[word] : nil }
            if slot.hash == hash, keys[slot.index] == word { return values[slot.index] }
            s = (s + 1) & mask
        }
    }

    @inline(__always) subscript(_ word: String) -> Value? { value(word, hash: WordHash.of(word)) }

    /// The value of a token's folded text.
    @inline(__always) subscript(_ token: Token) -> Value? { value(token.folded, hash: token.foldedHash) }

    /// Whether text with non-ASCII scalars can be canonically equivalent to ASCII text: only
    /// when each of them decomposes to ASCII, and only three scalars do (GREEK QUESTION MARK
    /// to ";", GREEK VARIA to "`", KELVIN SIGN to "K"). Any other word is a `Dictionary`
    /// lookup only for non-ASCII text.
    static func mayEqualASCII(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }
    }

    var isEmpty: Bool { all.isEmpty }
}

/// Fixed words, as `WordTable` looks them up.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: WordTable<Bool>

    init(_ words: some Sequence<String>) { table = WordTable(words.lazy.map { ($0, true) }) }
    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ word: String) -> Bool { table[word] != nil }
    @inline(__always) func contains(_ word: String, hash: UInt64) -> Bool { table.value(word, hash: hash) != nil }
    /// The token's folded text is in the set.
    @inline(__always) func contains(_ token: Token) -> Bool { table[token] != nil }
}
