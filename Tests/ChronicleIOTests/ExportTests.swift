import CLibXML2
import ChronicleFuzzing
import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleIO

/// Timelines the export tests share: the founding sample, a document whose text and title hold
/// everything the formats must escape, and both merged.
enum ExportFixtures {
    /// The repository's root, found from this file (Tests/ChronicleIOTests/ExportTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let trickyTitle = "Pier | *closure* <b>#1</b>: a_b `x` \u{0001} Zürich; 100% %% done \\ [x](y)"
    static let trickyText = """
        On 3 June 2021 the *council* voted | 7–2 | to close pier_5: residents of Zürich protested <script>alert('x')</script> loudly.
        In July, team #1 said `rm -rf` \u{0001} failed; Zoë signed the deal on 12 August 2021. Officials met on 2 August 2021: they disagreed. \
        The mayor resigned in the 1990s. Critics say the \\ backslash & [link](x) ~strike~ matter. Officials could reconsider.
        """

    static let sample: Timeline = {
        let path = root.appendingPathComponent("Samples/central-asia-bases.txt").path
        let document = try! DocumentReader().read(path: path).document
        return Timeline(documents: [DocumentAnalyzer().analyze(document)])
    }()

    static let tricky: Timeline = {
        let document = Document(id: "tricky|doc", text: trickyText, dct: CalendarDate(year: 2021, month: 8, day: 20), source: "<stdin>", title: trickyTitle)
        return Timeline(documents: [DocumentAnalyzer().analyze(document)])
    }()

    static let merged = sample.merged(with: tricky)

    static let all: [(name: String, timeline: Timeline)] = [("sample", sample), ("tricky", tricky), ("merged", merged)]
}

// MARK: - XML

struct TimelineXMLTests {
    @Test(arguments: ExportFixtures.all.map(\.name))
    func validatesAgainstTheSchemaAndParsesBack(_ name: String) throws {
        let timeline = ExportFixtures.all.first { $0.name == name }!.timeline
        let xml = TimelineXML.xml(timeline)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chronicle version=\"2\">\n"))
        #expect(xml.hasSuffix("</chronicle>\n"))
        #expect(try XMLValidator.validate(Array(xml.utf8), path: "\(name).xml") == [])

        let bytes = Array(xml.utf8)
        let document = try bytes.withUnsafeBufferPointer { try LibXML.parseDocument($0, path: "\(name).xml") }
        defer { xmlFreeDoc(document) }
        let root = try #require(xmlDocGetRootElement(document))
        let sections = LibXML.elementChildren(root)
        #expect(sections.map(LibXML.name) == ["documents", "timexes", "timeline", "events"])
        let (documents, timexes, line, events) = (sections[0], sections[1], sections[2], sections[3])
        #expect(LibXML.elementChildren(documents).map { LibXML.attribute($0, "id") } == timeline.documents.map(\.id))
        #expect(LibXML.elementChildren(timexes).map { LibXML.attribute($0, "id") } == timeline.timexes.map(\.id))
        #expect(LibXML.elementChildren(events).map { LibXML.attribute($0, "id") } == timeline.events.map(\.id))

        let entries = LibXML.elementChildren(line).filter { LibXML.name($0) == "entry" }
        #expect(entries.count == timeline.entries.count)
        for (element, entry) in zip(entries, timeline.entries) {
            #expect(LibXML.attribute(element, "display") == entry.display)
            #expect(LibXML.attribute(element, "earliest") == entry.earliest.description)
            #expect(LibXML.attribute(element, "granularity") == entry.granularity.name)
            #expect(LibXML.elementChildren(element).map { LibXML.attribute($0, "ref") } == entry.events)
        }
        let lists = LibXML.elementChildren(line).filter { LibXML.name($0) != "entry" }
        #expect(lists.map(LibXML.name) == ["undated", "unanchored"])
        #expect(LibXML.elementChildren(lists[0]).compactMap { LibXML.attribute($0, "ref") } == timeline.undated)
        #expect(LibXML.elementChildren(lists[1]).compactMap { LibXML.attribute($0, "ref") } == timeline.unanchored)

        // each event's text, time and mentions come back as written, but for U+FFFD in place
        // of what XML 1.0 cannot hold
        for (element, event) in zip(LibXML.elementChildren(events), timeline.events) {
            let children = LibXML.elementChildren(element)
            #expect(LibXML.textContent(children[0]) == XMLWriter.clean(String(event.text)))
            #expect(LibXML.attribute(element, "trigger") == XMLWriter.clean(event.trigger))
            #expect(children.contains { LibXML.name($0) == "time" } == (event.time != nil))
            let mentions = try #require(children.last)
            #expect(LibXML.elementChildren(mentions).map { LibXML.attribute($0, "begin") } == event.mentions.map { String($0.begin) })
        }
    }

    @Test func trickyTextSurvivesEscaping() throws {
        let xml = TimelineXML.xml(ExportFixtures.tricky)
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(!xml.unicodeScalars.contains("\u{0001}"))
        #expect(xml.contains("Zoë") && xml.contains("Zürich"))
        let bytes = Array(xml.utf8)
        let document = try bytes.withUnsafeBufferPointer { try LibXML.parseDocument($0, path: "tricky.xml") }
        defer { xmlFreeDoc(document) }
        let documents = LibXML.elementChildren(try #require(xmlDocGetRootElement(document)))[0]
        let title = LibXML.elementChildren(LibXML.elementChildren(documents)[0])[0]
        #expect(LibXML.textContent(title) == ExportFixtures.trickyTitle.replacingOccurrences(of: "\u{0001}", with: "\u{FFFD}"))
    }

    @Test func decimalsNeverUseExponents() {
        #expect(TimelineXML.decimal(0.81) == "0.81")
        #expect(TimelineXML.decimal(1) == "1.0")
        #expect(TimelineXML.decimal(0.00001) == "0.00001")
    }

    @Test func embeddedSchemasAreTheFilesByteForByte() throws {
        let xsd = try Data(contentsOf: ExportFixtures.root.appendingPathComponent("Schemas/chronicle-timeline.xsd"))
        #expect(Array(ChronicleSchemas.timelineXSD.utf8) == Array(xsd), "run Schemas/embed.sh")
        let json = try Data(contentsOf: ExportFixtures.root.appendingPathComponent("Schemas/chronicle-timeline.schema.json"))
        #expect(Array(ChronicleSchemas.timelineJSONSchema.utf8) == Array(json), "run Schemas/embed.sh")
    }
}

