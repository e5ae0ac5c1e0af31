#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file, enough to tell that it has not changed since it was read
/// without reading it again: size, modification and status-change times (ns) and inode.
/// The inode catches a file replaced by a rename; the ctime catches `touch -d` putting an
/// old mtime back.
public struct FileStamp: Hashable, Sendable {
    public var size: Int
    public var mtime: Int64
    public var ctime: Int64
    public var inode: UInt64

    public init(size: Int, mtime: Int64, ctime: Int64, inode: UInt64) {
        self.size = size
        self.mtime = mtime
        self.ctime = ctime
        self.inode = inode
    }

    init(_ st: stat) {
        #if canImport(Darwin)
        self.init(size: Int(st.st_size), mtime: Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec),
                  ctime: Int64(st.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(st.st_ctimespec.tv_nsec), inode: UInt64(st.st_ino))
        #else
        self.init(size: Int(st.st_size), mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                  ctime: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec), inode: UInt64(st.st_ino))
        #endif
    }

    /// The stamp of the file at `path` (following links), or nil when it cannot be stat'ed.
    public static func of(_ path: [UInt8]) -> FileStamp? {
        var st = stat()
        return FolderWalker.status(path, &st) == 0 ? FileStamp(st) : nil
    }

    /// How close to the moment of stamping a change must be for the stamp to prove nothing.
    /// File systems keep times at a granularity (ext4: a kernel tick, some: 1–2 s), so a
    /// file rewritten just after it was stat'ed and read can keep its stamp while its
    /// text changes ("racy" timestamps, as git calls them). 2 s covers the coarsest common one.
    public static let racyMargin: Int64 = 2_000_000_000

    /// True when this stamp, taken at `stampedAt` (ns since 1970), cannot vouch for the
    /// file's content: it changed within `racyMargin` of the stamping, or claims to have
    /// changed later (a clock ahead). Such a file is read and hashed again.
    public func isRacy(stampedAt: Int64) -> Bool {
        max(mtime, ctime) > stampedAt - Self.racyMargin
    }

    /// The wall clock in ns since 1970, the scale of file times.
    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
