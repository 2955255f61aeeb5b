import Chronicle

/// The timeline as an SVG picture for reports and READMEs (`chronicle build --format svg`).
///
/// A horizontal time axis scaled to the entries, broken where decades lie between them; each
/// entry a dot, or a bar over its span when its date is a range ("June 2021", "the early
/// 2000s"); and one label per entry, its date and its events, placed above or below the axis so
/// that no two labels overlap and no leader crosses a label. With several documents each has a
/// colour, named in a legend. Events with no place on the axis are counted in a note.
///
/// The picture is 800 pixels wide by default (its height follows the content), has no scripts,
/// links or external resources, and is the same to the byte on every run. Label text comes from
/// the same wording as the other reading exports and is escaped; a label longer than its room is
/// wrapped, then cut with "…" and a count of the events left out. Each entry is a `<g
/// class="entry">` whose `<title>` holds its full text (a tooltip in browsers).
///
/// ```sh
/// chronicle build --format svg Samples/central-asia-bases.txt > timeline.svg
/// ```
public enum SVGExport {
    /// Colours of documents, in the order of the timeline's documents (Okabe and Ito's
    /// colour-blind-safe palette, darkened where too pale for lines on white).
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B07A00", "#3A9BD9", "#8C6D31", "#6A3D9A"]
    /// Markers and leaders of entries with events from several documents.
    static let mixed = "#555B66"
    /// The id of the picture's title, which marks the file as Chronicle's export.
    static let titleID = "chronicle-title"
    static let fontFamily = "'DejaVu Sans', Verdana, Geneva, sans-serif"

    /// The SVG document, `width` pixels wide (at least 400, and wider for timelines of more
    /// than about 80 entries: `TimelineLayout.minimumStemPitch`), with a final newline. Without
    /// `header` it has no title or legend, for a page that shows both already.
    public static func svg(_ timeline: Timeline, width: Int = 800, header: Bool = true) -> String {
        render(TimelineLayout(timeline, width: Double(max(width, 400)), header: header), timeline: timeline)
    }

    static func colour(of documents: [Int], multiple: Bool) -> String {
        guard multiple else { return palette[0] }
        return documents.count == 1 ? palette[documents[0] % palette.count] : mixed
    }

