/// Which occurrence of a named time ("Friday", "July", "the weekend") an expression means.
public enum Shift: Sendable, Hashable {
    /// No word says: the sentence's tense and the anchor decide ("met in July", "will host in March").
    case implied
    /// `last Friday`, `last July`, `last fall`: the most recent one strictly before the anchor.
    case last
    /// `last February` said of a month: as `last`, but never the month just over, which would be
    /// called "last month" ("last February" said in March is the one a year before).
    case lastNotJustOver
    /// `this Friday`, `this July`: the one in the current week or year.
    case this
    /// `next Friday`, `next July`: the first one strictly after the anchor.
    case next
    /// `March after next`: the second one after the anchor.
    case afterNext
}

/// What a rule understood, before the document's anchor is known.
///
/// The resolver turns a spec into a TIMEX3 value against the DCT (news), the last explicit date
/// (narrative), or leaves it underspecified when there is neither.
public indirect enum TimeSpec: Sendable, Hashable {
    /// A designation whose year is stated (`March 3, 2019`, `2019-Q2`, `the 1990s`).
    case absolute(TimePoint)
    /// A designation without its year (`June`, `Sept. 3`, `the autumn`, `Christmas`): the year
    /// comes from the anchor, in the direction of `shift` or of the tense.
    case yearless(TimePoint, Shift)
    /// A yearless designation in the year `step` years from the anchor's (`June of last year`).
    case inRelativeYear(TimePoint, Int)
    /// A quarter or half without its year: in business news it is the anchor's year.
    case fiscalPart(TimePoint)
    /// Named holidays computed per year (Easter, Thanksgiving, ...).
    case holiday(Holiday, year: Int?, Shift)
    /// A weekday (1 = Monday), the occurrence chosen by `shift` or the tense.
    case weekday(Int, Shift)
    /// The `n`th weekday of a month (`the first Tuesday of October`; `n` -1 is the last).
    case nthWeekday(Int, weekday: Int, of: TimeSpec)
    /// A day of the month, in a month given (`the 20th of next month`) or, when nil, the one the
    /// tense points to from the anchor (`on the 28th`); day -1 is the month's last.
    case dayOfMonth(Int, of: TimeSpec?)
    /// A weekday of a given week (`Monday next week`).
    case weekdayInWeek(Int, of: TimeSpec)
    /// The occurrence of a day of the month that falls on a weekday (`Tuesday the 19th`,
    /// `Friday the 13th`), the one the tense points to.
    case weekdayAndDay(weekday: Int, day: Int)
    /// A date written in digits whose day and month orders both fit (`06/07/2024`, `4/25`):
    /// `first` and `second` as written, the order chosen by the values' ranges and the
    /// document's other numeric dates, the year from the anchor when not written.
    case numericDate(first: Int, second: Int, year: Int?)
    /// `in 3 days`, `in two weeks`: the day (or the unit's period) that many units from the DCT
    /// when the clause looks ahead or has no verb; the amount of time when it tells the past
    /// ("was built in two weeks").
    case pointOrDuration(TimeUnit, Int)
    /// A step of whole calendar units from the DCT (`yesterday`, `last year`, `two weeks ago`),
    /// shown at `granularity` (the unit's own by default).
    case relative(TimeUnit, Int, granularity: Granularity?)
    /// A step from the time the text last talked about (`the previous day`, `two years later`).
    case fromFocus(TimeUnit, Int, granularity: Granularity?)
    /// The period comparable to the one under discussion, some years before (`a year ago`,
    /// `year-earlier`): in an earnings report that follows a quarter it is the same quarter of
    /// the earlier year; otherwise the year itself. Counted from the DCT, or from the focus when
    /// `fromFocus` (`a year earlier`). With `period` quarter and no quarter in the text, it is
    /// the last completed quarter (`the year-ago quarter`).
    case comparable(years: Int, fromFocus: Bool, period: Granularity?)
    /// The time the text last talked about when it is a period of this granularity (`the quarter`
    /// after "the third quarter" is that quarter); otherwise the fallback.
    case focusOr(Granularity, TimeSpec)
    /// The period under discussion, in another year (`the 1988 period` after "the third quarter"
    /// is 1988-Q3); the year itself when the text is not talking about a quarter or half.
    case samePeriod(inYear: Int)
    /// A weekday counted from the time the text last talked about (`the previous Friday`).
    case weekdayFromFocus(Int, Shift)
    /// The time the text last talked about, optionally at a coarser granularity (`at the time`, `that year`).
    case focus(Granularity?)
    /// The week containing a day (`the week of March 6`).
    case weekOf(TimeSpec)
    /// Some days before or after a day (`the day before last Tuesday's hearing`, `the day after Christmas`).
    case daysFrom(TimeSpec, Int)
    /// A part of a day (`Friday morning`, `tonight`).
    case partOfDay(TimeSpec, PartOfDay)
    /// A clock time on a day (`6 a.m. on Friday`), in a time zone when one is given (`5 p.m. EST`);
    /// the day is the anchor's when not stated.
    case clock(TimeSpec?, hour: Int, minute: Int?, zone: ClockZone?)
    /// A weekend (`the weekend`, `last weekend`).
    case weekend(Shift)
    /// One reading in a past-tense clause, another otherwise ("rose in the quarter" is the last
    /// completed quarter; "expects in the quarter" the current one).
    case byTense(past: TimeSpec, otherwise: TimeSpec)
    /// A value that needs no anchor: durations, sets, `PRESENT_REF`.
    case fixed(String)
}

