/// Checks Mermaid `timeline` diagrams by the rules of Mermaid's timeline grammar, so exports can
/// be tested without a browser.
///
/// The grammar (Mermaid's `timeline.jison`): the first statement is `timeline`; then, one a
/// line, `title <text>`, `section <name>` (no `:`), a period line `<period> : <event> : …`, or a
/// continuation line `: <event> : …` that adds events to the last period. A period runs up to
/// the first `:` and may not hold `#` (which would start a comment); an event starts at `:`
/// followed by a space and runs to the next such `: `. Beyond the grammar, and stricter than
/// Mermaid, events, periods and titles may not hold `#` or `;` (Mermaid reads `#…;` as an entity
/// code) or `%%` (a comment), and no event may be empty.
public enum MermaidTimelineCheck {
    /// The problems of a diagram, `line N: what`; empty when it follows the grammar.
    public static func errors(in diagram: String) -> [String] {
        var errors: [String] = []
        var sawHeader = false
        var sawPeriod = false
        let lines = diagram.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            func fail(_ message: String) { errors.append("line \(number): \(message)") }
            if raw.contains("\r") { fail("carriage return inside a line") }
            let line = trimmed(String(raw))
            if line.isEmpty || line.hasPrefix("%%") && !line.hasPrefix("%%{") { continue }
            guard sawHeader else {
                if line.lowercased() == "timeline" { sawHeader = true } else { fail("expected 'timeline' first, found '\(line)'") }
                continue
            }
            let lower = line.lowercased()
            if lower.hasPrefix("title"), line.unicodeScalars.dropFirst(5).first.map(MermaidTimeline.isSpace) ?? false {
                let title = trimmed(String(line.unicodeScalars.dropFirst(6)))
                if title.isEmpty { fail("empty title") }
                checkText(title, what: "title", fail)
            } else if lower.hasPrefix("section"), line.unicodeScalars.dropFirst(7).first.map(MermaidTimeline.isSpace) ?? false {
                let name = trimmed(String(line.unicodeScalars.dropFirst(8)))
                if name.isEmpty { fail("empty section name") }
                if name.contains(":") { fail("section name '\(name)' holds ':'") }
                checkText(name, what: "section name", fail)
            } else if lower == "timeline" || lower == "title" || lower == "section" {
                fail("'\(line)' without its text")
            } else if line.hasPrefix(":") {
                if !sawPeriod { fail("events before any period") }
                checkEvents(Substring(line), fail)
            } else {
                let end = line.firstIndex(where: { $0 == ":" || $0 == "#" }) ?? line.endIndex
                let period = trimmed(String(line[..<end]))
                if end < line.endIndex, line[end] == "#" {
                    fail("period '\(line)' holds '#', which starts a comment")
                    continue
                }
                // the lexer tries keywords first ("Timelines" lexes as `timeline` then `s`);
                // `title` and `section` with a space were taken above
                let name = period.lowercased()
                if name.hasPrefix("timeline") || name == "acctitle" || name == "accdescr" || name.hasPrefix("accdescr") && name.contains("{") {
                    fail("period '\(period)' reads as a keyword")
                }
                checkText(period, what: "period", fail)
                sawPeriod = true
                if end < line.endIndex { checkEvents(line[end...], fail) }
            }
        }
        if !sawHeader { errors.append("no 'timeline' line") }
        return errors
    }

    /// The contents of each fenced code block of a Markdown text whose info string is `mermaid`.
    public static func mermaidBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        var fence = ""
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil {
                let ticks = line.prefix { $0 == "`" }
                if ticks.count >= 3, trimmed(String(line.dropFirst(ticks.count))) == "mermaid" {
                    current = []
                    fence = String(ticks)
                }
            } else if line.hasPrefix(fence), line.allSatisfy({ $0 == "`" || $0 == " " }) {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current!.append(line)
            }
        }
        return blocks
    }

    /// Events of a line, from its first `:`: each `:` followed by a space starts one.
    private static func checkEvents(_ text: Substring, _ fail: (String) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            // scalars[i] is the ':' opening an event
            guard i + 1 < scalars.count else {
                fail("':' with no event after it")
                return
            }
            guard MermaidTimeline.isSpace(scalars[i + 1]) else {
                fail("':' not followed by a space where an event should start")
                return
            }
            var j = i + 2
            while j < scalars.count, !(scalars[j] == ":" && (j + 1 == scalars.count || MermaidTimeline.isSpace(scalars[j + 1]))) {
                j += 1
            }
            let event = trimmed(String(String.UnicodeScalarView(scalars[(i + 2)..<j])))
            if event.isEmpty { fail("empty event") }
            checkText(event, what: "event", fail)
            i = j
        }
    }

    private static func checkText(_ text: String, what: String, _ fail: (String) -> Void) {
        for bad in ["#", ";", "%%"] where text.contains(bad) {
            fail("\(what) '\(text)' holds '\(bad)'")
        }
    }

    private static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, MermaidTimeline.isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, MermaidTimeline.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
