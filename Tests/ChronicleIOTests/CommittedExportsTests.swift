import Chronicle
import ChronicleFuzzing
@testable import ChronicleIO
import Foundation
import Testing

/// Every committed export of every sample is valid in its format (that they are current is
/// checked end to end by `chronicle check` in the CLI tests).
struct CommittedExportsTests {
    static let exports = ExportFixtures.root.appendingPathComponent("Exports")
    static let samples = ExportFixtures.root.appendingPathComponent("Samples")

    static func files(endingWith suffix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: exports, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(suffix) && !($0.lastPathComponent.hasSuffix(".timelinejs.json") && suffix == ".json") }
            .sorted { $0.path < $1.path }
    }

    static func timeline(named name: String) throws -> Timeline {
        try TimelineExport.read(Data(contentsOf: exports.appendingPathComponent(name + ".json")))
    }

    static let sampleNames: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []).map { ($0 as NSString).deletingPathExtension }.sorted()
    }()

    @Test func everySampleHasEveryExport() throws {
        #expect(Self.sampleNames.count >= 3)
        for name in Self.sampleNames {
            for suffix in [".json", ".xml", ".md", ".tml", ".timelinejs.json", ".svg", ".html"] {
                #expect(FileManager.default.fileExists(atPath: Self.exports.appendingPathComponent(name + suffix).path), "\(name)\(suffix)")
            }
        }
    }

    @Test(.enabled(if: Python.hasJSONSchema || ProcessInfo.processInfo.environment["CI"] != nil,
                   "python3 with the jsonschema module is not installed: JSON Schema validation skipped"))
    func jsonExportsValidateAgainstTheSchema() throws {
        try #require(Python.hasJSONSchema, "CI must have jsonschema: .ci/run installs it")
        let texts = try Self.files(endingWith: ".json").map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(texts.count == Self.sampleNames.count)
        let result = try Python.validate(texts, schema: JSONSchemaTests.schema)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func jsonExportsReadBackToTheSameBytes() throws {
        for file in try Self.files(endingWith: ".json") {
            let bytes = try Data(contentsOf: file)
            #expect(TimelineExport.json(try TimelineExport.read(bytes)) == String(decoding: bytes, as: UTF8.self), "\(file.lastPathComponent)")
        }
    }

    @Test func xmlExportsValidateAgainstTheXSD() throws {
        for file in try Self.files(endingWith: ".xml") {
            #expect(try XMLValidator.validate(Array(Data(contentsOf: file)), path: file.path) == [], "\(file.lastPathComponent)")
        }
    }

    @Test func timeMLExportsParseAndKeepTheText() throws {
        for name in Self.sampleNames {
            let sample = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).first { $0.hasPrefix(name + ".") })
            let original = try DocumentReader().read(path: Self.samples.appendingPathComponent(sample).path).document
            let tml = Self.exports.appendingPathComponent(name + ".tml")
            let tagged = try TimeMLReader.read(Array(Data(contentsOf: tml)), path: tml.path, id: name)
            #expect(tagged.document.text == original.text, "\(name)")
            #expect(tagged.document.dct == original.dct)
            #expect(!tagged.timexes.isEmpty && !tagged.events.isEmpty)
        }
    }

    @Test func markdownHasARowPerEntryAndAValidMermaidTimeline() throws {
        for name in Self.sampleNames {
            let timeline = try Self.timeline(named: name).mainTimeline  // what the formats for reading show
            let markdown = try String(contentsOf: Self.exports.appendingPathComponent(name + ".md"), encoding: .utf8)
            let lines = markdown.split(separator: "\n").map(String.init)
            let header = try #require(lines.firstIndex(of: "| Date | What happened |"))
            let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
            #expect(rows.count == timeline.entries.count, "\(name)")
            #expect(rows.allSatisfy { ExportValidity.tableCells($0).count == 2 })
            let blocks = MermaidTimelineCheck.mermaidBlocks(in: markdown)
            #expect(blocks.count == 1)
            #expect(MermaidTimelineCheck.errors(in: blocks[0]) == [], "\(name)")
        }
    }

    @Test func timelineJSExportsHaveASlidePerEntryAndDocument() throws {
        for name in Self.sampleNames {
            let timeline = try Self.timeline(named: name).mainTimeline  // what the formats for reading show
            let data = try Data(contentsOf: Self.exports.appendingPathComponent(name + ".timelinejs.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let events = try #require(object["events"] as? [[String: Any]])
            #expect(events.count == timeline.entries.count, "\(name)")
            #expect(events.allSatisfy { ($0["start_date"] as? [String: Any])?["year"] is Int })
        }
    }

    @Test func picturesAndPagesHaveALabelAndARowGroupPerEntry() throws {
        for name in Self.sampleNames {
            let timeline = try Self.timeline(named: name).mainTimeline  // what the formats for reading show
            let svg = try String(contentsOf: Self.exports.appendingPathComponent(name + ".svg"), encoding: .utf8)
            let picture = try MarkupTree.parse(svg, path: name + ".svg")
            #expect(picture.elements(named: "g").filter { $0.attributes["class"] == "entry" }.count == timeline.entries.count, "\(name)")
            let html = try String(contentsOf: Self.exports.appendingPathComponent(name + ".html"), encoding: .utf8)
            let page = try MarkupTree.parse(html, path: name + ".html")
            let table = try #require(page.elements(named: "table").first { $0.attributes["class"] == "timeline" })
            #expect(table.children.filter { $0.name == "tbody" }.count == timeline.entries.count, "\(name)")
            #expect(PictureFixtures.activeParts(of: picture) == [] && PictureFixtures.activeParts(of: page) == [])
        }
    }
}
