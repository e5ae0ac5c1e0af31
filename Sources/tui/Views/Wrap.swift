/// Greedy word wrap by display width; words wider than the line are broken.
enum Wrap {
    /// A wrapped line and the character offset in the input where it starts.
    struct Piece: Hashable, Sendable {
        var text: String
        var start: Int
    }

    static func lines(_ text: String, width: Int) -> [String] { pieces(text, width: width).map(\.text) }

    static func pieces(_ text: String, width: Int) -> [Piece] {
        let width = max(1, width)
        let chars = Array(text)
        // Words with their character offsets (runs of spaces collapse to one).
        var words: [(text: Substring, start: Int)] = []
        var i = 0
        let string = text
        var idx = string.startIndex
        while i < chars.count {
            if chars[i] == " " {
                i += 1
                idx = string.index(after: idx)
                continue
            }
            let start = i
            let startIdx = idx
            while i < chars.count, chars[i] != " " {
                i += 1
                idx = string.index(after: idx)
            }
            words.append((string[startIdx..<idx], start))
        }
        if words.isEmpty { return [Piece(text: "", start: 0)] }
        // Keep the indentation of the first line (lists, quotes).
        let indent = String(repeating: " ", count: min(words[0].start, width / 2))
        var out: [Piece] = []
        var line = indent
        var lineStart = 0
        var used = indent.count
        var empty = true
        for (w0, start) in words {
            var word = w0
            var wordStart = start
            var w = DisplayWidth.of(word)
            if !empty && used + 1 + w <= width {
                line += " " + word
                used += 1 + w
                continue
            }
            if empty && used + w <= width {
                line += word
                used += w
                empty = false
                continue
            }
            if !empty { out.append(Piece(text: line, start: lineStart)) }
            // Break a too-long word into pieces.
            while w > width {
                var piece = ""
                var pw = 0
                for c in word {
                    let cw = DisplayWidth.of(c)
                    if pw + cw > width { break }
                    piece.append(c)
                    pw += cw
                }
                if piece.isEmpty { break }
                out.append(Piece(text: piece, start: wordStart))
                word = word.dropFirst(piece.count)
                wordStart += piece.count
                w = DisplayWidth.of(word)
            }
            line = String(word)
            lineStart = wordStart
            used = w
            empty = word.isEmpty
        }
        if !empty || out.isEmpty { out.append(Piece(text: line, start: lineStart)) }
        return out
    }
}
