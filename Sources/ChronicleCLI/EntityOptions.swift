import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `--entity NAME` and `--entities FILE`: the entities whose timelines `build` makes.
struct EntityOptions: ParsableArguments {
    @Option(name: .customLong("entity"), help: "Build the timeline of this entity (a person, company or product) across all inputs; repeatable.")
    var names: [String] = []

    @Option(name: .customLong("entities"), help: "A file naming one entity a line, as with --entity.")
    var file: String?

    /// The entities named, in order, each once; empty when none was asked for.
    func entities() throws -> [EntityName] {
        var names = self.names
        if let file {
            do {
                let text = String(decoding: try DocumentReader.readBytes(path: file), as: UTF8.self)
                names += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } catch let error as InputError {
                reportError(error.description)
                throw ExitCode(inputFailureExitCode)
            }
            if names.isEmpty { throw ValidationError("\(file): names no entity (one name a line)") }
        }
        var seen = Set<String>()
        return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }.map(EntityName.init)
    }
}

/// The formats of entity timelines.
enum EntityFormat: String, CaseIterable {
    case json, xml, semeval2015, text, md, svg, html, timelinejs, timeml

    /// What follows the file's name: JSON and XML hold every entity in `NAME.json`, `NAME.xml`;
    /// the others are one file per entity, `steve_jobs.md`, `steve_jobs.semeval2015.txt`, ...
    var fileSuffix: String {
        switch self {
        case .json, .xml, .md, .svg, .html: return rawValue
        case .semeval2015: return "semeval2015.txt"
        case .text: return "text.txt"
        case .timelinejs: return "timelinejs.json"
        case .timeml: return "tml"
        }
    }

    /// Whether one file holds every entity's timeline.
    var holdsEveryEntity: Bool { self == .json || self == .xml }

    /// Whether files of several entities may follow one another on standard output and still
    /// be read (text lines, Markdown sections); a picture, a page or a JSON document may not.
    var concatenates: Bool { self == .semeval2015 || self == .text || self == .md || holdsEveryEntity }

    /// Why the format cannot hold an entity timeline, when it cannot.
    var unsupportedReason: String? {
        guard self == .timeml else { return nil }
        return "TimeML annotates the events and times in each document's text; it has no place for an entity or for one event reported by several documents (use xml or json, which list every source mention, or build --format timeml without --entity)"
    }
}

/// Entity timelines in one format: JSON and XML hold them all; the others are one file per
/// entity. `documents` are the inputs' documents, for the formats made for reading.
func entityExports(_ timelines: [EntityTimeline], format: EntityFormat, documents: [DocumentInfo], markdown: MarkdownExport.Options,
                   sentenceID: (String, Int) -> String?) throws -> [(name: String?, bytes: [UInt8])] {
    switch format {
    case .json:
        return [(nil, try EntityTimelineExport.json(timelines))]
    case .xml:
        return [(nil, Array(EntityTimelineXML.xml(timelines).utf8))]
    case .semeval2015:
        return timelines.map { (fileName($0.entity), Array(SemEvalTimeline($0, sentenceID: sentenceID).text.utf8)) }
    case .text:
        return timelines.map { timeline in
            var out = "\(timeline.entity)\n"
            for line in timeline.lines {
                out += "\(line[0].display)\n"
                for item in line { out += "  " + item.mentions.map { "\($0.trigger) (\($0.document), \($0.entityText): \($0.pattern))" }.joined(separator: "; ") + "\n" }
            }
            if !timeline.undated.isEmpty {
                out += "undated\n"
                for item in timeline.undated { out += "  " + item.mentions.map { "\($0.trigger) (\($0.document))" }.joined(separator: "; ") + "\n" }
            }
            return (fileName(timeline.entity), Array(out.utf8))
        }
    case .md, .svg, .html, .timelinejs:
        let exportFormat: ExportFormat = format == .md ? .md : format == .svg ? .svg : format == .html ? .html : .timelinejs
        return timelines.map { timeline in
            (fileName(timeline.entity), ExportSet.render(timeline.readingTimeline(documents: documents), as: exportFormat, markdown: markdown, allEvents: true))
        }
    case .timeml:
        throw ValidationError(format.unsupportedReason!)
    }
}

/// A file name for an entity: lowercase, words joined by '_', nothing but letters, digits and '_-'.
func fileName(_ entity: String) -> String {
    let words = entity.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }
    return words.isEmpty ? "entity" : words.joined(separator: "_")
}

/// The sentence ids a TimeML corpus gives (`<s id="3">`), by document, to name mentions as the
/// SemEval-2015 task does; other documents count Chronicle's sentences.
struct CorpusSentences {
    private var byDocument: [String: [(id: String, begin: Int, end: Int)]] = [:]

    init(_ documents: [AnnotatedDocument]) {
        for d in documents where !d.sentences.isEmpty { byDocument[d.document.id] = d.sentences }
    }

    /// Reads the sentences of the TimeML files among `paths` (others are skipped).
    init(timeMLPaths paths: [String]) {
        var documents: [AnnotatedDocument] = []
        for path in paths where path.hasSuffix(".tml") {
            if let bytes = try? DocumentReader.readBytes(path: path),
               let annotated = try? TimeMLReader.read(bytes, path: path, id: DocumentReader.documentID(for: path)) {
                documents.append(annotated)
            }
        }
        self.init(documents)
    }

    func id(_ document: String, _ offset: Int) -> String? {
        byDocument[document]?.first { $0.begin <= offset && offset < $0.end }?.id
    }
}
