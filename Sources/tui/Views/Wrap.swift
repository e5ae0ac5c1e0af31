/// Greedy word wrap by display width; words wider than the line are broken.
enum Wrap {
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        if text.allSatisfy({ $0 == " " }) { return [""] }
        // Keep the indentation of the first line (lists, quotes).
        let indent = String(text.prefix { $0 == " " }.prefix(width / 2))
        var out: [String] = []
        var line = indent
        var used = DisplayWidth.of(indent)
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = DisplayWidth.of(word)
            var word = Substring(word)
            if used > 0 && used + 1 + w <= width && line != indent {
                line += " " + word
                used += 1 + w
                continue
            }
            if used + w <= width && line == indent {
                line += word
                used += w
                continue
            }
            if line != indent || used > 0 { out.append(line) }
            line = ""
            used = 0
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
                out.append(piece)
                word = word.dropFirst(piece.count)
                w = DisplayWidth.of(word)
            }
            line = String(word)
            used = w
        }
        if !line.isEmpty || out.isEmpty { out.append(line) }
        return out
    }
}
