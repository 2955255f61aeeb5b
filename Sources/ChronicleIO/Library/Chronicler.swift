import Chronicle
import Foundation

/// The library's front door: timelines from text or files in one call, with the options the
/// `chronicle build` command has.
///
/// ```swift
/// import Chronicle
/// import ChronicleIO
///
/// let chronicler = Chronicler(options: .init(dct: CalendarDate(year: 2024, month: 3, day: 13)))
/// let timeline = chronicler.timeline(text: "The council approved the budget in January.", id: "council")
/// for entry in timeline.entries {
///     print(entry.display, timeline.events(of: entry).map(\.trigger))
/// }
/// print(timeline.export(as: .md))
/// ```
///
/// A `Chronicler` holds no mutable state: share one between tasks.
public struct Chronicler: Sendable {
    /// How documents are read.
    public struct Options: Sendable, Hashable {
        /// The creation time every document resolves relative dates against ("Friday",
        /// "last month"), overriding any the document states; nil keeps the document's own.
        public var dct: CalendarDate?
        /// The genre every document is resolved as: `.news` counts from the creation time,
        /// `.narrative` from the last explicit date in the text; nil decides per document.
        public var genre: Genre?

        /// Options for documents read as they are, each deciding its own genre, by default.
        public init(dct: CalendarDate? = nil, genre: Genre? = nil) {
            self.dct = dct
            self.genre = genre
        }
    }

    /// How documents are read.
    public var options: Options
    /// The pipeline each document goes through.
    public var analyzer: DocumentAnalyzer

    /// A chronicler reading with `options` through `analyzer` (the shipped models by default).
    public init(options: Options = Options(), analyzer: DocumentAnalyzer = DocumentAnalyzer()) {
        self.options = options
        self.analyzer = analyzer
    }

    /// The timeline of one text. `id` names the document in event ids (`id:e1`); front matter
    /// at the top of the text (`dct:`, `title:`) is read as in a file.
    public func timeline(text: String, id: String = "text") -> Timeline {
        Timeline(documents: [analysis(of: document(text: text, id: id))])
    }

    /// The timeline of several texts, each with its id.
    public func timeline(texts: [(id: String, text: String)]) -> Timeline {
        ExportSet.timeline(of: texts.map { analysis(of: document(text: $0.text, id: $0.id)) })
    }

    /// The timeline of files: plain text (with optional front matter), HTML pages or TimeML,
    /// each recognised by its name or content. Throws the first file's error that cannot be
    /// read, naming the file.
    public func timeline(files paths: [String]) throws -> Timeline {
        let reader = DocumentReader(dct: options.dct, genre: options.genre)
        let analyses = try paths.map { try analysis(of: reader.read(path: $0).document) }
        return ExportSet.timeline(of: analyses)
    }

    /// One document through the pipeline: its time expressions, events and their times.
    public func analysis(of document: Document) -> DocumentAnalysis {
        analyzer.analyze(document)
    }

    /// A document of `text` as the options read it (front matter included).
    func document(text: String, id: String) -> Document {
        let reader = DocumentReader(dct: options.dct, genre: options.genre)
        // text never fails to read: it is valid UTF-8, and bad front matter is read as text
        if let read = try? reader.read(bytes: Array(text.utf8), path: id, format: .text) {
            var document = read.document
            document.source = nil
            // the reader names a document after a file, without its extension; front matter's
            // `id:` still wins
            if document.id == DocumentReader.documentID(for: id) { document.id = id }
            return document
        }
        var document = Document(id: id, text: text, dct: options.dct, dctSource: options.dct == nil ? nil : "option")
        document.genre = options.genre
        return document
    }
}

extension Timeline {
    /// The timeline in `format` as text (not `.timeml`, which needs the documents' analyses:
    /// use `TimeMLWriter.write(_:)`).
    public func export(as format: ExportFormat, markdown: MarkdownExport.Options = .init()) -> String {
        String(decoding: ExportSet.render(self, as: format, markdown: markdown), as: UTF8.self)
    }

    /// The timeline in `format` as UTF-8 bytes.
    public func exportData(as format: ExportFormat, markdown: MarkdownExport.Options = .init()) -> Data {
        Data(ExportSet.render(self, as: format, markdown: markdown))
    }

    /// Writes the timeline in `format` to `path` through a temporary file and a rename, so a
    /// reader never sees half a file and a failed write leaves the old file as it was.
    public func write(as format: ExportFormat, to path: String, markdown: MarkdownExport.Options = .init()) throws {
        try AtomicFile.write(ExportSet.render(self, as: format, markdown: markdown), to: path)
    }
}
