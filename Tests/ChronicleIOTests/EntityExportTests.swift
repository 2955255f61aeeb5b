import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleIO

/// Entity timelines in every export format: parsed back, and validated against the shipped
/// schemas (XML with libxml2, JSON with the JSON Schema).
struct EntityExportTests {
    static let dct = CalendarDate(year: 2010, month: 6, day: 8)!

    /// Two articles reporting one unveiling, and an entity whose name the formats must escape.
    static let analyses: [DocumentAnalysis] = {
        let analyzer = DocumentAnalyzer(entities: ["Steve Jobs", "iPhone 4", "Bell & <Howell>"].map(EntityName.init))
        return [
            analyzer.analyze(Document(id: "a", text: "Steve Jobs unveiled the iPhone 4 on Monday. He said the phone would ship on June 24.", dct: dct)),
            analyzer.analyze(Document(id: "b", text: "The iPhone 4 was unveiled by Steve Jobs on Monday. Jobs's keynote ran long.", dct: dct)),
        ]
    }()
    static let timelines = EntityTimeline.all(analyses)
    static let documents = analyses.map { DocumentInfo($0.document, genre: $0.genre) }
    static let xmlSchema = ExportFixtures.root.appendingPathComponent("Schemas/chronicle-entities.xsd")
    static let jsonSchema = ExportFixtures.root.appendingPathComponent("Schemas/chronicle-entities.schema.json")

    @Test func theFixtureMergesOneEventOfTwoArticles() throws {
        let unveiled = try #require(Self.timelines[0].items.first { $0.mentions.contains { $0.trigger == "unveiled" } })
        #expect(Set(unveiled.mentions.map(\.document)) == ["a", "b"])
    }

    @Test func xmlValidatesAndNamesEachEntityWithEverySourceMention() throws {
        let xml = EntityTimelineXML.xml(Self.timelines)
        #expect(try XMLValidator.validateEntities(Array(xml.utf8), path: "entities.xml") == [])
        let tree = try MarkupTree.parse(xml, path: "entities.xml")
        #expect(tree.name == "entityTimelines" && tree.attributes["version"] == "1")
        let entities = tree.elements(named: "entity")
        #expect(entities.map { $0.attributes["name"] } == Self.timelines.map(\.entity))
        for (element, timeline) in zip(entities, Self.timelines) {
            #expect(element.elements(named: "form").map(\.text) == EntityName(timeline.entity).surfaceForms)
            #expect(element.elements(named: "line").count == timeline.lines.count)
            let mentions = element.elements(named: "mention")
            let expected = timeline.lines.flatMap { $0 }.flatMap(\.mentions) + timeline.undated.flatMap(\.mentions)
            #expect(mentions.map { $0.attributes["document"] ?? "" } == expected.map(\.document))
            #expect(mentions.map { $0.attributes["trigger"] ?? "" } == expected.map(\.trigger))
            #expect(mentions.map { $0.attributes["begin"] ?? "" } == expected.map { String($0.begin) })
        }
        #expect(xml == EntityTimelineXML.xml(Self.timelines))
    }

    @Test func validationChoosesTheSchemaByTheRootElement() throws {
        #expect(XMLValidator.rootElementName(Array("<?xml version=\"1.0\"?>\n<!-- a <b> -- c -->\n<entityTimelines version=\"1\"/>".utf8)) == "entityTimelines")
        #expect(XMLValidator.rootElementName(Array("<chronicle version=\"2\">".utf8)) == "chronicle")
        #expect(XMLValidator.rootElementName(Array("<?xml version=\"1.0\"?><!-- only a comment -->".utf8)) == nil)
        let xml = Array(EntityTimelineXML.xml(Self.timelines).utf8)
        #expect(try XMLValidator.validateExport(xml, path: "entities.xml") == [])
        #expect(try !XMLValidator.validate(xml, path: "entities.xml").isEmpty)
    }

    @Test func brokenXMLDoesNotValidate() throws {
        let xml = EntityTimelineXML.xml(Self.timelines)
        let broken = [
            xml.replacingOccurrences(of: "class=\"OCCURRENCE\"", with: "class=\"HAPPENING\""),
            xml.replacingOccurrences(of: "date=\"2010-06-07\"", with: "date=\"7 June 2010\""),
            xml.replacingOccurrences(of: " participation=\"nsubj\"", with: ""),
            xml.replacingOccurrences(of: "version=\"1\"", with: "version=\"2\""),
        ]
        for text in broken {
            #expect(text != xml)
            #expect(try !XMLValidator.validateEntities(Array(text.utf8), path: "broken.xml").isEmpty)
        }
    }

