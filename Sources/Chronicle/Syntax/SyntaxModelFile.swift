/// A syntax model file that cannot be used.
public enum SyntaxModelError: Error, CustomStringConvertible, Sendable {
    /// The first line is not a syntax model's.
    case notAModel
    /// The file ends inside the part named.
    case truncated(String)
    /// The tables are not aligned in memory as the format needs.
    case misaligned
    /// A section the model needs is missing.
    case missingSection(String)
    /// A section does not hold what the format says.
    case malformed(String)

    /// The problem in words.
    public var description: String {
        switch self {
        case .notAModel: return "not a Chronicle syntax model (the first line should be '\(SyntaxModelFile.magic)')"
        case .truncated(let what): return "the model file ends inside its \(what)"
        case .misaligned: return "the model's tables are not 8-byte aligned in memory"
        case .missingSection(let name): return "the model has no '\(name)' section"
        case .malformed(let what): return "malformed \(what) in the model"
        }
    }
}

/// The container format of `syntax.model`: a text header, then named binary sections.
///
/// ```
/// chronicle-syntax 1
/// # free text: what it was trained on, the data's licence and credit
/// <blank line>
/// NUL padding to a multiple of 16
/// sections: 8-byte ASCII name (space padded), UInt64 payload length, payload, NUL padding to 16
/// ```
/// Tables inside sections are laid out to be read in place (`WeightTable`, `ValueTable`), so
/// loading a model costs a scan of the section headers and the parsing of a few short lists.
enum SyntaxModelFile {
    static let magic = "chronicle-syntax 2"

    static func write(header: [String], sections: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out = ModelBytes()
        out.append(magic + "\n")
        for line in header { out.append("# " + line + "\n") }
        out.append("\n")
        out.pad(to: 16)
        for section in sections {
            precondition(section.name.utf8.count <= 8)
            out.append(section.name + String(repeating: " ", count: 8 - section.name.utf8.count))
            out.append(UInt64(section.bytes.count))
            out.pad(to: 16)
            out.bytes += section.bytes
            out.pad(to: 16)
        }
        return out.bytes
    }

    /// The header lines (without `# `) and the sections of a model in `bytes`, which must be
    /// 16-byte aligned.
    static func read(_ bytes: UnsafeRawBufferPointer) throws -> (header: [String], sections: [String: UnsafeRawBufferPointer]) {
        guard bytes.count > magic.utf8.count, bytes.starts(with: magic.utf8) else { throw SyntaxModelError.notAModel }
        guard let base = bytes.baseAddress, Int(bitPattern: base) % 16 == 0 else { throw SyntaxModelError.misaligned }
        var end = 0
        while end + 1 < bytes.count, !(bytes[end] == 0x0A && bytes[end + 1] == 0x0A) { end += 1 }
        guard end + 1 < bytes.count else { throw SyntaxModelError.truncated("header") }
        let header = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
            .split(separator: "\n").dropFirst().map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : String($0) }
        var offset = (end + 2 + 15) / 16 * 16
        var sections: [String: UnsafeRawBufferPointer] = [:]
        while offset < bytes.count {
            guard offset + 16 <= bytes.count else { throw SyntaxModelError.truncated("section list") }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 8]), as: UTF8.self)
                .trimmingCharacters(in: " ")
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            offset += 16
            guard length >= 0, offset + length <= bytes.count else { throw SyntaxModelError.truncated("section '\(name)'") }
            sections[name] = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
            offset += (length + 15) / 16 * 16
        }
        return (header, sections)
    }

    /// Lines of a text section.
    static func lines(_ bytes: UnsafeRawBufferPointer) -> [Substring] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast(0).filter { !$0.isEmpty }
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