// MARK: - Validation

struct XMLValidatorTests {
    /// The sample's XML, as lines, to break.
    static let lines = TimelineXML.xml(ExportFixtures.sample).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    static func validate(_ lines: [String]) throws -> [String] {
        try XMLValidator.validate(Array(lines.joined(separator: "\n").utf8), path: "broken.xml")
    }

    @Test func reportsEachViolationWithItsLine() throws {
        var lines = Self.lines
        let badClass = try #require(lines.firstIndex { $0.contains(" class=\"OCCURRENCE\"") })
        lines[badClass] = lines[badClass].replacingOccurrences(of: " class=\"OCCURRENCE\"", with: " class=\"HAPPENING\"")
        let badDate = try #require(lines.firstIndex { $0.contains("<time ") && $0.contains("earliest=\"") })
        lines[badDate] = lines[badDate].replacingOccurrences(of: #"earliest="(\d{4})-\d\d-"#, with: "earliest=\"$1-13-", options: .regularExpression)
        let danglingRef = try #require(lines.firstIndex { $0.contains("<event ref=") })
        lines[danglingRef] = lines[danglingRef].replacingOccurrences(of: #":e\d+""#, with: ":e999\"", options: .regularExpression)
        let missingTrigger = try #require(lines.lastIndex { $0.contains("<mention ") })
        lines[missingTrigger] = lines[missingTrigger].replacingOccurrences(of: #" trigger="[^"]*""#, with: "", options: .regularExpression)

        let messages = try Self.validate(lines)
        #expect(messages.count == 4, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("line \(badClass + 1): ") && $0.contains("'HAPPENING'") })
        #expect(messages.contains { $0.hasPrefix("line \(badDate + 1): ") && $0.contains("xs:date") })
        #expect(messages.contains { $0.hasPrefix("line \(danglingRef + 1): ") && $0.contains("e999") && $0.contains("keyref") })
        #expect(messages.contains { $0.hasPrefix("line \(missingTrigger + 1): ") && $0.contains("'trigger' is required") })
    }

    @Test func reportsUnexpectedElementsAndMissingSections() throws {
        var lines = Self.lines
        let documents = try #require(lines.firstIndex { $0.contains("<documents>") })
        lines.insert("  <bogus/>", at: documents + 1)
        let messages = try Self.validate(lines)
        #expect(messages.first { $0.contains("'bogus'") }?.hasPrefix("line \(documents + 2): ") == true, "\(messages)")

        let empty = "<?xml version=\"1.0\"?>\n<chronicle version=\"3\">\n  <documents/>\n</chronicle>\n"
        let problems = try XMLValidator.validate(Array(empty.utf8), path: "empty.xml")
        #expect(problems.contains { $0.hasPrefix("line 2: ") && $0.contains("version") })
        #expect(problems.contains { $0.hasPrefix("line 2: ") && $0.contains("Missing child element") })
    }

    @Test func linesPastTheSixteenBitLimitAreTrue() throws {
        // libxml2 keeps 16-bit line numbers in nodes unless asked for big lines
        var lines = ["<?xml version=\"1.0\"?>", "<chronicle version=\"2\">", "<documents><document id=\"d\"/></documents>", "<timexes/>", "<timeline><undated/><unanchored/></timeline>", "<events>"]
        for i in 1...11000 {
            lines += ["<event id=\"d:e\(i)\" document=\"d\" trigger=\"x\" begin=\"0\" end=\"1\" class=\"STATE\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" factual=\"true\" salience=\"1\" mainTimeline=\"true\">",
                      "<text>t</text>", "<mentions>", "<mention document=\"d\" trigger=\"x\" begin=\"0\" end=\"1\">t</mention>", "</mentions>", "</event>"]
        }
        lines += ["</events>", "</chronicle>"]
        #expect(try Self.validate(lines) == [])
        let broken = try #require(lines.lastIndex { $0.hasPrefix("<mention ") })
        lines[broken] = lines[broken].replacingOccurrences(of: "begin=\"0\"", with: "begin=\"-1\"")
        #expect(broken + 1 > 65535)
        let messages = try Self.validate(lines)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("line \(broken + 1): ") == true, "\(messages)")
    }

    @Test func malformedXMLThrowsWithItsLine() {
        let broken = "<chronicle version=\"1\">\n<documents>\n</chronicle>\n"
        #expect {
            _ = try XMLValidator.validate(Array(broken.utf8), path: "broken.xml")
        } throws: { error in
            guard case InputError.malformedXML(let path, let message) = error else { return false }
            return path == "broken.xml" && message.hasPrefix("line 3:")
        }
    }

    @Test func entitiesAreNeitherLoadedNorExpanded() throws {
        let hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE chronicle [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <chronicle version="2"><documents><document id="a"><title>&secret;</title></document></documents><timexes/><timeline><undated/><unanchored/></timeline><events/></chronicle>
        """
        let messages = try XMLValidator.validate(Array(hostile.utf8), path: "hostile.xml")
        // the reference stays a reference, which libxml2's schema validator then refuses
        #expect(messages.contains { $0.hasPrefix("line 3: ") && $0.contains("entity reference") })
    }

    @Test func anUnusableSchemaIsItsOwnError() {
        let schema = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element name=\"a\" type=\"nope\"/>\n</xs:schema>"
        #expect {
            _ = try XMLValidator.validate(Array("<a/>".utf8), path: "a.xml", schema: schema)
        } throws: { error in
            guard let error = error as? XMLValidator.SchemaError else { return false }
            return error.messages.count == 1 && error.messages[0].hasPrefix("line 2: ")
        }
    }
}

// MARK: - JSON Schema

enum Python {
    /// Whether `python3 -c "import jsonschema"` works here (CI installs jsonschema).
    static let hasJSONSchema: Bool = (try? run(["-c", "import jsonschema"]).status) == 0

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Validates each JSON text against the schema file; the status is 0 when all are valid.
    static func validate(_ texts: [String], schema: URL) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-export-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("\(index).json")
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)
        validator.check_schema(schema)
        failures = 0
        for path in sys.argv[2:]:
            for error in validator(schema).iter_errors(json.load(open(path, encoding="utf-8"))):
                failures += 1
                print(path, "/".join(str(p) for p in error.absolute_path), error.message)
        sys.exit(1 if failures else 0)
        """
        return try run(["-c", script, schema.path] + paths)
    }
}

struct JSONSchemaTests {
    static let schema = ExportFixtures.root.appendingPathComponent("Schemas/chronicle-timeline.schema.json")

    @Test(.enabled(if: Python.hasJSONSchema, "python3 with the jsonschema module is not installed: JSON Schema validation skipped"))
    func exportsValidate() throws {
        let result = try Python.validate(ExportFixtures.all.map { TimelineExport.json($0.timeline) }, schema: Self.schema)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: Python.hasJSONSchema, "python3 with the jsonschema module is not installed: JSON Schema validation skipped"))
    func brokenExportsDoNot() throws {
        let json = TimelineExport.json(ExportFixtures.sample)
        let broken = [
            json.replacingOccurrences(of: "\"class\": \"STATE\"", with: "\"class\": \"HAPPENING\""),
            json.replacingOccurrences(of: "\"earliest\": \"2021-06-01\"", with: "\"earliest\": \"June 2021\""),
            json.replacingOccurrences(of: "\"version\": 2", with: "\"version\": 2, \"extra\": null"),
        ]
        for text in broken {
            #expect(text != json)
            let result = try Python.validate([text], schema: Self.schema)
            #expect(result.status == 1, "\(result.output)")
        }
    }
}

// MARK: - Markdown

struct MarkdownExportTests {
    @Test func aPhraseItsClauseAlreadySaysIsLeftOut() throws {
        // "plans" is an event of its own, but its phrase is part of "scoffed"'s
        let timeline = ExportFixtures.sample
        let june = try #require(timeline.entries.first { $0.display == "June 2021" })
        let events = timeline.events(of: june)
        #expect(events.map(TimelineLabels.phrase(of:)).contains("President Biden's plans"))
        let phrases = TimelineLabels.phrases(of: events)
        #expect(phrases.contains("President Vladimir Putin scoffed at President Biden's plans"))
        #expect(!phrases.contains("President Biden's plans"))
    }

