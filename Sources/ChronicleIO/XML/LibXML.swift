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
    static func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> xmlDocPtr {
        _ = initialized
        let log = ErrorLog()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = log.capture {
            bytes.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), path, "UTF-8", options)
            }
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

    static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let key = a.pointee.name.map { String(cString: $0) } ?? ""
            result[key] = self.attribute(node, key) ?? ""
            attribute = a.pointee.next
        }
        return result
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