    static func render(_ layout: TimelineLayout, timeline: Timeline) -> String {
        var out = SVGBuilder()
        let width = number(layout.width), height = number(layout.height)
        out.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(titleID)\" font-family=\"\(fontFamily)\">")
        out.indent += 1
        out.line("<title id=\"\(titleID)\">\(HTML.escape(TimelineLabels.title(timeline)))</title>")
        out.line("<desc>\(HTML.escape(description(timeline)))</desc>")
        out.line("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        for (k, line) in layout.titleLines.enumerated() {
            out.text(line, x: TimelineLayout.margin, y: TimelineLayout.margin + 12 + Double(k) * TimelineLayout.titleLineHeight,
                     attributes: style(TimelineLayout.titleFont, fill: "#1f2328"))
        }
        if !layout.legend.isEmpty { legend(layout, into: &out) }
        axis(layout, into: &out)
        for entry in layout.entries { self.entry(entry, layout: layout, into: &out) }
        for (k, line) in layout.noteLines.enumerated() {
            out.text(line, x: TimelineLayout.margin, y: layout.noteY + Double(k) * TimelineLayout.noteLineHeight, attributes: style(TimelineLayout.noteFont, fill: "#59636e"))
        }
        out.indent -= 1
        out.line("</svg>")
        return out.text
    }

    /// "Timeline of 5 dated entries from the early 2000s to Wednesday, 18 August 2021."
    static func description(_ timeline: Timeline) -> String {
        guard let first = timeline.entries.first, let last = timeline.entries.last else { return "A timeline with no dated events." }
        let count = timeline.entries.count
        return count == 1 ? "Timeline of one dated entry: \(first.display)."
            : "Timeline of \(count) dated entries from \(first.display) to \(last.display)."
    }

    static func legend(_ layout: TimelineLayout, into out: inout SVGBuilder) {
        out.line("<g class=\"legend\" " + style(TimelineLayout.legendFont, fill: "#1f2328") + ">")
        out.indent += 1
        for row in layout.legend {
            for item in row.items {
                let swatch = TimelineLayout.swatch
                out.line("<rect x=\"\(number(item.x))\" y=\"\(number(row.y - swatch - 1))\" width=\"\(number(swatch))\" height=\"\(number(swatch))\" fill=\"\(palette[item.document % palette.count])\"/>")
                out.text(item.name, x: item.x + swatch + 5, y: row.y, attributes: nil)
            }
        }
        out.indent -= 1
        out.line("</g>")
    }

    static func axis(_ layout: TimelineLayout, into out: inout SVGBuilder) {
        guard !layout.axis.segments.isEmpty else { return }
        let top = layout.stripY, height = TimelineLayout.stripHeight
        out.line("<g class=\"axis\" " + style(TimeAxis.tickFont, fill: "#4a5260") + ">")
        out.indent += 1
        for (index, segment) in layout.axis.segments.enumerated() {
            out.line("<rect x=\"\(number(segment.x0))\" y=\"\(number(top))\" width=\"\(number(segment.x1 - segment.x0))\" height=\"\(number(height))\" rx=\"3\" fill=\"#eef0f3\"/>")
            for tick in layout.axis.ticks(of: segment) {
                if tick.x > segment.x0 + 0.5 {
                    out.line("<line x1=\"\(number(tick.x))\" y1=\"\(number(top))\" x2=\"\(number(tick.x))\" y2=\"\(number(top + height))\" stroke=\"#c4c9d1\"/>")
                }
                if let label = tick.label { out.text(label, x: tick.x + 3, y: top + 13, attributes: nil) }
            }
            if index > 0 {
                // the break: two slanted strokes in the gap
                let middle = segment.x0 - TimeAxis.breakWidth / 2
                for offset in [-3.0, 3.0] {
                    out.line("<line x1=\"\(number(middle + offset - 3))\" y1=\"\(number(top + height + 2))\" x2=\"\(number(middle + offset + 3))\" y2=\"\(number(top - 2))\" stroke=\"#8b939e\" stroke-width=\"1.5\"/>")
                }
            }
        }
        out.indent -= 1
        out.line("</g>")
    }

    static func entry(_ entry: TimelineLayout.Entry, layout: TimelineLayout, into out: inout SVGBuilder) {
        let colour = colour(of: entry.label.documents, multiple: layout.isMultiDocument)
        out.line("<g class=\"entry\">")
        out.indent += 1
        out.line("<title>\(HTML.escape(entry.fullText))</title>")
        let marker = entry.marker
        if marker.isBar {
            let half = TimelineLayout.barHeight / 2
            out.line("<rect x=\"\(number(marker.x0))\" y=\"\(number(marker.y - half))\" width=\"\(number(marker.x1 - marker.x0))\" height=\"\(number(2 * half))\" rx=\"2\" fill=\"\(colour)\" fill-opacity=\"0.3\" stroke=\"\(colour)\"/>")
        } else {
            out.line("<circle cx=\"\(number(marker.leaderX))\" cy=\"\(number(marker.y))\" r=\"\(number(TimelineLayout.dotRadius))\" fill=\"\(colour)\"/>")
        }
        let points = entry.leader.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
        out.line("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(colour)\" stroke-opacity=\"0.8\"/>")
        let label = entry.label, box = label.box
        // the rule on the stem's side of the box, the text aligned to it
        let ruleX = label.extendsLeft ? box.maxX - 2 : box.x
        out.line("<rect x=\"\(number(ruleX))\" y=\"\(number(box.y))\" width=\"2\" height=\"\(number(box.height))\" fill=\"\(colour)\"/>")
        let inset = TimelineLayout.textInset + 1
        let x = label.extendsLeft ? box.maxX - inset : box.x + inset
        let anchor = label.extendsLeft ? " text-anchor=\"end\"" : ""
        let step = TimelineLayout.swatch + 3
        var baseline = box.y + TimelineLayout.labelPadding.top + 10.5
        for (k, line) in label.dateLines.enumerated() {
            // swatches of the entry's documents beside the first line, next to the rule
            let swatches = k == 0 ? Double(label.documents.count) * step : 0
            out.text(line, x: label.extendsLeft ? x - swatches : x, y: baseline, attributes: style(TimelineLayout.dateFont, fill: "#1f2328") + anchor)
            if k == 0 {
                let start = label.extendsLeft ? x - swatches + 3 : x + TimelineLayout.dateFont.width(line) + 4
                for (n, document) in label.documents.enumerated() {
                    out.line("<rect x=\"\(number(start + Double(n) * step))\" y=\"\(number(baseline - 8.5))\" width=\"\(number(TimelineLayout.swatch))\" height=\"\(number(TimelineLayout.swatch))\" fill=\"\(palette[document % palette.count])\"/>")
                }
            }
            baseline += TimelineLayout.dateLineHeight
        }
        baseline -= 0.5
        for line in label.itemLines {
            out.text(line, x: x, y: baseline, attributes: style(TimelineLayout.itemFont, fill: "#3d444d") + anchor)
            baseline += TimelineLayout.itemLineHeight
        }
        out.indent -= 1
        out.line("</g>")
    }

    /// The presentation attributes of text in `font`.
    static func style(_ font: TextFont, fill: String) -> String {
        "font-size=\"\(number(font.size))\"" + (font.bold ? " font-weight=\"bold\"" : "") + " fill=\"\(fill)\""
    }

    /// A coordinate with at most one decimal, no locale, no "-0".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}

/// Lines of markup with two-space indentation.
struct SVGBuilder {
    private(set) var text = ""
    var indent = 0

    mutating func line(_ markup: String) {
        text += String(repeating: "  ", count: indent) + markup + "\n"
    }

    /// A `<text>` element holding `content`, escaped.
    mutating func text(_ content: String, x: Double, y: Double, attributes: String?) {
        let extra = attributes.map { " " + $0 } ?? ""
        line("<text x=\"\(SVGExport.number(x))\" y=\"\(SVGExport.number(y))\"\(extra)>\(HTML.escape(content))</text>")
    }
}