    @Test(arguments: ExportFixtures.all.map(\.name))
    func oneRowPerEntryAndAValidDiagram(_ name: String) throws {
        let timeline = ExportFixtures.all.first { $0.name == name }!.timeline
        let markdown = MarkdownExport.markdown(timeline)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# " + MarkdownText.inline(TimelineLabels.title(timeline)))
        let multiple = timeline.documents.count > 1
        if timeline.entries.isEmpty {
            #expect(lines.contains(MarkdownExport.noDatedEvents))
            #expect(!lines.contains { $0.hasPrefix("| Date") })
        } else {
            let header = try #require(lines.firstIndex { $0.hasPrefix(MarkdownExport.tableHeader) })
            #expect(lines[header] == (multiple ? "| Date | What happened | Source |" : "| Date | What happened |"))
            let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
            #expect(rows.count == timeline.entries.count)
            for (row, entry) in zip(rows, timeline.entries) {
                let cells = ExportValidity.tableCells(row)
                #expect(cells.count == (multiple ? 3 : 2), "\(row)")
                #expect(cells[0] == MarkdownText.inline(entry.display))
                let phrases = TimelineLabels.phrases(of: timeline.events(of: entry))
                #expect(cells[1] == phrases.map(MarkdownText.inline).joined(separator: "<br>"))
                // a display date is words, never a raw TIMEX3 value
                #expect(!cells[0].contains("_REF") && !cells[0].contains("XXXX"))
            }
        }
        let blocks = MermaidTimelineCheck.mermaidBlocks(in: markdown)
        #expect(blocks.count == (timeline.entries.isEmpty ? 0 : 1))
        if let diagram = blocks.first {
            #expect(MermaidTimelineCheck.errors(in: diagram) == [])
            let statements = diagram.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let sections = Set(timeline.entries.map(MermaidTimeline.section(of:)))
            #expect(statements.filter { $0.hasPrefix("section ") }.count >= sections.count)
            #expect(statements.count == 2 + timeline.entries.count + statements.filter { $0.hasPrefix("section ") }.count)
        }
        // undated and unanchored events are listed, not drawn
        // a bullet per phrase: events of one clause share one
        func bullets(_ ids: [String]) -> Int { TimelineLabels.phrases(of: ids.compactMap(timeline.event(id:))).count }
        #expect(lines.filter { $0.hasPrefix("- ") }.count <= bullets(timeline.undated) + bullets(timeline.unanchored))
        #expect(lines.filter { $0.hasPrefix("- ") }.count >= max(bullets(timeline.undated), bullets(timeline.unanchored)))
        #expect(lines.contains("## Related only to the publication date") == !timeline.undated.isEmpty)
        #expect(lines.contains("## Not anchored in time") == !timeline.unanchored.isEmpty)
        #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
    }

