import Testing
@testable import TimelineModel

@Suite struct DecodingTests {
    @Test func plainUTF8RoundTrips() {
        #expect(DecodedText.decode(Array("Kabul — ‘Aydd 漢".utf8)) == .text("Kabul — ‘Aydd 漢", invalidSequences: 0, droppedBOM: false))
    }

    @Test func invalidBytesAreReplacedAndCounted() {
        let bytes: [UInt8] = [0x41, 0xFF, 0x42, 0xC3, 0x28, 0x43]
        #expect(DecodedText.decode(bytes) == .text("A\u{FFFD}B\u{FFFD}(C", invalidSequences: 2, droppedBOM: false))
    }

    @Test func utf8BOMIsDropped() {
        #expect(DecodedText.decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)) == .text("Hi", invalidSequences: 0, droppedBOM: true))
    }

    @Test func utf16WithBOMIsDecoded() {
        let le: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
        let be: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69]
        #expect(DecodedText.decode(le) == .text("Hi", invalidSequences: 0, droppedBOM: true))
        #expect(DecodedText.decode(be) == .text("Hi", invalidSequences: 0, droppedBOM: true))
    }

    @Test func nulMeansBinary() {
        #expect(DecodedText.decode([0x41, 0x42, 0x00, 0x43]) == .binary(firstNULAt: 2))
    }

    @Test func emptyAndWhitespaceOnlyAreEmpty() {
        #expect(DecodedText.decode([]) == .empty)
        #expect(DecodedText.decode(Array(" \r\n\t\n".utf8)) == .empty)
    }

    @Test func lineEndingsAreKeptAndSplitAlike() {
        guard case .text(let text, _, _) = DecodedText.decode(Array("one\r\ntwo\rthree\nfour".utf8)) else {
            Issue.record("not text"); return
        }
        #expect(text.unicodeScalars.count == 19)  // CRLF kept: offsets match the file
        let lines = LineScanner.lines(of: text)
        #expect(lines.map(\.text) == ["one", "two", "three", "four"])
        #expect(lines.map(\.range.start) == [0, 5, 9, 15])
    }

    @Test func lineOffsetsCountScalarsNotBytesOrGraphemes() {
        // "e" + combining acute is two scalars, one grapheme; 漢 is three UTF-8 bytes.
        let lines = LineScanner.lines(of: "e\u{301}漢\nx")
        #expect(lines[1].range == TextRange(start: 4, end: 5))
    }
}
