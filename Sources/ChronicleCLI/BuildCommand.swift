import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle build`: the timeline of one or many documents, in one or several formats.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the timeline of text, HTML or TimeML files: events anchored in time, merged and ordered.",
        discussion: """
        Formats: json (the timeline, versioned, with a JSON Schema), xml (validated by an XSD), \
        md (a table and a Mermaid timeline), timeml (the tagged documents, one .tml each), \
        timelinejs (TimelineJS3), text (for reading), svg (a picture of the timeline, 800 \
        pixels wide), html (one self-contained page: the picture and the table). One format \
        goes to standard output; several, or timeml for several documents, need --output DIR, \
        which receives NAME.json, NAME.xml, NAME.md, NAME.timelinejs.json, NAME.txt, NAME.svg, \
        NAME.html and DOCUMENT.tml, each written atomically (a temporary file in DIR, then \
        renamed; the permissions of the file it replaces). File names come from document ids \
        made safe: '/', '\\', a leading dot and control characters become '_', and a name past \
        200 bytes is cut and given a hash; two documents whose names would clash are an error. \
        When no input could be read, nothing is written. Folders searched for inputs skip DIR \
        and Chronicle's own XML and Markdown exports.
        """
    )

    @Option(help: "Formats, comma-separated: json, xml, md, timeml, timelinejs, text, svg, html.")
    var format = "json"

    @Option(name: .shortAndLong, help: "Write the exports into this folder instead of standard output.")
    var output: String?

    @Option(help: "The exports' file name without extension (default: the document's id, or 'timeline' for several).")
    var name: String?

    @OptionGroup var markdown: MarkdownOptions

    @OptionGroup var entityOptions: EntityOptions

    @Flag(help: "Show every event in the formats for reading (md, timelinejs, text, svg, html), not only the main timeline; JSON and XML always hold every event with its salience.")
    var allEvents = false

    @OptionGroup var inputs: InputOptions

    func validate() throws {
        if !entityOptions.names.isEmpty || entityOptions.file != nil { return try validateEntityFormats() }
        let formats = try parseFormats(format)
        if output == nil, formats.count > 1 { throw ValidationError("several formats need --output DIR") }
        if let name, name.isEmpty || name.contains("/") { throw ValidationError("--name must be a file name without '/'") }
    }

    func run() throws {
        let entities = try entityOptions.entities()
        if !entities.isEmpty { return try buildEntityTimelines(entities) }
        let formats = try parseFormats(format)
        let analyzer = DocumentAnalyzer()
        let processed = try inputs.process(skipping: output) { analyzer.analyze($0) }
        let analyses = distinctDocumentIDs(processed.results)
        let timeline = ExportSet.timeline(of: analyses, jobs: inputs.jobs)
        if let output {
            let name = name ?? (analyses.count == 1 ? analyses[0].document.id : "timeline")
            let files = try exportFiles {
                try ExportSet.pendingFiles(timeline, analyses: analyses, name: name, formats: formats, markdown: markdown.options, allEvents: allEvents,
                                            jobs: inputs.jobs)
            }
            let targets = files.map { (output as NSString).appendingPathComponent($0.name) }
            let read = Set(processed.paths.compactMap(InputFiles.realPath))
            if let input = targets.first(where: { InputFiles.realPath($0).map(read.contains) ?? false }) {
                reportError("\(input): is an input; an export never replaces one (give --name or another --output folder); nothing written")
                throw ExitCode(outputFailureExitCode)
            }
            for (file, target) in zip(files, targets) { try writeFile(to: target, file.write) }
        } else if formats == [.timeml] {
            if analyses.count > 1 { throw ValidationError("TimeML is one file per document: give --output DIR for \(analyses.count) documents") }
            if let analysis = analyses.first { try writeStandardOutput(TimeMLWriter.write(analysis)) }
        } else {
            try ExportSet.write(timeline, as: formats[0], markdown: markdown.options, allEvents: allEvents, jobs: inputs.jobs) { try writeStandardOutput($0) }
        }
        exitLeavingToTheSystem(analyses, timeline, status: processed.failed > 0 ? inputFailureExitCode : 0)
    }
}

extension BuildCommand {
    private func entityFormats() throws -> [EntityFormat] {
        try format.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = EntityFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' for entity timelines; use \(EntityFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
    }

    private func validateEntityFormats() throws {
        let formats = try entityFormats()
        if formats.isEmpty { throw ValidationError("give at least one format") }
        if let format = formats.first(where: { $0.unsupportedReason != nil }) {
            throw ValidationError("--format \(format.rawValue) with --entity: \(format.unsupportedReason!)")
        }
        if output == nil, formats.count > 1 { throw ValidationError("several formats need --output DIR") }
    }

    /// `build --entity`: each entity's timeline over all the inputs.
    private func buildEntityTimelines(_ entities: [EntityName]) throws {
        let formats = try entityFormats()
        if output == nil, let format = formats.first, !format.concatenates, entities.count > 1 {
            throw ValidationError("--format \(format.rawValue) is one file per entity: give --output DIR for \(entities.count) entities")
        }
        let analyzer = DocumentAnalyzer(entities: entities)
        let processed = try inputs.process(skipping: output) { analyzer.analyze($0) }
        let analyses = distinctDocumentIDs(processed.results)
        let timelines = EntityTimeline.all(analyses)
        let sentences = CorpusSentences(timeMLPaths: processed.paths)
        var files: [(name: String, bytes: [UInt8])] = []
        let documents = analyses.map { DocumentInfo($0.document, genre: $0.genre) }
        for format in formats {
            for export in try entityExports(timelines, format: format, documents: documents, markdown: markdown.options, sentenceID: sentences.id) {
                files.append(("\(export.name ?? name ?? "entities").\(format.fileSuffix)", export.bytes))
            }
        }
        if let output {
            for file in files { try writeFile(file.bytes, to: (output as NSString).appendingPathComponent(file.name)) }
        } else {
            try writeStandardOutput(files.flatMap(\.bytes))
        }
        exitLeavingToTheSystem(analyses, status: processed.failed > 0 ? inputFailureExitCode : 0)
    }
}

/// How the Markdown export fits where it goes.
struct MarkdownOptions: ParsableArguments {
    @Flag(help: "Markdown: leave out the Mermaid timeline block.")
    var noMermaid = false

    @Flag(help: "Markdown: no title, to include in a larger document.")
    var fragment = false

    @Option(help: "Markdown: level of the export's headings (1-6).")
    var headingLevel = 1

    @Flag(help: "Markdown: quote in a Source column the clause each event was read from.")
    var sentences = false

    func validate() throws {
        if !(1...6).contains(headingLevel) { throw ValidationError("--heading-level must be 1 to 6") }
    }

    var options: MarkdownExport.Options { .init(mermaid: !noMermaid, fragment: fragment, headingLevel: headingLevel, sentences: sentences) }
}

/// `json,xml` → the formats, in the order given, each once.
func parseFormats(_ text: String, allowed: [ExportFormat] = ExportFormat.allCases) throws -> [ExportFormat] {
    var formats: [ExportFormat] = []
    for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
        let name = part == "markdown" ? "md" : part
        guard let format = ExportFormat(rawValue: name), allowed.contains(format) else {
            throw ValidationError("unknown format '\(part)'; use \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        if !formats.contains(format) { formats.append(format) }
    }
    if formats.isEmpty { throw ValidationError("give at least one format") }
    return formats
}