    @Test func articleTextIsEscaped() throws {
        // with the clauses quoted, the article's own text reaches the table
        let markdown = MarkdownExport.markdown(ExportFixtures.tricky, options: .init(sentences: true))
        #expect(!markdown.contains("<script>") && !markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(markdown.contains("the \\*council\\* voted \\| 7–2 \\| to close pier\\_5"))
        #expect(markdown.contains("team \\#1 said \\`rm -rf\\` \u{FFFD} failed"))
        #expect(!markdown.unicodeScalars.contains("\u{0001}"))
        #expect(markdown.contains("Zürich") && markdown.contains("Zoë"))
        #expect(markdown.hasPrefix("# Pier \\| \\*closure\\* &lt;b&gt;\\#1&lt;/b&gt;: a\\_b \\`x\\` \u{FFFD} Zürich; 100% %% done \\\\ \\[x\\](y)\n"))
    }

    @Test func inlineEscapes() {
        #expect(MarkdownText.inline("a|b*c_d`e<f>g&h\\i[j]k#l~m") == "a\\|b\\*c\\_d\\`e&lt;f&gt;g&amp;h\\\\i\\[j\\]k\\#l\\~m")
        #expect(MarkdownText.inline("line\none\r\ttwo") == "line one  two")
        #expect(MarkdownText.inline("- item") == "\\- item")
        #expect(MarkdownText.inline("2021. A year") == "2021\\. A year")
        #expect(MarkdownText.inline("\u{0001}\u{007F}é") == "\u{FFFD}\u{FFFD}é")
    }

