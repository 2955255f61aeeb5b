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
}
