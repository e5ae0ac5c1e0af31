import ArgumentParser
// stdout is a C global, shared mutable state to Swift 6: read here, on the main thread, only.
@preconcurrency import Glibc

/// Writes to stdout and stderr with write(2), so a full disk or a closed descriptor is an
/// error to report, not a crash (FileHandle.write traps on failure), and checks at the end
/// that everything printed reached stdout.
enum StandardStreams {

    /// Writes all of `text` to `fd`; false when the descriptor refuses it.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
    }

    /// Output written by `write` goes around stdio's buffer: flush what `print` left first.
    static func writeOutput(_ text: String) throws {
        fflush(nil)
        guard write(text, to: 1) else { throw failure(errno) }
    }

    /// Flushes what `print` buffered; a write that failed on the way (ENOSPC, EIO) is one
    /// line on stderr and status 1, so a script never takes a cut output for a whole one.
    static func finish() throws {
        if fflush(nil) != 0 { throw failure(errno) }
        if ferror(stdout) != 0 { throw failure(nil) }
    }

    private static func failure(_ code: Int32?) -> Error {
        let reason = code.map { String(cString: strerror($0)) } ?? "a write failed"
        Console.error("cannot write the output (\(reason)); free some space or write to a file elsewhere with > or -o")
        return ExitCode(1)
    }
}
