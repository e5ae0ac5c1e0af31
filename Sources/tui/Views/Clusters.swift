/// The grapheme clusters of a text with their column widths, walked cheaply: a printable
/// ASCII byte followed by ASCII (or by the end) is a cluster on its own, so only the text
/// around other characters pays for Swift's grapheme breaking.
struct Clusters<Text: StringProtocol>: Sequence, IteratorProtocol {
    struct Cluster {
        let range: Range<String.Index>
        /// Columns on screen: 0, 1 or 2 (see `DisplayWidth.of`).
        let width: Int
        /// The byte, when the cluster is one printable ASCII character.
        let ascii: UInt8?
    }

    private let text: Text
    private var i: String.Index

    init(_ text: Text) {
        self.text = text
        i = text.startIndex
    }

    mutating func next() -> Cluster? {
        guard i < text.endIndex else { return nil }
        let bytes = text.utf8
        let b = bytes[i]
        if DisplayWidth.isPrintableASCII(b) {
            // No ASCII pair joins except CR LF, and CR is not printable.
            let j = bytes.index(after: i)
            if j == text.endIndex || bytes[j] < 0x80 {
                defer { i = j }
                return Cluster(range: i..<j, width: 1, ascii: b)
            }
        }
        let j = text.index(after: i)
        defer { i = j }
        // Measured from the scalars in the range: `text[i]` would break the cluster a second time.
        return Cluster(range: i..<j, width: DisplayWidth.of(cluster: text.unicodeScalars[i..<j]), ascii: nil)
    }
}
