/// File names made from document ids (a JSON Lines `id`, front matter's `id:`, TimeML's
/// `<DOCID>`), which come from the input and may be anything: `../../etc/x`, `.hidden`, a
/// thousand characters, a newline. Every export name goes through `stem(for:)`, so it is one
/// plain name inside the output folder.
public enum ExportNames {
    /// The longest stem in UTF-8 bytes: with the longest extension (`.timelinejs.json`) and the
    /// temporary file's decoration (`.NAME.RANDOM.tmp`) it stays under the 255 bytes a name may have.
    public static let maximumStemBytes = 200

    /// The file name stem for a document id, one name and never a path:
    /// - `/` and `\` become `_`, so `a/b` is `a_b`;
    /// - a leading dot becomes `_`, so the name is never hidden and never `.` or `..`
    ///   (`..` is `_.`, `.hidden` is `_hidden`, `../../x` is `_._.._x`);
    /// - control characters (C0, DEL, C1) become `_`;
    /// - an empty id is `_`;
    /// - a stem longer than `maximumStemBytes` is cut at a character boundary and ends in `~`
    ///   and eight hexadecimal digits of the whole id's FNV-1a hash, so two long ids that share
    ///   their beginning still get different names.
    ///
    /// Different ids can give one stem (`a/b` and `a_b`): `ExportSet.files` reports that.
    public static func stem(for id: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in id.unicodeScalars {
            let v = scalar.value
            let unsafe = scalar == "/" || scalar == "\\" || v < 0x20 || (0x7F...0x9F).contains(v) || (scalar == "." && scalars.isEmpty)
            scalars.append(unsafe ? "_" : scalar)
        }
        var stem = String(scalars)
        if stem.isEmpty { return "_" }
        if stem.utf8.count > maximumStemBytes {
            let suffix = "~" + hash(id)
            var cut = String.UnicodeScalarView()
            var bytes = 0
            for scalar in stem.unicodeScalars {
                let width = UTF8.width(scalar)
                if bytes + width > maximumStemBytes - suffix.utf8.count { break }
                cut.append(scalar)
                bytes += width
            }
            stem = String(cut) + suffix
        }
        return stem
    }

    /// FNV-1a (32 bits) of the id's UTF-8, as eight hexadecimal digits: the same on every machine.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

/// Two documents (or a document and the timeline) whose exports would have the same file name.
public struct ExportNameCollision: Error, CustomStringConvertible, Sendable {
    /// The file name both would be written to.
    public var name: String
    /// The first document's id.
    public var first: String
    /// The second document's id.
    public var second: String

    /// The file name, both ids, and what to do about it.
    public var description: String {
        "\(name): '\(first)' and '\(second)' would both be written to this file; give the documents ids that differ in more than '/', leading dots or control characters (or use --name)"
    }
}
