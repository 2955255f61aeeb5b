/// The container of a model's data file: a text header (the format's name and version on the
/// first line, then `#` lines saying what the model was trained on and under which licence),
/// a blank line, zero padding to a multiple of four bytes, then little-endian 32-bit words.
///
/// A binary body loads with no parsing (the shipped event model in about a millisecond), and
/// the header keeps the file's provenance readable with `head`.
public enum ModelFile {
    /// Why a model file could not be read.
    public enum Error: Swift.Error, CustomStringConvertible {
        /// The first line does not name the `expected` format (and version).
        case wrongFormat(expected: String)
        /// The body does not hold what the format says, for the reason given.
        case malformed(String)
        /// The file ends before its body does.
        case truncated

        /// The problem in words.
        public var description: String {
            switch self {
            case .wrongFormat(let expected): return "not a '\(expected)' model file"
            case .malformed(let reason): return "malformed model file: \(reason)"
            case .truncated: return "truncated model file"
            }
        }
    }

    /// Builds a model file in memory.
    public struct Writer {
        /// The file so far.
        public private(set) var bytes: [UInt8] = []

        /// Starts a file of `format` whose header carries `notes` (one `#` line each).
        public init(format: String, notes: [String]) {
            bytes += Array((format + "\n").utf8)
            for note in notes { bytes += Array(("# " + note + "\n").utf8) }
            bytes.append(0x0A)
            while bytes.count % 4 != 0 { bytes.append(0) }
        }

        /// Appends one 32-bit word, little-endian.
        public mutating func word(_ value: UInt32) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
    }

    /// Reads a model file from its bytes (the embedded data or a file's contents).
    public struct Reader {
        private let bytes: UnsafeRawBufferPointer
        private var offset: Int

        /// Checks the format line and skips the header.
        public init(_ bytes: UnsafeRawBufferPointer, format: String) throws {
            self.bytes = bytes
            let expected = Array((format + "\n").utf8)
            guard bytes.count >= expected.count, zip(bytes, expected).allSatisfy({ $0 == $1 }) else {
                throw Error.wrongFormat(expected: format)
            }
            // the header ends at the first blank line
            var k = expected.count
            while k < bytes.count, !(bytes[k] == 0x0A && bytes[k - 1] == 0x0A) { k += 1 }
            guard k < bytes.count else { throw Error.truncated }
            offset = (k + 1 + 3) / 4 * 4
        }

        /// Whether every word has been read.
        public var atEnd: Bool { offset >= bytes.count }

        /// Reads the next word; throws `Error.truncated` past the end.
        public mutating func word() throws -> UInt32 {
            guard offset + 4 <= bytes.count else { throw Error.truncated }
            defer { offset += 4 }
            return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }

        /// Reads the next `count` words; throws `Error.truncated` when fewer are left.
        public mutating func words(_ count: Int) throws -> [UInt32] {
            guard count >= 0, offset + 4 * count <= bytes.count else { throw Error.truncated }
            let start = offset
            offset += 4 * count
            return (0..<count).map { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self)) }
        }
    }
}
