/// One sentence of a source, the unit events are read from and evidence points at.
public struct Sentence: Hashable, Sendable {
    /// Unicode-scalar range in the source text, trimmed of surrounding white space.
    public var range: TextRange
    /// Index of the paragraph (a line or run of lines between blank lines) it stands in.
    public var paragraph: Int
    /// Index of this sentence within the source.
    public var index: Int
    public var text: String
}
