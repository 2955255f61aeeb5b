import Chronicle
import Foundation

/// One line of `chronicle stream` input: `{"id": …, "text": …, "dct": …}` or
/// `{"id": …, "html": …}`; optional `title`, `source` (where the article came from, a URL or
/// path, kept in the output) and `narrative`.
public struct StreamRecord: Decodable, Sendable {
    public var id: String
    public var text: String?
    public var html: String?
    public var dct: String?
    public var title: String?
    public var source: String?
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
