/// Converts UTF-8 byte offsets to Unicode-scalar offsets in one pass over the bytes.
enum ScalarOffsets {
    /// `offsets` need not be sorted; the result is in the same order.
    static func convert(_ offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard !offsets.isEmpty else { return [] }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [Int](repeating: 0, count: offsets.count)
        var byte = 0
        var scalars = 0
        for index in order {
            let target = offsets[index]
            while byte < target {
                if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            result[index] = scalars
        }
        return result
    }
}
