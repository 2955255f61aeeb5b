import Chronicle

/// The timeline as Markdown for reports and documentation sites: a heading, a table with one
/// row per timeline entry, a Mermaid `timeline` diagram, then the events that have no date of
/// their own (related only to their document's creation time, or not anchored in time) as lists
/// under subheadings.
///
/// ```markdown
/// # Putin scoffed at Biden plans for military bases in Central Asia
///
/// | Date | Event | Source sentence | Document |
/// | --- | --- | --- | --- |
/// | June 2021 | scoffed<br>plans | Russian President Vladimir Putin scoffed at … | central-asia-bases |
/// ```
///
/// Article text is escaped (see `MarkdownText.inline`) so it renders as written; the events of an
/// entry are listed in the Event cell separated by `<br>`, their clauses, each once, in the
/// Source sentence cell, and their documents' ids in the Document cell.
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

        public init(mermaid: Bool = true, fragment: Bool = false, headingLevel: Int = 1) {
            self.mermaid = mermaid
            self.fragment = fragment
            self.headingLevel = min(max(headingLevel, 1), 6)
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
        blocks.append(table(timeline))
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

    /// The first line of the table, by which a Markdown export is recognised.
    public static let tableHeader = "| Date | Event | Source sentence | Document |"

    /// The table: a row per entry, its events, their clauses and their documents.
    static func table(_ timeline: Timeline) -> String {
        let events = timeline.eventsByID
        var rows = [tableHeader, "| --- | --- | --- | --- |"]
        for entry in timeline.entries {
            let members = entry.events.compactMap { events[$0] }
            let cells = [
                MarkdownText.inline(entry.display),
                MarkdownText.cell(members.map(TimelineLabels.event)),
                MarkdownText.cell(TimelineLabels.unique(members.map { String($0.text) })),
                // ids, not titles: the heading has the title, and a title repeated on every
                // row would crowd the table
                MarkdownText.cell(TimelineLabels.unique(members.map(\.document))),
            ]
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }

    /// A bullet per event: "label: clause", and its document's id when there are several.
    static func list(_ ids: [String], in timeline: Timeline) -> String {
        let events = timeline.eventsByID
        return ids.compactMap { events[$0] }.map { event in
            var item = "- " + MarkdownText.inline(TimelineLabels.event(event)) + ": " + MarkdownText.inline(String(event.text))
            if timeline.documents.count > 1 { item += " (" + MarkdownText.inline(event.document) + ")" }
            return item
        }.joined(separator: "\n")
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