    @Test func optionsShapeTheOutput() {
        let timeline = ExportFixtures.sample
        let plain = MarkdownExport.markdown(timeline, options: .init(mermaid: false))
        #expect(!plain.contains("```"))
        #expect(plain.contains("| Date | What happened |"))
        let quoted = MarkdownExport.markdown(timeline, options: .init(sentences: true))
        #expect(quoted.contains("| Date | What happened | Source |"))
        let firstClause = String(timeline.events(of: timeline.entries[0])[0].text)
        #expect(quoted.contains("“" + MarkdownText.inline(firstClause) + "”"))

        func headings(_ text: String) -> [String] { text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#") } }
        #expect(headings(MarkdownExport.markdown(timeline)).map { $0.prefix { $0 == "#" }.count } == [1, 2, 2])
        #expect(headings(MarkdownExport.markdown(timeline, options: .init(headingLevel: 3))).map { $0.prefix { $0 == "#" }.count } == [3, 4, 4])
        let fragment = MarkdownExport.markdown(timeline, options: .init(fragment: true, headingLevel: 3))
        #expect(fragment.hasPrefix("| Date |"))
        #expect(headings(fragment) == ["### Related only to the publication date", "### Not anchored in time"])
        #expect(headings(MarkdownExport.markdown(timeline, options: .init(headingLevel: 6))).map { $0.prefix { $0 == "#" }.count } == [6, 6, 6])
        #expect(MarkdownExport.Options(headingLevel: 0).headingLevel == 1)
        #expect(MarkdownExport.Options(headingLevel: 9).headingLevel == 6)
    }

    @Test func fencesOutgrowBackticksInTheCode() {
        #expect(MarkdownExport.fenced("a\n", language: "mermaid") == "```mermaid\na\n```")
        #expect(MarkdownExport.fenced("a ```` b\n", language: "mermaid") == "`````mermaid\na ```` b\n`````")
    }
}

// MARK: - Mermaid

struct MermaidTimelineTests {
    static let hostile = [
        "June 2021", "14:30", "Note: this", "ends with:", "#1 ranked", "a; b", "100%% sure", "<script>x</script>",
        "tab\there", "line\nbreak", "\u{0001}", "", "   ", ":", ": :", "http://example.com", "Zoë · ünïcode", "a\u{00A0}: b",
    ]

    @Test func wordingKeepsArbitraryTextOutOfTheSyntax() {
        for text in Self.hostile {
            let diagram = "timeline\n    title \(MermaidTimeline.event(text))\n    \(MermaidTimeline.period(text)) : \(MermaidTimeline.event(text)) : \(MermaidTimeline.event(text))\n    : \(MermaidTimeline.event(text))\n"
            #expect(MermaidTimelineCheck.errors(in: diagram) == [], "\(text.debugDescription) → \(diagram)")
        }
        #expect(MermaidTimeline.period("Wednesday, 18 August 2021, 14:30") == "Wednesday, 18 August 2021, 14.30")
        #expect(MermaidTimeline.event("Note: this #1; 10:30") == "Note - this no.1, 10:30")
        #expect(MermaidTimeline.event("<b>") == "\u{2039}b\u{203A}")
    }

    @Test func acceptsMermaidsOwnExamples() {
        let diagram = """
        timeline
            title History of Social Media Platform
            section 2002 - 2004
              2002 : LinkedIn
              2004 : Facebook : Google
            section 2005 - 2006
              2005 : YouTube
              2006 : Twitter
                   : Tumblr
            2007 : http://example.com
            %% a comment
            2008

        """
        #expect(MermaidTimelineCheck.errors(in: diagram) == [])
    }

    @Test(arguments: [
        ("2021 : a", "expected 'timeline' first"),
        ("timeline\n    June #1 : a", "holds '#'"),
        ("timeline\n    2021 : a; b", "holds ';'"),
        ("timeline\n    2021 : a : : b", "empty event"),
        ("timeline\n    2021 : ", "no event after it"),
        ("timeline\n    2021 :x", "not followed by a space"),
        ("timeline\n    : a", "events before any period"),
        ("timeline\n    title ", "without its text"),
        ("timeline\n    section a : b", "holds ':'"),
        ("timeline\n    Timelines of 2021 : a", "reads as a keyword"),
        ("timeline\n    2021 : 100%% sure", "holds '%%'"),
        ("", "no 'timeline' line"),
    ])
    func reportsWhatMermaidWouldMisread(_ diagram: String, _ problem: String) {
        let errors = MermaidTimelineCheck.errors(in: diagram)
        #expect(errors.contains { $0.contains(problem) }, "\(errors)")
    }

