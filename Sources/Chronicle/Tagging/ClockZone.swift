/// The time zone a clock time is given in: a fixed offset ("GMT", "+05:30", "CEST"), or a US
/// zone named without saying standard or daylight time ("ET", "Eastern Time"), whose offset
/// depends on the date.
public enum ClockZone: Sendable, Hashable {
    /// Minutes east of UTC.
    case offset(Int)
    /// A US zone by its standard offset in minutes (Eastern -300): daylight time adds an hour
    /// between the second Sunday of March and the first Sunday of November (from 2007; the
    /// first Sunday of April to the last Sunday of October before).
    case usZone(standard: Int)

    /// The offset in minutes east of UTC on `date` (standard time when the date is unknown).
    public func offset(on date: CalendarDate?) -> Int {
        switch self {
        case .offset(let minutes): return minutes
        case .usZone(let standard):
            guard let date, ClockZone.isUSDaylightTime(date) else { return standard }
            return standard + 60
        }
    }

    static func isUSDaylightTime(_ date: CalendarDate) -> Bool {
        let year = date.year
        let (start, end) = year >= 2007
            ? (Resolver.nthWeekday(2, 7, year: year, month: 3), Resolver.nthWeekday(1, 7, year: year, month: 11))
            : (Resolver.nthWeekday(1, 7, year: year, month: 4), Resolver.nthWeekday(-1, 7, year: year, month: 10))
        guard let start, let end else { return false }
        return start <= date && date < end
    }

    /// Zone abbreviations, upper case in the text, by offset in minutes or US zone.
    static let abbreviations: [String: ClockZone] = [
        "et": .usZone(standard: -300), "est": .offset(-300), "edt": .offset(-240),
        "ct": .usZone(standard: -360), "cst": .offset(-360), "cdt": .offset(-300),
        "mt": .usZone(standard: -420), "mst": .offset(-420), "mdt": .offset(-360),
        "pt": .usZone(standard: -480), "pst": .offset(-480), "pdt": .offset(-420),
        "gmt": .offset(0), "utc": .offset(0), "z": .offset(0), "bst": .offset(60), "cet": .offset(60), "cest": .offset(120),
        "eet": .offset(120), "msk": .offset(180), "ist": .offset(330), "sgt": .offset(480), "hkt": .offset(480),
        "jst": .offset(540), "aest": .offset(600),
    ]

    /// US zones by name ("Eastern Time", "Pacific Standard Time"): the standard offset.
    static let usZoneNames: [String: Int] = ["eastern": -300, "central": -360, "mountain": -420, "pacific": -480]
}
