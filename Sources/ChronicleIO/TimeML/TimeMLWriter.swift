import Chronicle

/// Writes a document as TimeML 1.2.1 with the tagger's `TIMEX3` elements inline in `TEXT`.
///
/// Every character of the text is kept as it is (escaped as XML needs; the few control
/// characters XML 1.0 cannot hold become U+FFFD, one for one, so offsets stay true).
public enum TimeMLWriter {
    public static func write(_ document: Document, timexes: [TemporalExpression]) -> String {
        let xml = XMLWriter(indent: false)
        xml.start("TimeML")
        xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        xml.attribute("xsi:noNamespaceSchemaLocation", "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd")
        xml.text("\n")
        xml.element("DOCID", document.id)
        xml.text("\n")
        if let dct = document.dct {
            xml.start("DCT")
            writeTimex(xml, tid: "t0", type: .date, value: dct.description, attributes: [("temporalFunction", "false"), ("functionInDocument", "CREATION_TIME")],
                       text: document.dctValue ?? dct.description)
            xml.end()
            xml.text("\n")
        }
        xml.start("TEXT")
        let utf8 = document.text.utf8
        var position = utf8.startIndex
        var lastEnd = 0
        for (index, timex) in timexes.enumerated() where timex.byteBegin >= lastEnd {
            let begin = utf8.index(utf8.startIndex, offsetBy: timex.byteBegin)
            let end = utf8.index(utf8.startIndex, offsetBy: timex.byteEnd)
            xml.text(String(document.text[position..<begin]))
            writeTimex(xml, tid: "t\(index + 1)", type: timex.type, value: timex.value, attributes: attributes(of: timex, dct: document.dct != nil),
                       text: String(document.text[begin..<end]))
            position = end
            lastEnd = timex.byteEnd
        }
        xml.text(String(document.text[position...]))
        xml.end()
        xml.text("\n")
        xml.end()
        return xml.finish()
    }

    private static func attributes(of timex: TemporalExpression, dct: Bool) -> [(String, String)] {
        var result: [(String, String)] = []
        if let mod = timex.mod { result.append(("mod", mod.rawValue)) }
        if let quant = timex.quant { result.append(("quant", quant)) }
        if let freq = timex.freq { result.append(("freq", freq)) }
        result.append(("temporalFunction", timex.isTemporalFunction ? "true" : "false"))
        result.append(("functionInDocument", "NONE"))
        switch timex.anchor {
        case .creationTime where dct: result.append(("anchorTimeID", "t0"))
        case .expression(let index): result.append(("anchorTimeID", "t\(index + 1)"))
        default: break
        }
        return result
    }

    private static func writeTimex(_ xml: XMLWriter, tid: String, type: TimexType, value: String, attributes: [(String, String)], text: String) {
        xml.start("TIMEX3")
        xml.attribute("tid", tid)
        xml.attribute("type", type.rawValue)
        xml.attribute("value", value)
        for (name, value) in attributes { xml.attribute(name, value) }
        xml.text(text)
        xml.end()
    }
}
