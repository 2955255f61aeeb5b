import Chronicle

/// The timeline as Markdown for reports and documentation sites: a heading, a table with one
/// row per timeline entry, a Mermaid `timeline` diagram, then the events that have no date of
/// their own (related only to their document's creation time, or not anchored in time) as lists
/// under subheadings.
///
/// ```markdown
/// # Putin scoffed at Biden plans for military bases in Central Asia
///
/// | Date | What happened |
/// | --- | --- |
/// | July 2021 | In July, the White House sent Elizabeth Sherwood-Randall … |
/// ```
///
/// The table has a Source column when the timeline has several documents (the document of
/// each phrase) or when `Options.sentences` asks for the clauses the events were read from.
/// The phrases of an entry's events are one per line (`<br>`), each once. A timeline with no
/// dated events says so in a sentence instead of an empty table. Article text is escaped (see
/// `MarkdownText.inline`) so it renders as written.
public enum MarkdownExport {
    /// How the Markdown fits where it goes.
    public struct Options: Sendable, Hashable {
        /// Include the Mermaid `timeline` diagram after the table.
        public var mermaid: Bool
        /// Leave out the title heading, for embedding in a larger document.
        public var fragment: Bool
        /// The level (1–6) of the first heading written: the title's, or with `fragment` the
        /// subheadings'. Values outside 1–6 are clamped.
        public var headingLevel: Int
        /// Quote in the Source column the clause each event was read from.
        public var sentences: Bool

        /// Options with the diagram, the title at level 1, and no quoted clauses by default.
        public init(mermaid: Bool = true, fragment: Bool = false, headingLevel: Int = 1, sentences: Bool = false) {
            self.mermaid = mermaid
            self.fragment = fragment
            self.headingLevel = min(max(headingLevel, 1), 6)
            self.sentences = sentences
        }
    }

    /// The Markdown text, blocks separated by blank lines, with a final newline.
    public static func markdown(_ timeline: Timeline, options: Options = Options()) -> String {
        let level = min(max(options.headingLevel, 1), 6)
        let subLevel = options.fragment ? level : min(level + 1, 6)
        var blocks: [String] = []
        if !options.fragment {
            blocks.append(heading(TimelineLabels.title(timeline), level: level))
        }
        if timeline.entries.isEmpty {
            blocks.append(noDatedEvents)
        } else {
            blocks.append(table(timeline, sentences: options.sentences))
        }
        if options.mermaid, !timeline.entries.isEmpty {
            blocks.append(fenced(MermaidTimeline.diagram(timeline), language: "mermaid"))
        }
        let sections = [("Related only to the publication date", timeline.undated), ("Not anchored in time", timeline.unanchored)]
        for (title, ids) in sections where !ids.isEmpty {
            blocks.append(heading(title, level: subLevel))
            blocks.append(list(ids, in: timeline))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The start of the table's first line, by which a Markdown export is recognised.
    public static let tableHeader = "| Date | What happened |"

    /// What a timeline with no dated events says instead of its table.
    public static let noDatedEvents = "No dated events: nothing in the text could be placed on a timeline."

    /// The table: a row per entry, its events' phrases and, when there are several documents or
    /// `sentences` asks for them, their sources.
    static func table(_ timeline: Timeline, sentences: Bool) -> String {
        let multiple = timeline.documents.count > 1
        let names = timeline.documentNames
        let hasSource = multiple || sentences
        var rows = [tableHeader + (hasSource ? " Source |" : ""), "| --- | --- |" + (hasSource ? " --- |" : "")]
        for entry in timeline.entries {
            let members = timeline.events(of: entry)
            var cells = [
                MarkdownText.inline(entry.display),
                MarkdownText.cell(TimelineLabels.phrases(of: members)),
            ]
            if hasSource {
                let sources = members.map { event -> String in
                    let document = names[event.document] ?? event.document
                    guard sentences else { return document }
                    return "“" + String(event.text) + "”" + (multiple ? " (" + document + ")" : "")
                }
                cells.append(MarkdownText.cell(TimelineLabels.unique(sources)))
            }
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }

    /// A bullet per phrase (events of one clause share one), with its document's name when
    /// there are several.
    static func list(_ ids: [String], in timeline: Timeline) -> String {
        let names = timeline.documentNames
        let items = TimelineLabels.telling(ids.compactMap(timeline.event(id:))).map { event, phrase in
            var item = "- " + MarkdownText.inline(phrase)
            if timeline.documents.count > 1 { item += " (" + MarkdownText.inline(names[event.document] ?? event.document) + ")" }
            return item
        }
        return TimelineLabels.unique(items).joined(separator: "\n")
    }

    static func heading(_ text: String, level: Int) -> String {
        String(repeating: "#", count: level) + " " + MarkdownText.inline(text)
    }

    /// A fenced code block whose fence is longer than any backtick run in `code`, so nothing in
    /// it can close the block early.
    static func fenced(_ code: String, language: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + language + "\n" + code + fence
    }
}
