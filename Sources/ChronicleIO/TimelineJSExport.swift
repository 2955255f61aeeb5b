import Chronicle
import Foundation

/// The timeline as a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html):
/// a title slide, then one slide per timeline entry and document, grouped by document.
///
/// ```json
/// {"title": {"text": {"headline": "…", "text": "<p>…</p>"}},
///  "events": [{"start_date": {"year": 2021, "month": 6}, "display_date": "June 2021",
///              "text": {"headline": "the events' phrases", "text": "<p>“the clause”</p><p class=\"source\">— the document</p>"},
///              "group": "the document's title", "unique_id": "central-asia-bases-2"}]}
/// ```
///
/// Dates carry only the fields the entry's granularity knows: a decade or a year gives `year`,
/// a half-year, season, quarter or month gives `year` and `month`, a week or anything finer
/// `year`, `month` and `day`, and an hour or minute also `hour` and `minute`. `end_date` appears only when the entry's span reaches past what
/// those fields can say in one date (the early 2000s end in 2003; a week of days ends on its
/// Sunday). Numbers are numbers, and nothing is null. TimelineJS renders headlines, texts,
/// display dates and group labels as HTML, so all of them are escaped.
/// Undated and unanchored events are counted on the title slide, not placed.
public enum TimelineJSExport {
    /// Pretty-printed, keys sorted, final newline: the same bytes on every run and machine.
    public static func json(_ timeline: Timeline) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(file(timeline))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The TimelineJS file as values.
    public static func file(_ timeline: Timeline) -> File {
        let names = timeline.documentNames
        let documents = Dictionary(timeline.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var slides: [Slide] = []
        for entry in timeline.entries {
            let members = timeline.events(of: entry)
            // one slide per document of the entry, so groups stay apart; an entry lists its
            // events in document order, and so its documents come in that order
            let (start, end) = dates(of: entry, events: members)
            for document in TimelineLabels.unique(members.map(\.document)) {
                let own = members.filter { $0.document == document }
                let clauses = TimelineLabels.unique(own.map { String($0.text) }).map { "<p>“" + HTML.escape($0) + "”</p>" }
                slides.append(Slide(
                    startDate: start,
                    endDate: end,
                    displayDate: HTML.escape(entry.display),
                    text: Text(headline: HTML.escape(TimelineLabels.phrases(of: own).joined(separator: "; ")),
                               text: clauses.joined() + source(documents[document], name: names[document] ?? document)),
                    // TimelineJS sets a group's label as HTML too
                    group: HTML.escape(names[document] ?? document),
                    uniqueID: slug(document) + "-\(slides.count + 1)"))
            }
        }
        return File(title: TitleSlide(text: Text(headline: HTML.escape(TimelineLabels.title(timeline)), text: summary(timeline))), events: slides)
    }

    /// "<p class="source">— Title, https://…</p>": where the sentences come from, the source a
    /// link when it is a web address.
    static func source(_ document: DocumentInfo?, name: String) -> String {
        var line = "— " + HTML.escape(name)
        if let source = document?.source, !source.isEmpty, source != name {
            let lower = source.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
                line += ", <a href=\"" + HTML.escape(source) + "\">" + HTML.escape(source) + "</a>"
            } else {
                line += ", " + HTML.escape(source)
            }
        }
        return "<p class=\"source\">" + line + "</p>"
    }

    /// The start date, and an end date when one date at the entry's precision cannot say it.
    /// An entry of an hour or a minute gives the time of day its events' value states.
    static func dates(of entry: TimelineEntry, events: [TimelineEvent] = []) -> (DateFields, DateFields?) {
        var start = DateFields(entry.earliest, precision: entry.granularity)
        let end = DateFields(entry.latest, precision: entry.granularity)
        if entry.granularity >= .hour, let time = events.lazy.compactMap({ $0.time.flatMap { timeOfDay($0.value) } }).first {
            start.hour = time.hour
            start.minute = time.minute
        }
        return (start, end == DateFields(entry.earliest, precision: entry.granularity) ? nil : end)
    }

