/// One linear pass over XML or HTML bytes, before libxml2 sees them, for the one shape libxml2
/// takes quadratic time over: an element with very many attributes (it compares each attribute
/// name with every earlier one). Past `InputLimits.attributesPerElement` the input is refused.
///
/// The pass lexes as the parsers do, just enough to know where tags are: comments, CDATA
/// sections, processing instructions and declarations are skipped whole, attribute values in
/// quotes are skipped whole, and in HTML the text of `<script>` and `<style>` is skipped to its
/// end tag. It reads bytes in an ASCII-compatible encoding (UTF-8, ISO-8859-x, windows-1252);
/// callers decode UTF-16 and UTF-32 first.
enum MarkupScan {
    static func checkAttributes(_ bytes: UnsafeBufferPointer<UInt8>, path: String, html: Bool) throws {
        if let offset = crowdedElement(bytes, html: html, limit: InputLimits.attributesPerElement) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw InputLimits.tooManyAttributes(path, line: line)
        }
    }

    /// The offset of the first start tag with more than `limit` attributes, or nil.
    static func crowdedElement(_ bytes: UnsafeBufferPointer<UInt8>, html: Bool, limit: Int) -> Int? {
        let n = bytes.count
        var i = 0

        func skip(past terminator: StaticString) {
            let t = UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount)
            while i < n {
                if bytes[i] == t[0], i + t.count <= n, (1..<t.count).allSatisfy({ bytes[i + $0] == t[$0] }) {
                    i += t.count
                    return
                }
                i += 1
            }
        }
        func starts(_ text: StaticString, at position: Int, ignoringCase: Bool = false) -> Bool {
            let t = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            guard position + t.count <= n else { return false }
            return (0..<t.count).allSatisfy { k in
                let byte = bytes[position + k]
                return byte == t[k] || (ignoringCase && byte | 0x20 == t[k])
            }
        }
        func nameEquals(_ name: StaticString, _ from: Int, _ to: Int) -> Bool {
            to - from == name.utf8CodeUnitCount && starts(name, at: from, ignoringCase: true)
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F || byte == 0x3A || byte >= 0x80 }

        while i < n {
            guard bytes[i] == 0x3C /* < */ else { i += 1; continue }
            let tagStart = i
            if starts("<!--", at: i) { skip(past: "-->"); continue }
            if starts("<![CDATA[", at: i) { skip(past: "]]>"); continue }
            if starts("<?", at: i) { skip(past: html ? ">" : "?>"); continue }
            guard i + 1 < n, isLetter(bytes[i + 1]) else {
                // an end tag, a declaration, or a lone "<" in text
                i += 1
                if i < n, bytes[i] == 0x2F || bytes[i] == 0x21 { skip(past: ">") }
                continue
            }
            i += 1
            let nameStart = i
            while i < n, !isSpace(bytes[i]), bytes[i] != 0x3E, bytes[i] != 0x2F { i += 1 }
            let rawText = html && (nameEquals("script", nameStart, i) || nameEquals("style", nameStart, i))
            var count = 0
            tag: while i < n {
                let byte = bytes[i]
                if isSpace(byte) || byte == 0x2F { i += 1; continue }
                if byte == 0x3E { i += 1; break tag }
                if byte == 0x22 || byte == 0x27 {
                    i += 1
                    while i < n, bytes[i] != byte { i += 1 }
                    i += 1
                    continue
                }
                count += 1
                if count > limit { return tagStart }
                while i < n, !isSpace(bytes[i]), bytes[i] != 0x3D, bytes[i] != 0x3E, bytes[i] != 0x2F { i += 1 }
                while i < n, isSpace(bytes[i]) { i += 1 }
                guard i < n, bytes[i] == 0x3D /* = */ else { continue }
                i += 1
                while i < n, isSpace(bytes[i]) { i += 1 }
                if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let quote = bytes[i]
                    i += 1
                    while i < n, bytes[i] != quote { i += 1 }
                    i += 1
                } else {
                    while i < n, !isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
                }
            }
            if rawText {
                let end: StaticString = bytes[nameStart] | 0x20 == 0x73 && bytes[nameStart + 1] | 0x20 == 0x63 ? "</script" : "</style"
                while i < n, !starts(end, at: i, ignoringCase: true) { i += 1 }
            }
        }
        return nil
    }
}
