import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file found under a corpus folder.
public struct FoundFile: Hashable, Sendable {
    /// Path relative to the corpus folder, for display (invalid bytes of a name replaced).
    public var relativePath: String
    /// The path's bytes as the file system knows them, for opening.
    public var fullPath: [UInt8]
    /// What `stat` said when the folder was walked (nil for a file named directly).
    public var stamp: FileStamp?

    public init(relativePath: String, fullPath: [UInt8], stamp: FileStamp? = nil) {
        self.relativePath = relativePath
        self.fullPath = fullPath
        self.stamp = stamp
    }
}

/// Lists the article files under a folder without ever looping or following a link out
/// of sight: hidden entries are skipped, symlink loops and unreadable folders are reported.
public struct FolderWalker {
    public var maxDepth = 32
    public var skipNames: Set<String> = ["corpus.yaml", "corpus.yml"]

    public init() {}

    public func walk(_ root: String) -> (files: [FoundFile], issues: [CorpusIssue]) {
        var files: [FoundFile] = []
        var issues: [CorpusIssue] = []
        var visited = Set<FileIdentity>()
        var rootStat = Glibc.stat()
        if Self.status(Array(root.utf8), &rootStat) == 0 { visited.insert(FileIdentity(rootStat)) }
        walk(Array(root.utf8), relative: [], depth: 0, visited: &visited, files: &files, issues: &issues)
        // Byte order within each folder is usually the final order already: check before sorting.
        if zip(files, files.dropFirst()).contains(where: { !($0.relativePath < $1.relativePath) }) {
            files.sort { $0.relativePath < $1.relativePath }
        }
        return (files, issues)
    }

    private func walk(_ dir: [UInt8], relative: [UInt8], depth: Int, visited: inout Set<FileIdentity>,
                      files: inout [FoundFile], issues: inout [CorpusIssue]) {
        let shown = relative.isEmpty ? "." : Self.display(relative)
        guard depth <= maxDepth else {
            issues.append(CorpusIssue(file: shown, severity: .skipped, message: "folders nested deeper than \(maxDepth) levels are not read; move the articles nearer the top"))
            return
        }
        guard let names = Self.entries(of: dir) else {
            issues.append(CorpusIssue(file: shown, severity: .skipped, message: "cannot list this folder (\(Self.errorText())); check its permissions"))
            return
        }
        for entry in Self.look(at: names, in: dir, relative: relative, top: depth == 0 ? skipNames : []) {
            switch entry {
            case .skipped:
                continue
            case .issue(let file, let why):
                issues.append(CorpusIssue(file: file, severity: .skipped, message: why))
            case .file(let found):
                files.append(found)
            case .folder(let full, let rel, let relText, let target):
                let id = FileIdentity(target)
                if visited.contains(id) {
                    issues.append(CorpusIssue(file: relText, severity: .skipped, message: "symbolic link loop: this folder is already being read"))
                    continue
                }
                visited.insert(id)
                walk(full, relative: rel, depth: depth + 1, visited: &visited, files: &files, issues: &issues)
            }
        }
    }

    /// What one entry of a folder turned out to be.
    private enum Entry {
        case skipped
        case issue(file: String, why: String)
        case file(FoundFile)
        case folder(full: [UInt8], relative: [UInt8], shown: String, stat: Glibc.stat)
    }

