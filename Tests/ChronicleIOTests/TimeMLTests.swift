import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleIO

struct TimeMLReaderTests {
    static let document = """
    <?xml version="1.0" ?>
    <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <DOCID>APW19980811.0474</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-11" temporalFunction="false" functionInDocument="CREATION_TIME">08/11/1998</TIMEX3></DCT>
    <TEXT>
    Smith &amp; Co. <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-10">Monday</TIMEX3> that café prices <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">two weeks</TIMEX3>.
    </TEXT>
    </TimeML>
    """

    @Test func readsTextDCTAndAnnotations() throws {
        let annotated = try TimeMLReader.read(Array(Self.document.utf8), path: "a.tml", id: "a")
        #expect(annotated.document.id == "APW19980811.0474")
        #expect(annotated.document.dct == CalendarDate(year: 1998, month: 8, day: 11))
        let text = annotated.document.text
        #expect(text.contains("Smith & Co. said Monday that café prices rose for two weeks."))
        #expect(annotated.timexes.map(\.text) == ["Monday", "two weeks"])
        #expect(annotated.timexes[1].mod == "APPROX")
        #expect(annotated.events.map(\.eventClass) == ["REPORTING", "OCCURRENCE"])
        // offsets are Unicode-scalar offsets into the text
        let scalars = Array(text.unicodeScalars)
        for timex in annotated.timexes {
            #expect(String(String.UnicodeScalarView(scalars[timex.begin..<timex.end])) == timex.text)
        }
    }

    @Test func reportsMalformedXMLWithItsLine() {
        let broken = "<TimeML>\n<DOCID>x</DOCID>\n<TEXT>an <TIMEX3>open element</TEXT>\n</TimeML>"
        #expect {
            _ = try TimeMLReader.read(Array(broken.utf8), path: "broken.tml", id: "broken")
        } throws: { error in
            guard case InputError.malformedXML(let path, let message) = error else { return false }
            return path == "broken.tml" && message.hasPrefix("line 3:")
        }
    }

    @Test func refusesOtherRootsAndMissingText() {
        #expect(throws: InputError.notTimeML(path: "x.xml", reason: "root element is <html>, expected <TimeML>")) {
            _ = try TimeMLReader.read(Array("<html><body/></html>".utf8), path: "x.xml", id: "x")
        }
        #expect(throws: InputError.notTimeML(path: "y.tml", reason: "no <TEXT> element")) {
            _ = try TimeMLReader.read(Array("<TimeML><DOCID>y</DOCID></TimeML>".utf8), path: "y.tml", id: "y")
        }
    }

    @Test func neverLoadsExternalEntities() throws {
        let hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <TimeML><TEXT>before &secret; after</TEXT></TimeML>
        """
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "no-such-host"
        do {
            let annotated = try TimeMLReader.read(Array(hostile.utf8), path: "h.tml", id: "h")
            #expect(!annotated.document.text.contains(hostname))
        } catch {
            #expect(error is InputError)
        }
    }

    @Test func anInvalidDCTIsAWarningAndTheDocumentIsRead() throws {
        let doc = #"<TimeML><DCT><TIMEX3 tid="t0" value="someday"/></DCT><TEXT>x</TEXT></TimeML>"#
        let read = try TimeMLReader.read(Array(doc.utf8), path: "d.tml", id: "d")
        #expect(read.document.dct == nil)
        #expect(read.document.text == "x")
        #expect(read.warnings == ["d.tml: invalid document creation time 'someday' (expected YYYY-MM-DD, optionally with a time); read without one"])
    }
}

struct TimeMLWriterTests {
    @Test func writesTimexesInlineAndKeepsTheTextExactly() throws {
        let text = "Talks <& \"quotes\"> began Wednesday,\n\tthen\u{0C}stalled in July.\r\nDone."
        let document = Document(id: "doc&1", text: text, dct: CalendarDate(year: 2021, month: 8, day: 20))
        let timexes = TemporalTagger().tag(document)
        #expect(timexes.map(\.text) == ["Wednesday", "July"])
        let xml = TimeMLWriter.write(document, timexes: timexes)
        #expect(xml.contains(#"<TIMEX3 tid="t1" type="DATE" value="2021-08-18""#))
        let back = try TimeMLReader.read(Array(xml.utf8), path: "out.tml", id: "out")
        #expect(back.document.id == "doc&1")
        #expect(back.document.dct == document.dct)
        // U+000C cannot appear in XML 1.0; it becomes U+FFFD, one scalar for one
        let expected = text.replacingOccurrences(of: "\u{0C}", with: "\u{FFFD}")
        #expect(back.document.text == expected)
        #expect(back.timexes.map(\.begin) == timexes.map(\.begin))
        #expect(back.timexes.map(\.end) == timexes.map(\.end))
        #expect(back.timexes.map(\.value) == timexes.map(\.value))
    }

    @Test func roundTripsATimeMLInput() throws {
        let input = try TimeMLReader.read(Array(TimeMLReaderTests.document.utf8), path: "a.tml", id: "a")
        let timexes = TemporalTagger().tag(input.document)
        let xml = TimeMLWriter.write(input.document, timexes: timexes)
        let back = try TimeMLReader.read(Array(xml.utf8), path: "b.tml", id: "b")
        #expect(back.document.text == input.document.text)
        #expect(back.timexes.map(\.text) == timexes.map(\.text))
    }
}
