/// A line of a text with its Unicode-scalar range (without the line break).
public struct TextLine: Hashable, Sendable {
    public var range: TextRange
    public var text: Substring
}

/// Splits text into lines at LF, CRLF and lone CR, counting Unicode scalars.
public enum LineScanner {
    public static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var lineStartOffset = 0
        var offset = 0
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let s = scalars[index]
            if s == "\n" || s == "\r" {
                lines.append(TextLine(range: TextRange(start: lineStartOffset, end: offset),
                                      text: Substring(scalars[lineStart..<index])))
                var next = scalars.index(after: index)
                offset += 1
                if s == "\r", next != scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                    offset += 1
                }
                index = next
                lineStart = next
                lineStartOffset = offset
            } else {
                index = scalars.index(after: index)
                offset += 1
            }
        }
        if lineStart != scalars.endIndex {
            lines.append(TextLine(range: TextRange(start: lineStartOffset, end: offset),
                                  text: Substring(scalars[lineStart..<scalars.endIndex])))
        }
        return lines
    }
}