/// Holidays with a rule for their date.
public enum Holiday: Int, Sendable, Hashable {
    /// New Year's Day, New Year's Eve, Valentine's Day, Easter, Good Friday, Memorial Day,
    /// Independence Day, Labor Day.
    case newYearsDay = 1, newYearsEve, valentinesDay, easter, goodFriday, memorialDay, independenceDay, laborDay
    /// Halloween, Veterans Day, Thanksgiving, Christmas Eve, Christmas, Boxing Day, Martin Luther
    /// King Day, Presidents' Day.
    case halloween, veteransDay, thanksgiving, christmasEve, christmas, boxingDay, martinLutherKingDay, presidentsDay
    /// Columbus Day, Mother's Day, Father's Day, Election Day, Easter Monday, Ash Wednesday,
    /// St. Patrick's Day, Juneteenth.
    case columbusDay, mothersDay, fathersDay, electionDay, easterMonday, ashWednesday, stPatricksDay, juneteenth

    /// The holiday's date in `year` (US conventions).
    public func date(in year: Int) -> CalendarDate {
        func nth(_ n: Int, _ weekday: Int, of month: Int) -> CalendarDate {
            let first = CalendarDate(year: year, month: month, day: 1)!
            let offset = (weekday - first.weekday + 7) % 7
            return first.adding(days: offset + (n - 1) * 7)
        }
        func last(_ weekday: Int, of month: Int) -> CalendarDate {
            let end = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
            return end.adding(days: -((end.weekday - weekday + 7) % 7))
        }
        switch self {
        case .newYearsDay: return CalendarDate(year: year, month: 1, day: 1)!
        case .newYearsEve: return CalendarDate(year: year, month: 12, day: 31)!
        case .valentinesDay: return CalendarDate(year: year, month: 2, day: 14)!
        case .easter: return Holiday.easterSunday(year)
        case .goodFriday: return Holiday.easterSunday(year).adding(days: -2)
        case .easterMonday: return Holiday.easterSunday(year).adding(days: 1)
        case .ashWednesday: return Holiday.easterSunday(year).adding(days: -46)
        case .stPatricksDay: return CalendarDate(year: year, month: 3, day: 17)!
        case .juneteenth: return CalendarDate(year: year, month: 6, day: 19)!
        case .memorialDay: return last(1, of: 5)
        case .independenceDay: return CalendarDate(year: year, month: 7, day: 4)!
        case .laborDay: return nth(1, 1, of: 9)
        case .halloween: return CalendarDate(year: year, month: 10, day: 31)!
        case .veteransDay: return CalendarDate(year: year, month: 11, day: 11)!
        case .thanksgiving: return nth(4, 4, of: 11)
        case .christmasEve: return CalendarDate(year: year, month: 12, day: 24)!
        case .christmas: return CalendarDate(year: year, month: 12, day: 25)!
        case .boxingDay: return CalendarDate(year: year, month: 12, day: 26)!
        case .martinLutherKingDay: return nth(3, 1, of: 1)
        case .presidentsDay: return nth(3, 1, of: 2)
        case .columbusDay: return nth(2, 1, of: 10)
        case .mothersDay: return nth(2, 7, of: 5)
        case .fathersDay: return nth(3, 7, of: 6)
        case .electionDay: return nth(1, 1, of: 11).adding(days: 1)  // the Tuesday after the first Monday of November
        }
    }

    /// Gregorian Easter Sunday (anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }
}

/// A rule's reading of one time expression: its type, its spec and its attributes.
public struct TimexDraft: Sendable, Hashable {
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// How its value is computed, before resolution.
    public var spec: TimeSpec
    /// Its TIMEX3 modifier.
    public var mod: TimexMod?
    /// TIMEX3 `quant` of a set.
    public var quant: String?
    /// TIMEX3 `freq` of a set.
    public var freq: String?

    /// A draft from its fields.
    public init(_ type: TimexType, _ spec: TimeSpec, mod: TimexMod? = nil, quant: String? = nil, freq: String? = nil) {
        self.type = type
        self.spec = spec
        self.mod = mod
        self.quant = quant
        self.freq = freq
    }

    /// A DATE draft.
    public static func date(_ spec: TimeSpec, mod: TimexMod? = nil) -> TimexDraft { TimexDraft(.date, spec, mod: mod) }
    /// A DURATION draft of a fixed value (`P18M`).
    public static func duration(_ value: String, mod: TimexMod? = nil) -> TimexDraft { TimexDraft(.duration, .fixed(value), mod: mod) }

    /// The same draft with a `mod`, keeping one already set by an inner rule.
    public func with(mod newMod: TimexMod?) -> TimexDraft {
        var copy = self
        if copy.mod == nil { copy.mod = newMod }
        return copy
    }
}
