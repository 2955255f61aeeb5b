import Foundation
import Chronicle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The format of an input file.
public enum InputFormat: String, Sendable {
    /// Plain text, with optional front matter.
    case text
    /// TimeML (`.tml`, `.xml`, or text that looks like TimeML).
    case timeML = "timeml"
    /// An HTML page (`.html`, `.htm`, or bytes that look like one), whose article is extracted.
    case html
}

/// Reads plain text (with optional front matter), TimeML and HTML pages into documents.
///
/// The DCT comes from, in order: the `dct` option, the file itself (TimeML's DCT, front matter's
/// `dct`, an HTML page's metadata or dateline as `HTMLReader` orders them), or nowhere (values then
/// stay underspecified unless the text dates itself). `Document.dctSource` records which:
/// `option`, `timeml`, `front matter`, or the page source `HTMLReader` names. A DCT in a file
/// that is not a date (or names a time that does not exist) is a warning, and the document is
/// read as if it had none. `genre`, when set, is the genre every document is resolved as
/// (`--news`, `--narrative`).
public struct DocumentReader: Sendable {
    /// The creation time every document gets (`--dct`), overriding the files' own; nil keeps theirs.
    public var dct: CalendarDate?
    /// The genre every document is resolved as (`--news`, `--narrative`); nil lets each text decide.
    public var genre: Genre?

    /// Whether every document is resolved as a narrative.
    public var narrative: Bool { genre == .narrative }

    /// A reader with these options; `narrative: true` is `genre: .narrative`.
    public init(dct: CalendarDate? = nil, narrative: Bool = false, genre: Genre? = nil) {
        self.dct = dct
        self.genre = narrative ? .narrative : genre
    }

    /// Reads a file, or standard input for `-`.
    public func read(path: String) throws -> AnnotatedDocument {
        let bytes = try Self.readBytes(path: path)
        return try read(bytes: bytes, path: path)
    }

    /// Reads `bytes` in the format its path's extension or its first bytes say; `path` names the
    /// document in errors and gives its id.
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
            var warnings: [String] = []
            if let (front, body) = try FrontMatter.split(text, path: path) {
                document.text = body
                if let value = front.fields["dct"] ?? front.fields["date"] {
                    // a bad DCT costs the DCT, not the document
                    if let date = CalendarDate(isoTimestamp: value) {
                        document.dct = date
                        document.dctValue = value
                        document.dctSource = "front matter"
                    } else {
                        warnings.append(InputError.invalidDCT(path: path, value: value).description + "; read without one")
                    }
                }
                if let value = front.fields["id"], !value.isEmpty { document.id = value }
                if let value = front.fields["title"], !value.isEmpty { document.title = value }
            }
            annotated = AnnotatedDocument(document: document, timexes: [], events: [])
            annotated.warnings = warnings
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
        let head = TextDecoding.head(bytes)
        if TimeMLReader.looksLikeTimeML(head) { return .timeML }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || HTMLReader.looksLikeHTML(Array(head.utf8)) { return .html }
        return .text
    }

    /// The file name without directories and extension; `stdin` for `-`.
    public static func documentID(for path: String) -> String {
        if path == "-" { return "stdin" }
        var name = (path as NSString).lastPathComponent
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }

    /// The bytes of a file, or of standard input for `-`: any file that can be read in order
    /// (a regular file, a FIFO, `/dev/stdin`, `/dev/null`), up to `InputLimits.documentBytes`.
    public static func readBytes(path: String) throws -> [UInt8] {
        if path == "-" { return try readAll(STDIN_FILENO, path: "-") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw InputError.notFound(path: path)
            case EISDIR: throw InputError.isDirectory(path: path)
            default: throw InputError.unreadable(path: path, reason: String(cString: strerror(code)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw InputError.isDirectory(path: path) }
            if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > InputLimits.documentBytes { throw InputLimits.tooLarge(path) }
        }
        return try readAll(descriptor, path: path, sizeHint: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0)
    }

    /// Reads `descriptor` to its end, refusing more than `InputLimits.documentBytes`.
    static func readAll(_ descriptor: Int32, path: String, sizeHint: Int = 0) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint + 1)
        var chunk = max(sizeHint + 1, 1 << 16)
        while true {
            let old = bytes.count
            let wanted = min(chunk, InputLimits.documentBytes + 1 - old)
            bytes.append(contentsOf: repeatElement(0, count: wanted))
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + old, wanted) }
            if count < 0 {
                bytes.removeLast(wanted)
                if errno == EINTR { continue }
                throw InputError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            bytes.removeLast(wanted - count)
            if count == 0 { return bytes }
            if bytes.count > InputLimits.documentBytes { throw InputLimits.tooLarge(path) }
            chunk = max(chunk, bytes.count)  // doubling: linear in the size read
        }
    }
}
