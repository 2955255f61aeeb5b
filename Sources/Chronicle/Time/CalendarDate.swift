/// A day in the proleptic Gregorian calendar, with integer arithmetic only.
///
/// Foundation's `Calendar` costs about 0.4 µs a call and silently rolls invalid dates
/// (`2023-02-29` becomes March 1); the tagger resolves tens of thousands of expressions a
/// second, so it counts days itself and rejects invalid dates instead.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year (proleptic Gregorian).
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// Creates a date, or returns nil when the month or day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, also accepting a trailing time (`1998-01-08T12:00`) or the compact
    /// `YYYYMMDD` form used in some TimeML DCTs.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        if bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
           bytes.count == 10 || bytes[10] == 0x54 /* T */ || bytes[10] == 0x20,
           let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) {
            self.init(year: y, month: m, day: d)
        } else if bytes.count == 8, let y = number(0..<4), let m = number(4..<6), let d = number(6..<8) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// Parses a document creation time strictly: `YYYY-MM-DD` or `YYYYMMDD`, or the first with a
    /// time that exists (`T` or a space, then `hh:mm`, optionally `:ss` and a fraction, hours
    /// 00-23 or 24:00, seconds up to 60) and an optional zone (`Z`, `+hh:mm`, `+hhmm`, `+hh`).
    /// `2021-05-05T25:61:00Z` is nil, where `init(iso:)` would read the date and ignore the rest.
    public init?(isoTimestamp text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8 || bytes.count == 10 || (bytes.count > 10 && CalendarDate.isValidTime(bytes[11...]) && (bytes[10] == 0x54 || bytes[10] == 0x20)) else {
            return nil
        }
        self.init(iso: text)
    }

    /// `hh:mm[:ss[.fff]][zone]` with every field in range.
    static func isValidTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        func digits(_ count: Int) -> Int? {
            guard bytes.endIndex - i >= count else { return nil }
            var value = 0
            for byte in bytes[i..<(i + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            i += count
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            guard i < bytes.endIndex, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        guard let hour = digits(2), skip(0x3A), let minute = digits(2), minute <= 59 else { return false }
        var second = 0
        if skip(0x3A) {
            guard let s = digits(2), s <= 60 else { return false }
            second = s
            if skip(0x2E) || skip(0x2C) {
                guard digits(1) != nil else { return false }
                while digits(1) != nil {}
            }
        }
        guard hour <= 23 || (hour == 24 && minute == 0 && second == 0) else { return false }
        if i == bytes.endIndex || (skip(0x5A) && i == bytes.endIndex) { return true }
        guard skip(0x2B) || skip(0x2D), let zoneHours = digits(2), zoneHours <= 23 else { return false }
        if i == bytes.endIndex { return true }
        _ = skip(0x3A)
        guard let zoneMinutes = digits(2), zoneMinutes <= 59 else { return false }
        return i == bytes.endIndex
    }

    /// Whether `year` has 29 February (Gregorian rules).
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01 (`civil_from_days`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: Monday is 1, Sunday is 7.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Adds calendar months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 28).
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CalendarDate(unchecked: y, m, min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The same day `years` years later, 28 February for 29 February in a common year.
    public func adding(years: Int) -> CalendarDate {
        adding(months: years * 12)
    }

    /// The ISO 8601 week-numbering year and week of this day.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year that holds its Thursday.
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDate(unchecked: thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of ISO week `week` of ISO year `year`.
    public static func mondayOf(isoYear year: Int, week: Int) -> CalendarDate {
        let jan4 = CalendarDate(unchecked: year, 1, 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// Number of ISO weeks in an ISO year (52 or 53).
    public static func isoWeeks(in year: Int) -> Int {
        CalendarDate(unchecked: year, 12, 28).isoWeek.week
    }

    /// The quarter of the year the day is in, 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// Whether `lhs` is the earlier day.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { TimexFormat.day(year, month, day) }

    /// Reads a `YYYY-MM-DD` string; fails on anything else, an invalid day included.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    /// Writes the day as `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Zero-padded TIMEX3 value pieces, built without `String(format:)`.
public enum TimexFormat {
    /// `value` in decimal with at least `width` digits (zeros in front), and a minus sign when negative.
    public static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padding = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// A year value: `2021`, `0800`.
    public static func year(_ y: Int) -> String { padded(y, 4) }
    /// A month value: `2021-06`.
    public static func month(_ y: Int, _ m: Int) -> String { padded(y, 4) + "-" + padded(m, 2) }
    /// A day value: `2021-06-16`.
    public static func day(_ y: Int, _ m: Int, _ d: Int) -> String {
        padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
    }
    /// An ISO week value: `2021-W07`.
    public static func week(_ y: Int, _ w: Int) -> String { padded(y, 4) + "-W" + padded(w, 2) }
    /// An ISO 8601 offset, `+05:30` or `-04:00`, from minutes east of UTC.
    public static func offset(_ minutes: Int) -> String {
        (minutes < 0 ? "-" : "+") + padded(abs(minutes) / 60, 2) + ":" + padded(abs(minutes) % 60, 2)
    }
}
