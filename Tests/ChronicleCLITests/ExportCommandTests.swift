import Foundation
import Testing

/// `build` in every format, `check` of committed exports, `validate`.
struct ExportCommandTests {
    static let root = CLI.samples.deletingLastPathComponent()
    static let exports = root.appendingPathComponent("Exports")

    @Test func committedExportsAreCurrent() throws {
        let result = try CLI.run(["check", CLI.samples.path, "--against", Self.exports.path])
        #expect(result.status == 0, "Exports/ is stale; run: swift run chronicle check Samples --against Exports --update\n\(result.stdout)")
        #expect(result.stderr.contains("are current"))
    }

    /// A copy of the exports with one file edited and one removed: check names both, shows the
    /// edit as a unified diff and exits 1; --update puts them back.
    @Test func checkReportsAStaleExportWithADiff() throws {
        let copy = try CLI.temporaryFolder().appendingPathComponent("Exports")
        try FileManager.default.copyItem(at: Self.exports, to: copy)
        let edited = copy.appendingPathComponent("central-asia-bases.md")
        var text = try String(contentsOf: edited, encoding: .utf8)
        text = text.replacingOccurrences(of: "| June 2021 |", with: "| June 2022 |")
        try Data(text.utf8).write(to: edited)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("harbour-bridge-reopens.xml"))
        // the export of a sample that was renamed since: its JSON names a document of Samples/
        try FileManager.default.copyItem(at: copy.appendingPathComponent("harbour-bridge-reopens.json"), to: copy.appendingPathComponent("retired-sample.json"))
        try Data("{}".utf8).write(to: copy.appendingPathComponent("settings.json"))  // not an export: never reported or removed

        let stale = try CLI.run(["check", CLI.samples.path, "--against", copy.path])
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("--- \(edited.path)\n+++ \(edited.path) (regenerated)\n@@ -"))
        #expect(stale.stdout.contains("\n-| June 2022 |"))
        #expect(stale.stdout.contains("\n+| June 2021 |"))
        #expect(stale.stdout.contains("missing: \(copy.path)/harbour-bridge-reopens.xml"))
        #expect(stale.stdout.contains("left over (no input gives it): \(copy.path)/retired-sample.json"))
        #expect(stale.stderr.contains("3 of 22 exports in \(copy.path) are stale"))

        let updated = try CLI.run(["check", CLI.samples.path, "--against", copy.path, "--update"])
        #expect(updated.status == 0)
        let again = try CLI.run(["check", CLI.samples.path, "--against", copy.path])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("retired-sample.json").path))
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("settings.json").path))
    }

    @Test func outputIsTheSameBytesInAnyTimeZoneAndLocale() throws {
        let sample = CLI.samples.appendingPathComponent("central-asia-bases.txt").path
        var outputs: [String] = []
        for environment in [["TZ": "UTC", "LANG": "C.UTF-8"], ["TZ": "Asia/Tokyo", "LANG": "C"], ["TZ": "America/Los_Angeles", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"]] {
            for format in ["json", "xml", "md", "timelinejs", "timeml", "svg", "html"] {
                let result = try CLI.run(["build", "--format", format, sample], environment: environment)
                #expect(result.status == 0)
                outputs.append(result.stdout)
            }
        }
        #expect(outputs[0..<7] == outputs[7..<14])
        #expect(outputs[0..<7] == outputs[14..<21])
    }

    @Test func buildWritesEveryFormatIntoAFolder() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "--format", "json,xml,md,timeml,timelinejs,text,svg,html", "--output", folder.path,
                                  CLI.samples.appendingPathComponent("central-asia-bases.txt").path,
                                  CLI.samples.appendingPathComponent("larkport-bridge-closure.html").path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["central-asia-bases.tml", "larkport-bridge-closure.tml", "timeline.html", "timeline.json", "timeline.md",
                          "timeline.svg", "timeline.timelinejs.json", "timeline.txt", "timeline.xml"])
        let picture = try String(contentsOf: folder.appendingPathComponent("timeline.svg"), encoding: .utf8)
        #expect(picture.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\""))
        let page = try String(contentsOf: folder.appendingPathComponent("timeline.html"), encoding: .utf8)
        #expect(page.contains("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let validated = try CLI.run(["validate", folder.appendingPathComponent("timeline.xml").path])
        #expect(validated.status == 0)
        #expect(validated.stdout == "\(folder.path)/timeline.xml: valid\n")
        let named = try CLI.run(["build", "--format", "md", "--name", "report", "--no-mermaid", "--fragment", "--heading-level", "3",
                                 "--output", folder.path, CLI.samples.appendingPathComponent("central-asia-bases.txt").path])
        #expect(named.status == 0)
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(!markdown.contains("```mermaid"))
        #expect(!markdown.hasPrefix("# "))
        #expect(markdown.contains("| Date | What happened |"))
    }

    @Test func validateReportsLibxml2sMessagesWithLines() throws {
        let path = try CLI.temporaryFile("bad.xml", Array("<chronicle version=\"1\">\n  <documents/>\n  <oops/>\n</chronicle>\n".utf8))
        let result = try CLI.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path): line 3: "))
        #expect(result.stderr.contains("oops"))
    }

    @Test func severalFormatsNeedAFolder() throws {
        let result = try CLI.run(["build", "--format", "json,xml", CLI.samples.appendingPathComponent("central-asia-bases.txt").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("several formats need --output DIR"))
        let unknown = try CLI.run(["build", "--format", "pdf", "-"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown format 'pdf'"))
    }

    /// The formats for reading show the main timeline; `--all-events` shows every event; the
    /// JSON always holds every event with its salience.
    @Test func readingFormatsShowTheMainTimelineUnlessAllEvents() throws {
        let text = "The mayor said on Thursday that the bridge collapsed on Monday.\n"
        let input = try CLI.temporaryFile("report.txt", Array(text.utf8))
        let main = try CLI.run(["build", "--format", "text", "--dct", "2021-08-20", input])
        let all = try CLI.run(["build", "--format", "text", "--dct", "2021-08-20", "--all-events", input])
        #expect(main.status == 0 && all.status == 0, "\(main.stderr)\(all.stderr)")
        #expect(main.stdout.contains("collapsed") && !main.stdout.contains("said"))
        #expect(all.stdout.contains("collapsed") && all.stdout.contains("said"))
        let json = try CLI.run(["build", "--format", "json", "--dct", "2021-08-20", input])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let events = try #require(object?["events"] as? [[String: Any]])
        let said = try #require(events.first { $0["trigger"] as? String == "said" })
        #expect(said["mainTimeline"] as? Bool == false)
        #expect((said["salience"] as? Double).map { $0 < 0.5 } == true)
    }
}
