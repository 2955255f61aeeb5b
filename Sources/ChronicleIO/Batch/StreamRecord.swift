import Chronicle
import Foundation

/// One line of `chronicle stream` input: `{"id": …, "text": …, "dct": …}` or
/// `{"id": …, "html": …}`; optional `title`, `source` (where the article came from, a URL or
/// path, kept in the output) and `narrative`.
public struct StreamRecord: Decodable, Sendable {
    /// The document's id (its output file names come from it).
    public var id: String
    /// The document's text, when it is given as text.
    public var text: String?
    /// The document as an HTML page, when it is given as one (the article is extracted from it).
    public var html: String?
    /// The document's creation time, `YYYY-MM-DD` (a time of day may follow).
    public var dct: String?
    /// The document's title.
    public var title: String?
    /// Where the article came from (a URL or path), kept in the output.
    public var source: String?
    /// `true` resolves its relative dates as a narrative does (`--narrative` for this record);
    /// absent or `false` lets its text decide.
    public var narrative: Bool?

    /// Decodes one JSON Lines record; `source` and `line` name it in errors.
    public static func decode(_ line: ArraySlice<UInt8>, source: String, line number: Int) throws -> StreamRecord {
        let record: StreamRecord
        do {
            record = try JSONDecoder().decode(StreamRecord.self, from: Data(line))
        } catch {
            throw InputError.invalidRecord(path: source, line: number, reason: describeDecodingError(error))
        }
        if record.id.isEmpty { throw InputError.invalidRecord(path: source, line: number, reason: "\"id\" is empty") }
        if (record.text == nil) == (record.html == nil) {
            throw InputError.invalidRecord(path: source, line: number, reason: "give exactly one of \"text\" and \"html\"")
        }
        return record
    }

    /// The record as a document, read as the files of its kind are (HTML pages keep their body
    /// and find their own DCT unless the record or `reader` gives one). `input` and `line` name
    /// the record in errors.
    public func document(reader: DocumentReader, input: String, line: Int) throws -> Document {
        var document: Document
        if let html {
            document = try reader.read(bytes: Array(html.utf8), path: "\(input):\(line)", format: .html).document
        } else {
            document = Document(id: id, text: text ?? "")
            document.genre = reader.genre
            if let dct = reader.dct {
                document.dct = dct
                document.dctSource = "option"
            }
        }
        document.id = id
        document.source = source
        if let title { document.title = title }
        if let narrative { document.narrative = narrative }
        if reader.dct == nil, let dct {
            guard let date = CalendarDate(isoTimestamp: dct) else {
                throw InputError.invalidRecord(path: input, line: line, reason: "invalid \"dct\" '\(dct)' (expected YYYY-MM-DD, optionally with a time)")
            }
            document.dct = date
            document.dctValue = dct.count > 10 ? dct : nil
            document.dctSource = "record"
        }
        return document
    }
}
