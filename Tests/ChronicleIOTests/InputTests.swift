import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleIO

struct TextDecodingTests {
    @Test func reportsWhereUTF8GoesWrong() {
        var bytes = Array("line one\nab".utf8)
        bytes.append(0xC3)  // a lead byte with no continuation
        bytes.append(contentsOf: Array("x".utf8))
        #expect(throws: InputError.invalidUTF8(path: "f.txt", byteOffset: 11, line: 2, column: 3)) {
            _ = try TextDecoding.decode(bytes, path: "f.txt")
        }
        #expect(TextDecoding.firstInvalidUTF8([0xED, 0xA0, 0x80].withUnsafeBufferPointer { $0 }) == 0)  // a surrogate
        #expect(TextDecoding.firstInvalidUTF8([0xC0, 0x80].withUnsafeBufferPointer { $0 }) == 0)  // overlong
    }

    @Test func refusesBinaryData() {
        #expect(throws: InputError.binary(path: "b.bin", byteOffset: 3)) {
            _ = try TextDecoding.decode([0x50, 0x4B, 0x03, 0x00, 0x04], path: "b.bin")
        }
    }

    @Test func dropsAByteOrderMark() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("hi".utf8), path: "x") == "hi")
    }
}

struct FrontMatterTests {
    @Test func splitsFieldsFromTheBody() throws {
        let text = "---\ndct: 2021-08-20\ntitle: \"A: title\"\n---\nBody text.\n"
        let (front, body) = try #require(try FrontMatter.split(text, path: "s.txt"))
        #expect(front.fields["dct"] == "2021-08-20")
        #expect(front.fields["title"] == "A: title")
        #expect(body == "Body text.\n")
        #expect(try FrontMatter.split("No front matter.", path: "s.txt") == nil)
    }

    @Test func reportsBrokenFrontMatter() {
        #expect(throws: InputError.invalidFrontMatter(path: "s.txt", line: 2, reason: "expected 'key: value', found 'oops'")) {
            _ = try FrontMatter.split("---\noops\n---\nx", path: "s.txt")
        }
        #expect(throws: InputError.invalidFrontMatter(path: "s.txt", line: 2, reason: "no closing '---' line")) {
            _ = try FrontMatter.split("---\ndct: 2021-01-01", path: "s.txt")
        }
    }
}

struct DocumentReaderTests {
    @Test func takesTheDCTFromFrontMatterUnlessOverridden() throws {
        let bytes = Array("---\ndct: 2021-08-20\n---\nThey met on Wednesday.".utf8)
        let read = try DocumentReader().read(bytes: bytes, path: "dir/sample.txt")
        #expect(read.document.id == "sample")
        #expect(read.document.dct == CalendarDate(year: 2021, month: 8, day: 20))
        #expect(read.document.text == "They met on Wednesday.")
        #expect(try DocumentReader().read(bytes: Array("---\ntitle: Talks\n---\nx".utf8), path: "t.txt").document.title == "Talks")
        let overridden = try DocumentReader(dct: CalendarDate(year: 2020, month: 1, day: 1)).read(bytes: bytes, path: "sample.txt")
        #expect(overridden.document.dct == CalendarDate(year: 2020, month: 1, day: 1))
        // a bad DCT costs the DCT: a warning, and the document read without one
        for value in ["soon", "2021-05-05T25:61:00Z", "2021-02-29"] {
            let bad = try DocumentReader().read(bytes: Array("---\ndct: \(value)\n---\nx".utf8), path: "bad.txt")
            #expect(bad.document.dct == nil)
            #expect(bad.warnings == [InputError.invalidDCT(path: "bad.txt", value: value).description + "; read without one"])
        }
    }

    @Test func recordsWhereTheDCTCameFrom() throws {
        let front = Array("---\ndct: 2021-08-20\n---\nText.".utf8)
        #expect(try DocumentReader().read(bytes: front, path: "f.txt").document.dctSource == "front matter")
        #expect(try DocumentReader().read(bytes: Array("No date here.".utf8), path: "n.txt").document.dctSource == nil)
        let option = try DocumentReader(dct: CalendarDate(year: 2020, month: 1, day: 2)).read(bytes: front, path: "f.txt")
        #expect(option.document.dctSource == "option")
        let timeML = """
        <?xml version="1.0"?>
        <TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
        <TEXT>They met on Wednesday.</TEXT></TimeML>
        """
        #expect(try DocumentReader().read(bytes: Array(timeML.utf8), path: "d.tml").document.dctSource == "timeml")
        let undated = "<?xml version=\"1.0\"?><TimeML><TEXT>They met.</TEXT></TimeML>"
        #expect(try DocumentReader().read(bytes: Array(undated.utf8), path: "u.tml").document.dctSource == nil)
    }

    @Test func detectsTimeMLByExtensionOrContent() {
        #expect(DocumentReader.format(of: "a.tml", bytes: []) == .timeML)
        #expect(DocumentReader.format(of: "a.txt", bytes: Array("<?xml version=\"1.0\"?><TimeML>".utf8)) == .timeML)
        #expect(DocumentReader.format(of: "a.txt", bytes: Array("Plain news text.".utf8)) == .text)
    }

    @Test func namesMissingFilesAndDirectories() {
        #expect(throws: InputError.notFound(path: "/no/such/file.txt")) {
            _ = try DocumentReader().read(path: "/no/such/file.txt")
        }
        #expect(throws: InputError.isDirectory(path: "/tmp")) {
            _ = try DocumentReader().read(path: "/tmp")
        }
    }
}

struct TagExportTests {
    @Test func jsonListsEachExpressionWithItsAttributes() throws {
        let document = Document(id: "d", text: "Biden admitted Wednesday that it took 18 months.", dct: CalendarDate(year: 2021, month: 8, day: 20), source: "d.txt")
        let bytes = TagExport.json([(document, TemporalTagger().tagging(document))])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(root["version"] as? Int == TagExport.version)
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents[0]["dct"] as? String == "2021-08-20")
        let items = try #require(documents[0]["timexes"] as? [[String: Any]])
        #expect(items.map { $0["text"] as? String } == ["Wednesday", "18 months"])
        #expect(items[0]["value"] as? String == "2021-08-18")
        #expect(items[0]["begin"] as? Int == 15 && items[0]["end"] as? Int == 24)
        #expect(items[1]["type"] as? String == "DURATION")
        #expect(items[0]["mod"] is NSNull)
    }

    @Test func jsonIsTheSameBytesEveryTime() {
        let document = Document(id: "d\u{1}\"q\"", text: "In July, and on Friday.", dct: CalendarDate(year: 2021, month: 8, day: 20))
        let tagging = TemporalTagger().tagging(document)
        let first = TagExport.json([(document, tagging)])
        #expect(first == TagExport.json([(document, tagging)]))
        #expect(String(decoding: first, as: UTF8.self).contains(#""id": "d\u0001\"q\"""#))
    }

    @Test func jsonWriterMatchesTheValueRenderer() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a"); writer.int(-12)
        writer.key("b"); writer.beginArray(); writer.string("x\"y"); writer.null(); writer.bool(true); writer.endArray()
        writer.key("c"); writer.beginObject(); writer.endObject()
        writer.endObject()
        let value = JSONValue.object(["a": .int(-12), "b": .array([.string("x\"y"), .null, .bool(true)]), "c": .object([:])])
        #expect(String(decoding: writer.finish(), as: UTF8.self) == value.rendered())
    }
}
