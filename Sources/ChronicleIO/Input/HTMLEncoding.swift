import CLibXML2

/// Decides which character encoding libxml2 decodes a page with, before parsing.
///
/// The encoding is always passed to `htmlReadMemory` explicitly, which also stops libxml2 from
/// switching encodings halfway when it meets a `<meta charset>` of its own accord. The choice,
/// in order: a byte order mark; the page's declaration (`<meta charset>`, `<meta http-equiv=
/// "Content-Type" content="...; charset=...">`, or an XML declaration's `encoding`); UTF-8 when the
/// bytes are valid UTF-8; windows-1252 otherwise, the encoding most undeclared legacy pages use.
enum HTMLEncoding {
    /// How far into the page to look for a declaration. Browsers stop at 1024 bytes, but saved
    /// pages often carry long inline scripts before the `<meta>`.
    static let prescanLength = 64 * 1024

    /// The encoding name for libxml2 and the bytes to parse (without a byte order mark, and with
    /// windows-1252's undefined bytes made harmless).
    static func prepare(_ bytes: [UInt8]) -> (encoding: String, bytes: [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", Array(bytes.dropFirst(2))) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", Array(bytes.dropFirst(2))) }
        var encoding: String
        if let label = declaredLabel(in: bytes), let name = libxmlName(forLabel: label) {
            encoding = name
        } else {
            let valid = bytes.withUnsafeBufferPointer { TextDecoding.firstInvalidUTF8($0) == nil }
            encoding = valid ? "UTF-8" : "windows-1252"
        }
        guard encoding == "windows-1252" else { return (encoding, bytes) }
        // iconv's windows-1252 has no characters for these five bytes, and libxml2 stops reading at
        // the first conversion failure, losing the rest of the page. Browsers show nothing for them.
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        guard bytes.contains(where: undefined.contains) else { return (encoding, bytes) }
        return (encoding, bytes.map { undefined.contains($0) ? 0x20 : $0 })
    }

    /// The encoding name libxml2 should use for a declared label, or nil when libxml2 knows none.
    ///
    /// As in browsers (the WHATWG Encoding Standard), ISO-8859-1 and ASCII labels mean
    /// windows-1252: pages so labelled routinely hold curly quotes in the 0x80–0x9F range, which
    /// real ISO-8859-1 would turn into invisible control characters. A `<meta>` cannot honestly
    /// declare UTF-16 (it would not be readable as ASCII), so such labels mean UTF-8.
    static func libxmlName(forLabel label: String) -> String? {
        let lower = label.lowercased()
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
            return "UTF-8"
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
             "iso_8859-1:1987", "iso-ir-100", "csisolatin1", "ibm819", "cp819", "ascii", "us-ascii", "ansi_x3.4-1968":
            return "windows-1252"
        default:
            _ = LibXML.initialized
            guard let handler = xmlFindCharEncodingHandler(lower) else { return nil }
            xmlCharEncCloseFunc(handler)
            return lower
        }
    }

    /// The charset a page declares in its first `prescanLength` bytes, as written.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(prescanLength).map(asciiLowercase))
        if head.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: head, from: 0),
           let label = value(after: Array("encoding".utf8), in: head, from: 0, to: end) {
            return label
        }
        var index = 0
        let meta = Array("<meta".utf8)
        while let start = find(meta, in: head, from: index) {
            let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let label = value(after: Array("charset".utf8), in: head, from: start, to: end) { return label }
            index = end
        }
        return nil
    }

    /// The value of `name = value` (quoted or not) inside `head[from..<to]`.
    private static func value(after name: [UInt8], in head: [UInt8], from: Int, to: Int) -> String? {
        var searchFrom = from
        while let found = find(name, in: head, from: searchFrom), found < to {
            var i = found + name.count
            searchFrom = i
            while i < to, isSpace(head[i]) { i += 1 }
            guard i < to, head[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < to, isSpace(head[i]) || head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") { i += 1 }
            var label: [UInt8] = []
            while i < to, isLabelByte(head[i]) { label.append(head[i]); i += 1 }
            guard !label.isEmpty, label.count <= 40 else { continue }
            return String(decoding: label, as: UTF8.self)
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Letters, digits and the punctuation encoding names use (`iso_8859-1:1987`, `x-mac.roman`).
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
