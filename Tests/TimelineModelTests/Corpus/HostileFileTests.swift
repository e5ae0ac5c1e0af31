import Foundation
import Testing
@testable import TimelineModel
#if canImport(Glibc)
import Glibc
#endif

/// Regression tests for what hostile files and names once did to the reader.
@Suite struct HostileFileTests {
    /// A FIFO named as the corpus hung `timeline check FIFO` and `timeline dates FIFO`:
    /// opening it for reading waited for a writer that never came.
    @Test func aFIFOIsRefusedWithoutWaiting() throws {
        let dir = TestFolder()
        let fifo = dir.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        let started = Date()
        let corpus = try CorpusReader.forTests().read(fifo)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(corpus.sources.isEmpty)
        #expect(corpus.issues.map(\.description) == ["pipe.txt: skipped: a FIFO (named pipe), not a regular file; only text files are read"])
        #expect(FolderWalker.read(Array(fifo.utf8), limit: 1 << 20) == .failure(.notRegular(kind: "a FIFO (named pipe)")))
    }

    @Test func aFolderIsNotReadAsAFile() {
        let dir = TestFolder()
        dir.write("folder.txt/inner.txt", "Inner story, officials said.")
        #expect(FolderWalker.read(Array((dir.path + "/folder.txt").utf8), limit: 1 << 20) == .failure(.notRegular(kind: "a folder")))
        // In a walk, such a folder is just a folder.
        #expect(FolderWalker().walk(dir.path).files.map(\.relativePath) == ["folder.txt/inner.txt"])
    }

    /// Names with a newline or an escape sequence broke `check`'s lines and reached the
    /// terminal raw; two names differing only in an invalid byte became one id.
    @Test func namesAreShownOnOneLineAndStayDistinct() {
        let dir = TestFolder()
        dir.write("new\nline.txt", "A story, officials said.")
        dir.write("esc\u{1B}[2J.txt", "A story, officials said.")
        dir.write("rev\u{202E}txt.exe", "A story, officials said.")
        dir.write("with spaces.txt", "A story, officials said.")
        for byte: UInt8 in [0xFE, 0xFF] {
            let path = Array((dir.path + "/bad").utf8) + [byte] + Array(".txt".utf8)
            let fd = (path + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
            #expect(fd >= 0)
            _ = "Bad byte story, officials said.".withCString { write(fd, $0, 31) }
            close(fd)
        }
        let corpus = try! CorpusReader.forTests().read(dir.path)
        let files = corpus.sources.map(\.file)
        #expect(files.sorted() == ["bad\\xFE.txt", "bad\\xFF.txt", "esc\\u{1B}[2J.txt", "new\\nline.txt", "rev\\u{202E}txt.exe", "with spaces.txt"])
        #expect(Set(corpus.sources.map(\.id)).count == corpus.sources.count)
        #expect(corpus.sources.allSatisfy { $0.text == "A story, officials said." || $0.text.hasPrefix("Bad byte") })
    }

    @Test func oneLineEscapesWhatWouldBreakALine() {
        #expect(OneLine.escape("plain ünïcödé 漢") == "plain ünïcödé 漢")
        #expect(OneLine.escape("a\nb\tc\rd") == "a\\nb\\tc\\rd")
        #expect(OneLine.escape("\u{1B}]0;title\u{07}") == "\\u{1B}]0;title\\u{7}")
        #expect(OneLine.escape("\u{9B}31m \u{202E}rev \u{2066}iso\u{2069} \u{2028}") == "\\u{9B}31m \\u{202E}rev \\u{2066}iso\\u{2069} \\u{2028}")
    }

    /// Found by the fuzzer: a key or value quoted in a manifest error could hold a newline,
    /// an escape sequence or a bidi override, and the "one line" error became several.
    @Test func manifestErrorsStayOneCleanLine() {
        for yaml in ["\"bad\\nkey\": 1\n", "sources:\n  - file: a.txt\n    \"k\\e[2J\": 1\n",
                     "sources:\n  - file: a.txt\n    published: \"\\e]0;t\\a\"\n", "t\u{202E}itle: x\n", "P\u{FFFD}\t12 March: x\n"] {
            do {
                _ = try CorpusManifest.parse(yaml)
                Issue.record("accepted \(yaml.debugDescription)")
            } catch {
                #expect(error.description.hasPrefix("corpus.yaml:"))
                #expect(!error.description.unicodeScalars.contains(where: OneLine.needsEscape), "\(error.description.debugDescription)")
            }
        }
    }

    @Test func theSameFileSpelledTwoWaysIsListedTwice() {
        do {
            _ = try CorpusManifest.parse("sources:\n  - file: ./a.txt\n  - file: a.txt\n")
            Issue.record("accepted a duplicate")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("listed twice"))
        }
    }

    @Test func issuesPrintOnOneLine() {
        let issue = CorpusIssue(file: "a\nb.txt", severity: .warning, message: "quotes \u{1B}[2J")
        #expect(issue.description == "a\\nb.txt: warning: quotes \\u{1B}[2J")
    }

    /// JSON output printed to a terminal: C1 controls and bidi overrides are escaped too.
    @Test func jsonEscapesC1AndBidi() {
        #expect(JSONValue.string("a\u{9B}b\u{202E}c\u{1B}").compact == "\"a\\u009bb\\u202ec\\u001b\"")
    }
}
