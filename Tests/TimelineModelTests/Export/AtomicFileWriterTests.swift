import Foundation
import Testing
@testable import TimelineModel

@Suite struct AtomicFileWriterTests {
    let fm = FileManager.default

    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
    func listing(_ folder: TestFolder) -> [String] { ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }

    @Test func writesANewFileAndLeavesNothingElse() throws {
        let folder = TestFolder()
        try AtomicFileWriter().write("hello\n", to: folder.path + "/out.txt")
        #expect(contents(folder.path + "/out.txt") == "hello\n")
        #expect(listing(folder) == ["out.txt"])
    }

    @Test func anExistingFileIsKeptUnlessReplacingIsAsked() throws {
        let folder = TestFolder()
        let path = folder.write("out.txt", "keep")
        #expect(throws: AtomicFileWriter.Failure.exists(path: path)) { try AtomicFileWriter().write("new", to: path) }
        #expect(contents(path) == "keep")
        #expect(listing(folder) == ["out.txt"])

        chmod(path, 0o640)
        try AtomicFileWriter(replaceExisting: true).write("new", to: path)
        #expect(contents(path) == "new")
        #expect(listing(folder) == ["out.txt"])
        let mode = (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o640)
    }

    @Test func aFailureBeforeTheRenameLeavesNoTemporaryFile() throws {
        struct Boom: Error {}
        let folder = TestFolder()
        var writer = AtomicFileWriter()
        writer.beforeCommit = { temp in
            #expect(FileManager.default.fileExists(atPath: temp))
            throw Boom()
        }
        #expect(throws: Boom.self) { try writer.write("x", to: folder.path + "/out.txt") }
        #expect(listing(folder).isEmpty)
    }

    @Test func aFileThatAppearsMeanwhileIsNotReplaced() throws {
        let folder = TestFolder()
        let path = folder.path + "/out.txt"
        var writer = AtomicFileWriter()
        writer.beforeCommit = { _ in FileManager.default.createFile(atPath: path, contents: Data("theirs".utf8)) }
        #expect(throws: AtomicFileWriter.Failure.exists(path: path)) { try writer.write("ours", to: path) }
        #expect(contents(path) == "theirs")
        #expect(listing(folder) == ["out.txt"])
    }

    @Test func pathsInsideAProtectedFolderAreRefused() throws {
        let outside = TestFolder()
        let corpus = TestFolder()
        corpus.write("a.txt", "article")
        outside.link("into-corpus", to: corpus.path)
        let writer = AtomicFileWriter(replaceExisting: true, protected: [corpus.path])
        for path in [corpus.path + "/out.md", corpus.path + "/a.txt", corpus.path + "/new/sub/out.md",
                     outside.path + "/into-corpus/out.md", corpus.path + "/../" + (corpus.path as NSString).lastPathComponent + "/x"] {
            #expect(throws: AtomicFileWriter.Failure.protected(path: path, folder: corpus.path)) { try writer.write("x", to: path) }
        }
        #expect(listing(corpus) == ["a.txt"])
        #expect(contents(corpus.path + "/a.txt") == "article")
        try writer.write("fine", to: outside.path + "/out.md")
        #expect(contents(outside.path + "/out.md") == "fine")
    }

    @Test func aProtectedFileIsRefusedButItsFolderIsNot() throws {
        let folder = TestFolder()
        let article = folder.write("a.txt", "article")
        let writer = AtomicFileWriter(replaceExisting: true, protected: [article])
        #expect(throws: AtomicFileWriter.Failure.protected(path: article, folder: article)) { try writer.write("x", to: article) }
        try writer.write("ok", to: folder.path + "/b.txt")
        #expect(contents(article) == "article")
    }

    @Test func foldersAndMissingFoldersAreClearErrors() {
        let folder = TestFolder()
        #expect(throws: AtomicFileWriter.Failure.isDirectory(path: folder.path)) { try AtomicFileWriter(replaceExisting: true).write("x", to: folder.path) }
        #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter().write("x", to: folder.path + "/no/such/out.txt") }
        #expect(listing(folder).isEmpty)
    }
}
