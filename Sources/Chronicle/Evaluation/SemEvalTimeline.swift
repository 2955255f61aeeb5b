/// A timeline in the file format of SemEval-2015 Task 4 ("TimeLine: cross-document event
/// ordering"): the entity's name on the first line, then one event a line,
/// `ordinal<TAB>date<TAB>mention<TAB>mention...`, each mention `docid-sentence-word` (the trial
/// data's form). Lines with one ordinal are simultaneous, rising ordinals are later, and ordinal
/// 0 holds the events the timeline cannot place.
public struct SemEvalTimeline: Sendable, Equatable {
    /// One line of the file: an ordinal, a date and the events placed there.
    public struct Line: Sendable, Equatable {
        /// The line's place in the order (0: not placed; equal ordinals are simultaneous).
        public var ordinal: Int
        /// `2008-06-09`, `2008-06`, `2008`, or `XXXX-XX-XX` when unknown.
        public var date: String
        /// The events' mentions, each `docid-sentence-word`.
        public var mentions: [String]

        /// A line from its fields.
        public init(ordinal: Int, date: String, mentions: [String]) {
            self.ordinal = ordinal
            self.date = date
            self.mentions = mentions
        }
    }

    /// The entity the timeline is about.
    public var entity: String
    /// Its lines, in file order.
    public var lines: [Line]

    /// A timeline from its fields.
    public init(entity: String, lines: [Line]) {
        self.entity = entity
        self.lines = lines
    }

    /// Reads a timeline file; lines that are not `ordinal<TAB>date<TAB>mention...` are an error
    /// naming the line.
    public init(parsing text: String) throws(SemEvalTimelineError) {
        var rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        while rows.last?.isEmpty == true { rows.removeLast() }
        guard let first = rows.first, !first.isEmpty else { throw .empty }
        entity = first
        lines = []
        for (number, row) in rows.enumerated().dropFirst() where !row.isEmpty {
            let fields = row.split(separator: "\t").map(String.init)
            guard fields.count >= 3, let ordinal = Int(fields[0]), ordinal >= 0 else { throw .badLine(number + 1, row) }
            lines.append(Line(ordinal: ordinal, date: fields[1], mentions: Array(fields[2...])))
        }
    }

    /// The file's text, ending with a newline.
    public var text: String {
        ([entity] + lines.map { ([String($0.ordinal), $0.date] + $0.mentions).joined(separator: "\t") }).joined(separator: "\n") + "\n"
    }

    /// The task's timeline of an entity's Chronicle timeline. `sentenceID(document, offset)` names
    /// the sentence holding a scalar offset as the corpus numbers it (TimeML `<s id>`), nil to
    /// count Chronicle's sentences from 1.
    public init(_ timeline: EntityTimeline, sentenceID: (String, Int) -> String? = { _, _ in nil }) {
        func id(_ m: EntityTimeline.Mention) -> String {
            "\(m.document)-\(sentenceID(m.document, m.begin) ?? String(m.sentence + 1))-\(m.trigger)"
        }
        var lines: [Line] = []
        for item in timeline.undated { lines.append(Line(ordinal: 0, date: "XXXX-XX-XX", mentions: item.mentions.map(id))) }
        for (n, line) in timeline.lines.enumerated() {
            for item in line { lines.append(Line(ordinal: n + 1, date: Self.date(item), mentions: item.mentions.map(id))) }
        }
        self.init(entity: timeline.entity, lines: lines)
    }

    /// The task's date of an item: as precise as its granularity, from its earliest day.
    public static func date(_ item: EntityTimeline.Item) -> String {
        guard let d = item.earliest else { return "XXXX-XX-XX" }
        let day = d.description  // YYYY-MM-DD
        let year = String(day.prefix(day.count - 6)), month = String(day.prefix(day.count - 3))
        switch item.granularity ?? .day {
        case .millennium, .century, .decade, .year, .halfYear: return year
        case .season, .quarter, .month: return month
        default: return day
        }
    }
}

/// Why a timeline file could not be read.
public enum SemEvalTimelineError: Error, Equatable, CustomStringConvertible {
    /// The file has no entity line.
    case empty
    /// A line that is not `ordinal<TAB>date<TAB>event...`: its number and text.
    case badLine(Int, String)

    /// The problem in words, with the line.
    public var description: String {
        switch self {
        case .empty: return "empty timeline file (the first line names the entity)"
        case .badLine(let n, let text): return "line \(n) is not 'ordinal<TAB>date<TAB>event...': \(text.prefix(80))"
        }
    }
}