    @Test func findsFencedBlocks() {
        let markdown = "# T\n\n```mermaid\ntimeline\n    2021 : a\n```\n\n````mermaid\ntimeline\n````\n\n```swift\nlet x = 1\n```\n"
        #expect(MermaidTimelineCheck.mermaidBlocks(in: markdown) == ["timeline\n    2021 : a\n", "timeline\n"])
    }
}

// MARK: - TimelineJS

struct TimelineJSExportTests {
    /// Every value of a parsed JSON tree, recursively.
    static func values(_ value: Any) -> [Any] {
        if let object = value as? [String: Any] { return [value] + object.values.flatMap(values) }
        if let array = value as? [Any] { return [value] + array.flatMap(values) }
        return [value]
    }

    @Test(arguments: ExportFixtures.all.map(\.name))
    func loadsAsTimelineJSExpects(_ name: String) throws {
        let timeline = ExportFixtures.all.first { $0.name == name }!.timeline
        let json = TimelineJSExport.json(timeline)
        #expect(json.hasSuffix("}\n"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(parsed.keys) == ["title", "events"])
        #expect(!Self.values(parsed).contains { $0 is NSNull })
        let title = try #require((parsed["title"] as? [String: Any])?["text"] as? [String: Any])
        #expect(title["headline"] is String && title["text"] is String)

        let slides = try #require(parsed["events"] as? [[String: Any]])
        let documents = timeline.eventsByID
        #expect(slides.count == timeline.entries.map { Set($0.events.map { documents[$0]!.document }).count }.reduce(0, +))
        #expect(Set(slides.compactMap { $0["unique_id"] as? String }).count == slides.count)
        var index = 0
        for entry in timeline.entries {
            for _ in Set(entry.events.map { documents[$0]!.document }) {
                let slide = slides[index]
                index += 1
                let start = try #require(slide["start_date"] as? [String: Any])
                let known: Set<String> = entry.granularity >= .week ? ["year", "month", "day"] : entry.granularity >= .halfYear ? ["year", "month"] : ["year"]
                #expect(Set(start.keys).subtracting(["hour", "minute"]) == known, "\(entry.display)")
                #expect(start["hour"] == nil || entry.granularity >= .hour)
                #expect(start.values.allSatisfy { $0 is Int && !($0 is String) })
                #expect(start["year"] as? Int == entry.earliest.year)
                if let end = slide["end_date"] as? [String: Any] {
                    #expect(Set(end.keys) == known)
                    #expect(end["year"] as? Int == entry.latest.year)
                } else {
                    #expect(slide["end_date"] == nil)
                }
                #expect(slide["display_date"] as? String == HTML.escape(entry.display))
                #expect((slide["text"] as? [String: Any])?["headline"] is String)
                #expect(slide["group"] is String)
            }
        }
    }

    /// The fields TimelineJS3 documents (timeline.knightlab.com/docs/json-format.html): a
    /// file has `events`, optional `title` and `eras`; a slide `start_date` (events only),
    /// `end_date`, `text`, `media`, `group`, `display_date`, `background`, `autolink`,
    /// `unique_id`; a date `year` (required), `month`, `day`, `hour`, `minute`, `second`,
    /// `millisecond`, `display_date`, all numbers but the display date; a text `headline`, `text`.
    static let fileFields: Set<String> = ["events", "title", "eras", "scale"]
    static let slideFields: Set<String> = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"]
    static let dateFields: Set<String> = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"]
    static let textFields: Set<String> = ["headline", "text"]