    @Test func embeddedSchemasAreTheFilesByteForByte() throws {
        #expect(Array(ChronicleSchemas.entitiesXSD.utf8) == Array(try Data(contentsOf: Self.xmlSchema)), "run Schemas/embed.sh")
        #expect(Array(ChronicleSchemas.entitiesJSONSchema.utf8) == Array(try Data(contentsOf: Self.jsonSchema)), "run Schemas/embed.sh")
    }

    @Test(.enabled(if: Python.hasJSONSchema, "python3 with the jsonschema module is not installed: JSON Schema validation skipped"))
    func jsonValidatesAndBrokenJSONDoesNot() throws {
        let json = String(decoding: try EntityTimelineExport.json(Self.timelines), as: UTF8.self)
        let result = try Python.validate([json], schema: Self.jsonSchema)
        #expect(result.status == 0, "\(result.output)")
        let broken = [
            json.replacingOccurrences(of: "\"class\" : \"OCCURRENCE\"", with: "\"class\" : \"HAPPENING\""),
            json.replacingOccurrences(of: "\"date\" : \"2010-06-07\"", with: "\"date\" : \"June 2010\""),
            json.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 1, \"extra\" : null"),
        ]
        for text in broken {
            #expect(text != json)
            #expect(try Python.validate([text], schema: Self.jsonSchema).status == 1)
        }
        let decoded = try JSONDecoder().decode(EntityTimelineExport.File.self, from: Data(json.utf8))
        #expect(decoded == EntityTimelineExport.file(Self.timelines))
    }

    @Test func readingTimelineHasALinePerDateTitledWithTheEntity() throws {
        for entity in Self.timelines {
            let timeline = entity.readingTimeline(documents: Self.documents)
            #expect(TimelineLabels.title(timeline) == entity.entity)
            #expect(timeline.entries.map(\.display) == entity.lines.map { $0[0].display })
            #expect(timeline.entries.map(\.events.count) == entity.lines.map(\.count))
            #expect(timeline.unanchored.count == entity.undated.count)
            #expect(timeline.events.map(\.mentions.count) == (entity.lines.flatMap { $0 } + entity.undated).map(\.mentions.count))
        }
    }

    @Test func markdownAndMermaidNameTheEntity() throws {
        for entity in Self.timelines {
            let timeline = entity.readingTimeline(documents: Self.documents)
            let markdown = MarkdownExport.markdown(timeline)
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines[0] == "# " + MarkdownText.inline(entity.entity))
            let blocks = MermaidTimelineCheck.mermaidBlocks(in: markdown)
            #expect(blocks.count == (entity.lines.isEmpty ? 0 : 1))
            for diagram in blocks {
                #expect(MermaidTimelineCheck.errors(in: diagram) == [])
                #expect(diagram.contains("title " + MermaidTimeline.event(entity.entity)))
            }
        }
    }

    @Test func pictureAndPageParseBackWithTheEntityAsTitle() throws {
        for entity in Self.timelines {
            let timeline = entity.readingTimeline(documents: Self.documents)
            let svg = try MarkupTree.parse(SVGExport.svg(timeline), path: "entity.svg")
            #expect(svg.name == "svg")
            #expect(svg.child(named: "title")?.text == entity.entity)
            #expect(svg.elements(named: "g").filter { $0.attributes["class"] == "entry" }.count == entity.lines.count)
            let page = try MarkupTree.parse(HTMLExport.html(timeline), path: "entity.html")
            #expect(page.elements(named: "title").first?.text == entity.entity)
        }
    }

    @Test func timelineJSHasTheEntityAsTitleAndASlidePerDateAndDocument() throws {
        for entity in Self.timelines {
            let timeline = entity.readingTimeline(documents: Self.documents)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSExport.json(timeline).utf8)) as? [String: Any])
            let title = try #require((parsed["title"] as? [String: Any])?["text"] as? [String: Any])
            #expect(title["headline"] as? String == HTML.escape(entity.entity))
            let slides = try #require(parsed["events"] as? [[String: Any]])
            // a slide per date and document (of each event's first mention)
            var expected = 0
            for line in entity.lines { expected += Set(line.map { $0.mentions[0].document }).count }
            #expect(slides.count == expected)
        }
    }
}
