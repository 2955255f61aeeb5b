/// How fine a resolved time is.
public enum Granularity: Int, Sendable, Comparable, CaseIterable {
    /// "the second millennium": `1`.
    case millennium
    /// "the 19th century": `18`.
    case century
    /// "the 1990s": `199`.
    case decade
    /// `2021`.
    case year
    /// `2021-H1`.
    case halfYear
    /// `2021-SU`.
    case season
    /// `2021-Q2`.
    case quarter
    /// `2021-06`.
    case month
    /// `2021-W33`.
    case week
    /// `2021-W33-WE`.
    case weekend
    /// `2021-06-16`.
    case day
    /// `2021-06-16TMO`.
    case partOfDay
    /// `2021-06-16T14`.
    case hour
    /// `2021-06-16T14:30`.
    case minute
    /// `2021-06-16T14:30:05`.
    case second

    /// Whether `lhs` is the coarser granularity.
    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Its name in the exports ("month", "half-year", "part-of-day").
    public var name: String {
        switch self {
        case .millennium: return "millennium"
        case .century: return "century"
        case .decade: return "decade"
        case .year: return "year"
        case .halfYear: return "half-year"
        case .season: return "season"
        case .quarter: return "quarter"
        case .month: return "month"
        case .week: return "week"
        case .weekend: return "weekend"
        case .day: return "day"
        case .partOfDay: return "part-of-day"
        case .hour: return "hour"
        case .minute: return "minute"
        case .second: return "second"
        }
    }
}

extension Granularity: Codable {
    /// Written by name ("month", "part-of-day").
    public init(from decoder: Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let value = Granularity.allCases.first(where: { $0.name == name }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown granularity \(name)"))
        }
        self = value
    }

    /// Writes its name.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

/// A calendar designation at some granularity: "1990s", "2021-Q2", "2021-06-16TMO", "XXXX-06".
///
/// Unknown fields are nil and print as `X`. Decades, centuries and millennia keep their first
/// year in `year` (1990 for the 1990s). Weeks use the ISO week-numbering year in `year`.
public struct TimePoint: Hashable, Sendable {
    /// How fine it is: which of the fields below it uses.
    public var granularity: Granularity
    /// The year, or the first year of a decade, century or millennium; nil when unknown (`XXXX`).
    public var year: Int?
    /// The month, 1...12, when the value has one.
    public var month: Int?
    /// The day of the month, when the value has one.
    public var day: Int?
    /// ISO week, for week and weekend granularity.
    public var week: Int?
    /// Quarter, half or season number, by granularity.
    public var part: Int?
    /// Weekday (1 = Monday) of an underspecified day such as `XXXX-WXX-3`.
    public var weekday: Int?
    /// The part of a day (`TMO`, `TAF`, ...), for part-of-day granularity.
    public var partOfDay: PartOfDay?
    /// The hour, 0...23, of a clock time.
    public var hour: Int?
    /// The minute of a clock time.
    public var minute: Int?
    /// The second of a clock time.
    public var second: Int?
    /// The time zone of a clock time, in minutes east of UTC, when the text gave one.
    public var zoneOffset: Int?