    /// The problems of a parsed TimelineJS3 file, by its documented fields and ranges.
    static func shapeErrors(_ file: [String: Any]) -> [String] {
        var errors: [String] = []
        for key in file.keys where !fileFields.contains(key) { errors.append("file: unknown field \(key)") }
        func checkDate(_ value: Any?, _ at: String) {
            guard let date = value as? [String: Any] else { return errors.append("\(at): not an object") }
            for key in date.keys where !dateFields.contains(key) { errors.append("\(at): unknown field \(key)") }
            guard date["year"] is Int else { return errors.append("\(at): no numeric year") }
            let ranges: [(String, ClosedRange<Int>)] = [("month", 1...12), ("day", 1...31), ("hour", 0...23), ("minute", 0...59), ("second", 0...59)]
            for (key, range) in ranges where date[key] != nil {
                guard let number = date[key] as? Int, range.contains(number) else { errors.append("\(at): \(key) out of range"); continue }
            }
            // a finer field needs the coarser ones (TimelineJS reads them in order)
            let order = ["year", "month", "day", "hour", "minute", "second"]
            for (coarser, finer) in zip(order, order.dropFirst()) where date[finer] != nil && date[coarser] == nil {
                errors.append("\(at): \(finer) without \(coarser)")
            }
        }
        func checkSlide(_ value: Any, _ at: String, needsStart: Bool) {
            guard let slide = value as? [String: Any] else { return errors.append("\(at): not an object") }
            for key in slide.keys where !slideFields.contains(key) { errors.append("\(at): unknown field \(key)") }
            if needsStart || slide["start_date"] != nil { checkDate(slide["start_date"], at + ".start_date") }
            if slide["end_date"] != nil { checkDate(slide["end_date"], at + ".end_date") }
            if let text = slide["text"] {
                guard let text = text as? [String: Any] else { return errors.append("\(at).text: not an object") }
                for key in text.keys where !textFields.contains(key) { errors.append("\(at).text: unknown field \(key)") }
                for (key, value) in text where !(value is String) { errors.append("\(at).text.\(key): not a string") }
            }
            for key in ["group", "display_date", "unique_id"] where slide[key] != nil && !(slide[key] is String) {
                errors.append("\(at).\(key): not a string")
            }
        }
        if let title = file["title"] { checkSlide(title, "title", needsStart: false) }
        guard let events = file["events"] as? [Any] else { return errors + ["file: no events array"] }
        for (k, event) in events.enumerated() { checkSlide(event, "events[\(k)]", needsStart: true) }
        let ids = events.compactMap { ($0 as? [String: Any])?["unique_id"] as? String }
        if Set(ids).count != ids.count { errors.append("unique_id repeated") }
        return errors
    }

    @Test(arguments: ExportFixtures.all.map(\.name))
    func followsTimelineJS3sDocumentedFields(_ name: String) throws {
        let timeline = ExportFixtures.all.first { $0.name == name }!.timeline
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSExport.json(timeline).utf8)) as? [String: Any])
        #expect(Self.shapeErrors(parsed) == [])
        // the check itself catches what TimelineJS would not read
        let broken: [String: Any] = ["events": [["start_date": ["month": 13], "text": ["headline": 3], "colour": "red"]], "titel": [:]]
        #expect(Self.shapeErrors(broken) == ["file: unknown field titel", "events[0]: unknown field colour", "events[0].start_date: no numeric year",
                                             "events[0].text.headline: not a string"])
    }

    @Test func slidesTellTheirSourceAndTimeOfDay() throws {
        let timeline = ExportFixtures.sample
        let file = TimelineJSExport.file(timeline)
        for slide in file.events {
            #expect(slide.text.text.contains("<p class=\"source\">— "))
            #expect(!slide.text.headline.isEmpty && !slide.text.headline.contains("<"))
        }
        #expect(TimelineJSExport.timeOfDay("2024-03-18T06:00")! == (6, 0))
        #expect(TimelineJSExport.timeOfDay("2024-03-18T14")! == (14, nil))
        #expect(TimelineJSExport.timeOfDay("2021-06-16TMO") == nil)
        #expect(TimelineJSExport.timeOfDay("2021-06-16") == nil)
        #expect(TimelineJSExport.timeOfDay("2021-06-16T25:00") == nil)
        #expect(TimelineJSExport.source(DocumentInfo(id: "a", source: "https://example.com/x?a=1&b=2"), name: "A <b>").contains("<a href=\"https://example.com/x?a=1&amp;b=2\">"))
    }

    @Test func partialDatesCarryOnlyWhatIsKnown() throws {
        func entry(_ earliest: String, _ latest: String, _ granularity: Granularity) -> TimelineEntry {
            TimelineEntry(earliest: CalendarDate(iso: earliest)!, latest: CalendarDate(iso: latest)!, granularity: granularity, display: "", events: [])
        }
        func fields(_ date: TimelineJSExport.DateFields?) -> [Int?]? { date.map { [$0.year, $0.month, $0.day] } }
        let year = TimelineJSExport.dates(of: entry("2021-01-01", "2021-12-31", .year))
        #expect(fields(year.0) == [2021, nil, nil] && year.1 == nil)
        let month = TimelineJSExport.dates(of: entry("2021-06-01", "2021-06-30", .month))
        #expect(fields(month.0) == [2021, 6, nil] && month.1 == nil)
        let day = TimelineJSExport.dates(of: entry("2021-08-18", "2021-08-18", .day))
        #expect(fields(day.0) == [2021, 8, 18] && day.1 == nil)
        let decade = TimelineJSExport.dates(of: entry("2000-01-01", "2003-05-01", .decade))
        #expect(fields(decade.0) == [2000, nil, nil] && fields(decade.1) == [2003, nil, nil])
        let quarter = TimelineJSExport.dates(of: entry("2021-04-01", "2021-06-30", .quarter))
        #expect(fields(quarter.0) == [2021, 4, nil] && fields(quarter.1) == [2021, 6, nil])
        let weeks = TimelineJSExport.dates(of: entry("2021-08-09", "2021-08-22", .week))
        #expect(fields(weeks.0) == [2021, 8, 9] && fields(weeks.1) == [2021, 8, 22])

        let encoded = String(decoding: try JSONEncoder().encode(TimelineJSExport.DateFields(CalendarDate(iso: "2021-06-16")!, precision: .month)), as: UTF8.self)
        #expect(!encoded.contains("day") && !encoded.contains("null"))
    }

    @Test func textIsEscapedHTML() {
        let json = TimelineJSExport.json(ExportFixtures.tricky)
        #expect(!json.contains("<script>") && !json.contains("<b>"))
        #expect(json.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(json.contains("\"unique_id\" : \"tricky-doc-1\""))
        #expect(!json.contains("\\u0001"))
    }
}

