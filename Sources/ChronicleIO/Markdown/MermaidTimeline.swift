import Chronicle

/// A timeline as a Mermaid `timeline` diagram: a title, then a `section` per year (per decade
/// for entries coarser than a year), and in each one line per entry,
/// `    <period> : <event> : <event>`, the events' phrases.
///
/// Mermaid's timeline lexer ends a period at `:` or `#`, starts a new event at `: `, and reads
/// `#…;` as an entity code and `%%` as a comment, so article text is reworded to stay out of
/// its syntax (see `period(_:)` and `event(_:)`). Only dated entries are drawn: undated and
/// unanchored events have no place on the axis.
public enum MermaidTimeline {
    /// The diagram source, starting with `timeline`, one statement a line, final newline.
    public static func diagram(_ timeline: Timeline) -> String {
        var lines = ["timeline", "    title " + event(TimelineLabels.title(timeline))]
        var currentSection: String?
        for entry in timeline.entries {
            let name = section(of: entry)
            if name != currentSection {
                lines.append("    section " + name)
                currentSection = name
            }
            let phrases = TimelineLabels.phrases(of: timeline.events(of: entry)).map(event)
            lines.append("        " + ([period(entry.display)] + phrases).joined(separator: " : "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The section an entry goes in: its year ("2021"), or its decade ("1950s") when it is
    /// coarser than a year. Years and decades hold no `:`, as section names may not.
    static func section(of entry: TimelineEntry) -> String {
        let year = entry.earliest.year
        if entry.granularity >= .year { return String(year) }
        return String(year - ((year % 10) + 10) % 10) + "s"
    }

    /// Text for a period: one line, `:` and `#` reworded (`14:30` becomes `14.30`, other colons
    /// a dash, `#` "no."), besides what `event(_:)` does.
    public static func period(_ text: String) -> String {
        let scalars = Array(oneLine(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if scalar == ":" {
                let between = i > 0 && i + 1 < scalars.count && isDigit(scalars[i - 1]) && isDigit(scalars[i + 1])
                out.append(contentsOf: (between ? "." : " -").unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return event(String(out))
    }

    /// Text for an event or the title: one line; `: ` (which would start a new event) and a
    /// final `:` become ` -`, `#` becomes "no.", `;` a comma, `%%` one `%`, and `<`, `>` the
    /// single guillemets `‹ ›` so no HTML forms in the rendered label. Never empty.
    public static func event(_ text: String) -> String {
        let scalars = Array(oneLine(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case ":" where i + 1 == scalars.count || isSpace(scalars[i + 1]):
                out.append(contentsOf: " -".unicodeScalars)
            case "#": out.append(contentsOf: "no.".unicodeScalars)
            case ";": out.append(",")
            case "%" where out.last == "%": continue
            case "<": out.append("\u{2039}")
            case ">": out.append("\u{203A}")
            default: out.append(scalar)
            }
        }
        let result = collapse(String(out))
        return result.isEmpty ? "-" : result
    }

    /// One line: line breaks, tabs and other control characters become spaces.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { MarkdownText.isControl($0) || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
    }

    /// Runs of spaces as one, none at the ends (Mermaid trims them anyway).
    private static func collapse(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// What JavaScript's `\s` matches, which is what Mermaid's lexer means by a space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
