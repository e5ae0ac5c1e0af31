/// What the terminal must be sent to turn one frame into the next: runs of cells that
/// changed, row by row. The painter writes only these, so a key that moves the selection
/// sends two rows and a few status cells instead of the whole screen.
enum CanvasDiff {
    /// Cells x..<x+count of row y.
    struct Run: Hashable, Sendable {
        var y: Int
        var x: Int
        var count: Int
        var end: Int { x + count }
    }

    /// Unchanged cells between two changes that are repainted anyway rather than starting
    /// a new run: sending a few cells costs less than moving the cursor again.
    static let bridge = 3

    /// The runs to paint: every row whole when there is no previous frame or its size differs.
    /// A run never starts on the right half of a wide character (the character is drawn
    /// from its left half).
    static func runs(from previous: Canvas?, to next: Canvas) -> [Run] {
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return next.width == 0 ? [] : (0..<next.height).map { Run(y: $0, x: 0, count: next.width) }
        }
        var out: [Run] = []
        for y in 0..<next.height where previous.rows[y] != next.rows[y] {
            out += runs(in: previous.rows[y], next.rows[y], y: y)
        }
        return out
    }

    /// The changed stretches of one row (both the same length).
    static func runs(in old: [Cell], _ new: [Cell], y: Int) -> [Run] {
        var out: [Run] = []
        var x = 0
        while x < new.count {
            guard old[x] != new[x] else {
                x += 1
                continue
            }
            var start = x
            while start > 0 && new[start].isContinuation { start -= 1 }
            var end = x + 1
            // Extend over further changes, bridging short unchanged gaps.
            var probe = end
            while probe < new.count && probe - end <= bridge {
                if old[probe] != new[probe] { end = probe + 1 }
                probe += 1
            }
            if let last = out.last, last.end >= start {
                out[out.count - 1].count = end - last.x
            } else {
                out.append(Run(y: y, x: start, count: end - start))
            }
            x = end
        }
        return out
    }
}