// MARK: - Determinism

struct ExportDeterminismTests {
    static func exports(_ timeline: Timeline) -> [String] {
        [TimelineExport.json(timeline), TimelineXML.xml(timeline), MarkdownExport.markdown(timeline),
         MarkdownExport.markdown(timeline, options: .init(mermaid: false, fragment: true, headingLevel: 2)), TimelineJSExport.json(timeline)]
    }

    @Test func everyExportIsTheSameBytesTwice() throws {
        let path = ExportFixtures.root.appendingPathComponent("Samples/central-asia-bases.txt").path
        let again = Timeline(documents: [DocumentAnalyzer().analyze(try DocumentReader().read(path: path).document)])
        #expect(Self.exports(again) == Self.exports(ExportFixtures.sample))
        #expect(Self.exports(ExportFixtures.tricky) == Self.exports(ExportFixtures.tricky))
        // a timeline read back from its JSON export exports the same
        let readBack = try TimelineExport.read(Data(TimelineExport.json(ExportFixtures.merged).utf8))
        #expect(Self.exports(readBack) == Self.exports(ExportFixtures.merged))
    }
}

// MARK: - JSON

struct TimelineJSONTests {
    /// The fast writer and the model's `Codable` conformance describe the same JSON.
    @Test(arguments: ExportFixtures.all.map(\.name))
    func writerAgreesWithCodable(_ name: String) throws {
        let timeline = ExportFixtures.all.first { $0.name == name }!.timeline
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let viaCodable = try JSONSerialization.jsonObject(with: encoder.encode(timeline)) as? NSDictionary
        for written in [TimelineExport.json(timeline), TimelineExport.jsonLine(timeline)] {
            let viaWriter = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
            #expect(viaWriter != nil)
            #expect(viaWriter == viaCodable)
        }
        #expect(TimelineExport.jsonLine(timeline).filter { $0 == "\n" }.count == 1)
    }

    /// Events and time expressions are written in slices, a round of them at a time, straight
    /// to the sink: with more than one slice, on one worker or two, the bytes are those of the
    /// same JSON written whole, and they describe the timeline as `Codable` does.
    @Test func itemsWrittenSliceBySliceJoinIntoOneDocument() throws {
        let timeline = GeneratedTimelines.timeline(seed: 7, documents: 2, sentences: 300)
        #expect(timeline.events.count > 500)  // more than one slice
        let whole = TimelineExport.jsonBytes(timeline)
        for jobs in [1, 2] {
            var batches: [[UInt8]] = []
            try ExportSet.write(timeline, as: .json, jobs: jobs) { batches.append(Array($0)) }
            #expect(batches.count > 2)
            #expect(Array(batches.joined()) == whole)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let viaCodable = try JSONSerialization.jsonObject(with: encoder.encode(timeline)) as? NSDictionary
        #expect(try JSONSerialization.jsonObject(with: Data(whole)) as? NSDictionary == viaCodable)
    }

    @Test func roundTripGivesTheSameTimeline() throws {
        for (_, timeline) in ExportFixtures.all {
            #expect(try TimelineExport.read(Data(TimelineExport.json(timeline).utf8)) == timeline)
            #expect(try TimelineExport.readParts(Array(TimelineExport.jsonLine(timeline).utf8), path: "x") == [timeline])
        }
    }
}
