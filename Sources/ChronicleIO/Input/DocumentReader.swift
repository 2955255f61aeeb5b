import Foundation
import Chronicle

/// The format of an input file.
public enum InputFormat: String, Sendable {
    case text
    case timeML = "timeml"
    case html
}

/// Reads plain text (with optional front matter), TimeML and HTML pages into documents.
///
/// The DCT comes from, in order: the `dct` option, the file itself (TimeML's DCT, front matter's
/// `dct`, an HTML page's metadata or dateline as `HTMLReader` orders them), or nowhere (values then
/// stay underspecified unless the text dates itself). `Document.dctSource` records which:
/// `option`, `timeml`, `front matter`, or the page source `HTMLReader` names. `genre`, when set,
/// is the genre every document is resolved as (`--news`, `--narrative`).
public struct DocumentReader: Sendable {
    public var dct: CalendarDate?
    public var genre: Genre?

    public var narrative: Bool { genre == .narrative }

    public init(dct: CalendarDate? = nil, narrative: Bool = false, genre: Genre? = nil) {
        self.dct = dct
        self.genre = narrative ? .narrative : genre
    }

    /// Reads a file, or standard input for `-`.
    public func read(path: String) throws -> AnnotatedDocument {
        let bytes = try Self.readBytes(path: path)
        return try read(bytes: bytes, path: path)
    }

    public func read(bytes: [UInt8], path: String) throws -> AnnotatedDocument {
        try read(bytes: bytes, path: path, format: Self.format(of: path, bytes: bytes))
    }

    /// Reads `bytes` as `format`; `path` names the document in errors and gives its id.
    public func read(bytes: [UInt8], path: String, format: InputFormat) throws -> AnnotatedDocument {
        let id = Self.documentID(for: path)
        var annotated: AnnotatedDocument
        switch format {
        case .timeML:
            annotated = try TimeMLReader.read(bytes, path: path, id: id)
            if annotated.document.dct != nil { annotated.document.dctSource = "timeml" }
        case .html:
            annotated = try HTMLReader.read(bytes, path: path, id: id)
        case .text:
            let text = try TextDecoding.decode(bytes, path: path)
            var document = Document(id: id, text: text, source: path)
            if let (front, body) = try FrontMatter.split(text, path: path) {
                document.text = body
                if let value = front.fields["dct"] ?? front.fields["date"] {
                    guard let date = CalendarDate(iso: value) else { throw InputError.invalidDCT(path: path, value: value) }
                    document.dct = date
                    document.dctValue = value
                    document.dctSource = "front matter"
                }
                if let value = front.fields["id"], !value.isEmpty { document.id = value }
                if let value = front.fields["title"], !value.isEmpty { document.title = value }
            }
            annotated = AnnotatedDocument(document: document, timexes: [], events: [])
        }
        if let dct {
            annotated.document.dct = dct
            annotated.document.dctValue = nil
            annotated.document.dctSource = "option"
        }
        annotated.document.genre = genre
        return annotated
    }

    /// TimeML by extension (`.tml`, `.xml`) or by content that opens like TimeML; then HTML by
    /// extension (`.html`, `.htm`) or by content opening with `<!DOCTYPE html` or `<html`; else text.
    public static func format(of path: String, bytes: [UInt8]) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".tml") || lower.hasSuffix(".xml") || lower.hasSuffix(".timeml") { return .timeML }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        if TimeMLReader.looksLikeTimeML(head) { return .timeML }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || HTMLReader.looksLikeHTML(bytes) { return .html }
        return .text
    }

    /// The file name without directories and extension; `stdin` for `-`.
    public static func documentID(for path: String) -> String {
        if path == "-" { return "stdin" }
        var name = (path as NSString).lastPathComponent
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }

    public static func readBytes(path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.notFound(path: path) }
        if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw InputError.unreadable(path: path, reason: "permission denied") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw InputError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
