import Chronicle

/// Why an input could not be read. Every message names the file and the problem.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// No file at the path.
    case notFound(path: String)
    /// A folder where a file was expected.
    case isDirectory(path: String)
    /// A folder with no file of a format Chronicle reads, or a pattern that matches none.
    case noInputs(path: String)
    /// The file exists but cannot be read: the system's reason.
    case unreadable(path: String, reason: String)
    /// A NUL byte at `byteOffset`: not text.
    case binary(path: String, byteOffset: Int)
    /// Bytes that are not UTF-8, at a line and column.
    case invalidUTF8(path: String, byteOffset: Int, line: Int, column: Int)
    /// TimeML that libxml2 cannot parse, with its message and line.
    case malformedXML(path: String, message: String)
    /// XML that is not a TimeML document.
    case notTimeML(path: String, reason: String)
    /// A creation time that is not a date, or names one that does not exist.
    case invalidDCT(path: String, value: String)
    /// Front matter that cannot be read, at its line.
    case invalidFrontMatter(path: String, line: Int, reason: String)
    /// A bad JSON Lines record, at its line number.
    case invalidRecord(path: String, line: Int, reason: String)
    /// A file given to `merge` that is no Chronicle timeline export.
    case invalidExport(path: String, reason: String)
    /// A page that parsed but left no readable text once markup, scripts and boilerplate were gone.
    case noText(path: String)
    /// An input past one of `InputLimits`: what is too large, with the limit.
    case overLimit(path: String, what: String)
    /// A folder argument that is the folder the run writes to.
    case outputFolder(path: String)

    /// The input that failed.
    public var path: String {
        switch self {
        case .notFound(let p), .isDirectory(let p), .noInputs(let p), .unreadable(let p, _), .binary(let p, _), .invalidUTF8(let p, _, _, _),
             .malformedXML(let p, _), .notTimeML(let p, _), .invalidDCT(let p, _), .invalidFrontMatter(let p, _, _),
             .invalidRecord(let p, _, _), .invalidExport(let p, _), .noText(let p), .overLimit(let p, _), .outputFolder(let p):
            return p
        }
    }

    /// `PATH: problem` (with line and column when known), as `chronicle` prints it after
    /// `chronicle: error: `.
    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file"
        case .isDirectory(let path): return "\(path): is a directory, not a file"
        case .noInputs(let path):
            return "\(path): no files to read (looked for \(InputFiles.extensions.sorted().map { "." + $0 }.joined(separator: ", ")))"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .binary(let path, let offset): return "\(path): looks like a binary file (NUL byte at offset \(offset)), not text"
        case .invalidUTF8(let path, let offset, let line, let column):
            return "\(path):\(line):\(column): invalid UTF-8 (byte offset \(offset))"
        case .malformedXML(let path, let message): return "\(path): malformed XML: \(message)"
        case .notTimeML(let path, let reason): return "\(path): not a TimeML document: \(reason)"
        case .invalidDCT(let path, let value):
            return "\(path): invalid document creation time '\(value)' (expected YYYY-MM-DD, optionally with a time)"
        case .invalidFrontMatter(let path, let line, let reason): return "\(path):\(line): front matter: \(reason)"
        case .invalidRecord(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .invalidExport(let path, let reason): return "\(path): not a Chronicle timeline: \(reason)"
        case .noText(let path): return "\(path): no text to read: the page has no article, paragraphs or body text outside navigation, scripts and other boilerplate"
        case .overLimit(let path, let what): return "\(path): \(what) (over Chronicle's limit; see README, Limits)"
        case .outputFolder(let path):
            return "\(path): is the --output folder, which is never searched for inputs; write the exports to another folder"
        }
    }
}

/// What is wrong with a JSON input, in a user's words: the field and the problem.
func describeDecodingError(_ error: Error) -> String {
    func field(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
    switch error {
    case DecodingError.keyNotFound(let key, let context):
        return "missing \"\(field(context.codingPath + [key]))\""
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
        return context.codingPath.isEmpty ? "not a JSON object" : "\"\(field(context.codingPath))\" has the wrong type"
    case DecodingError.dataCorrupted(let context):
        return context.codingPath.isEmpty ? "not valid JSON" : "\"\(field(context.codingPath))\": \(context.debugDescription)"
    default:
        return "\(error)"
    }
}
