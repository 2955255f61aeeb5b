import Chronicle
import Foundation

/// The formats `chronicle build` writes, and the file each one goes to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Chronicle's JSON (`NAME.json`), validated by `Schemas/chronicle-timeline.schema.json`.
    case json
    /// Chronicle's XML (`NAME.xml`), validated by `Schemas/chronicle-timeline.xsd`.
    case xml
    /// A Markdown table and a Mermaid timeline (`NAME.md`).
    case md
    /// TimeML 1.2.1, one file per document (`ID.tml`).
    case timeml
    /// TimelineJS3 JSON (`NAME.timelinejs.json`).
    case timelinejs
    /// A plain-text listing of the dates and their events (`NAME.txt`).
    case text
    /// The picture (`NAME.svg`).
    case svg
    /// A self-contained page with the picture and a table (`NAME.html`).
    case html

    /// The file name of the format's export called `name` (TimeML: one file per document, named
    /// by the document).
    public func fileName(_ name: String) -> String {
        switch self {
        case .json: return name + ".json"
        case .xml: return name + ".xml"
        case .md: return name + ".md"
        case .timeml: return name + ".tml"
        case .timelinejs: return name + ".timelinejs.json"
        case .text: return name + ".txt"
        case .svg: return name + ".svg"
        case .html: return name + ".html"
        }
    }

    /// Every format `chronicle check` keeps current: the text view is for reading, not for keeping.
    public static let exported: [ExportFormat] = [.json, .xml, .md, .timeml, .timelinejs, .svg, .html]

    /// Whether the format is for people to read, and so shows the main timeline
    /// (`Timeline.mainTimeline`) unless asked for every event. JSON, XML and TimeML are the
    /// analysis: they keep every event, each with its salience.
    public var showsMainTimeline: Bool {
        switch self {
        case .md, .timelinejs, .text, .svg, .html: return true
        case .json, .xml, .timeml: return false
        }
    }
}

/// The export files of a timeline: what `build --output` writes and `check` compares.
public enum ExportSet {
    /// One export file.
    public struct File: Sendable, Equatable {
        /// A plain file name, made by `ExportNames.stem(for:)`.
        public var name: String
        /// Its contents.
        public var bytes: [UInt8]
        /// The document id (or `--name`) the name was made from.
        public var namedAfter: String
    }

    /// An export file, named but not yet written: `write` passes its contents to a sink, JSON a
    /// batch at a time, so `build --output` never holds a large timeline's JSON whole in memory.
    public struct PendingFile {
        /// A plain file name, made by `ExportNames.stem(for:)`.
        public var name: String
        /// The document id (or `--name`) the name was made from.
        public var namedAfter: String
        /// Writes the file's contents to a sink; throws only what the sink throws.
        public let write: (ByteSink) throws -> Void
    }

    /// The files of `timeline` in `formats`, named after `name`; TimeML needs the analyses the
    /// timeline was built from (one `.tml` per document, named after its id) and is skipped
    /// without them. Throws when two files would have one name. With `allEvents`, the formats
    /// for reading show every event, not only the main timeline.
    public static func files(_ timeline: Timeline, analyses: [DocumentAnalysis], name: String, formats: [ExportFormat],
                             markdown: MarkdownExport.Options = .init(), allEvents: Bool = false, jobs: Int = 1) throws -> [File] {
        try pendingFiles(timeline, analyses: analyses, name: name, formats: formats, markdown: markdown, allEvents: allEvents, jobs: jobs).map { file in
            var bytes: [UInt8] = []
            try file.write { bytes.append(contentsOf: $0) }
            return File(name: file.name, bytes: bytes, namedAfter: file.namedAfter)
        }
    }

