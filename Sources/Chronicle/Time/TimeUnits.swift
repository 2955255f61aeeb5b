/// A unit that durations count and relative expressions step by.
public enum TimeUnit: Int8, Sendable, CaseIterable, Codable {
    /// A second.
    case second = 1
    /// A minute.
    case minute
    /// An hour.
    case hour
    /// A day.
    case day
    /// A night ("two nights").
    case night
    /// A week.
    case week
    /// Two weeks.
    case fortnight
    /// A weekend.
    case weekend
    /// A month.
    case month
    /// A quarter of a year.
    case quarter
    /// Half a year.
    case halfYear
    /// A year.
    case year
    /// Ten years.
    case decade
    /// A hundred years.
    case century
    /// A thousand years.
    case millennium

    /// Calendar units are what "last X" / "this X" / "next X" step through.
    public var isCalendarUnit: Bool {
        switch self {
        case .day, .week, .weekend, .month, .quarter, .halfYear, .year, .decade, .century: return true
        default: return false
        }
    }
}

/// A TIMEX3 part of day.
public enum PartOfDay: Int8, Sendable, Codable {
    /// `MO`: "this morning".
    case morning = 1
    /// `MI`: "at midday", "at noon".
    case midday
    /// `AF`.
    case afternoon
    /// `EV`.
    case evening
    /// `NI`: "tonight", "overnight".
    case night
    /// `DT`: "during the day".
    case daytime

    /// The TIMEX3 suffix (`TMO`, `TAF`, ...).
    public var code: String {
        switch self {
        case .morning: return "MO"
        case .midday: return "MI"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night: return "NI"
        case .daytime: return "DT"
        }
    }
}

/// A TIMEX3 season.
public enum Season: Int8, Sendable, Codable {
    /// March to May.
    case spring = 1
    /// June to August.
    case summer
    /// September to November.
    case fall
    /// December to February.
    case winter

    /// The TIMEX3 suffix (`SP`, `SU`, `FA`, `WI`).
    public var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .fall: return "FA"
        case .winter: return "WI"
        }
    }

    /// The months a season covers in the northern hemisphere (winter reaches into the next year).
    public var months: (first: Int, last: Int) {
        switch self {
        case .spring: return (3, 5)
        case .summer: return (6, 8)
        case .fall: return (9, 11)
        case .winter: return (12, 14)
        }
    }

    /// The season a month belongs to (December, January, February are winter).
    public static func of(month: Int) -> Season {
        switch month {
        case 3...5: return .spring
        case 6...8: return .summer
        case 9...11: return .fall
        default: return .winter
        }
    }
}

/// TIMEX3 `type`.
public enum TimexType: String, Sendable, Codable, CaseIterable {
    /// A calendar date or period: "June 2021", "last week", "the 1990s".
    case date = "DATE"
    /// A time of day: "6 a.m. on Monday", "this morning".
    case time = "TIME"
    /// An amount of time: "18 months", "a day".
    case duration = "DURATION"
    /// A repeated time: "every Monday", "twice a year".
    case set = "SET"
}

/// TIMEX3 `mod`. TimeML has no EARLY or LATE: early is START, late is END.
public enum TimexMod: String, Sendable, Codable, CaseIterable {
    /// Before the value: "before June".
    case before = "BEFORE"
    /// After the value: "after June".
    case after = "AFTER"
    /// On or before the value: "by June".
    case onOrBefore = "ON_OR_BEFORE"
    /// On or after the value: "from June on".
    case onOrAfter = "ON_OR_AFTER"
    /// Shorter than the duration: "less than two years".
    case lessThan = "LESS_THAN"
    /// Longer than the duration: "more than two years".
    case moreThan = "MORE_THAN"
    /// At most the duration: "no more than two years".
    case equalOrLess = "EQUAL_OR_LESS"
    /// At least the duration: "at least two years".
    case equalOrMore = "EQUAL_OR_MORE"
    /// The beginning of the period: "early June", "the early 2000s".
    case start = "START"
    /// The middle of the period: "mid-June".
    case mid = "MID"
    /// The end of the period: "late June", "the late 1950s".
    case end = "END"
    /// About the value: "about two months".
    case approx = "APPROX"
}
