/// Dates as a reader writes them: "early 2000s", "June 2021", "Wednesday, 18 August 2021",
/// "week of 9 August 2021", "weeks of 9 and 16 August 2021".
public enum DisplayDate {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let ordinalWords = ["first", "second", "third", "fourth"]

    /// The words a reader writes for `point` under `mod`: "June 2021", "early 2000s",
    /// "Wednesday, 18 August 2021"; an unknown year is said so ("June, year unstated").
    public static func text(for point: TimePoint, mod: TimexMod? = nil) -> String {
        guard let year = point.year else { return yearUnknown(point) }
        let prefix: String
        switch mod {
        case .start: prefix = "early "
        case .mid: prefix = "mid-"
        case .end: prefix = "late "
        case .approx: prefix = "about "
        default: prefix = ""
        }
        switch point.granularity {
        case .millennium: return prefix + "\(ordinal(year / 1000 + 1)) millennium"
        case .century: return prefix + "\(ordinal(year / 100 + 1)) century"
        case .decade: return prefix + "\(year)s"
        case .year: return prefix + "\(year)"
        case .halfYear: return prefix + "\(ordinalWords[(point.part ?? 1) - 1]) half of \(year)"
        case .quarter: return prefix + "\(ordinalWords[(point.part ?? 1) - 1]) quarter of \(year)"
        case .season:
            let name = point.part.flatMap { Season(rawValue: Int8($0)) }.map { ["spring", "summer", "autumn", "winter"][Int($0.rawValue) - 1] } ?? "season"
            return prefix + "\(name) \(year)"
        case .month: return prefix + "\(monthNames[(point.month ?? 1) - 1]) \(year)"
        case .week, .weekend:
            guard let span = point.interval else { return point.value }
            return prefix + (point.granularity == .week ? "week of " : "weekend of ") + dayMonthYear(span.earliest)
        case .day, .partOfDay, .hour, .minute, .second:
            guard let day = point.firstDay, point.day != nil else { return point.value }
            var text = "\(weekdayNames[day.weekday - 1]), \(dayMonthYear(day))"
            if point.granularity == .partOfDay, let part = point.partOfDay {
                text += ", " + ["morning", "midday", "afternoon", "evening", "night", "daytime"][Int(part.rawValue) - 1]
            }
            if point.granularity >= .hour, let hour = point.hour {
                text += ", " + TimexFormat.padded(hour % 24, 2) + ":" + TimexFormat.padded(point.minute ?? 0, 2)
            }
            return prefix + text
        }
    }

    /// Words for a value that names no date: "the present" (`PRESENT_REF`), "the past",
    /// "the future", "an unstated time" for anything else (a duration, a set).
    public static func text(forValue value: String) -> String {
        switch value {
        case "PRESENT_REF": return "the present"
        case "PAST_REF": return "the past"
        case "FUTURE_REF": return "the future"
        default: return "an unstated time"
        }
    }

    /// A date whose year the text leaves open: "June, year unstated", "a Wednesday".
    static func yearUnknown(_ point: TimePoint) -> String {
        if let month = point.month, (1...12).contains(month) {
            let day = point.day.map { "\($0) " } ?? ""
            return day + monthNames[month - 1] + ", year unstated"
        }
        if let weekday = point.weekday, (1...7).contains(weekday) { return "a " + weekdayNames[weekday - 1] }
        if point.granularity == .season, let part = point.part, (1...4).contains(part) {
            return ["spring", "summer", "autumn", "winter"][part - 1] + ", year unstated"
        }
        return "an unstated " + point.granularity.name
    }

    /// Two ends of a range in one phrase: "weeks of 9 and 16 August 2021", "2009–2010".
    public static func text(from start: TimePoint, to end: TimePoint) -> String {
        if start.granularity == .week, end.granularity == .week, let a = start.interval?.earliest, let b = end.interval?.earliest {
            let (first, second) = a <= b ? (a, b) : (b, a)
            if first.year == second.year, first.month == second.month {
                return "weeks of \(first.day) and \(second.day) \(monthNames[first.month - 1]) \(first.year)"
            }
            return "weeks of \(dayMonthYear(first)) and \(dayMonthYear(second))"
        }
        if start.granularity == .day, end.granularity == .day, let a = start.firstDay, let b = end.firstDay, a.year == b.year, a.month == b.month {
            return "\(a.day)–\(b.day) \(monthNames[a.month - 1]) \(a.year)"
        }
        return text(for: start) + " – " + text(for: end)
    }

    static func dayMonthYear(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (1, let h) where h != 11: suffix = "st"
        case (2, let h) where h != 12: suffix = "nd"
        case (3, let h) where h != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}

/// The span a time expression covers once its modifier is applied: the early 2000s are about
/// 2000-2003, mid-December about 11-20 December.
public enum ModifiedInterval {
    /// The first and last day `point` covers under `mod` (START, MID and END take a third of it);
    /// nil when the point has no place on the calendar (`XXXX-06`).
    public static func interval(of point: TimePoint, mod: TimexMod?) -> (earliest: CalendarDate, latest: CalendarDate)? {
        guard let span = point.interval else { return nil }
        let days = span.latest.dayNumber - span.earliest.dayNumber + 1
        let third = max(days / 3, 1)
        switch mod {
        case .start: return (span.earliest, span.earliest.adding(days: third - 1))
        case .mid: return (span.earliest.adding(days: third), span.earliest.adding(days: 2 * third - 1))
        case .end: return (span.latest.adding(days: -(third - 1)), span.latest)
        default: return span
        }
    }
}
