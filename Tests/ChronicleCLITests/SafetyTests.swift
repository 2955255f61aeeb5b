import Foundation
import Testing

/// Issue 11, "Safe to run unattended": hostile and careless uses of the command line. Each test
/// is named after the behaviour it pins down; the problem numbers are the issue's.
struct SafetyTests {
    static let article = "---\ndct: 2021-08-20\n---\nThe council met on Wednesday and approved the plan in July.\n"

    static func record(_ id: String, _ text: String = "The mayor resigned on Friday.") throws -> String {
        let object = ["id": id, "text": text, "dct": "2021-08-20"]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    // MARK: 1. ids become file names

    @Test func hostileIDsAreWrittenInsideTheOutputFolder() throws {
        let root = try CLI.temporaryFolder()
        let ids = ["../../pwned", "a", "./a", "b/../a", "/etc/cron.d/x", ".hidden", "..", "tab\there", String(repeating: "long", count: 100)]
        let corpus = root.appendingPathComponent("in/corpus.jsonl")
        try Self.write(try ids.map { try Self.record($0) }.joined(separator: "\n") + "\n", to: corpus)
        let out = root.appendingPathComponent("w/out")
        let result = try CLI.run(["build", "--format", "json,timeml", "--output", out.path, corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        // nothing beside the input and the output folder, and one TimeML file per document
        #expect(CLI.tree(root).filter { !$0.hasPrefix("w/out/") } == ["in", "in/corpus.jsonl", "w", "w/out"])
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.filter { $0.hasSuffix(".tml") }.count == ids.count, "\(names)")
        #expect(names.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/") && $0.utf8.count <= 255 })
        #expect(names.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func anIDFromFrontMatterNamesAFileInsideTheFolder() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("in/story.txt")
        try Self.write("---\nid: ../../pwned\ndct: 2021-08-20\n---\nThe mayor resigned on Friday.\n", to: input)
        let out = root.appendingPathComponent("w/out")
        let result = try CLI.run(["build", "--format", "json,md", "--output", out.path, input.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.tree(root).filter { !$0.hasPrefix("w/out/") } == ["in", "in/story.txt", "w", "w/out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 2)
    }

    @Test func idsThatWouldShareAFileNameAreAnErrorAndNothingIsWritten() throws {
        let root = try CLI.temporaryFolder()
        let corpus = root.appendingPathComponent("corpus.jsonl")
        try Self.write(try ["a/b", "a_b"].map { try Self.record($0) }.joined(separator: "\n"), to: corpus)
        let out = root.appendingPathComponent("out")
        let result = try CLI.run(["build", "--format", "timeml", "--output", out.path, corpus.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("'a/b' and 'a_b'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path) || CLI.tree(out).isEmpty)
    }

    // MARK: 2. temporary files

    @Test func anExportKeepsThePermissionsOfTheFileItReplaces() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("story.txt")
        try Self.write(Self.article, to: input)
        let report = root.appendingPathComponent("out/report.json")
        try Self.write("old", to: report)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        let result = try CLI.run(["build", "--name", "report", "--output", report.deletingLastPathComponent().path, input.path])
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: report.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOf: report, encoding: .utf8) != "old")
    }

    // MARK: 3. standard output and error that cannot be written

    @Test func aFullStandardOutputIsExit74WithOneLine() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try CLI.run(["build", CLI.samples.appendingPathComponent("central-asia-bases.txt").path], standardOutput: full)
        #expect(result.exited && result.status == 74)
        #expect(result.stderr == "chronicle: error: standard output: cannot write: No space left on device\n")
    }

    @Test func aClosedStandardOutputIsExit74WithOneLine() throws {
        let sample = CLI.samples.appendingPathComponent("central-asia-bases.txt").path
        let result = try CLI.shell("\"$CHRONICLE\" tag '\(sample)' >&-; echo \"status $?\"")
        #expect(result.stdout == "status 74\n")
        #expect(result.stderr == "chronicle: error: standard output: cannot write: Bad file descriptor\n")
    }

    @Test func aFullStandardErrorCostsTheMessageNotTheRun() throws {
        let result = try CLI.shell("\"$CHRONICLE\" tag /no/such/file.txt 2>/dev/full; echo \"status $?\"")
        #expect(result.stdout.hasSuffix("status 1\n"), "\(result.stdout)")
    }

    @Test func aReaderThatGoesAwayEndsTheRunQuietly() throws {
        let result = try CLI.run(["build", "--format", "md", CLI.samples.path], closeStandardOutput: true)
        #expect(result.exited && result.status == 141, "exited \(result.exited), status \(result.status)")
        #expect(result.stderr.isEmpty)
    }

    // MARK: 4. failed runs leave good work alone

    @Test func aRunWhoseInputsAllFailedWritesNothing() throws {
        let out = try CLI.temporaryFolder()
        try Self.write("precious", to: out.appendingPathComponent("timeline.json"))
        try Self.write("precious", to: out.appendingPathComponent("timeline.md"))
        let result = try CLI.run(["build", "--format", "json,md", "--output", out.path, "/no/such/typo.txt"])
        #expect(result.status == 1)
        #expect(try String(contentsOf: out.appendingPathComponent("timeline.json"), encoding: .utf8) == "precious")
        #expect(try String(contentsOf: out.appendingPathComponent("timeline.md"), encoding: .utf8) == "precious")
        #expect(result.stderr.contains("nothing written"), "\(result.stderr)")

        let printed = try CLI.run(["build", "/no/such/typo.txt", "/no/such/other.txt"])
        #expect(printed.status == 1)
        #expect(printed.stdout.isEmpty)
        #expect(printed.stderr.contains("all 2 inputs failed; nothing written"), "\(printed.stderr)")
        #expect(!printed.stderr.contains("the others were processed"))
    }

    @Test func mergeWithABadPartDoesNotReplaceTheOutput() throws {
        let root = try CLI.temporaryFolder()
        let good = root.appendingPathComponent("good.jsonl")
        let streamed = try CLI.run(["stream"], stdin: try Self.record("a") + "\n")
        try Self.write(streamed.stdout, to: good)
        let bad = root.appendingPathComponent("bad.jsonl")
        try Self.write("not json\n", to: bad)
        let target = root.appendingPathComponent("t.json")
        try Self.write("precious", to: target)
        let result = try CLI.run(["merge", "-o", target.path, good.path, bad.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: target, encoding: .utf8) == "precious")
        #expect(result.stderr.contains("nothing written"), "\(result.stderr)")
    }

    /// Samples and exports copied to a temporary folder, with a CHANGELOG.md beside the exports.
    static func checkFixture() throws -> (samples: URL, exports: URL) {
        let root = try CLI.temporaryFolder()
        let samples = root.appendingPathComponent("Samples")
        let exports = root.appendingPathComponent("Exports")
        try FileManager.default.copyItem(at: CLI.samples, to: samples)
        try FileManager.default.copyItem(at: ExportCommandTests.exports, to: exports)
        try Self.write("# Changes\n", to: exports.appendingPathComponent("CHANGELOG.md"))
        return (samples, exports)
    }

    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in CLI.tree(folder) { files[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) }
        return files
    }

    @Test func checkUpdateChangesNothingWhenAnInputFailed() throws {
        let (samples, exports) = try Self.checkFixture()
        try Data([0x41, 0x00, 0x42]).write(to: samples.appendingPathComponent("broken.txt"))
        try Self.write("stale", to: exports.appendingPathComponent("central-asia-bases.md"))
        let before = try Self.snapshot(exports)
        let result = try CLI.run(["check", samples.path, "--against", exports.path, "--update"])
        #expect(result.status == 1)
        #expect(try Self.snapshot(exports) == before)
        #expect(result.stderr.contains("nothing updated"), "\(result.stderr)")
        #expect(!result.stderr.contains("exports updated"))
    }

    @Test func checkUpdateOfAMistypedFolderChangesNothing() throws {
        let (samples, exports) = try Self.checkFixture()
        let before = try Self.snapshot(exports)
        let typo = samples.deletingLastPathComponent().appendingPathComponent("Sampels").path
        let result = try CLI.run(["check", typo, "--against", exports.path, "--update"])
        #expect(result.status == 1)
        #expect(try Self.snapshot(exports) == before)
        #expect(result.stderr.contains("\(typo): no such file"))

        // and without --update, the message does not recommend the command that would do harm
        let plain = try CLI.run(["check", typo, "--against", exports.path])
        #expect(plain.status == 1)
        #expect(!plain.stderr.contains("--update"), "\(plain.stderr)")

        let missing = try CLI.run(["check", samples.path, "--against", exports.path + "-typo", "--update"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such folder"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: exports.path + "-typo"))
    }

    @Test func checkUpdateTouchesOnlyExportsAndNamesWhatItRemoves() throws {
        let (samples, exports) = try Self.checkFixture()
        // a sample that was removed: its exports are left over
        for ext in ["json", "xml", "md", "tml", "timelinejs.json"] {
            try FileManager.default.copyItem(at: exports.appendingPathComponent("harbour-bridge-reopens.\(ext)"),
                                             to: exports.appendingPathComponent("retired.\(ext)"))
        }
        try Self.write("{\"not\": \"an export\"}\n", to: exports.appendingPathComponent("settings.json"))
        try Self.write("notes\n", to: exports.appendingPathComponent("notes.txt"))
        try Self.write("stale", to: exports.appendingPathComponent("central-asia-bases.md"))

        let dryRun = try CLI.run(["check", samples.path, "--against", exports.path, "--update", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(try String(contentsOf: exports.appendingPathComponent("central-asia-bases.md"), encoding: .utf8) == "stale")
        #expect(dryRun.stdout.contains("would write \(exports.path)/central-asia-bases.md"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("would remove \(exports.path)/retired.json"))

        let result = try CLI.run(["check", samples.path, "--against", exports.path, "--update"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: exports.path))
        #expect(names.isSuperset(of: ["CHANGELOG.md", "settings.json", "notes.txt"]))
        #expect(names.filter { $0.hasPrefix("retired.") }.isEmpty, "\(names)")
        for ext in ["json", "xml", "md", "tml", "timelinejs.json"] {
            #expect(result.stdout.contains("removed \(exports.path)/retired.\(ext)\n"), "\(result.stdout)")
        }
        #expect(result.stdout.contains("wrote \(exports.path)/central-asia-bases.md\n"))
        #expect(try CLI.run(["check", samples.path, "--against", exports.path]).status == 0)
    }

    // MARK: 5. signals

    /// A batch large enough that the kill lands while exports are being written.
    static func killDuringWrites(_ signal: Int32) throws -> (status: Int32, exited: Bool, left: [String]) {
        let root = try CLI.temporaryFolder()
        let corpus = root.appendingPathComponent("corpus.jsonl")
        let text = String(repeating: "The council met on Wednesday and approved the plan in July. ", count: 40)
        try Self.write(try (0..<120).map { try Self.record("doc\($0)", text) }.joined(separator: "\n"), to: corpus)
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["build", "--format", "json,xml,md,timeml", "--output", out.path, corpus.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // the first file in the folder (a temporary one, usually) means writing has begun
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline, (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.isEmpty ?? true {
            usleep(500)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        return (process.terminationStatus, process.terminationReason == .exit, left)
    }

    @Test func sigtermMidBatchRemovesTemporaryFilesAndExits143() throws {
        let run = try Self.killDuringWrites(SIGTERM)
        #expect(run.exited && run.status == 143, "exited \(run.exited), status \(run.status)")
        #expect(run.left.isEmpty, "\(run.left)")
    }

    @Test func sigintMidBatchRemovesTemporaryFilesAndExits130() throws {
        let run = try Self.killDuringWrites(SIGINT)
        #expect(run.exited && run.status == 130, "exited \(run.exited), status \(run.status)")
        #expect(run.left.isEmpty, "\(run.left)")
    }

    // MARK: 6. a build does not read its own exports

    @Test func foldersSearchedForInputsSkipTheOutputFolderAndChroniclesExports() throws {
        let root = try CLI.temporaryFolder()
        try Self.write(Self.article, to: root.appendingPathComponent("articles/council.txt"))
        try Self.write(Self.article.replacingOccurrences(of: "council", with: "board"), to: root.appendingPathComponent("articles/board.txt"))
        let out = root.appendingPathComponent("articles/out")
        let articles = root.appendingPathComponent("articles").path
        let first = try CLI.run(["build", "--format", "json,xml,md", "--output", out.path, articles])
        #expect(first.status == 0, "\(first.stderr)")
        let firstJSON = try Data(contentsOf: out.appendingPathComponent("timeline.json"))
        let second = try CLI.run(["build", "--format", "json,xml,md", "--output", out.path, articles])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.isEmpty)
        #expect(try Data(contentsOf: out.appendingPathComponent("timeline.json")) == firstJSON)

        // XML and Markdown exports moved beside the articles are recognised, not read as articles
        try FileManager.default.moveItem(at: out, to: root.appendingPathComponent("articles/2021"))
        let moved = try CLI.run(["build", articles])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stderr.isEmpty, "\(moved.stderr)")
        #expect(Data(moved.stdout.utf8) == firstJSON)

        // the output folder as the input folder: said plainly
        let same = try CLI.run(["build", "--format", "json", "--output", root.appendingPathComponent("articles/2021").path, root.appendingPathComponent("articles/2021").path])
        #expect(same.status == 1)
        #expect(same.stderr.contains("is the --output folder"), "\(same.stderr)")
    }

    @Test func anExportNeverReplacesAnInput() throws {
        let root = try CLI.temporaryFolder()
        let input = root.appendingPathComponent("council.txt")
        try Self.write(Self.article, to: input)
        let result = try CLI.run(["build", "--format", "text", "--output", root.path, input.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("is an input"), "\(result.stderr)")
        #expect(try String(contentsOf: input, encoding: .utf8) == Self.article)
    }

    // MARK: 7. stream and merge

    @Test func anEmptyStreamPartitionMergesAsNothing() throws {
        let root = try CLI.temporaryFolder()
        let empty = try CLI.run(["stream"], stdin: "")
        #expect(empty.status == 0 && empty.stdout.isEmpty)
        let p0 = root.appendingPathComponent("p0")
        try Self.write(empty.stdout, to: p0)
        let p1 = root.appendingPathComponent("p1")
        try Self.write(try CLI.run(["stream"], stdin: try Self.record("a") + "\n").stdout, to: p1)
        let merged = try CLI.run(["merge", p0.path, p1.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == (try CLI.run(["merge", p1.path])).stdout)
    }

    @Test func mergeRefusesPartsThatDisagreeAboutADocument() throws {
        let root = try CLI.temporaryFolder()
        let p1 = root.appendingPathComponent("p1")
        let p2 = root.appendingPathComponent("p2")
        try Self.write(try CLI.run(["stream"], stdin: try Self.record("a", "The mayor resigned on Friday.") + "\n").stdout, to: p1)
        try Self.write(try CLI.run(["stream"], stdin: try Self.record("a", "The mayor returned on Monday.") + "\n").stdout, to: p2)
        let result = try CLI.run(["merge", p1.path, p2.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("document 'a'") && result.stderr.contains(p1.path) && result.stderr.contains(p2.path), "\(result.stderr)")
        // the same document twice is one document, as before
        #expect(try CLI.run(["merge", p1.path, p1.path]).status == 0)
    }

    @Test func mergeRefusesAVersionThatIsNotTheInteger1() throws {
        let root = try CLI.temporaryFolder()
        let part = root.appendingPathComponent("part.json")
        try Self.write(#"{"documents": [], "events": [], "timeline": [], "timexes": [], "unanchored": [], "undated": [], "version": 1.0}"#, to: part)
        let result = try CLI.run(["merge", part.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\"version\""), "\(result.stderr)")
    }

    // MARK: 8. a bad DCT costs the DCT

    @Test func anUnreadableTimeMLDCTIsAWarningAndTheDocumentIsRead() throws {
        let path = try CLI.temporaryFile("semeval.tml", Array("""
            <TimeML><DOCID>s1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="03-02-2009" functionInDocument="CREATION_TIME">03-02-2009</TIMEX3></DCT>
            <TEXT>The mayor resigned in June 2008.</TEXT></TimeML>
            """.utf8))
        let result = try CLI.run(["tag", "--format", "text", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2008-06\tJune 2008"))
        #expect(result.stderr == "chronicle: warning: \(path): invalid document creation time '03-02-2009' (expected YYYY-MM-DD, optionally with a time); read without one\n")
    }

    // MARK: 9. impossible values

    @Test func februaryTheTwentyNinthOfACommonYearIsNotADate() throws {
        let result = try CLI.run(["tag", "--format", "text", "--dct", "2021-05-05", "-"],
                                 stdin: "It happened on February 29, 2021. They met on February 29.")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("2021-02-29"), "\(result.stdout)")
    }

    @Test func aDCTWithAnImpossibleTimeIsRejectedWithAClearMessage() throws {
        let path = try CLI.temporaryFile("late.txt", Array("---\ndct: 2021-05-05T25:61:00Z\n---\nIt happened on Friday.\n".utf8))
        let result = try CLI.run(["tag", "--format", "timeml", path])
        #expect(!result.stdout.contains("25:61"))
        #expect(result.stderr.contains("invalid document creation time '2021-05-05T25:61:00Z'"), "\(result.stderr)")
        // a page's timestamp: the date stands, the impossible time is not written
        let page = #"<html><head><meta property="article:published_time" content="2021-05-05T25:61:00Z"></head><body><p>It happened on Friday.</p></body></html>"#
        let html = try CLI.run(["tag", "--format", "timeml", try CLI.temporaryFile("late.html", Array(page.utf8))])
        #expect(html.status == 0)
        #expect(html.stdout.contains(#"value="2021-05-05""#) && !html.stdout.contains("25:61"), "\(html.stdout)")
        let line = #"{"id": "a", "text": "It happened on Friday.", "dct": "2021-05-05T25:61:00Z"}"#
        let streamed = try CLI.run(["stream"], stdin: line + "\n")
        #expect(streamed.status == 1)
        #expect(streamed.stderr.contains("invalid \"dct\" '2021-05-05T25:61:00Z'"), "\(streamed.stderr)")
    }

    @Test func anAmountTooLargeToReadIsAnUnknownAmountNotTheLargestInteger() throws {
        let result = try CLI.run(["tag", "--format", "text", "--dct", "2021-05-05", "-"], stdin: "The war lasted 99999999999 years.")
        #expect(result.stdout.contains("DURATION\tPXY\t99999999999 years"), "\(result.stdout)")
        #expect(!result.stdout.contains("2147483647"))
    }

    // MARK: 10. deep HTML

    @Test func htmlNestedDeeperThanTheLimitIsReportedNotCut() throws {
        let depth = 300
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>The mayor resigned on Friday.</p>"
            + String(repeating: "</div>", count: depth) + "<p>The council met on Monday.</p></body></html>"
        let path = try CLI.temporaryFile("deep.html", Array(page.utf8))
        let result = try CLI.run(["tag", "--format", "text", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path): elements nested deeper than 256"), "\(result.stderr)")
    }

    // MARK: 11. messages that do not mislead

    @Test func readsAFIFODevNullAndDevStdin() throws {
        let fifo = try CLI.temporaryFolder().appendingPathComponent("feed.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("It rained on Friday.".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let fromFIFO = try CLI.run(["tag", "--format", "text", "--dct", "2021-08-20", fifo])
        #expect(fromFIFO.status == 0, "\(fromFIFO.stderr)")
        #expect(fromFIFO.stdout.contains("2021-08-20\tFriday"))

        let null = try CLI.run(["tag", "/dev/null"])
        #expect(null.status == 0, "\(null.stderr)")
        #expect(!null.stderr.contains("permission"))

        let stdin = try CLI.run(["tag", "--format", "text", "--dct", "2021-08-20", "/dev/stdin"], stdin: "It rained on Friday.")
        #expect(stdin.status == 0, "\(stdin.stderr)")
        #expect(stdin.stdout.contains("2021-08-20\tFriday"))
    }

    @Test func decodesUTF16AndUTF32WithAByteOrderMark() throws {
        let text = "Zürich voted on Friday."
        let encodings: [(String, [UInt8])] = [
            ("utf16le", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("utf16be", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            ("utf32le", [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }),
            ("utf32be", [0, 0, 0xFE, 0xFF] + text.unicodeScalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }),
        ]
        for (name, bytes) in encodings {
            let path = try CLI.temporaryFile("\(name).txt", bytes)
            let result = try CLI.run(["tag", "--format", "text", "--dct", "2021-08-20", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("16-22\tDATE\t2021-08-20\tFriday"), "\(name): \(result.stdout)")
        }
    }

    @Test func readsTimeMLDeclaringLatin1OrUTF16() throws {
        let latin1 = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>Z"#.utf8) + [0xFC]
            + Array("rich voted on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-08-20\">Friday</TIMEX3>.</TEXT></TimeML>".utf8)
        let utf16Text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><TimeML><TEXT>Zürich voted on Friday.</TEXT></TimeML>"
        let utf16: [UInt8] = [0xFF, 0xFE] + utf16Text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for (name, bytes) in [("latin1.tml", latin1), ("utf16.tml", utf16)] {
            let path = try CLI.temporaryFile(name, bytes)
            let result = try CLI.run(["tag", "--format", "text", "--dct", "2021-08-20", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("16-22\tDATE\t2021-08-20\tFriday"), "\(name): \(result.stdout)")
        }
    }

    @Test func usageErrorsSayWhatIsWrong() throws {
        let jobs = try CLI.run(["build", "--jobs", "-1", "-"], stdin: "x")
        #expect(jobs.status == 64)
        #expect(jobs.stderr.contains("--jobs must be 0 (all cores) or more"), "\(jobs.stderr)")
        let bogus = try CLI.run(["build", "--bogus"])
        #expect(bogus.status == 64)
        #expect(bogus.stderr.contains("Unknown option '--bogus'"), "\(bogus.stderr)")
        #expect(!bogus.stderr.contains("give at least one file"))
    }

    @Test func exitCodesAreDocumentedInHelp() throws {
        let help = try CLI.run(["--help"])
        for code in ["0", "1", "64", "73", "74", "130", "141", "143"] {
            #expect(help.stdout.contains("\(code) "), "exit code \(code) missing from --help")
        }
    }
}
