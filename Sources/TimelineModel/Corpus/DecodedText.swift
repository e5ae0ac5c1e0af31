#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of an article file into text, or says why they cannot be.
///
/// UTF-8 is expected; a UTF-16 file with a byte-order mark is accepted too. Invalid
/// UTF-8 is replaced (U+FFFD) and counted, a UTF-8 BOM is dropped. Line endings are kept
/// as they are (CRLF, lone CR) so offsets still count the scalars of the file as read;
/// `LineScanner` treats all three as line breaks.
public enum DecodedText: Equatable, Sendable {
    case text(String, invalidSequences: Int, droppedBOM: Bool)
    case binary(firstNULAt: Int)
    case empty

    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        var droppedBOM = false
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            droppedBOM = true
        }
        // memchr: a generic search costs seconds on a 50 MB file in a debug build.
        let nul = body.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, let hit = memchr(base, 0, p.count) else { return nil }
            return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
        }
        if let nul { return .binary(firstNULAt: body.startIndex + nul) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .empty }
        if let valid = String(validating: body, as: UTF8.self) {
            return .text(valid, invalidSequences: 0, droppedBOM: droppedBOM)
        }
        // Replacement as the standard library does it; the loop only counts what it replaced.
        let text = String(decoding: body, as: UTF8.self)
        var invalid = 0
        var decoder = UTF8()
        var iterator = body.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return .text(text, invalidSequences: invalid, droppedBOM: droppedBOM)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        if let nul = units.firstIndex(of: 0) { return .binary(firstNULAt: 2 + nul * 2) }
        var invalid = bytes.count % 2
        var text = ""
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): text.unicodeScalars.append(s)
            case .emptyInput: break loop
            case .error:
                invalid += 1
                text.unicodeScalars.append("\u{FFFD}")
            }
        }
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) { return .empty }
        return .text(text, invalidSequences: invalid, droppedBOM: true)
    }
}
