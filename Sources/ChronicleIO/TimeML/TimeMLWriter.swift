import Chronicle

/// Writes a document as TimeML 1.2.1: `TIMEX3` and `EVENT` elements inline in `TEXT`, then a
/// `MAKEINSTANCE` per event and a `TLINK` per anchor (to a time, the DCT `t0`, or another
/// event) and between merged mentions of one event (IDENTITY).
///
/// Every character of the text is kept as it is (escaped as XML needs; the few control
/// characters XML 1.0 cannot hold become U+FFFD, one for one, so offsets stay true).
public enum TimeMLWriter {
    /// The TimeML of an analysed document.
    public static func write(_ analysis: DocumentAnalysis) -> String {
        write(analysis.document, timexes: analysis.timexes, events: analysis.events, clusters: analysis.clusters)
    }

    /// The TimeML of `document` with these time expressions and events; `clusters` gives each
    /// event's first mention (see `DocumentAnalysis.clusters`).
    public static func write(_ document: Document, timexes: [TemporalExpression], events: [Event] = [], clusters: [Int] = []) -> String {
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
        // timexes and events in text order; they never overlap (events are found outside timexes)
        enum Span { case timex(Int), event(Int) }
        var spans: [(begin: Int, end: Int, span: Span)] = timexes.enumerated().map { ($1.byteBegin, $1.byteEnd, .timex($0)) }
        spans += events.enumerated().map { ($1.mention.byteBegin, $1.mention.byteEnd, .event($0)) }
        spans.sort { $0.begin < $1.begin }
        let utf8 = document.text.utf8
        var position = utf8.startIndex
        var lastEnd = 0
        for item in spans where item.begin >= lastEnd {
            let begin = utf8.index(utf8.startIndex, offsetBy: item.begin)
            let end = utf8.index(utf8.startIndex, offsetBy: item.end)
            xml.text(String(document.text[position..<begin]))
            let inner = String(document.text[begin..<end])
            switch item.span {
            case .timex(let index):
                let timex = timexes[index]
                writeTimex(xml, tid: "t\(index + 1)", type: timex.type, value: timex.value, attributes: attributes(of: timex, dct: document.dct != nil), text: inner)
            case .event(let index):
                xml.start("EVENT")
                xml.attribute("eid", "e\(index + 1)")
                xml.attribute("class", events[index].eventClass.rawValue)
                xml.text(inner)
                xml.end()
            }
            position = end
            lastEnd = item.end
        }
        xml.text(String(document.text[position...]))
        xml.end()
        xml.text("\n")
        writeInstancesAndLinks(xml, events: events, clusters: clusters, hasDCT: document.dct != nil)
        xml.end()
        return xml.finish()
    }

    private static func writeInstancesAndLinks(_ xml: XMLWriter, events: [Event], clusters: [Int], hasDCT: Bool) {
        for (index, event) in events.enumerated() {
            xml.start("MAKEINSTANCE")
            xml.attribute("eiid", "ei\(index + 1)")
            xml.attribute("eventID", "e\(index + 1)")
            xml.attribute("tense", event.tense.rawValue)
            xml.attribute("aspect", event.aspect.rawValue)
            xml.attribute("polarity", event.polarity.rawValue)
            xml.attribute("pos", event.isNoun ? "NOUN" : "VERB")
            if let modality = event.modality { xml.attribute("modality", modality) }
            xml.end()
            xml.text("\n")
        }
        var lid = 0
        func link(_ relation: TemporalRelation, from index: Int, to target: (String, String)) {
            lid += 1
            xml.start("TLINK")
            xml.attribute("lid", "l\(lid)")
            xml.attribute("relType", relation == .onOrBefore ? "BEFORE" : relation.rawValue)
            xml.attribute("eventInstanceID", "ei\(index + 1)")
            xml.attribute(target.0, target.1)
            xml.end()
            xml.text("\n")
        }
        for (index, event) in events.enumerated() {
            if let anchor = event.anchor {
                switch anchor.target {
                case .timex(let t): link(anchor.relation, from: index, to: ("relatedToTime", "t\(t + 1)"))
                case .creationTime where hasDCT: link(anchor.relation, from: index, to: ("relatedToTime", "t0"))
                case .event(let other): link(anchor.relation, from: index, to: ("relatedToEventInstance", "ei\(other + 1)"))
                default: break
                }
            }
            if clusters.indices.contains(index), clusters[index] != index {
                link(.identity, from: index, to: ("relatedToEventInstance", "ei\(clusters[index] + 1)"))
            }
        }
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
