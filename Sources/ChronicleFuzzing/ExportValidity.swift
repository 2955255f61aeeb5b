import Chronicle
import ChronicleIO
import Foundation

/// What every export of a timeline must be, whatever the input: the XML valid against the
/// shipped XSD, the JSON valid against the shipped JSON Schema and readable back, the Markdown
/// table one intact row per entry with a Mermaid block that follows Mermaid's grammar, the
/// TimelineJS file readable as TimelineJS, and each TimeML file readable back with its text and
/// annotations where the analysis put them.
public enum ExportValidity {
    nonisolated(unsafe) private static let jsonSchema = try! JSONSchemaCheck(schema: ChronicleSchemas.timelineJSONSchema)

    /// The problems of every export of `analyses`, `file: what`; empty when all are valid.
    public static func problems(of analyses: [DocumentAnalysis]) -> [String] {
        let timeline = Timeline(documents: analyses)
        let files: [ExportSet.File]
        do {
            files = try ExportSet.files(timeline, analyses: analyses, name: "fuzz", formats: ExportFormat.allCases)
        } catch {
            return ["export names: \(error)"]
        }
        var problems: [String] = []
        for file in files {
            problems += self.problems(of: file, timeline: timeline, analyses: analyses).map { "\(file.name): \($0)" }
        }
        let line = TimelineExport.jsonBytes(timeline, compact: true)
        problems += jsonProblems(line).map { "compact JSON: \($0)" }
        if line.dropLast().contains(0x0A) || line.last != 0x0A { problems.append("compact JSON: not exactly one line") }
        return problems
    }

    static func problems(of file: ExportSet.File, timeline: Timeline, analyses: [DocumentAnalysis]) -> [String] {
        let name = file.name
        if name.hasSuffix(".timelinejs.json") {
            do {
                let slides = try JSONDecoder().decode(TimelineJSExport.File.self, from: Data(file.bytes))
                let shown = timeline.mainTimeline  // TimelineJS shows the main timeline
                return slides.events.isEmpty == shown.entries.isEmpty ? [] : ["\(slides.events.count) slides for \(shown.entries.count) entries"]
            } catch {
                return ["not a TimelineJS file: \(error)"]
            }
        }
        if name.hasSuffix(".json") { return jsonProblems(file.bytes) }
        if name.hasSuffix(".xml") {
            do {
                return try XMLValidator.validate(file.bytes, path: name)
            } catch {
                return ["\(error)"]
            }
        }
        // the Markdown export shows the main timeline (`ExportFormat.showsMainTimeline`)
        if name.hasSuffix(".md") { return markdownProblems(String(decoding: file.bytes, as: UTF8.self), timeline: timeline.mainTimeline) }
        if name.hasSuffix(".tml") {
            guard let analysis = analyses.first(where: { ExportFormat.timeml.fileName(ExportNames.stem(for: $0.document.id)) == name }) else {
                return ["no document writes this file"]
            }
            return timeMLProblems(file.bytes, analysis: analysis)
        }
        return []
    }

    /// Valid against the schema and readable back as a timeline.
    public static func jsonProblems(_ bytes: [UInt8]) -> [String] {
        var problems = jsonSchema.errors(in: bytes)
        do {
            _ = try TimelineExport.read(Data(bytes))
        } catch {
            problems.append("does not read back: \(error)")
        }
        return problems
    }

    /// One table row per timeline entry (Date | What happened, and a Source column with several
    /// documents or quoted clauses), or the sentence that there are none; and a Mermaid block
    /// Mermaid can read.
    public static func markdownProblems(_ markdown: String, timeline: Timeline) -> [String] {
        var problems: [String] = []
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if timeline.entries.isEmpty {
            if !lines.contains(MarkdownExport.noDatedEvents) { problems.append("no table and no sentence saying there are no dated events") }
        } else {
            guard let header = lines.firstIndex(where: { $0.hasPrefix(MarkdownExport.tableHeader) }), lines.indices.contains(header + 1) else {
                return ["no table header"]
            }
            let columns = tableCells(lines[header]).count
            if lines[header + 1] != "|" + String(repeating: " --- |", count: columns) { problems.append("no delimiter row under the header") }
            let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
            if rows.count != timeline.entries.count { problems.append("\(rows.count) rows for \(timeline.entries.count) entries") }
            for (offset, row) in rows.enumerated() {
                let cells = tableCells(row)
                if cells.count != columns || !row.hasSuffix("|") { problems.append("row \(offset + 1) has \(cells.count) cells: \(row)") }
            }
        }
        if markdown.unicodeScalars.contains(where: { $0 == "\r" }) { problems.append("carriage return") }
        for block in MermaidTimelineCheck.mermaidBlocks(in: markdown) {
            problems += MermaidTimelineCheck.errors(in: block).map { "mermaid: \($0)" }
        }
        return problems
    }

    /// The cells of a Markdown table row, split at pipes no backslash escapes.
    public static func tableCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row.dropFirst().dropLast() {
            if character == "|", !escaped {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// Reads the TimeML back: the same text (XML's forbidden characters aside), and each time
    /// expression at the offsets the analysis gave it.
    public static func timeMLProblems(_ bytes: [UInt8], analysis: DocumentAnalysis) -> [String] {
        let read: AnnotatedDocument
        do {
            read = try TimeMLReader.read(bytes, path: "fuzz.tml", id: "fuzz")
        } catch {
            return ["does not read back: \(error)"]
        }
        var problems: [String] = []
        let expected = String(String.UnicodeScalarView(analysis.document.text.unicodeScalars.map(xmlSafe)))
        if read.document.text != expected { problems.append("TEXT differs from the document's text") }
        let spans = read.timexes.map { [$0.begin, $0.end] }
        let written = analysis.timexes.map { [$0.begin, $0.end] }
        if !written.allSatisfy(spans.contains) { problems.append("time expressions moved: wrote \(written), read \(spans)") }
        if analysis.document.dct != nil, read.document.dct != analysis.document.dct { problems.append("DCT \(String(describing: read.document.dct)) read back for \(String(describing: analysis.document.dct))") }
        return problems
    }

    /// The scalar XML 1.0 can hold in its place (what the writers put for a forbidden one).
    static func xmlSafe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF ? "\u{FFFD}" : scalar
    }
}
