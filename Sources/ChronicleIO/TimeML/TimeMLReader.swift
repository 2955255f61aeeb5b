import CLibXML2
import Chronicle

/// Reads TimeML 1.2.1 documents in the TempEval-3 form: `DOCID`, `DCT` holding a `TIMEX3` with
/// `functionInDocument="CREATION_TIME"`, and `TEXT` with inline `TIMEX3`, `EVENT` and `SIGNAL`.
///
/// The document text is the character content of `TEXT`, unchanged; annotation offsets are
/// Unicode-scalar offsets into it. Parsing never loads external entities or the network.
public enum TimeMLReader {
    /// Whether bytes look like TimeML (an XML declaration or a `<TimeML` root near the start).
    public static func looksLikeTimeML(_ text: String) -> Bool {
        let head = text.prefix(512)
        return head.contains("<TimeML") || (head.hasPrefix("<?xml") && head.contains("TimeML"))
    }

    /// Reads TimeML `bytes` into a document with its gold annotations; `path` names it in errors,
    /// and `id` is its id when it has no `DOCID`.
    public static func read(_ bytes: [UInt8], path: String, id: String) throws -> AnnotatedDocument {
        try bytes.withUnsafeBufferPointer { try read($0, path: path, id: id) }
    }

    /// Reads TimeML from a buffer (see `read(_:path:id:)`).
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String, id defaultID: String) throws -> AnnotatedDocument {
        let document = try LibXML.parseDocument(bytes, path: path)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw InputError.notTimeML(path: path, reason: "no root element") }
        guard LibXML.name(root) == "TimeML" else {
            throw InputError.notTimeML(path: path, reason: "root element is <\(LibXML.name(root))>, expected <TimeML>")
        }
        let children = LibXML.elementChildren(root)
        guard let textElement = children.first(where: { LibXML.name($0) == "TEXT" }) else {
            throw InputError.notTimeML(path: path, reason: "no <TEXT> element")
        }
        var id = defaultID
        if let docid = children.first(where: { LibXML.name($0) == "DOCID" }) {
            let value = LibXML.textContent(docid).trimmingSpaces
            if !value.isEmpty { id = value }
        }
        var dct: CalendarDate?
        var dctValue: String?
        var warnings: [String] = []
        if let dctElement = children.first(where: { LibXML.name($0) == "DCT" }),
           let timex = LibXML.elementChildren(dctElement).first(where: { LibXML.name($0) == "TIMEX3" }),
           let value = LibXML.attribute(timex, "value") {
            // a bad DCT costs the DCT, not the document (the SemEval-2015 test data has '03-02-2009')
            if let date = CalendarDate(isoTimestamp: value) {
                dct = date
                dctValue = value
            } else {
                warnings.append(InputError.invalidDCT(path: path, value: value).description + "; read without one")
            }
        }
        var collector = TextCollector()
        guard collector.walk(textElement, depth: 2) else { throw InputLimits.tooDeep(path) }
        let doc = Document(id: id, text: collector.text, dct: dct, dctValue: dctValue, source: path)
        var annotated = AnnotatedDocument(document: doc, timexes: collector.timexes, events: collector.events, sentences: collector.sentences)
        annotated.warnings = warnings
        return annotated
    }

    /// Gathers the character content of `TEXT` and the spans of the annotations inside it.
    private struct TextCollector {
        var text = ""
        var offset = 0
        var timexes: [AnnotatedTimex] = []
        var events: [AnnotatedEvent] = []
        var sentences: [(id: String, begin: Int, end: Int)] = []

        /// Collects `node`'s content, `depth` levels below the root; false when an element lies
        /// deeper than `InputLimits.nestingDepth`.
        mutating func walk(_ node: xmlNodePtr, depth: Int) -> Bool {
            guard depth <= InputLimits.nestingDepth else { return false }
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    let content = c.pointee.content.map { String(cString: $0) } ?? ""
                    text += content
                    offset += content.unicodeScalars.count
                case XML_ELEMENT_NODE:
                    let begin = offset
                    let beginText = text.unicodeScalars.endIndex
                    guard walk(c, depth: depth + 1) else { return false }
                    let inner = String(text.unicodeScalars[beginText...])
                    let attributes = LibXML.attributes(c)
                    switch LibXML.name(c) {
                    case "TIMEX3":
                        timexes.append(AnnotatedTimex(begin: begin, end: offset, text: inner, id: attributes["tid"] ?? "",
                                                      type: attributes["type"] ?? "", value: attributes["value"] ?? "", mod: attributes["mod"]))
                    case "EVENT":
                        events.append(AnnotatedEvent(begin: begin, end: offset, text: inner, id: attributes["eid"] ?? "",
                                                     eventClass: attributes["class"] ?? ""))
                    case "s":
                        // sentence elements with nothing between them: each sentence is read as a line
                        sentences.append((attributes["id"] ?? String(sentences.count + 1), begin, offset))
                        if let last = text.unicodeScalars.last, !last.properties.isWhitespace {
                            text += "\n"
                            offset += 1
                        }
                    default:
                        break
                    }
                default:
                    break
                }
                child = c.pointee.next
            }
            return true
        }
    }
}
