import CLibXML2
import Foundation
@testable import ChronicleIO

/// An SVG or (polyglot) HTML export parsed back with libxml2, as a plain tree to assert on.
struct MarkupTree {
    var name: String
    /// The namespace URI of the element, if any.
    var namespace: String?
    var attributes: [String: String]
    var children: [MarkupTree]
    /// The element's whole text, as libxml2 decodes it (entities resolved).
    var text: String

    /// Parses `markup` as XML (no network, no DTD, no entities beyond XML's own); throws when it
    /// is not well-formed.
    static func parse(_ markup: String, path: String) throws -> MarkupTree {
        let bytes = Array(markup.utf8)
        let document = try bytes.withUnsafeBufferPointer { try LibXML.parseDocument($0, path: path) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw InputError.malformedXML(path: path, message: "no root element") }
        return MarkupTree(root)
    }

    private init(_ node: xmlNodePtr) {
        name = LibXML.name(node)
        namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
        attributes = LibXML.attributes(node)
        children = LibXML.elementChildren(node).map(MarkupTree.init)
        text = LibXML.textContent(node)
    }

    /// This element and all below it, in document order.
    var all: [MarkupTree] { [self] + children.flatMap(\.all) }

    func elements(named name: String) -> [MarkupTree] { all.filter { $0.name == name } }

    func child(named name: String) -> MarkupTree? { children.first { $0.name == name } }
}
