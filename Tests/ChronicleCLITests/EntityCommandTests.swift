import Foundation
import Testing

/// `build --entity` and `evaluate --entity-timelines`, end to end on small texts.
struct EntityCommandTests {
    static let article = """
        Steve Jobs unveiled the iPhone 4 in San Francisco on June 7, 2010. He said the phone would ship on June 24, 2010.
        """

    @Test func buildWritesTheEntityTimelineAsJSONThatParsesBack() throws {
        let result = try CLI.run(["build", "--entity", "Steve Jobs", "--entity", "iPhone 4", "--dct", "2010-06-08", "-q", "-"], stdin: Self.article)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities.map { $0["name"] as? String } == ["Steve Jobs", "iPhone 4"])
        let lines = try #require(entities[0]["timeline"] as? [[String: Any]])
        let unveiled = lines.first { line in
            (line["events"] as? [[String: Any]])?.contains { ($0["mentions"] as? [[String: Any]])?.first?["trigger"] as? String == "unveiled" } == true
        }
        #expect(unveiled?["date"] as? String == "2010-06-07")
    }

    @Test func buildWritesTheTaskFormatPerEntity() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "--entity", "Steve Jobs", "--format", "semeval2015,json", "--output", folder.path, "--dct", "2010-06-08", "-q", "-"],
                                 stdin: Self.article)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("steve_jobs.semeval2015.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Steve Jobs\n"))
        #expect(text.contains("\t2010-06-07\tstdin-1-unveiled"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("entities.json").path))
    }

    @Test func unknownEntityFormatIsRefused() throws {
        let result = try CLI.run(["build", "--entity", "Steve Jobs", "--format", "pdf", "-"], stdin: Self.article)
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown format 'pdf' for entity timelines"))
    }

    @Test func timeMLIsRefusedWithTheReason() throws {
        let result = try CLI.run(["build", "--entity", "Steve Jobs", "--format", "timeml", "-"], stdin: Self.article)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format timeml with --entity: TimeML annotates the events and times in each document's text"))
        #expect(result.stdout.isEmpty)
    }

    @Test func everyFormatIsWrittenPerEntityOrForAll() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "--entity", "Steve Jobs", "--entity", "iPhone 4", "--format", "json,xml,md,svg,html,timelinejs,semeval2015,text",
                                  "--output", folder.path, "--dct", "2010-06-08", "-q", "-"], stdin: Self.article)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Set(FileManager.default.contentsOfDirectory(atPath: folder.path))
        var expected: Set<String> = ["entities.json", "entities.xml"]
        for entity in ["steve_jobs", "iphone_4"] {
            for suffix in ["md", "svg", "html", "timelinejs.json", "semeval2015.txt", "text.txt"] { expected.insert("\(entity).\(suffix)") }
        }
        #expect(files == expected)
        let markdown = try String(contentsOf: folder.appendingPathComponent("iphone_4.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# iPhone 4\n"))
        #expect(markdown.contains("```mermaid\ntimeline\n    title iPhone 4\n"))
        let xml = try String(contentsOf: folder.appendingPathComponent("entities.xml"), encoding: .utf8)
        #expect(xml.contains("<entity name=\"Steve Jobs\">") && xml.contains("<entity name=\"iPhone 4\">"))
        let validated = try CLI.run(["validate", folder.appendingPathComponent("entities.xml").path])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout == "\(folder.path)/entities.xml: valid\n")
    }

    @Test func aPictureOfSeveralEntitiesNeedsAFolder() throws {
        let result = try CLI.run(["build", "--entity", "Steve Jobs", "--entity", "iPhone 4", "--format", "svg", "-q", "-"], stdin: Self.article)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format svg is one file per entity: give --output DIR for 2 entities"))
        let one = try CLI.run(["build", "--entity", "Steve Jobs", "--format", "svg", "--dct", "2010-06-08", "-q", "-"], stdin: Self.article)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix("<svg") && one.stdout.contains("<title id=") && one.stdout.contains(">Steve Jobs</title>"))
    }

    @Test func evaluateScoresAGoldTimelineFolder() throws {
        let folder = try CLI.temporaryFolder()
        let gold = folder.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try Data("Steve Jobs\n1\t2010-06-07\tdoc-1-unveiled\n2\t2010-06-24\tdoc-2-ship\n".utf8).write(to: gold.appendingPathComponent("steve_jobs.txt"))
        let tml = """
            <?xml version="1.0"?><TimeML><DOCID>doc</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2010-06-08" functionInDocument="CREATION_TIME">2010-06-08</TIMEX3></DCT><TEXT><s id="1">Steve Jobs unveiled the iPhone 4 on June 7, 2010 .</s><s id="2">He said the phone would ship on June 24, 2010 .</s></TEXT></TimeML>
            """
        try Data(tml.utf8).write(to: folder.appendingPathComponent("doc.tml"))
        let result = try CLI.run(["evaluate", "--entity-timelines", gold.path, folder.appendingPathComponent("doc.tml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Steve Jobs"))
        #expect(result.stdout.contains("micro-average"))
        let bad = try CLI.run(["evaluate", "--entity-timelines", folder.appendingPathComponent("none").path, folder.appendingPathComponent("doc.tml").path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("no timeline files"))
    }
}
