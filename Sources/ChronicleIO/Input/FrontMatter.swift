import Chronicle

/// A block of `key: value` lines between `---` lines at the top of a text file, as static site
/// generators use. Chronicle reads `dct` (the publication date), `id`, `title` and `source`; the
/// document text starts after the closing `---` line, and offsets count from there.
///
/// ```
/// ---
/// dct: 2021-08-20
/// title: Putin scoffed at Biden's plans for bases
/// ---
/// Russian President Vladimir Putin ...
/// ```
public struct FrontMatter: Equatable, Sendable {
    /// The fields between the `---` lines, by name (`dct`, `id`, `title`, ...).
    public var fields: [String: String]
    /// Where the body starts, in characters of the original text.
    public var bodyStart: String.Index

    /// Splits `text` into front matter and body; nil when the text has none.
    public static func split(_ text: String, path: String) throws -> (FrontMatter, String)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        var fields: [String: String] = [:]
        var lineNumber = 1
        var index = text.index(after: text.firstIndex(of: "\n")!)
        while index < text.endIndex {
            lineNumber += 1
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            var line = text[index..<lineEnd]
            if line.hasSuffix("\r") { line = line.dropLast() }
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if line == "---" {
                return (FrontMatter(fields: fields, bodyStart: next), String(text[next...]))
            }
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { index = next; continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw InputError.invalidFrontMatter(path: path, line: lineNumber, reason: "expected 'key: value', found '\(line)'")
            }
            let key = String(line[..<colon]).trimmingSpaces.lowercased()
            var value = String(line[line.index(after: colon)...]).trimmingSpaces
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
            index = next
        }
        throw InputError.invalidFrontMatter(path: path, line: lineNumber, reason: "no closing '---' line")
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
