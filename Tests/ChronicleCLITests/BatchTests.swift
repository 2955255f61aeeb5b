import Foundation
import Testing

/// Many inputs at once: folders, globs, parallel jobs, failures that do not stop a batch.
struct BatchTests {
    /// A folder of short articles in nested folders, one of them unreadable as text.
    static func corpus(withBadFile: Bool = false) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        for i in 0..<12 {
            let sub = folder.appendingPathComponent(i % 2 == 0 ? "even" : "odd/deeper")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let text = "---\ndct: 2021-08-\(10 + i)\n---\nThe council met on \(days[i % 5]) and approved the plan in July. It will vote again next week.\n"
            try Data(text.utf8).write(to: sub.appendingPathComponent("article-\(i).txt"))
        }
        try Data("not an article".utf8).write(to: folder.appendingPathComponent("notes.json"))  // not a format Chronicle reads
        if withBadFile { try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("even/broken.txt")) }
        return folder
    }

    @Test func readsFoldersRecursivelyInPathOrder() throws {
        let folder = try Self.corpus()
        let result = try CLI.run(["tag", "--format", "text", folder.path])
        #expect(result.status == 0)
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }
        #expect(headers.count == 12)
        #expect(headers.first?.hasPrefix("# article-0 (DCT 2021-08-10)") == true)
        #expect(result.stdout.contains("DATE\t2021-08-11\tWednesday"))  // article-2, resolved against its own DCT, Thursday 2021-08-12
    }

    @Test func anyNumberOfJobsWritesTheSameBytes() throws {
        let folder = try Self.corpus()
        let one = try CLI.run(["build", "--jobs", "1", folder.path])
        let four = try CLI.run(["build", "--jobs", "4", folder.path])
        #expect(one.status == 0 && four.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == four.stdout)
    }

    @Test func expandsGlobPatternsTheShellLeftAlone() throws {
        let folder = try Self.corpus()
        let result = try CLI.run(["tag", "--format", "text", folder.path + "/even/article-1*.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }.map { String($0.split(separator: " ")[1]) } == ["article-10"])
    }

    @Test func aBadFileIsReportedCountedAndTheRestProcessed() throws {
        let folder = try Self.corpus(withBadFile: true)
        let result = try CLI.run(["build", "--format", "text", folder.path, folder.path + "/missing.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(folder.path)/even/broken.txt: looks like a binary file (NUL byte at offset 1), not text"))
        #expect(result.stderr.contains("\(folder.path)/missing.txt: no such file"))
        #expect(result.stderr.contains("2 of 14 inputs failed; the others were processed"))
        #expect(result.stdout.contains("approved"))
    }

    @Test func documentsWithTheSameNameGetDistinctIDs() throws {
        let folder = try CLI.temporaryFolder()
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try Data("The mayor resigned on Friday.".utf8).write(to: folder.appendingPathComponent("\(sub)/story.txt"))
        }
        let result = try CLI.run(["build", "--dct", "2021-08-20", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"story:e1\""))
        #expect(result.stdout.contains("\"story-2:e1\""))
        #expect(result.stderr.contains("document id 'story' is taken; using 'story-2'"))
    }

    @Test func drawsProgressOnlyWhenAsked() throws {
        let folder = try Self.corpus()
        let quiet = try CLI.run(["tag", folder.path])
        #expect(quiet.stderr.isEmpty)  // standard error is a pipe here, not a terminal
        let forced = try CLI.run(["tag", "--progress", folder.path])
        #expect(forced.stderr.contains("12/12 documents"))
        #expect(forced.stdout == quiet.stdout)
    }
}
