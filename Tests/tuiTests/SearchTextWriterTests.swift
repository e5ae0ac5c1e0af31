import Testing
@testable import tui

/// The index's bytes: folded exactly as the standard library lowercases, ASCII eight bytes
/// at a time, one byte value counted sixteen at a time.
@Suite struct SearchTextWriterTests {
    static let texts = [
        "Plain ASCII, Long Enough For Words: ABCDEFGHIJKLMNOPQRSTUVWXYZ @[`{ 0123456789",
        "ABCDEFGÉHIJKLMNOP", "ÉABCDEFGHIJKLMNOPQ", "ABCDEFGHIJKLMNOÉ",
        "Straße ẞ ÄÖÜ äöü", "İstanbul", "ΣΟΦΊΑ ΟΔΟΣ", "Ǆ ǅ ǆ", "“Quoted” — dashes – and … more",
        "Ὀδυσσεύς", "ÅNGSTRÖM Å", "МОСКВА Київ", "中文 日本語 한국어", "👍🏽 🇦🇫 e\u{301} E\u{301}", "",
        "\u{1F} \u{0} \u{7F}", "K Kelvin sign, Ω Ohm sign",
    ]

    @Test func foldingIsTheStandardLibrarysLowercase() {
        for t in Self.texts {
            var w = SearchTextWriter(foldCase: true)
            w.write(t)
            #expect(w.bytes == Array(t.lowercased().utf8), "\(t)")
        }
    }

    @Test func piecesFoldAsTheirJoinedText() {
        var folded = SearchTextWriter(foldCase: true)
        var exact = SearchTextWriter(foldCase: false)
        for t in Self.texts {
            folded.write(t)
            exact.write(t)
        }
        #expect(folded.bytes == Array(Self.texts.joined().lowercased().utf8))
        #expect(exact.bytes == Array(Self.texts.joined().utf8))
    }

    @Test func eightASCIIBytesFoldAsEachDoes() {
        for start in stride(from: 0, to: 128, by: 3) {
            let bytes = (0..<8).map { UInt8((start + $0 * 17) % 128) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let folded = withUnsafeBytes(of: ASCIIFold.word(word)) { Array($0) }
            #expect(folded == bytes.map(ASCIIFold.byte), "\(bytes)")
        }
        for b: UInt8 in 0...255 {
            let capital = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
            #expect(ASCIIFold.byte(b) == (capital ? b + 32 : b), "\(b)")
        }
    }

    @Test func oneByteIsCountedWhereverItStands() {
        let text = Array("abracadabra, a banana and an avocado: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8)
        text.withUnsafeBytes { hay in
            for from in 0..<20 {
                for to in stride(from: from, through: text.count, by: 7) {
                    let expected = text[from..<to].filter { $0 == UInt8(ascii: "a") }.count
                    #expect(ByteCount.count(UInt8(ascii: "a"), in: hay, from: from, to: to) == expected, "\(from)..<\(to)")
                }
            }
        }
    }
}
