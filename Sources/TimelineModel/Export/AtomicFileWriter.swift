import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file all at once or not at all: the bytes go to a new temporary file in the
/// same folder, which is flushed to disk and then renamed over (or linked to) the
/// destination, so a reader never sees half a file and a failure leaves nothing behind.
///
/// An existing destination is kept unless `replaceExisting` is set; a path inside one of
/// the `protected` folders (or equal to one of the protected files) is refused.
public struct AtomicFileWriter: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The destination exists and replacing it was not asked for.
        case exists(path: String)
        /// The destination lies inside a protected folder (or is a protected file).
        case protected(path: String, folder: String)
        case isDirectory(path: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let p): "\(p) already exists"
            case .protected(let p, let f): "\(p) is inside \(f), which is not written to"
            case .isDirectory(let p): "\(p) is a folder"
            case .cannotWrite(let p, let reason): "cannot write \(p): \(reason)"
            }
        }
    }

    public var replaceExisting: Bool
    /// Folders never written into, and files never replaced.
    public var protected: [String]
    /// Runs with the temporary file's path once it is written, before it is moved into
    /// place: lets tests fail or race the last step.
    var beforeCommit: (@Sendable (String) throws -> Void)?

    public init(replaceExisting: Bool = false, protected: [String] = []) {
        self.replaceExisting = replaceExisting
        self.protected = protected
    }

    public func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    public func write(_ bytes: [UInt8], to path: String) throws {
        let target = try destination(path)
        var st = stat()
        let exists = lstat(target.full, &st) == 0
        if exists && (st.st_mode & S_IFMT) == S_IFDIR { throw Failure.isDirectory(path: path) }
        if exists && !replaceExisting { throw Failure.exists(path: path) }

        let (fd, temp) = try Self.createTemporary(in: target.folder, for: target.name, path: path)
        var keepTemp = false
        defer { if !keepTemp { unlink(temp) } }
        do {
            try Self.writeAll(fd, bytes, path: path)
            // A replaced file keeps its permissions; a new one gets 0666 less the umask (from open).
            if exists && replaceExisting { fchmod(fd, st.st_mode & 0o7777) }
            if fsync(fd) != 0 { throw Failure.cannotWrite(path: path, reason: Self.reason()) }
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw Failure.cannotWrite(path: path, reason: Self.reason()) }
        try beforeCommit?(temp)

        if replaceExisting {
            guard rename(temp, target.full) == 0 else { throw Failure.cannotWrite(path: path, reason: Self.reason()) }
            keepTemp = true
        } else if link(temp, target.full) == 0 {
            // link() never replaces: a file that appeared meanwhile is kept.
        } else if errno == EEXIST {
            throw Failure.exists(path: path)
        } else {
            // A file system without hard links: check again, then rename.
            guard lstat(target.full, &st) != 0 else { throw Failure.exists(path: path) }
            guard rename(temp, target.full) == 0 else { throw Failure.cannotWrite(path: path, reason: Self.reason()) }
            keepTemp = true
        }
        Self.syncFolder(target.folder)
    }

    /// The destination's real folder (symbolic links resolved), its file name, and the
    /// refusal when it lies inside a protected folder.
    func destination(_ path: String) throws -> (folder: String, name: String, full: String) {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute)
        let name = url.lastPathComponent
        guard !name.isEmpty, name != ".", name != "..", name != "/", !path.hasSuffix("/") else {
            throw Failure.cannotWrite(path: path, reason: "not a file name")
        }
        let parent = url.deletingLastPathComponent().path
        guard let folder = Self.realPath(parent) else {
            // Say so when the missing folder would be inside a protected one.
            var ancestor = URL(fileURLWithPath: parent)
            while Self.realPath(ancestor.path) == nil && ancestor.path != "/" { ancestor.deleteLastPathComponent() }
            if let real = Self.realPath(ancestor.path) { try checkProtected(folder: real, full: nil, path: path) }
            throw Failure.cannotWrite(path: path, reason: "no folder \(parent)")
        }
        let full = (folder == "/" ? "" : folder) + "/" + name
        try checkProtected(folder: folder, full: full, path: path)
        return (folder, name, full)
    }

    /// Refuses a destination in (or under) a protected folder, or equal to a protected file.
    func checkProtected(folder: String, full: String?, path: String) throws {
        for p in protected {
            guard let real = Self.realPath(p) else { continue }
            var st = stat()
            let isFolder = stat(real, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            if isFolder ? (folder == real || folder.hasPrefix(real == "/" ? "/" : real + "/")) : full == real {
                throw Failure.protected(path: path, folder: p)
            }
        }
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// A new file `.NAME.tmp-RANDOM` beside the destination, opened exclusively.
    static func createTemporary(in folder: String, for name: String, path: String) throws -> (Int32, String) {
        for _ in 0..<100 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let temp = (folder == "/" ? "" : folder) + "/." + name + ".tmp-" + suffix
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o666)
            if fd >= 0 { return (fd, temp) }
            if errno != EEXIST { throw Failure.cannotWrite(path: path, reason: reason()) }
        }
        throw Failure.cannotWrite(path: path, reason: "no free temporary name")
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure.cannotWrite(path: path, reason: reason())
            }
            offset += n
        }
    }

    /// Makes the rename itself durable; failures here lose nothing already written.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func reason() -> String { String(cString: strerror(errno)) }
}

/// POSIX write(2), out of the reach of `AtomicFileWriter.write`'s name.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
