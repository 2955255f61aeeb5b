/// What a document is, as far as its relative expressions go: what "Friday", "in July" and
/// "the next day" count from.
public enum Genre: String, Sendable, Codable, CaseIterable {
    /// Deictic expressions count from the creation time (a news story, a post, a message).
    case news
    /// They count from the last explicit date in the text (a history, a biography).
    case narrative
    /// Neither: no creation time and no explicit date to count from, so relative values stay
    /// open (`XXXX-07`).
    case undated
}

/// The genre a document was resolved as, whether an option forced it, and why.
public struct GenreDecision: Sendable, Hashable, Codable {
    /// The genre.
    public var genre: Genre
    /// Set by `--news` or `--narrative` rather than found in the text.
    public var forced: Bool
    /// The evidence, in words ("31 explicit dates span 1939 to 1945", "no day words such as
    /// today or Friday").
    public var reasons: [String]

    /// A decision from its fields.
    public init(genre: Genre, forced: Bool, reasons: [String]) {
        self.genre = genre
        self.forced = forced
        self.reasons = reasons
    }

    /// Exports write `{"forced": …, "name": "narrative", "reasons": […]}`.
    enum CodingKeys: String, CodingKey {
        case genre = "name", forced, reasons
    }
}

/// Decides a document's genre from its time expressions before any is resolved.
///
/// A narrative names many dates itself, across years, and hardly ever says "today", "last week"
/// or "Friday"; a news story or a post is told from its creation time and does. So, with a
/// creation time, a document is a narrative when it has at least `minimumExplicitDates` explicit
/// dates of a year or finer that span at least two years, and at most one expression counted from
/// the moment of writing ("today", "Friday", "last year", "two weeks ago") for every
/// `datesPerDeicticWord` of them. Without a creation time it is a narrative when
/// it names at least one explicit date fine enough to anchor on (a year or finer), and undated
/// otherwise: "the early 2000s" cannot place "In July".
struct GenreDetector {
    static let minimumExplicitDates = 4
    static let datesPerDeicticWord = 8

    /// What the tagger learns about a document from its expressions before resolving any: the
    /// genre's evidence, and which way round its numeric dates are written.
    struct Evidence {
        var explicitYears: [Int] = []
        var deicticWords = 0
        /// Numeric dates that can only be day first (`31/12/2023`) and only month first (`12/31/2023`).
        var dayFirstDates = 0
        var monthFirstDates = 0

        /// Whether the document's unambiguous numeric dates put the day first.
        var writesDayFirst: Bool { dayFirstDates > monthFirstDates }

        /// Rules whose wording names the period under discussion ("results for the year", "year-end",
        /// "later in the day"): in a history that is the story's own, so they are no sign of news.
        static let periodUnderDiscussion: Set<String> = ["the-unit-for-current", "year-end", "earlier-in-the-unit"]

        mutating func add(_ draft: TimexDraft, rule: String) {
            guard !Evidence.periodUnderDiscussion.contains(rule) else { return }
            switch draft.spec {
            case .absolute(let point):
                if let year = point.year, point.granularity >= .year, draft.type == .date || draft.type == .time { explicitYears.append(year) }
            case .relative(let unit, _, _):
                // "today", "last week", "this year", "two months ago": counted from the moment of writing
                if unit.rawValue <= TimeUnit.year.rawValue { deicticWords += 1 }
            case .weekday, .weekend, .inRelativeYear:
                deicticWords += 1
            case .numericDate(let first, let second, let year):
                if first > 12 { dayFirstDates += 1 } else if second > 12 { monthFirstDates += 1 }
                if let year { explicitYears.append(year) }
            case .yearless(_, let shift), .holiday(_, nil, let shift):
                if shift != .implied { deicticWords += 1 }  // "last July", "next Christmas"
            case .partOfDay(let inner, _), .clock(let inner?, _, _, _), .daysFrom(let inner, _), .weekOf(let inner):
                add(TimexDraft(draft.type, inner), rule: rule)
            default:
                break
            }
        }
    }

    static func decide(_ evidence: Evidence, dct: CalendarDate?) -> GenreDecision {
        let years = evidence.explicitYears
        func written(_ year: Int) -> String { year <= 0 ? "\(1 - year) BC" : "\(year)" }
        guard let dct else {
            guard let first = years.first else {
                return GenreDecision(genre: .undated, forced: false,
                                     reasons: ["no creation time", "no explicit date of a year or finer to count from"])
            }
            return GenreDecision(genre: .narrative, forced: false,
                                 reasons: ["no creation time", "relative dates count from the text's own dates (the first is \(written(first)))"])
        }
        var reasons = ["creation time \(dct)"]
        let span = (years.min() ?? 0)...(years.max() ?? 0)
        let datesText = years.count == 1 ? "1 explicit date" : "\(years.count) explicit dates"
        reasons.append(years.isEmpty ? "no explicit dates" : "\(datesText) from \(written(span.lowerBound)) to \(written(span.upperBound))")
        reasons.append(evidence.deicticWords == 0 ? "no words counted from the moment of writing, such as today, Friday or last year"
                       : "\(evidence.deicticWords) word\(evidence.deicticWords == 1 ? "" : "s") counted from the moment of writing, such as today, Friday or last year")
        let isNarrative = years.count >= minimumExplicitDates && span.upperBound - span.lowerBound >= 2
            && evidence.deicticWords * datesPerDeicticWord <= years.count
        return GenreDecision(genre: isNarrative ? .narrative : .news, forced: false, reasons: reasons)
    }

    /// The decision an option forces.
    static func forced(_ genre: Genre, dct: CalendarDate?) -> GenreDecision {
        let option = genre == .news ? "--news" : "--narrative"
        var reasons = ["forced by \(option)"]
        if genre == .news && dct == nil { reasons.append("no creation time: relative dates stay open") }
        return GenreDecision(genre: genre, forced: true, reasons: reasons)
    }
}