    /// Each entry stat'ed and named, on all cores for a large folder (a corpus has 100,000
    /// files and a warm start does little else); in the folder's order, whatever the cores.
    private static func look(at names: [([UInt8], Bool)], in dir: [UInt8], relative: [UInt8], top skip: Set<String>) -> [Entry] {
        var out = [Entry](repeating: .skipped, count: names.count)
        // Names stat'ed relative to the folder: the kernel need not walk its path each time.
        let fd = (dir + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }
        defer { if fd >= 0 { close(fd) } }
        let run = 512
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: (names.count + run - 1) / run) { r in
                for i in (r * run)..<min(names.count, (r + 1) * run) {
                    slots[i] = entry(names[i].0, isRegular: names[i].1, in: dir, folder: fd, relative: relative, skip: skip)
                }
            }
        }
        return out
    }

    /// `folder` is an open descriptor of `dir` (or -1: then full paths are stat'ed).
    private static func entry(_ name: [UInt8], isRegular: Bool, in dir: [UInt8], folder: Int32, relative: [UInt8], skip: Set<String>) -> Entry {
        if name.first == UInt8(ascii: ".") { return .skipped }
        if !skip.isEmpty, skip.contains(display(name)) { return .skipped }
        let full = dir + [UInt8(ascii: "/")] + name
        let rel = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
        let relText = display(rel)
        let (at, path) = folder >= 0 ? (folder, name) : (AT_FDCWD, full)
        var target = Glibc.stat()
        if isRegular {
            // Not a link (the folder says so): one stat, the file's own.
            guard status(path, at: at, &target, follow: false) == 0 else { return .skipped }
        } else {
            var link = Glibc.stat()
            guard status(path, at: at, &link, follow: false) == 0 else { return .skipped }
            if status(path, at: at, &target, follow: true) != 0 {
                let why = errno == ELOOP ? "symbolic link loop; remove or fix the link" : "broken symbolic link; its target is missing"
                return .issue(file: relText, why: why)
            }
        }
        switch target.st_mode & S_IFMT {
        case S_IFDIR: return .folder(full: full, relative: rel, shown: relText, stat: target)
        case S_IFREG: return .file(FoundFile(relativePath: relText, fullPath: full, stamp: FileStamp(target)))
        default: return .issue(file: relText, why: "\(kind(target.st_mode)), not a regular file; only text files are read")
        }
    }

    /// A name as text: invalid UTF-8 bytes are written `\xFF`, so that two names differing only
    /// there stay two names (and two source ids) and say which byte is wrong; control
    /// characters and bidi overrides are escaped too (`\n`, `\u{202E}`), so a name never breaks
    /// a line of output, moves the cursor or reverses what follows ("txt.exe").
    static func display(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return OneLine.escape(valid) }
        var out = ""
        var i = 0
        while i < bytes.count {
            // The shortest prefix that is one valid scalar; UTF-8 needs at most four bytes.
            var taken = 0
            for length in 1...min(4, bytes.count - i) {
                if let s = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                    out += OneLine.escape(s)
                    taken = length
                    break
                }
            }
            if taken == 0 {
                let hex = String(bytes[i], radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                taken = 1
            }
            i += taken
        }
        return out
    }

    /// "a folder", "a FIFO"…: what a path is when it is not a regular file.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a file"
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    private static func status(_ path: [UInt8], at folder: Int32, _ st: inout Glibc.stat, follow: Bool) -> Int32 {
        (path + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { fstatat(folder, $0.baseAddress!, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) }
        }
    }

    static func status(_ path: [UInt8], _ st: inout Glibc.stat) -> Int32 { status(path, at: AT_FDCWD, &st, follow: true) }

    /// The entry names of a folder in byte order, each with whether the folder says it is a
    /// regular file (not a link), or nil when it cannot be read.
    static func entries(of dir: [UInt8]) -> [([UInt8], Bool)]? {
        let handle = (dir + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) } }
        guard let handle else { return nil }
        defer { closedir(handle) }
        var names: [([UInt8], Bool)] = []
        while let entry = readdir(handle) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append((name, entry.pointee.d_type == UInt8(DT_REG)))
        }
        return names.sorted { $0.0.lexicographicallyPrecedes($1.0) }
    }

    /// Reads a whole file, or says why not.
    ///
    /// Opened without blocking: opening a FIFO (named on the command line, or swapped in after
    /// the walk) for reading would otherwise wait forever for a writer. Only regular files are read.
    public static func read(_ path: [UInt8], limit: Int) -> Result<[UInt8], FileReadError> {
        let fd = (path + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        }
        guard fd >= 0 else { return .failure(.cannotOpen(errorText())) }
        defer { close(fd) }
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { return .failure(.cannotRead(errorText())) }
        if st.st_mode & S_IFMT != S_IFREG { return .failure(.notRegular(kind: Self.kind(st.st_mode))) }
        if Int(st.st_size) > limit { return .failure(.tooLarge(Int(st.st_size))) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(st.st_size), 0))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errorText()))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { return .failure(.tooLarge(bytes.count)) }
        }
        return .success(bytes)
    }
}

public enum FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(String)
    case cannotRead(String)
    case tooLarge(Int)
    /// A folder, FIFO, socket or device: named by `kind`.
    case notRegular(kind: String)

    /// What went wrong and what to do, for `FILE: …` lines.
    public var description: String {
        switch self {
        case .cannotOpen(let why): return "cannot read (\(why)); check the path and its permissions"
        case .cannotRead(let why): return "cannot read (\(why)); check the file and its permissions"
        case .tooLarge(let n): return "\(n >> 20) MB is too large to read"
        case .notRegular(let kind): return "\(kind), not a regular file; only text files are read"
        }
    }
}

/// Device and inode: what makes two paths the same folder.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    init(_ st: Glibc.stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}
