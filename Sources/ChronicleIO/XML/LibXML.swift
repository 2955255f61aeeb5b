import CLibXML2

/// Shared libxml2 plumbing: one-time initialisation, safe parsing with errors captured, and
/// small helpers for walking a tree.
enum LibXML {
    /// `xmlInitParser` once per process, before any thread parses.
    static let initialized: Void = { xmlInitParser() }()

    /// Collects libxml2's structured errors during one call on this thread.
    final class ErrorLog {
        var messages: [String] = []

        /// Runs `body` with this log as the thread's structured error handler, restoring the default after.
        func capture<T>(_ body: () throws -> T) rethrows -> T {
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
                guard let context, let error else { return }
                let log = Unmanaged<ErrorLog>.fromOpaque(context).takeUnretainedValue()
                log.messages.append(LibXML.describe(error.pointee))
            }
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return try body()
        }

        var summary: String { messages.first ?? "unknown error" }
    }

    /// "line 3: Opening and ending tag mismatch: TEXT line 2 and TIMEX3".
    static func describe(_ error: xmlError) -> String {
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        while message.hasSuffix("\n") { message.removeLast() }
        return error.line > 0 ? "line \(error.line): \(message)" : message
    }

    /// Parses XML without network access, DTD loading or entity expansion beyond XML's own five.
    ///
    /// The encoding is the document's own: a UTF-16 or UTF-32 byte order mark (or UTF-16 `<?xml`)
    /// is decoded here, anything else is left to libxml2, which reads the XML declaration
    /// (`ISO-8859-1`) and defaults to UTF-8. Text nodes may be of any length (libxml2's huge mode,
    /// without which a text over 10 MB is "huge input lookup"), so the bounds are Chronicle's:
    /// `InputLimits` on size, attributes per element and nesting (the caller checks nesting while
    /// walking), and a document that declares entities is refused before any is expanded, since
    /// huge mode also lifts libxml2's guard against entities that expand exponentially.
    static func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> xmlDocPtr {
        _ = initialized
        guard bytes.count <= InputLimits.documentBytes else { throw InputLimits.tooLarge(path) }
        if let (encoding, mark) = TextDecoding.wideEncoding(of: bytes) {
            let utf8 = try TextDecoding.utf8(from: Array(bytes)[mark...], encoding, path: path)
            return try utf8.withUnsafeBufferPointer { try parseDocument($0, path: path, encoding: "UTF-8") }
        }
        return try parseDocument(bytes, path: path, encoding: nil)
    }

    private static func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>, path: String, encoding: String?) throws -> xmlDocPtr {
        try MarkupScan.checkAttributes(bytes, path: path, html: false)
        guard let context = xmlNewParserCtxt() else { throw InputError.malformedXML(path: path, message: "libxml2 could not start a parser") }
        defer { xmlFreeParserCtxt(context) }
        // stop at the first entity declaration: nothing has been expanded yet
        context.pointee.sax.pointee.entityDecl = { context, _, _, _, _, _ in
            xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        let log = ErrorLog()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = log.capture {
            bytes.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), path, encoding, options)
            }
        }
        if context.pointee.errNo == Int32(XML_ERR_USER_STOP.rawValue) {
            if let document { xmlFreeDoc(document) }
            throw InputError.malformedXML(path: path, message: "the document declares entities (<!ENTITY>), which Chronicle does not read")
        }
        // without XML_PARSE_RECOVER a fatal error yields no document; warnings leave one
        guard let document else { throw InputError.malformedXML(path: path, message: log.summary) }
        return document
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { chronicle_xmlFree(value) }
        return String(cString: value)
    }

    /// Every attribute of an element, in one pass over its list (`xmlGetProp` for each would
    /// search the list again each time: quadratic in the number of attributes).
    static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let key = a.pointee.name.map { String(cString: $0) } ?? ""
            result[key] = value(of: a)
            attribute = a.pointee.next
        }
        return result
    }

    /// An attribute's value: its one text node, or the text of all its nodes.
    static func value(of attribute: xmlAttrPtr) -> String {
        if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
            return child.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard let value = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { chronicle_xmlFree(value) }
        return String(cString: value)
    }

    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { chronicle_xmlFree(content) }
        return String(cString: content)
    }

    static func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }
}

/// Builds XML through libxml2's `xmlTextWriter` into memory, so escaping is libxml2's, not ours.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init(indent: Bool) {
        _ = LibXML.initialized
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func start(_ element: String) { xmlTextWriterStartElement(writer, element) }
    func end() { xmlTextWriterEndElement(writer) }
    func attribute(_ name: String, _ value: String) { xmlTextWriterWriteAttribute(writer, name, XMLWriter.clean(value)) }
    func text(_ value: String) { xmlTextWriterWriteString(writer, XMLWriter.clean(value)) }
    func element(_ name: String, _ value: String) {
        start(name)
        text(value)
        end()
    }

    /// The document, once every element is closed.
    func finish() -> String {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        return String(cString: xmlBufferContent(buffer))
    }

    /// XML 1.0 cannot hold most control characters: each becomes U+FFFD, one scalar for one,
    /// so offsets into the text stay true.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }
}
