import Chronicle
@testable import ChronicleIO
import Foundation
import Testing

/// Inputs of any kind read within documented bounds (`InputLimits`), in linear time.
struct InputLimitsTests {

    /// A pipe fed from another thread, for the line reader.
    static func pipe(_ bytes: [UInt8]) -> Int32 {
        var ends: [Int32] = [0, 0]
        _ = Glibc.pipe(&ends)
        let writer = ends[1]
        Thread {
            try? AtomicFile.writeAll(bytes, to: writer, name: "pipe")
            close(writer)
        }.start()
        return ends[0]
    }

    @Test func aLineTooLongIsReportedOnceAndTheNextLinesAreRead() throws {
        let input = Array("short\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 100_000) + Array("\nafter\r\nlast".utf8)
        let descriptor = Self.pipe(input)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, chunkSize: 1000, maximumLength: 10_000)
        var lines: [String] = []
        while let line = try reader.next() {
            switch line {
            case .text(let bytes): lines.append("\(reader.lineNumber):" + String(decoding: bytes, as: UTF8.self))
            case .tooLong: lines.append("\(reader.lineNumber): too long")
            }
        }
        #expect(lines == ["1:short", "2: too long", "3:after", "4:last"])
    }

    @Test func aLineJustUnderTheLimitIsRead() throws {
        let input = Array(repeating: UInt8(ascii: "y"), count: 10_000) + [0x0A]
        let descriptor = Self.pipe(input)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, chunkSize: 7, maximumLength: 10_000)
        guard case .text(let line)? = try reader.next() else { Issue.record("no line"); return }
        #expect(line.count == 10_000)
        #expect(try reader.next() == nil)
    }

    @Test func strictTimestampsRejectTimesThatDoNotExist() {
        for good in ["2021-05-05", "20210505", "2021-05-05T23:59", "2021-05-05T23:59:60Z", "2021-05-05 09:30:00.123+02:00", "2021-05-05T24:00:00", "2021-05-05T12:00-0400", "2021-05-05T12:00+05"] {
            #expect(CalendarDate(isoTimestamp: good) != nil, "\(good)")
        }
        for bad in ["2021-05-05T25:61:00Z", "2021-05-05T23:60", "2021-05-05T24:01", "2021-02-29", "2021-05-05T12", "2021-05-05T12:00+25:00", "2021-05-05junk", "03-02-2009"] {
            #expect(CalendarDate(isoTimestamp: bad) == nil, "\(bad)")
        }
    }

    @Test func timeMLWithATextOverTenMegabytesIsRead() throws {
        let text = String(repeating: "The council met on Wednesday. ", count: 400_000)
        let read = try TimeMLReader.read(Array("<TimeML><TEXT>\(text)</TEXT></TimeML>".utf8), path: "big.tml", id: "big")
        #expect(read.document.text.utf8.count == text.utf8.count)
    }

    @Test func timeMLThatDeclaresEntitiesIsRefusedBeforeAnyIsExpanded() {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE TimeML [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <TimeML><TEXT><s id="&b;">&b;</s></TEXT></TimeML>
            """
        #expect(throws: InputError.malformedXML(path: "l.tml", message: "the document declares entities (<!ENTITY>), which Chronicle does not read")) {
            _ = try TimeMLReader.read(Array(laughs.utf8), path: "l.tml", id: "l")
        }
    }

    @Test func timeMLNestedDeeperThanTheLimitIsRefused() {
        let depth = InputLimits.nestingDepth + 10
        let doc = "<TimeML><TEXT>" + String(repeating: "<s>", count: depth) + "x" + String(repeating: "</s>", count: depth) + "</TEXT></TimeML>"
        #expect(throws: InputLimits.tooDeep("d.tml")) { _ = try TimeMLReader.read(Array(doc.utf8), path: "d.tml", id: "d") }
        let shallow = "<TimeML><TEXT>" + String(repeating: "<s>", count: 50) + "x" + String(repeating: "</s>", count: 50) + "</TEXT></TimeML>"
        #expect(throws: Never.self) { _ = try TimeMLReader.read(Array(shallow.utf8), path: "s.tml", id: "s") }
    }

    @Test func attributesAreReadInOnePass() throws {
        let extra = (0..<5000).map { "a\($0)=\"v\($0)\"" }.joined(separator: " ")
        let doc = #"<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="XXXX-WXX-5" "# + extra + #" mod="START">Friday</TIMEX3>.</TEXT></TimeML>"#
        #expect(throws: InputLimits.tooManyAttributes("a.tml", line: 1)) { _ = try TimeMLReader.read(Array(doc.utf8), path: "a.tml", id: "a") }
        let fewer = (0..<900).map { "a\($0)=\"v\($0)\"" }.joined(separator: " ")
        let read = try TimeMLReader.read(Array((#"<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="XXXX-WXX-5" "# + fewer + #" mod="START">Friday</TIMEX3>.</TEXT></TimeML>"#).utf8), path: "a.tml", id: "a")
        #expect(read.timexes.first?.value == "XXXX-WXX-5" && read.timexes.first?.mod == "START")
    }

    @Test(arguments: [
        ("<p a=1 b='>' c=\"x y\" d>", 4), ("<!-- <p a b c d e> -->", 0), ("<![CDATA[<p a b c d e>]]>", 0), ("<?pi a b c?>", 0),
        ("</p a b c>", 0), ("<script x=1>if (a<b c d e f) {}</script><p y>", 1), ("a < b", 0), ("<br/>", 0),
    ])
    func theMarkupScanCountsAttributesAsParsersSeeThem(_ markup: String, _ most: Int) {
        let bytes = Array(markup.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(MarkupScan.crowdedElement(buffer, html: true, limit: most) == nil, "\(markup)")
            if most > 0 { #expect(MarkupScan.crowdedElement(buffer, html: true, limit: most - 1) != nil, "\(markup)") }
        }
    }

    @Test func htmlWithTooManyAttributesIsRefused() {
        let page = "<html><body><p " + (0..<2000).map { "a\($0)=1" }.joined(separator: " ") + ">It rained on Friday.</p></body></html>"
        #expect(throws: InputLimits.tooManyAttributes("p.html", line: 1)) { _ = try HTMLReader.read(Array(page.utf8), path: "p.html", id: "p") }
    }

    @Test func theVersionOfAnExportIsReadAsWritten() {
        func version(_ json: String) -> String? {
            Array(json.utf8).withUnsafeBufferPointer { JSONScan.topLevelValue(of: "version", in: $0) }.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(version(#"{"a": {"version": 2}, "b": "x\"}", "version": 1}"#) == "1")
        #expect(version(#"{"version": 1.0}"#) == "1.0")
        #expect(version(#"{"versions": 1}"#) == nil)
        #expect(version(#"[1]"#) == nil)
    }
}
