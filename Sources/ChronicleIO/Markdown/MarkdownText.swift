/// Escaping of article text for Markdown (CommonMark with GitHub's tables).
enum MarkdownText {
    /// Text for a table cell, heading or list item: one line, and every character that Markdown
    /// or inline HTML would read as syntax escaped, so the text renders as written.
    ///
    /// A backslash goes before each backslash, backtick, `*`, `_`, `|`, `[`, `]`, `#` and `~`
    /// (`\|` also keeps a pipe from splitting a table cell); `<`, `>` and `&` become entities, so
    /// no tag or entity can form. Line breaks and tabs become spaces; other control characters
    /// become U+FFFD.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "|", "[", "]", "#", "~":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            default:
                out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        // at the start of a line these would open a list, a heading underline or a block
        // quote; only a leading one matters, and `>` is already an entity
        if let first = out.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
            out.insert("\\", at: out.startIndex)
        } else if let marker = orderedListMarker(out) {
            out.insert("\\", at: marker)
        }
        return out
    }

    /// Cell lines joined by HTML line breaks, which GitHub-flavoured tables allow in a cell.
    static func cell(_ lines: [String]) -> String {
        lines.map(inline).joined(separator: "<br>")
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xFFFE || v == 0xFFFF
    }

    /// Where the `.` or `)` of a leading "12." or "3)" is, which would start an ordered list.
    private static func orderedListMarker(_ text: String) -> String.Index? {
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, text[index].isASCII, text[index].isNumber {
            digits += 1
            index = text.index(after: index)
        }
        guard digits > 0, digits <= 9, index < text.endIndex, text[index] == "." || text[index] == ")" else { return nil }
        return index
    }
}
