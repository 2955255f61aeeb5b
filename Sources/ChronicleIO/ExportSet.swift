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

    /// The files of `timeline` in `formats`, named after `name`; TimeML needs the analyses the
    /// timeline was built from (one `.tml` per document, named after its id) and is skipped
    /// without them. Throws when two files would have one name. With `allEvents`, the formats
    /// for reading show every event, not only the main timeline.
    public static func files(_ timeline: Timeline, analyses: [DocumentAnalysis], name: String, formats: [ExportFormat],
                             markdown: MarkdownExport.Options = .init(), allEvents: Bool = false, jobs: Int = 1) throws -> [File] {
        var files: [File] = []
        for format in formats {
            switch format {
            case .timeml:
                files += analyses.map { analysis in
                    let id = analysis.document.id
                    return File(name: format.fileName(ExportNames.stem(for: id)), bytes: Array(TimeMLWriter.write(analysis).utf8), namedAfter: id)
                }
            default:
                files.append(File(name: format.fileName(ExportNames.stem(for: name)), bytes: render(timeline, as: format, markdown: markdown, allEvents: allEvents, jobs: jobs),
                                  namedAfter: name))
            }
        }
        try requireDistinctNames(files)
        return files
    }

    /// Throws `ExportNameCollision` for the first name two files share.
    public static func requireDistinctNames(_ files: [File]) throws {
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
        let timeline = format.showsMainTimeline && !allEvents ? timeline.mainTimeline : timeline
        switch format {
        case .json: return TimelineExport.jsonBytes(timeline, jobs: jobs)
        case .xml: return Array(TimelineXML.xml(timeline).utf8)
        case .md: return Array(MarkdownExport.markdown(timeline, options: markdown).utf8)
        case .timelinejs: return Array(TimelineJSExport.json(timeline).utf8)
        case .text: return Array(TimelineExport.text(timeline).utf8)
        case .svg: return Array(SVGExport.svg(timeline).utf8)
        case .html: return Array(HTMLExport.html(timeline).utf8)
        case .timeml: preconditionFailure("TimeML is written per document")
        }
    }

    /// One format of a timeline written to `sink`: JSON a batch at a time, so a large timeline's
    /// JSON is never whole in memory; the other formats rendered, then written.
    public static func write(_ timeline: Timeline, as format: ExportFormat, markdown: MarkdownExport.Options = .init(), allEvents: Bool = false,
                             jobs: Int = 1, to sink: ByteSink) throws {
        if format == .json { return try TimelineJSON.write(timeline, compact: false, jobs: jobs, to: sink) }
        try render(timeline, as: format, markdown: markdown, allEvents: allEvents, jobs: jobs).withUnsafeBytes { try sink($0) }
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
