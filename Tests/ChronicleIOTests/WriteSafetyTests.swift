import Chronicle
@testable import ChronicleIO
import Foundation
import Testing

/// Files written so they cannot be hijacked or left half-written, under names that stay inside
/// their folder.
struct WriteSafetyTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The old temporary name, `.NAME.PID.tmp`, planted as a link to a file the writer must not touch.
    @Test func aPlantedLinkAtAPredictableTemporaryNameIsNotFollowed() throws {
        let dir = try Self.folder()
        let victim = dir.appendingPathComponent("victim")
        try Data("keep me".utf8).write(to: victim)
        let target = dir.appendingPathComponent("timeline.md")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".timeline.md.\(getpid()).tmp").path, withDestinationPath: victim.path)
        try AtomicFile.write(Data("new".utf8), to: target.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
    }

    @Test func aTargetThatIsALinkIsReplacedNotWrittenThrough() throws {
        let dir = try Self.folder()
        let victim = dir.appendingPathComponent("victim")
        try Data("keep me".utf8).write(to: victim)
        let target = dir.appendingPathComponent("timeline.md")
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: victim.path)
        try AtomicFile.write(Data("new".utf8), to: target.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func temporaryFilesAreNamedAtRandomAndLeaveNothingBehind() throws {
        let dir = try Self.folder()
        for _ in 0..<3 { try AtomicFile.write(Data("x".utf8), to: dir.appendingPathComponent("a.json").path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.json"])
        #expect(TemporaryFiles.shared.paths.isEmpty)
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        let dir = try Self.folder()
        let target = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try AtomicFile.write(Data("x".utf8), to: target.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["sub"])
    }

    @Test func aStreamedWriteJoinsItsBatchesAndReplacesTheFileOnlyAtTheEnd() throws {
        let dir = try Self.folder()
        let target = dir.appendingPathComponent("timeline.json")
        try Data("old".utf8).write(to: target)
        try AtomicFile.write(to: target.path) { sink in
            for batch in ["[1,", "2,", "3]"] {
                try Array(batch.utf8).withUnsafeBytes { try sink($0) }
                #expect(try String(contentsOf: target, encoding: .utf8) == "old")
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "[1,2,3]")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["timeline.json"])
    }

    @Test func aStreamedWriteThatFailsHalfwayKeepsTheOldFileAndNoTemporaryFile() throws {
        struct Interrupted: Error {}
        let dir = try Self.folder()
        let target = dir.appendingPathComponent("timeline.json")
        try Data("old".utf8).write(to: target)
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: target.path) { sink in
                try Array("[1,".utf8).withUnsafeBytes { try sink($0) }
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["timeline.json"])
        #expect(TemporaryFiles.shared.paths.isEmpty)
    }

    // MARK: names

    @Test(arguments: [
        ("../../pwned", "_._.._pwned"), ("a", "a"), ("./a", "__a"), ("b/../a", "b_.._a"), ("/etc/passwd", "_etc_passwd"),
        (".hidden", "_hidden"), ("..", "_."), (".", "_"), ("", "_"), ("a\\b", "a_b"), ("tab\there\n", "tab_here_"),
        ("del\u{7F}c1\u{85}", "del_c1_"), ("Zürich 2021", "Zürich 2021"),
    ])
    func idsBecomeOnePlainName(_ id: String, _ stem: String) {
        #expect(ExportNames.stem(for: id) == stem)
    }

    @Test func longIDsAreCutAndKeptApart() {
        let a = ExportNames.stem(for: String(repeating: "é", count: 300) + "a")
        let b = ExportNames.stem(for: String(repeating: "é", count: 300) + "b")
        #expect(a != b)
        #expect(a.utf8.count <= ExportNames.maximumStemBytes && b.utf8.count <= ExportNames.maximumStemBytes)
        #expect((ExportFormat.timelinejs.fileName("." + a) + ".0123456789abc.tmp").utf8.count <= 255)
    }

    @Test func twoDocumentsThatWouldShareAFileAreAnError() throws {
        let analyzer = DocumentAnalyzer()
        let analyses = ["a/b", "a_b"].map { analyzer.analyze(Document(id: $0, text: "It rained on Friday.")) }
        #expect(throws: ExportNameCollision.self) {
            _ = try ExportSet.files(Timeline(documents: analyses), analyses: analyses, name: "timeline", formats: [.json, .timeml])
        }
        #expect(throws: ExportNameCollision.self) {
            _ = try ExportSet.pendingFiles(Timeline(documents: analyses), analyses: analyses, name: "timeline", formats: [.json, .timeml])
        }
    }
}
