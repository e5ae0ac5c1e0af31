/// Bounds on what is read as prose, so that a hostile file costs time in proportion to the
/// prose it holds, not to its bytes.
public enum TextLimits {
    /// A line longer than this many Unicode scalars (256 K; a long feature is a tenth of it) is
    /// not a paragraph: a data dump, base64, a whole site on one line. It is kept and shown cut
    /// short, but not read for dates or events, and `check` says so.
    public static let longestLine = 1 << 18
}