    /// A point from its fields; those its granularity does not use stay nil.
    public init(granularity: Granularity, year: Int? = nil, month: Int? = nil, day: Int? = nil, week: Int? = nil,
                part: Int? = nil, weekday: Int? = nil, partOfDay: PartOfDay? = nil,
                hour: Int? = nil, minute: Int? = nil, second: Int? = nil) {
        self.granularity = granularity
        self.year = year
        self.month = month
        self.day = day
        self.week = week
        self.part = part
        self.weekday = weekday
        self.partOfDay = partOfDay
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The designation of `date` at `granularity` (a season takes the season the date falls in).
    public init(_ date: CalendarDate, at granularity: Granularity) {
        self.init(granularity: granularity)
        switch granularity {
        case .millennium: year = date.year / 1000 * 1000
        case .century: year = date.year / 100 * 100
        case .decade: year = date.year / 10 * 10
        case .year: year = date.year
        case .halfYear: year = date.year; part = date.month <= 6 ? 1 : 2
        case .quarter: year = date.year; part = date.quarter
        case .season:
            let season = Season.of(month: date.month)
            year = date.month <= 2 ? date.year - 1 : date.year
            part = Int(season.rawValue)
        case .month: year = date.year; month = date.month
        case .week, .weekend:
            let iso = date.isoWeek
            year = iso.year; week = iso.week
        case .day, .partOfDay, .hour, .minute, .second:
            year = date.year; month = date.month; day = date.day
        }
    }

    /// Whether every field its granularity needs is known (no `X` in the value).
    public var isFullySpecified: Bool {
        guard year != nil else { return false }
        switch granularity {
        case .month: return month != nil
        case .week, .weekend: return week != nil
        case .day, .partOfDay, .hour, .minute, .second: return month != nil && day != nil
        default: return true
        }
    }

    /// A representative day: the first day of the designated period, when the year is known.
    public var firstDay: CalendarDate? {
        interval.map { $0.earliest }
    }

    /// The first and last day the designation covers, when its year is known.
    public var interval: (earliest: CalendarDate, latest: CalendarDate)? {
        guard let y = year else { return nil }
        func monthSpan(_ first: Int, _ last: Int, year: Int) -> (CalendarDate, CalendarDate)? {
            let start = CalendarDate(year: year, month: 1, day: 1)!.adding(months: first - 1)
            let endMonth = CalendarDate(year: year, month: 1, day: 1)!.adding(months: last - 1)
            let end = CalendarDate(year: endMonth.year, month: endMonth.month,
                                   day: CalendarDate.daysIn(month: endMonth.month, year: endMonth.year))!
            return (start, end)
        }
        switch granularity {
        case .millennium: return monthSpan(1, 12 * 1000, year: y)
        case .century: return monthSpan(1, 12 * 100, year: y)
        case .decade: return monthSpan(1, 12 * 10, year: y)
        case .year: return monthSpan(1, 12, year: y)
        case .halfYear:
            guard let h = part else { return monthSpan(1, 12, year: y) }
            return monthSpan(h * 6 - 5, h * 6, year: y)
        case .quarter:
            guard let q = part else { return monthSpan(1, 12, year: y) }
            return monthSpan(q * 3 - 2, q * 3, year: y)
        case .season:
            guard let s = part.flatMap({ Season(rawValue: Int8($0)) }) else { return monthSpan(1, 12, year: y) }
            return monthSpan(s.months.first, s.months.last, year: y)
        case .month:
            guard let m = month else { return monthSpan(1, 12, year: y) }
            return monthSpan(m, m, year: y)
        case .week, .weekend:
            guard let w = week else { return monthSpan(1, 12, year: y) }
            let monday = CalendarDate.mondayOf(isoYear: y, week: w)
            return granularity == .week ? (monday, monday.adding(days: 6)) : (monday.adding(days: 5), monday.adding(days: 6))
        case .day, .partOfDay, .hour, .minute, .second:
            guard let m = month else { return monthSpan(1, 12, year: y) }
            guard let d = day else { return monthSpan(m, m, year: y) }
            // February 29 of a common year is no day at all, not the month around it
            guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return (date, date)
        }
    }

    /// The span a time of day covers, in minutes since 1970-01-01T00:00 UTC: a time given with a
    /// zone counts its offset ("5 p.m. EST" is 22:00 UTC, later than "9 p.m. GMT" the same day);
    /// one without a zone is taken as UTC. Nil above the hour or without a full date.
    public var minuteInterval: (earliest: Int, latest: Int)? {
        guard granularity >= .hour, isFullySpecified, let day = firstDay, let hour else { return nil }
        let start = day.dayNumber * 1440 + hour * 60 + (granularity == .hour ? 0 : minute ?? 0) - (zoneOffset ?? 0)
        return (start, granularity == .hour ? start + 59 : start)
    }

    /// The TIMEX3 value.
    public var value: String {
        // the year before 1 is 1 BC (astronomical year 0), written BC0001 as TIMEX2 and TIMEX3 do
        let yearText = year.map { $0 <= 0 ? "BC" + TimexFormat.padded(1 - $0, 4) : TimexFormat.year($0) } ?? "XXXX"
        switch granularity {
        case .millennium: return year.map { String($0 / 1000) } ?? "X"
        case .century: return year.map { TimexFormat.padded($0 / 100, 2) } ?? "XX"
        case .decade: return year.map { TimexFormat.padded($0 / 10, 3) } ?? "XXX"
        case .year: return yearText
        case .halfYear: return yearText + "-H" + (part.map(String.init) ?? "X")
        case .quarter: return yearText + "-Q" + (part.map(String.init) ?? "X")
        case .season: return yearText + "-" + (part.flatMap { Season(rawValue: Int8($0))?.code } ?? "XX")
        case .month: return yearText + "-" + (month.map { TimexFormat.padded($0, 2) } ?? "XX")
        case .week: return yearText + "-W" + (week.map { TimexFormat.padded($0, 2) } ?? "XX")
        case .weekend: return yearText + "-W" + (week.map { TimexFormat.padded($0, 2) } ?? "XX") + "-WE"
        case .day, .partOfDay, .hour, .minute, .second:
            var text: String
            if month == nil, day == nil, let weekday {
                text = yearText + "-WXX-" + String(weekday)
            } else {
                text = yearText + "-" + (month.map { TimexFormat.padded($0, 2) } ?? "XX")
                    + "-" + (day.map { TimexFormat.padded($0, 2) } ?? "XX")
            }
            switch granularity {
            case .partOfDay: text += "T" + (partOfDay?.code ?? "XX")
            case .hour: text += "T" + (hour.map { TimexFormat.padded($0, 2) } ?? "XX") + ":00"
            case .minute: text += "T" + (hour.map { TimexFormat.padded($0, 2) } ?? "XX") + ":" + (minute.map { TimexFormat.padded($0, 2) } ?? "XX")
            case .second:
                text += "T" + (hour.map { TimexFormat.padded($0, 2) } ?? "XX") + ":" + (minute.map { TimexFormat.padded($0, 2) } ?? "XX")
                    + ":" + (second.map { TimexFormat.padded($0, 2) } ?? "XX")
            default: break
            }
            if let zoneOffset, granularity >= .hour { text += TimexFormat.offset(zoneOffset) }
            return text
        }
    }
}
