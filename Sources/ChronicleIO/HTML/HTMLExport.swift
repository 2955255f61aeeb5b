import Chronicle

/// The timeline as one self-contained web page (`chronicle build --format html`): the
/// documents, the SVG picture, then a table with a row per clause of each entry (the entry's
/// date, the events the clause carries, the clause and, with several documents, its document),
/// then in the same way the events that have no place on the axis.
///
/// Everything is in the file: inline CSS, the picture inline, no scripts, fonts, images or
/// links, and a Content-Security-Policy that forbids fetching anything, so the page opens the
/// same offline, in a mail attachment or on a file share. The markup is also well-formed XML
/// (polyglot HTML), all article text is escaped, and the bytes are the same on every run.
///
/// ```sh
/// chronicle build --format html Samples/central-asia-bases.txt > timeline.html
/// ```
public enum HTMLExport {
    /// The page's mark as Chronicle's export, which folder searches for inputs pass over.
    static let generatorMeta = #"<meta name="generator" content="Chronicle"/>"#

    /// The page, with a final newline.
    public static func html(_ timeline: Timeline) -> String {
        let title = HTML.escape(TimelineLabels.title(timeline))
        var page = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            \(generatorMeta)
            <title>\(title)</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <main>
            <h1>\(title)</h1>

            """
        page += documents(timeline)
        page += "<figure>\n" + SVGExport.svg(timeline, header: false) + "</figure>\n"
        let multiple = timeline.documents.count > 1
        let events = timeline.eventsByID
        if timeline.entries.isEmpty {
            page += "<p>No dated events.</p>\n"
        } else {
            page += "<h2>Timeline</h2>\n<table class=\"timeline\">\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th><th scope=\"col\">Sentence</th>"
            page += (multiple ? "<th scope=\"col\">Document</th>" : "") + "</tr></thead>\n"
            for entry in timeline.entries {
                let groups = byClause(entry.events.compactMap { events[$0] })
                page += "<tbody>\n"
                for (k, group) in groups.enumerated() {
                    let date = k == 0 ? "<th scope=\"rowgroup\" rowspan=\"\(groups.count)\">\(HTML.escape(entry.display))</th>" : ""
                    page += "<tr>" + date + cells(group, in: timeline, multiple: multiple) + "</tr>\n"
                }
                page += "</tbody>\n"
            }
            page += "</table>\n"
        }
        let sections = [("Related only to the publication date", timeline.undated), ("Not anchored in time", timeline.unanchored)]
        for (heading, ids) in sections where !ids.isEmpty {
            page += "<h2>\(heading)</h2>\n<table class=\"events\">\n<thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Sentence</th>"
            page += (multiple ? "<th scope=\"col\">Document</th>" : "") + "</tr></thead>\n<tbody>\n"
            for group in byClause(ids.compactMap { events[$0] }) {
                page += "<tr>" + cells(group, in: timeline, multiple: multiple) + "</tr>\n"
            }
            page += "</tbody>\n</table>\n"
        }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    /// Events that share a clause of one document, in the order their clauses first come.
    static func byClause(_ events: [TimelineEvent]) -> [[TimelineEvent]] {
        var groups: [[TimelineEvent]] = []
        var position: [String: [Substring: Int]] = [:]
        for event in events {
            if let k = position[event.document]?[event.text] {
                groups[k].append(event)
            } else {
                position[event.document, default: [:]][event.text] = groups.count
                groups.append([event])
            }
        }
        return groups
    }

    /// The events' wording and their clause, and with several documents their document.
    static func cells(_ events: [TimelineEvent], in timeline: Timeline, multiple: Bool) -> String {
        let event = events[0]
        let labels: [String] = events.map { HTML.escape(TimelineLabels.label(of: $0)) }
        var cells = "<td>" + labels.joined(separator: " · ") + "</td><td>" + HTML.escape(String(event.text)) + "</td>"
        if multiple, let index = timeline.documents.firstIndex(where: { $0.id == event.document }) {
            cells += "<td>" + swatch(index) + HTML.escape(TimelineLabels.document(timeline.documents[index])) + "</td>"
        }
        return cells
    }

    /// What the timeline was made from: each document's name, source and date.
    static func documents(_ timeline: Timeline) -> String {
        let multiple = timeline.documents.count > 1
        var out = "<ul class=\"documents\">\n"
        for (index, document) in timeline.documents.enumerated() {
            var facts: [String] = []
            if multiple || document.title == nil { facts.append("<span class=\"name\">" + HTML.escape(TimelineLabels.document(document)) + "</span>") }
            if let source = document.source { facts.append("source <code>" + HTML.escape(source) + "</code>") }
            if let dct = document.dct {
                facts.append("dated " + HTML.escape(dct.description) + (document.dctSource.map { " (" + HTML.escape($0) + ")" } ?? ""))
            }
            out += "<li>" + (multiple ? swatch(index) : "") + facts.joined(separator: ", ") + "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// The document's colour, as in the picture.
    static func swatch(_ document: Int) -> String {
        "<span class=\"swatch\" style=\"background:\(SVGExport.palette[document % SVGExport.palette.count])\"></span>"
    }

    static let style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f7f9; color: #1f2328; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 1000px; margin: 0 auto; padding: 24px 28px 40px; background: #ffffff; }
        h1 { font-size: 1.55em; line-height: 1.25; margin: 0.2em 0 0.4em; }
        h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; }
        ul.documents { list-style: none; padding: 0; margin: 0 0 1em; color: #59636e; font-size: 0.93em; }
        ul.documents .name { color: #1f2328; font-weight: 600; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
        figure { margin: 1.2em 0; overflow-x: auto; }
        figure svg { display: block; max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
        th, td { text-align: left; vertical-align: top; padding: 5px 10px; }
        thead th { border-bottom: 2px solid #c4c9d1; white-space: nowrap; }
        table.timeline tbody { border-bottom: 1px solid #dfe3e8; }
        table.events tr { border-bottom: 1px solid #eceef1; }
        tbody th { font-weight: 600; min-width: 9em; }
        .swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.45em; vertical-align: baseline; }

        """
}
