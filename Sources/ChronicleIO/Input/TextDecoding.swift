/// Turns bytes into text, refusing binary data and invalid UTF-8 with the place where it goes wrong.
public enum TextDecoding {
    /// How far into a file to look for NUL bytes when deciding whether it is binary.
    static let binaryProbeLength = 8192

    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        try bytes.withUnsafeBufferPointer { try decode($0, path: path) }
    }

    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> String {
        if let nul = bytes.prefix(binaryProbeLength).firstIndex(of: 0) {
            throw InputError.binary(path: path, byteOffset: nul)
        }
        var body = UnsafeBufferPointer(rebasing: bytes[...])
        // a UTF-8 byte order mark is not part of the text
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        // the standard library validates quickly; on failure, find where for the message
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidUTF8(bytes) ?? 0
        let (line, column) = position(of: bad, in: bytes)
        throw InputError.invalidUTF8(path: path, byteOffset: bad, line: line, column: column)
    }

    /// Offset of the first byte that does not begin a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let width: Int
            var minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: width = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: width = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: width = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return i
            }
            guard i + width <= n else { return i }
            for k in 1..<width {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = (value << 6) | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += width
        }
        return nil
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        for k in 0..<min(offset, bytes.count) {
            if bytes[k] == 0x0A { line += 1; column = 1 } else if bytes[k] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
