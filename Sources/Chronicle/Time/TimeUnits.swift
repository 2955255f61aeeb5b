/// A unit that durations count and relative expressions step by.
public enum TimeUnit: Int8, Sendable, CaseIterable, Codable {
    case second = 1, minute, hour, day, night, week, fortnight, weekend, month, quarter, halfYear, year, decade, century, millennium

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
    case morning = 1, midday, afternoon, evening, night, daytime

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
    case spring = 1, summer, fall, winter

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
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// TIMEX3 `mod`. TimeML has no EARLY or LATE: early is START, late is END.
public enum TimexMod: String, Sendable, Codable, CaseIterable {
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
}
