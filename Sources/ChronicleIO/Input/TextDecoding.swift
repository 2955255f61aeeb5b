/// Turns bytes into text, refusing binary data and invalid UTF-8 with the place where it goes wrong.
/// A UTF-16 or UTF-32 byte order mark announces that encoding, which is decoded instead.
public enum TextDecoding {
    /// How far into a file to look for NUL bytes when deciding whether it is binary.
    static let binaryProbeLength = 8192

    /// Unicode encodings other than UTF-8 that a file announces by its first bytes.
    public enum WideEncoding: String, Sendable {
        /// UTF-16, little-endian (`FF FE`).
        case utf16LE = "UTF-16LE"
        /// UTF-16, big-endian (`FE FF`).
        case utf16BE = "UTF-16BE"
        /// UTF-32, little-endian (`FF FE 00 00`).
        case utf32LE = "UTF-32LE"
        /// UTF-32, big-endian (`00 00 FE FF`).
        case utf32BE = "UTF-32BE"

        var unitSize: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
        var littleEndian: Bool { self == .utf16LE || self == .utf32LE }
    }

    /// The wide encoding of `bytes` and the length of its byte order mark: a UTF-16 or UTF-32 byte
    /// order mark, or (with no mark, length 0) an XML document opening `<?` in UTF-16.
    public static func wideEncoding(of bytes: some Collection<UInt8>) -> (encoding: WideEncoding, markLength: Int)? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LE, 4) }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        if head == [0x3C, 0x00, 0x3F, 0x00] { return (.utf16LE, 0) }
        if head == [0x00, 0x3C, 0x00, 0x3F] { return (.utf16BE, 0) }
        return nil
    }

    /// UTF-16 or UTF-32 bytes (after their byte order mark) as UTF-8, or the place where they
    /// stop being valid.
    public static func utf8(from bytes: ArraySlice<UInt8>, _ encoding: WideEncoding, path: String) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let size = encoding.unitSize
        let start = bytes.startIndex
        func unit(at i: Int) -> UInt32 {
            var value: UInt32 = 0
            for k in 0..<size {
                let byte = UInt32(bytes[i + (encoding.littleEndian ? size - 1 - k : k)])
                value = value << 8 | byte
            }
            return value
        }
        func fail(_ offset: Int) -> InputError {
            .unreadable(path: path, reason: "invalid \(encoding.rawValue) at byte offset \(offset)")
        }
        var i = start
        while i + size <= bytes.endIndex {
            var value = unit(at: i)
            var width = size
            if size == 2, (0xD800...0xDBFF).contains(value) {
                guard i + 4 <= bytes.endIndex else { throw fail(i - start) }
                let low = unit(at: i + 2)
                guard (0xDC00...0xDFFF).contains(low) else { throw fail(i - start) }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                width = 4
            }
            guard let scalar = Unicode.Scalar(value) else { throw fail(i - start) }
            UTF8.encode(scalar) { output.append($0) }
            i += width
        }
        if i != bytes.endIndex { throw fail(i - start) }
        return output
    }

    /// The text of `bytes`: UTF-8 (a byte order mark dropped), or UTF-16 or UTF-32 after their byte
    /// order mark. Throws `InputError` naming `path` for binary data or invalid UTF-8.
    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if let (encoding, mark) = wideEncoding(of: bytes), mark > 0 {
            let utf8 = try self.utf8(from: bytes[mark...], encoding, path: path)
            if let nul = utf8.prefix(binaryProbeLength).firstIndex(of: 0) { throw InputError.binary(path: path, byteOffset: nul) }
            return String(decoding: utf8, as: UTF8.self)
        }
        return try bytes.withUnsafeBufferPointer { try decode($0, path: path) }
    }

    /// The first bytes of a file as text, for guessing its format: UTF-16 and UTF-32 decoded,
    /// anything else read as UTF-8 with invalid bytes replaced.
    public static func head(_ bytes: [UInt8], length: Int = 1024) -> String {
        if let (encoding, mark) = wideEncoding(of: bytes) {
            let size = encoding.unitSize
            let prefix = bytes[mark..<min(bytes.count, mark + length / size * size)]
            if let utf8 = try? utf8(from: prefix, encoding, path: "") { return String(decoding: utf8, as: UTF8.self) }
        }
        return String(decoding: bytes.prefix(length), as: UTF8.self)
    }

    /// The text of UTF-8 `bytes` (a byte order mark dropped). Throws `InputError` naming `path`
    /// for binary data or invalid UTF-8, with the line and column.
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