    /// The files `files(_:analyses:name:formats:markdown:allEvents:jobs:)` makes, each with what
    /// writes its contents instead of the contents: for writing one at a time to disk. Throws
    /// when two files would have one name, before anything is written.
    public static func pendingFiles(_ timeline: Timeline, analyses: [DocumentAnalysis], name: String, formats: [ExportFormat],
                                    markdown: MarkdownExport.Options = .init(), allEvents: Bool = false, jobs: Int = 1) throws -> [PendingFile] {
        var files: [PendingFile] = []
        for format in formats {
            switch format {
            case .timeml:
                files += analyses.map { analysis in
                    let id = analysis.document.id
                    return PendingFile(name: format.fileName(ExportNames.stem(for: id)), namedAfter: id) { sink in
                        try sinkUTF8(TimeMLWriter.write(analysis), to: sink)
                    }
                }
            default:
                files.append(PendingFile(name: format.fileName(ExportNames.stem(for: name)), namedAfter: name) { sink in
                    try write(timeline, as: format, markdown: markdown, allEvents: allEvents, jobs: jobs, to: sink)
                })
            }
        }
        try requireDistinctNames(files.map { ($0.name, $0.namedAfter) })
        return files
    }

    /// Throws `ExportNameCollision` for the first name two files share.
    public static func requireDistinctNames(_ files: [File]) throws {
        try requireDistinctNames(files.map { ($0.name, $0.namedAfter) })
    }

    private static func requireDistinctNames(_ files: [(name: String, namedAfter: String)]) throws {
        var owners: [String: String] = [:]
        for file in files {
            if let other = owners[file.name] { throw ExportNameCollision(name: file.name, first: other, second: file.namedAfter) }
            owners[file.name] = file.namedAfter
        }
    }

    /// One format of a timeline as bytes (not TimeML, which is per document); a format for
    /// reading shows the main timeline unless `allEvents`.
    public static func render(_ timeline: Timeline, as format: ExportFormat, markdown: MarkdownExport.Options = .init(), allEvents: Bool = false,
                              jobs: Int = 1) -> [UInt8] {
        if format == .json { return TimelineExport.jsonBytes(timeline, jobs: jobs) }
        return Array(text(timeline, as: format, markdown: markdown, allEvents: allEvents).utf8)
    }

    /// One format of a timeline written to `sink`: JSON a batch at a time, so a large timeline's
    /// JSON is never whole in memory; the other formats rendered, then written.
    public static func write(_ timeline: Timeline, as format: ExportFormat, markdown: MarkdownExport.Options = .init(), allEvents: Bool = false,
                             jobs: Int = 1, to sink: ByteSink) throws {
        if format == .json { return try TimelineJSON.write(timeline, compact: false, jobs: jobs, to: sink) }
        try sinkUTF8(text(timeline, as: format, markdown: markdown, allEvents: allEvents), to: sink)
    }

    /// A format other than JSON and TimeML as text.
    private static func text(_ timeline: Timeline, as format: ExportFormat, markdown: MarkdownExport.Options, allEvents: Bool) -> String {
        let timeline = format.showsMainTimeline && !allEvents ? timeline.mainTimeline : timeline
        switch format {
        case .xml: return TimelineXML.xml(timeline)
        case .md: return MarkdownExport.markdown(timeline, options: markdown)
        case .timelinejs: return TimelineJSExport.json(timeline)
        case .text: return TimelineExport.text(timeline)
        case .svg: return SVGExport.svg(timeline)
        case .html: return HTMLExport.html(timeline)
        case .json, .timeml: preconditionFailure("JSON is written a batch at a time, TimeML per document")
        }
    }

    /// Passes a rendered export's UTF-8 to `sink` without copying it into an array first.
    private static func sinkUTF8(_ text: String, to sink: ByteSink) throws {
        var text = text
        try text.withUTF8 { try sink(UnsafeRawBufferPointer($0)) }
    }

    /// Builds the timeline of analysed documents: one part per document on `jobs` workers, then
    /// the union (the same as `Timeline(documents:)`, faster for many documents).
    public static func timeline(of analyses: [DocumentAnalysis], jobs: Int = 1) -> Timeline {
        guard analyses.count > 1 else { return Timeline(documents: analyses) }
        let parts = Batch.parallelMap(analyses, jobs: jobs) { Timeline(documents: [$0]) }
        let timeline = Timeline(merging: parts)
        Batch.free(consume parts, jobs: jobs)
        return timeline
    }
}