    /// The hour and minute of a TIMEX3 value with a clock time (`2024-03-18T06:00`, `…T14`);
    /// nil for a part of day (`…TMO`) or none.
    static func timeOfDay(_ value: String) -> (hour: Int, minute: Int?)? {
        guard let t = value.firstIndex(of: "T") else { return nil }
        let digits = Array(value[value.index(after: t)...].utf8)
        func number(at i: Int) -> Int? {
            guard i + 1 < digits.count, (48...57).contains(digits[i]), (48...57).contains(digits[i + 1]) else { return nil }
            return Int(digits[i] - 48) * 10 + Int(digits[i + 1] - 48)
        }
        guard let hour = number(at: 0), hour < 24 else { return nil }
        let minute = digits.count > 2 && digits[2] == UInt8(ascii: ":") ? number(at: 3).flatMap { $0 < 60 ? $0 : nil } : nil
        return (hour, minute)
    }

    /// The title slide's text: what is on the timeline, what is not, and where it comes from.
    static func summary(_ timeline: Timeline) -> String {
        let placed = timeline.entries.reduce(0) { $0 + $1.events.count }
        var counts = "\(placed) \(placed == 1 ? "event" : "events") on \(timeline.entries.count) \(timeline.entries.count == 1 ? "date" : "dates")"
        if !timeline.undated.isEmpty { counts += "; \(timeline.undated.count) related only to the publication date" }
        if !timeline.unanchored.isEmpty { counts += "; \(timeline.unanchored.count) not anchored in time" }
        let sources = timeline.documents.map { document -> String in
            var line = TimelineLabels.document(document)
            if let dct = document.dct { line += ", " + DisplayDate.text(for: TimePoint(dct, at: .day)) }
            return line
        }
        return ([counts + "."] + sources).map(HTML.paragraph).joined()
    }

    /// A unique_id part: lowercase ASCII letters and digits, other runs as one hyphen.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "event" : out
    }

    // MARK: - The JSON's shape (property names are TimelineJS's)

    /// A TimelineJS file.
    public struct File: Codable, Sendable, Hashable {
        /// The title slide.
        public var title: TitleSlide
        /// One slide per entry and document (its events of the main timeline, or all of them), in
        /// timeline order.
        public var events: [Slide]
    }

    /// The title slide.
    public struct TitleSlide: Codable, Sendable, Hashable {
        /// The timeline's title and a summary of it.
        public var text: Text
    }

    /// One event slide.
    public struct Slide: Codable, Sendable, Hashable {
        /// When the entry starts: the fields its date knows.
        public var startDate: DateFields
        /// Present only when the span reaches past the start's precision.
        public var endDate: DateFields?
        /// The date in words ("June 2021").
        public var displayDate: String
        /// What happened there (headline) and the clauses that say so, with their source.
        public var text: Text
        /// The name of the document it comes from (its title), so TimelineJS groups each
        /// document's slides in a row.
        public var group: String
        /// A stable id, unique in the file: the document's id as a slug and the slide's number.
        public var uniqueID: String

        enum CodingKeys: String, CodingKey {
            case startDate = "start_date", endDate = "end_date", displayDate = "display_date", text, group, uniqueID = "unique_id"
        }
    }

    /// A slide's text, both parts HTML.
    public struct Text: Codable, Sendable, Hashable {
        /// What happened: the events' phrases, separated by semicolons.
        public var headline: String
        /// The clauses that say so, quoted, then their source.
        public var text: String
    }

    /// A TimelineJS date: only the fields its precision knows, the rest left out (never null).
    public struct DateFields: Codable, Sendable, Hashable {
        /// The year, always present.
        public var year: Int
        /// 1–12, when the precision is a half-year or finer.
        public var month: Int?
        /// 1–31, when the precision is a week or finer.
        public var day: Int?
        /// 0–23, for a time of day.
        public var hour: Int?
        /// 0–59, for a time of day stated to the minute.
        public var minute: Int?

        /// `date` cut to what `precision` knows: year; year and month; or year, month and day.
        public init(_ date: CalendarDate, precision: Granularity) {
            year = date.year
            month = precision >= .halfYear ? date.month : nil
            day = precision >= .week ? date.day : nil
        }
    }
}

/// Escaping for the HTML that TimelineJS renders.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than line breaks become
    /// U+FFFD, line breaks spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(MarkdownText.isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    static func paragraph(_ text: String) -> String { "<p>" + escape(text) + "</p>" }
}
