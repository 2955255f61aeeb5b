import CLibXML2

/// Validates XML documents against an XML Schema with libxml2.
///
/// The document is parsed as `LibXML.parseDocument` parses (no network, no DTD loading, no
/// entity expansion beyond XML's own five), and every message libxml2 gives, parser warnings and
/// schema violations alike, comes back as `line N: message`.
public enum XMLValidator {
    /// The schema itself could not be compiled; `messages` are libxml2's, with their lines.
    public struct SchemaError: Error, CustomStringConvertible, Sendable {
        /// libxml2's messages.
        public var messages: [String]
        /// `invalid XML Schema: ` and the messages.
        public var description: String { "invalid XML Schema: " + (messages.isEmpty ? "unknown error" : messages.joined(separator: "; ")) }
    }

    /// Validates a timeline XML export against the embedded `ChronicleSchemas.timelineXSD`.
    ///
    /// - Returns: every libxml2 message, `line N: message`; empty when the document is valid.
    /// - Throws: `InputError.malformedXML` when `bytes` are not well-formed XML.
    public static func validate(_ bytes: [UInt8], path: String) throws -> [String] {
        try validate(bytes, path: path, compiled: try timelineSchema.get().pointer)
    }

    /// Validates an entity timelines XML export against the embedded `ChronicleSchemas.entitiesXSD`.
    ///
    /// - Returns: every libxml2 message, `line N: message`; empty when the document is valid.
    /// - Throws: `InputError.malformedXML` when `bytes` are not well-formed XML.
    public static func validateEntities(_ bytes: [UInt8], path: String) throws -> [String] {
        try validate(bytes, path: path, compiled: try entitiesSchema.get().pointer)
    }

    private static let entitiesSchema = Result { CompiledSchema(pointer: try compile(ChronicleSchemas.entitiesXSD)) }

    /// Validates either XML export, choosing the schema by the root element: `entityTimelines`
    /// against `ChronicleSchemas.entitiesXSD`, anything else against the timeline's.
    public static func validateExport(_ bytes: [UInt8], path: String) throws -> [String] {
        rootElementName(bytes) == "entityTimelines" ? try validateEntities(bytes, path: path) : try validate(bytes, path: path)
    }

    /// The name of the first element after the prolog (XML declaration, processing instructions,
    /// comments, doctype); nil when there is none.
    static func rootElementName(_ bytes: [UInt8]) -> String? {
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")), open + 1 < bytes.count {
            let next = bytes[open + 1]
            guard next == UInt8(ascii: "?") || next == UInt8(ascii: "!") else {
                let name = bytes[(open + 1)...].prefix { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "/")) }
                return String(decoding: name, as: UTF8.self)
            }
            // a comment ends at "-->", which may follow a ">" inside it; the rest at the next ">"
            let isComment = bytes[(open + 1)...].starts(with: "!--".utf8)
            var end = open + 2
            while end < bytes.count, !(bytes[end] == UInt8(ascii: ">") && (!isComment || (end - open >= 5 && bytes[end - 2] == 0x2D && bytes[end - 1] == 0x2D))) { end += 1 }
            i = end + 1
            guard i < bytes.count else { return nil }
        }
        return nil
    }

    /// The embedded schema, compiled once: a compiled schema is read-only while documents are
    /// validated against it, each with a context of its own, so threads may share it.
    private static let timelineSchema = Result { CompiledSchema(pointer: try compile(ChronicleSchemas.timelineXSD)) }

    private struct CompiledSchema: @unchecked Sendable {
        let pointer: xmlSchemaPtr
    }

    /// Validates `bytes` against the XML Schema `schema` (its text).
    ///
    /// - Returns: every libxml2 message, `line N: message`; empty when the document is valid.
    /// - Throws: `InputError.malformedXML` when `bytes` are not well-formed XML, `SchemaError`
    ///   when `schema` is not a usable XML Schema.
    public static func validate(_ bytes: [UInt8], path: String, schema: String) throws -> [String] {
        _ = LibXML.initialized
        let compiled = try compile(schema)
        defer { xmlSchemaFree(compiled) }
        return try validate(bytes, path: path, compiled: compiled)
    }

    private static func validate(_ bytes: [UInt8], path: String, compiled: xmlSchemaPtr) throws -> [String] {
        _ = LibXML.initialized
        let parseLog = LibXML.ErrorLog()
        let document = try parse(bytes, path: path, log: parseLog)
        defer { xmlFreeDoc(document) }

        guard let context = xmlSchemaNewValidCtxt(compiled) else { return parseLog.messages + ["cannot create a schema validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        // the context's own hook, not the thread-wide one: validation reports to this log only
        let log = LibXML.ErrorLog()
        xmlSchemaSetValidStructuredErrors(context, collect, Unmanaged.passUnretained(log).toOpaque())
        let result = withExtendedLifetime(log) { xmlSchemaValidateDoc(context, document) }
        var messages = parseLog.messages + log.messages
        // a failure always says why; should libxml2 stay silent, say that it failed
        if result != 0, log.messages.isEmpty {
            messages.append(result < 0 ? "libxml2 internal error during validation (\(result))" : "document is not valid (libxml2 code \(result))")
        }
        return messages
    }

    /// Structured error hook: appends the message to the `ErrorLog` passed as context.
    private static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<LibXML.ErrorLog>.fromOpaque(context).takeUnretainedValue().messages.append(LibXML.describe(error.pointee))
    }

    /// Compiles a schema from its text; the caller frees the result.
    private static func compile(_ schema: String) throws -> xmlSchemaPtr {
        _ = LibXML.initialized
        // xmlSchemaNewMemParserCtxt reads the buffer in place rather than copying it: the bytes
        // must outlive the parser context, so both live inside this closure
        let text = schema.utf8CString
        let log = LibXML.ErrorLog()
        let compiled: xmlSchemaPtr? = text.withUnsafeBufferPointer { chars in
            guard let context = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count - 1)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            xmlSchemaSetParserStructuredErrors(context, collect, Unmanaged.passUnretained(log).toOpaque())
            return withExtendedLifetime(log) { xmlSchemaParse(context) }
        }
        guard let compiled else { throw SchemaError(messages: log.messages) }
        return compiled
    }

    /// Parses safely, keeping non-fatal messages in `log`; the caller frees the result.
    private static func parse(_ bytes: [UInt8], path: String, log: LibXML.ErrorLog) throws -> xmlDocPtr {
        // the options of LibXML.parseDocument, plus XML_PARSE_BIG_LINES so messages past line
        // 65535 carry their true line; parsed here because parseDocument keeps its warnings to
        // itself. No forced encoding: a document that declares another one is read as it says.
        guard bytes.count <= Int(Int32.max) else {
            throw InputError.malformedXML(path: path, message: "document too large for libxml2 (\(bytes.count) bytes)")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = log.capture {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlReadMemory(chars.baseAddress, Int32(chars.count), path, nil, options)
                }
            }
        }
        guard let document else { throw InputError.malformedXML(path: path, message: log.summary) }
        return document
    }
}
