extension TemporalTagger {
    /// `tag(_:dct:)` over everything but the lines longer than `limit` scalars (see
    /// `TextLimits.longestLine`); offsets still count the scalars of the whole text. The text
    /// between two such lines is tagged on its own, so a relative expression is never
    /// resolved against a date inside a skipped line.
    public func tag(_ text: String, dct: CalendarDay?, skippingLinesLongerThan limit: Int) -> [Timex] {
        var text = text
        text.makeContiguousUTF8()
        // Byte and scalar bounds of the pieces to tag.
        var pieces: [(bytes: Range<Int>, scalarStart: Int)] = []
        var byteStart = 0, scalarStart = 0
        let utf8 = text.utf8
        LineScanner.forEachLine(of: text) { line in
            guard line.range.length > limit else { return true }
            let lineStart = utf8.distance(from: utf8.startIndex, to: line.text.startIndex)
            let lineEnd = utf8.distance(from: utf8.startIndex, to: line.text.endIndex)
            if lineStart > byteStart { pieces.append((byteStart..<lineStart, scalarStart)) }
            byteStart = lineEnd
            scalarStart = line.range.end
            return true
        }
        if pieces.isEmpty && byteStart == 0 { return tag(text, dct: dct) }
        if byteStart < utf8.count { pieces.append((byteStart..<utf8.count, scalarStart)) }
        return utf8.withContiguousStorageIfAvailable { all -> [Timex] in
            var out: [Timex] = []
            for piece in pieces {
                for var t in tag(bytes: UnsafeBufferPointer(rebasing: all[piece.bytes]), dct: dct) {
                    t.start += piece.scalarStart
                    t.end += piece.scalarStart
                    if let r = t.anchor?.anchorRange {
                        t.anchor?.anchorRange = (r.lowerBound + piece.scalarStart)..<(r.upperBound + piece.scalarStart)
                    }
                    out.append(t)
                }
            }
            return out
        } ?? tag(text, dct: dct)
    }
}
