/// Turns rule drafts into TIMEX3 values, in text order.
///
/// News resolves deictic expressions ("yesterday", "last year", a bare "Friday") against the
/// DCT; a narrative against the last explicit date in the text (the focus). A news story's
/// historical stretch counts from its own dates: "In 1979 ... In December" is December 1979.
/// Anaphoric expressions ("the previous day", "two years later", "at the time") step from the
/// focus: in a narrative wherever it was set, otherwise only when it was set in the same
/// paragraph, else from the DCT. A reference counts only when it is fine enough for what it
/// places: "the early 2000s" cannot give "July" a year, nor a month a "Friday". With no
/// anchor at all, values stay underspecified (`XXXX-06`, `XXXX-WXX-3`).
struct Resolver {
    struct Resolution {
        var value: String
        var point: TimePoint?
        var anchor: TimeAnchor = .none
        var implied: [String] = []
        var usedTense = false
        /// The type the value has, when the clause decided it (`in two weeks`: a date or a duration).
        var type: TimexType?
    }

    /// Where an expression stands: its paragraph, and whether it modifies a noun ("the August
    /// 1988 cease-fire") rather than dating its clause.
    struct Place {
        var paragraph: Int
        var modifiesNoun = false
    }

    /// The time the text last talked about: the expression that set it, its paragraph, whether
    /// the text stated its year (rather than the resolver supplying one), whether it was counted
    /// from the DCT (directly or through such a time), and whether it dates its clause, so that a
    /// paragraph can be about it.
    struct Focus {
        var point: TimePoint
        var index: Int
        var paragraph: Int
        var isExplicit: Bool
        var isStoryTime: Bool
        var datesClause: Bool
    }

    let dct: CalendarDate?
    let genre: Genre
    /// Whether the document writes numeric dates day first (`31/12/2023`), which settles the
    /// order of its ambiguous ones (`06/07/2024`).
    let dayFirst: Bool
    /// The paragraph of the expression being resolved.
    private var paragraph = 0
    private var currentTense = Tense.none
    private(set) var focus: Focus?
    /// The last quarter or half the text named: an earnings report keeps talking about it
    /// ("the quarter", "a year earlier", "the 1988 period") while other dates pass by.
    private(set) var reportingPeriod: (point: TimePoint, index: Int)?

    init(dct: CalendarDate?, genre: Genre, dayFirst: Bool = false) {
        self.dct = dct
        self.genre = genre
        self.dayFirst = dayFirst
    }

    /// Resolves the draft of expression `index`, standing at `place`, and moves the focus to it
    /// when it names a specific time.
    mutating func resolve(_ draft: TimexDraft, tense: Tense, index: Int, at place: Place) -> Resolution {
        paragraph = place.paragraph
        self.currentTense = tense
        let resolution = resolve(draft.spec, tense: tense)
        let type = resolution.type ?? draft.type
        if type == .date || type == .time, let point = resolution.point, point.year != nil {
            switch draft.spec {
            case .focus, .fixed, .comparable, .focusOr, .samePeriod: break  // references back and comparisons do not move the text's time
            // a narrative's time is carried by its own dates: a guess from the DCT ("today" in a history) does not move it
            case _ where genre == .narrative && resolution.anchor == .creationTime && focus != nil: break
            default:
                let isStoryTime = resolution.anchor == .creationTime || resolution.anchor == focus.map { .expression($0.index) } && focus?.isStoryTime == true
                focus = Focus(point: point, index: index, paragraph: paragraph, isExplicit: resolution.anchor == .none,
                              isStoryTime: isStoryTime, datesClause: !place.modifiesNoun)
                if [.quarter, .halfYear].contains(point.granularity), point.isFullySpecified,
                   isReportable(point, tense: tense) { reportingPeriod = (point, index) }
            }
        }
        return resolution
    }

    /// Whether a quarter or half can become the period a report is about: results are reported on a
    /// period that is over by the DCT, or (a fiscal period) said in the past tense to have results
    /// ("will result in a fourth-quarter charge" looks ahead; "expects to report a third-quarter
    /// loss" in October does not); and none steps back from the period already reported on
    /// ("After a flat second quarter", "the 1988 second quarter" are comparisons).
    private func isReportable(_ point: TimePoint, tense: Tense) -> Bool {
        guard let span = point.interval else { return false }
        if let dct, span.latest.dayNumber >= dct.dayNumber, tense != .past { return false }
        if let current = reportingPeriod?.point.interval, span.earliest.dayNumber < current.earliest.dayNumber { return false }
        return true
    }

    // MARK: anchors

    /// A day to count from, what it is, and how fine the time it stands for is.
    typealias Reference = (day: CalendarDate, anchor: TimeAnchor, granularity: Granularity)

    /// The focus as a reference, when it is at least as fine as `granularity`.
    private func focusReference(finerThan granularity: Granularity) -> Reference? {
        guard let focus, focus.point.granularity >= granularity, let day = focus.point.firstDay else { return nil }
        return (day, .expression(focus.index), focus.point.granularity)
    }

    private var creationReference: Reference? { dct.map { ($0, .creationTime, .day) } }

    /// The day deictic expressions ("Friday", "last year", "yesterday") count from: the DCT in
    /// news, the focus in a narrative (the DCT before the text names a date fine enough).
    private func deicticReference(needing granularity: Granularity) -> Reference? {
        guard genre == .narrative, focus != nil else { return creationReference }
        // a history that has reached 1941 says nothing about "last week": left open rather than guessed from the DCT
        return focusReference(finerThan: granularity)
    }

    /// The day a yearless date ("in December", "March 5", "the summer", "Christmas") takes its
    /// year from: as a deictic expression, except in a news story's historical stretch. A
    /// paragraph that has dated a clause to a month or day at least two years from the DCT's is
    /// telling a history of its own, and a past-tense clause after it counts from that date
    /// ("On Dec. 24, 1979, Soviet troops crossed the border. In February they took Herat.").
    /// A date that modifies a noun ("the August 1988 cease-fire") dates the thing, not the stretch.
    private var yearlessReference: Reference? {
        if genre == .news, currentTense == .past, let focus, focus.isExplicit, focus.datesClause, focus.paragraph == paragraph,
           let dct, let year = focus.point.year, abs(year - dct.year) >= 2, let reference = focusReference(finerThan: .month) {
            return reference
        }
        return deicticReference(needing: .year)
    }

    /// The time anaphoric expressions ("the next day", "at the time", a bare "at 6 p.m.") count
    /// from: the focus, else the DCT.
    private var anaphoricReference: (point: TimePoint, anchor: TimeAnchor)? {
        if let focus = reachableFocus { return (focus.point, .expression(focus.index)) }
        if let dct { return (TimePoint(dct, at: .day), .creationTime) }
        return nil
    }

    /// The focus, if a relative value may count from it here. A narrative's dates carry on from
    /// paragraph to paragraph. Elsewhere a date stated in another paragraph does not: each
    /// paragraph of a list of messages or of a story's background tells its own time
    /// ("10/31/1974" two paragraphs up says nothing about "at 4:00pm"). A day the story itself
    /// counted from the DCT ("Friday", "yesterday") stays the story's time across paragraphs
    /// ("... closed lower Friday." then "... down from the previous Friday").
    private var reachableFocus: Focus? {
        guard let focus else { return nil }
        return genre == .narrative || focus.paragraph == paragraph || focus.isStoryTime ? focus : nil
    }

    /// The year of a yearless date placed in a narrative: the year of the time it follows.
    private func narrativeYear(_ reference: Reference, shift: Shift) -> Int? {
        guard shift == .implied, case .expression = reference.anchor else { return nil }
        return reference.day.year
    }

    // MARK: resolution

    private func resolve(_ spec: TimeSpec, tense: Tense) -> Resolution {
        switch spec {
        case .fixed(let value):
            return Resolution(value: value)

        case .byTense(let past, let otherwise):
            var resolution = resolve(tense == .past ? past : otherwise, tense: tense)
            resolution.usedTense = true
            return resolution

        case .absolute(let point):
            return Resolution(value: point.value, point: point)

        case .yearless(let point, let shift):
            guard let ref = yearlessReference else { return Resolution(value: point.value, point: point) }
            var year = narrativeYear(ref, shift: shift) ?? Resolver.chooseYear(for: point, reference: ref.day, shift: shift, tense: tense)
            // "last February" said in March is not the month just over (that is "last month") but the one a year before
            if shift == .lastNotJustOver, point.granularity == .month, let month = point.month, (ref.day.month - month + 12) % 12 == 1 { year -= 1 }
            var resolved = point
            resolved.year = year
            // no year near the reference has the day (February 29 around 2100): the year stays unknown
            guard resolved.interval != nil else { return Resolution(value: point.value, point: point) }
            return Resolution(value: resolved.value, point: resolved, anchor: ref.anchor, implied: ["year"], usedTense: shift == .implied)

        case .inRelativeYear(let point, let step):
            guard let ref = deicticReference(needing: .year) else { return Resolution(value: point.value, point: point) }
            var resolved = point
            resolved.year = ref.day.year + step
            return Resolution(value: resolved.value, point: resolved, anchor: ref.anchor, implied: ["year"])

        case .fiscalPart(let point):
            guard let ref = deicticReference(needing: .year), let part = point.part else { return Resolution(value: point.value, point: point) }
            var resolved = point
            let current = point.granularity == .quarter ? ref.day.quarter : (ref.day.month <= 6 ? 1 : 2)
            var year = ref.day.year
            // results for a quarter are reported after it ends: a future clause about the quarter
            // just over is still this year's
            if tense == .past, part > current { year -= 1 }
            if tense == .future, part < current - 1 { year += 1 }
            resolved.year = year
            return Resolution(value: resolved.value, point: resolved, anchor: ref.anchor, implied: ["year"], usedTense: tense == .past || tense == .future)

        case .holiday(let holiday, let year, let shift):
            if let year {
                let date = holiday.date(in: year)
                let point = TimePoint(date, at: .day)
                return Resolution(value: point.value, point: point)
            }
            guard let ref = yearlessReference else { return Resolution(value: "XXXX-XX-XX", point: TimePoint(granularity: .day)) }
            let chosen = narrativeYear(ref, shift: shift) ?? Resolver.choose(reference: ref.day, shift: shift, tense: tense) { y in
                let d = holiday.date(in: y).dayNumber
                return (d, d)
            }
            let point = TimePoint(holiday.date(in: chosen), at: .day)
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year"], usedTense: shift == .implied)

        case .weekday(let weekday, let shift):
            guard let ref = deicticReference(needing: .week) else {
                let point = TimePoint(granularity: .day, weekday: weekday)
                return Resolution(value: point.value, point: point)
            }
            let date = Resolver.weekday(weekday, from: ref.day, shift: shift, tense: tense)
            let point = TimePoint(date, at: .day)
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year", "month", "day"], usedTense: shift == .implied)

        case .relative(let unit, let steps, let granularity):
            let target = granularity ?? Resolver.granularity(of: unit)
            guard let ref = deicticReference(needing: min(Resolver.granularity(of: unit), .day)) else { return Resolution(value: TimePoint(granularity: target).value, point: TimePoint(granularity: target)) }
            let point = TimePoint(Resolver.step(ref.day, unit, steps), at: target)
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year"])

        case .fromFocus(let unit, let steps, let granularity):
            guard let ref = anaphoricReference, let day = ref.point.firstDay else {
                let point = TimePoint(granularity: granularity ?? Resolver.granularity(of: unit))
                return Resolution(value: point.value, point: point)
            }
            var target = granularity ?? Resolver.granularity(of: unit)
            // "a year earlier" than a quarter is that quarter a year before
            if granularity == nil, unit == .year, [.halfYear, .quarter, .month].contains(ref.point.granularity) {
                target = ref.point.granularity
            }
            if target > ref.point.granularity, target >= .day, ref.point.granularity < .day {
                target = ref.point.granularity
            }
            let point = TimePoint(Resolver.step(day, unit, steps), at: target)
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year"])

        case .focusOr(let granularity, let fallback):
            if let period = reportingPeriod, period.point.granularity == granularity {
                return Resolution(value: period.point.value, point: period.point, anchor: .expression(period.index), implied: ["year"])
            }
            return resolve(fallback, tense: tense)

        case .samePeriod(let year):
            if let period = reportingPeriod {
                var point = period.point
                point.year = year
                return Resolution(value: point.value, point: point, anchor: .expression(period.index))
            }
            let point = TimePoint(granularity: .year, year: year)
            return Resolution(value: point.value, point: point)

        case .weekdayFromFocus(let weekday, let shift):
            guard let ref = anaphoricReference, ref.point.granularity >= .day, let day = ref.point.firstDay else {
                return resolve(.weekday(weekday, shift), tense: tense)
            }
            let point = TimePoint(Resolver.weekday(weekday, from: day, shift: shift, tense: tense), at: .day)
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year", "month", "day"])

        case .comparable(let years, let fromFocus, let period):
            if let period = reportingPeriod, let day = period.point.firstDay {
                let point = TimePoint(day.adding(years: years), at: period.point.granularity)
                return Resolution(value: point.value, point: point, anchor: .expression(period.index), implied: ["year"])
            }
            if let focus, focus.point.granularity == .month, let day = focus.point.firstDay {
                let point = TimePoint(day.adding(years: years), at: .month)
                return Resolution(value: point.value, point: point, anchor: .expression(focus.index), implied: ["year"])
            }
            if period == .quarter { return resolve(.relative(.quarter, years * 4 - 1, granularity: nil), tense: tense) }
            return resolve(fromFocus ? .fromFocus(.year, years, granularity: .year) : .relative(.year, years, granularity: nil), tense: tense)

        case .focus(let granularity):
            guard let ref = anaphoricReference, let day = ref.point.firstDay else {
                // "that year" with nothing before it stays underspecified; "at the time" is some past time
                guard let granularity else { return Resolution(value: "PAST_REF") }
                return Resolution(value: TimePoint(granularity: granularity).value, point: TimePoint(granularity: granularity))
            }
            var point = ref.point
            if let granularity, granularity < point.granularity { point = TimePoint(day, at: granularity) }
            // "that same day" when the text has only named the month: a day of that month, which one unsaid
            if let granularity, granularity > point.granularity, [.day, .month].contains(granularity),
               [.month, .year].contains(point.granularity), let year = point.year {
                point = TimePoint(granularity: granularity, year: year, month: point.granularity == .month ? point.month : nil)
            }
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year"])

        case .daysFrom(let inner, let days):
            var resolution = resolve(inner, tense: tense)
            if let day = resolution.point?.firstDay, resolution.point?.granularity == .day, resolution.point?.isFullySpecified == true {
                let point = TimePoint(day.adding(days: days), at: .day)
                resolution.point = point
                resolution.value = point.value
            } else {
                resolution.point = TimePoint(granularity: .day)
                resolution.value = resolution.point!.value
            }
            return resolution

        case .weekOf(let inner):
            var resolution = resolve(inner, tense: tense)
            if let day = resolution.point?.firstDay, resolution.point?.isFullySpecified == true {
                let point = TimePoint(day, at: .week)
                resolution.point = point
                resolution.value = point.value
            } else {
                resolution.point = TimePoint(granularity: .week, year: resolution.point?.year)
                resolution.value = resolution.point!.value
            }
            return resolution

        case .partOfDay(let inner, let part):
            var resolution = resolve(inner, tense: tense)
            var point = resolution.point ?? TimePoint(granularity: .day)
            point.granularity = .partOfDay
            point.partOfDay = part
            resolution.point = point
            resolution.value = point.value
            return resolution

        case .clock(let inner, let hour, let minute, let zone):
            var resolution: Resolution
            if let inner {
                resolution = resolve(inner, tense: tense)
            } else if let focus = reachableFocus, focus.point.granularity >= .day, focus.point.isFullySpecified {
                resolution = Resolution(value: focus.point.value, point: focus.point, anchor: .expression(focus.index), implied: ["year", "month", "day"])
            } else if let dct {
                resolution = Resolution(value: dct.description, point: TimePoint(dct, at: .day), anchor: .creationTime, implied: ["year", "month", "day"])
            } else {
                resolution = Resolution(value: "", point: TimePoint(granularity: .day))
            }
            var point = resolution.point ?? TimePoint(granularity: .day)
            point.granularity = .minute
            point.partOfDay = nil
            point.zoneOffset = zone?.offset(on: point.firstDay)
            point.hour = hour
            point.minute = minute ?? 0
            resolution.point = point
            resolution.value = point.value
            return resolution

        case .nthWeekday(let n, let weekday, let month):
            var resolution = resolve(month, tense: tense)
            let inner = resolution.point
            guard let inner, inner.granularity == .month, let year = inner.year, let m = inner.month,
                  let date = Resolver.nthWeekday(n, weekday, year: year, month: m) else {
                let point = TimePoint(granularity: .day, month: inner?.month)
                return Resolution(value: point.value, point: point)
            }
            let point = TimePoint(date, at: .day)
            resolution.point = point
            resolution.value = point.value
            return resolution

        case .weekdayInWeek(let weekday, let week):
            var resolution = resolve(week, tense: tense)
            guard let inner = resolution.point, inner.granularity == .week, let year = inner.year, let w = inner.week else {
                let point = TimePoint(granularity: .day, weekday: weekday)
                return Resolution(value: point.value, point: point)
            }
            let point = TimePoint(CalendarDate.mondayOf(isoYear: year, week: w).adding(days: weekday - 1), at: .day)
            resolution.point = point
            resolution.value = point.value
            return resolution

        case .dayOfMonth(let day, let month?):
            var resolution = resolve(month, tense: tense)
            guard let inner = resolution.point, inner.granularity == .month, let year = inner.year, let m = inner.month,
                  let date = CalendarDate(year: year, month: m, day: day == -1 ? CalendarDate.daysIn(month: m, year: year) : day) else {
                let point = TimePoint(granularity: .day, month: resolution.point?.month, day: day == -1 ? nil : day)
                return Resolution(value: point.value, point: point)
            }
            let point = TimePoint(date, at: .day)
            resolution.point = point
            resolution.value = point.value
            return resolution

        case .dayOfMonth(let day, nil):
            // the month before, this month or the month after, whichever holds that day in the tense's direction
            return resolveDay(day, onWeekday: nil, monthsAround: 1, tense: tense)

        case .weekdayAndDay(let weekday, let day):
            // a Friday the 13th comes at least once a year: look over a year either side
            return resolveDay(day, onWeekday: weekday, monthsAround: 14, tense: tense)

        case .numericDate(let first, let second, let year):
            let (month, day) = first > 12 || (second <= 12 && dayFirst) ? (second, first) : (first, second)
            guard month >= 1, month <= 12, day >= 1, day <= CalendarDate.daysIn(month: month, year: year ?? 2000) else {
                return Resolution(value: "XXXX-XX-XX", point: TimePoint(granularity: .day))
            }
            guard let year else { return resolve(.yearless(TimePoint(granularity: .day, month: month, day: day), .implied), tense: tense) }
            guard let date = CalendarDate(year: year, month: month, day: day) else { return Resolution(value: "XXXX-XX-XX", point: TimePoint(granularity: .day)) }
            let point = TimePoint(date, at: .day)
            return Resolution(value: point.value, point: point)

        case .pointOrDuration(let unit, let steps):
            guard tense != .past else {
                return Resolution(value: DurationValue.value(Double(steps), unit), usedTense: true, type: .duration)
            }
            var resolution = resolve(.relative(unit, steps, granularity: unit.rawValue <= TimeUnit.week.rawValue ? .day : nil), tense: tense)
            resolution.usedTense = true
            resolution.type = .date
            return resolution

        case .weekend(let shift):
            guard let ref = deicticReference(needing: .week) else {
                let point = TimePoint(granularity: .weekend)
                return Resolution(value: point.value, point: point)
            }
            let saturday = Resolver.weekday(6, from: ref.day, shift: shift, tense: tense)
            let point = TimePoint(saturday, at: .weekend)
            return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year", "week"], usedTense: shift == .implied)
        }
    }

    /// A day of the month without its month ("the 28th", "Friday the 13th"), in the months around
    /// the deictic reference, on `weekday` when given, the one the tense points to.
    private func resolveDay(_ day: Int, onWeekday weekday: Int?, monthsAround reach: Int, tense: Tense) -> Resolution {
        let open = TimePoint(granularity: .day, day: day)
        guard let ref = deicticReference(needing: .month) else { return Resolution(value: open.value, point: open) }
        let first = CalendarDate(year: ref.day.year, month: ref.day.month, day: 1)!
        let candidates = (-reach...reach).compactMap { step -> CalendarDate? in
            let month = first.adding(months: step)
            guard let date = CalendarDate(year: month.year, month: month.month, day: day), weekday == nil || date.weekday == weekday else { return nil }
            return date
        }
        guard let date = Resolver.occurrence(among: candidates, reference: ref.day, tense: tense) else { return Resolution(value: open.value, point: open) }
        let point = TimePoint(date, at: .day)
        return Resolution(value: point.value, point: point, anchor: ref.anchor, implied: ["year", "month"], usedTense: true)
    }

    // MARK: calendar choices

    static func granularity(of unit: TimeUnit) -> Granularity {
        switch unit {
        case .second: return .second
        case .minute: return .minute
        case .hour: return .hour
        case .day, .night: return .day
        case .week, .fortnight: return .week
        case .weekend: return .weekend
        case .month: return .month
        case .quarter: return .quarter
        case .halfYear: return .halfYear
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        case .millennium: return .millennium
        }
    }

    /// `date` moved by `steps` units (sub-day units leave the day as it is).
    static func step(_ date: CalendarDate, _ unit: TimeUnit, _ steps: Int) -> CalendarDate {
        switch unit {
        case .second, .minute, .hour: return date
        case .day, .night: return date.adding(days: steps)
        case .week, .weekend: return date.adding(days: 7 * steps)
        case .fortnight: return date.adding(days: 14 * steps)
        case .month: return date.adding(months: steps)
        case .quarter: return date.adding(months: 3 * steps)
        case .halfYear: return date.adding(months: 6 * steps)
        case .year: return date.adding(years: steps)
        case .decade: return date.adding(years: 10 * steps)
        case .century: return date.adding(years: 100 * steps)
        case .millennium: return date.adding(years: 1000 * steps)
        }
    }

    /// The occurrence of a weekday relative to `reference`.
    static func weekday(_ weekday: Int, from reference: CalendarDate, shift: Shift, tense: Tense) -> CalendarDate {
        let back = (reference.weekday - weekday + 7) % 7
        let forward = (weekday - reference.weekday + 7) % 7
        switch shift {
        case .last, .lastNotJustOver: return reference.adding(days: -(back == 0 ? 7 : back))
        case .next: return reference.adding(days: forward == 0 ? 7 : forward)
        case .afterNext: return reference.adding(days: (forward == 0 ? 7 : forward) + 7)
        case .this: return reference.adding(days: weekday - reference.weekday)
        case .implied:
            switch tense {
            case .past: return reference.adding(days: -back)
            case .future: return reference.adding(days: forward)
            case .present, .none: return reference.adding(days: back <= forward ? -back : forward)
            }
        }
    }

    /// The `n`th `weekday` of a month (`n` -1: the last), if the month has one.
    static func nthWeekday(_ n: Int, _ weekday: Int, year: Int, month: Int) -> CalendarDate? {
        let days = CalendarDate.daysIn(month: month, year: year)
        guard n == -1 else {
            let first = CalendarDate(year: year, month: month, day: 1)!
            let day = 1 + (weekday - first.weekday + 7) % 7 + (n - 1) * 7
            return n >= 1 && day <= days ? CalendarDate(year: year, month: month, day: day) : nil
        }
        let last = CalendarDate(year: year, month: month, day: days)!
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    /// Of dates in order, the one the tense points to from `reference`: the latest not after it
    /// in the past, else the first not before it (a clause with no verb, like a calendar entry,
    /// looks ahead), or in the present the nearest.
    static func occurrence(among dates: [CalendarDate], reference: CalendarDate, tense: Tense) -> CalendarDate? {
        switch tense {
        case .past: return dates.last { $0 <= reference } ?? dates.first
        case .future, .none: return dates.first { $0 >= reference } ?? dates.last
        case .present:
            return dates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
        }
    }

    /// The year of a yearless month, day or season relative to `reference`.
    static func chooseYear(for point: TimePoint, reference: CalendarDate, shift: Shift, tense: Tense) -> Int {
        choose(reference: reference, shift: shift, tense: tense) { year in
            var p = point
            p.year = year
            guard let span = p.interval else { return nil }
            return (span.earliest.dayNumber, span.latest.dayNumber)
        }
    }

    /// Picks the year whose occurrence of a recurring period fits the shift and tense:
    /// `last` is the latest one over before the reference, `next` the first one not yet begun,
    /// a past tense the latest one already begun, a future tense the first one not yet over,
    /// and no tense the one holding the reference or else the nearest.
    ///
    /// One exception to the tense: a day a few weeks ahead in a past-tense clause ("set a
    /// Jan. 14 deadline", "was payable Dec. 7") is that coming day, not the one almost a year
    /// back, which news would give with its year.
    static func choose(reference: CalendarDate, shift: Shift, tense: Tense, occurrence: (Int) -> (Int, Int)?) -> Int {
        let ref = reference.dayNumber
        // four years either way: February 29 recurs within them (but around 2100)
        let years = (reference.year - 4)...(reference.year + 4)
        let spans = years.compactMap { y in occurrence(y).map { (year: y, start: $0.0, end: $0.1) } }
        guard !spans.isEmpty else { return reference.year }
        let containing = spans.first { $0.start <= ref && ref <= $0.end }
        switch shift {
        case .this:
            return containing?.year ?? spans.first { $0.year == reference.year }?.year ?? reference.year
        case .last, .lastNotJustOver:
            return spans.last { $0.end < ref }?.year ?? reference.year - 1
        case .next:
            return spans.first { $0.start > ref }?.year ?? reference.year + 1
        case .afterNext:
            return spans.filter { $0.start > ref }.dropFirst().first?.year ?? reference.year + 2
        case .implied:
            switch tense {
            case .past:
                let previous = spans.last { $0.start <= ref }
                // a day within six weeks is the coming one
                if let previous, previous.start == previous.end, ref - previous.end > 180,
                   let upcoming = spans.first(where: { $0.start > ref }), upcoming.start - ref <= 45 {
                    return upcoming.year
                }
                return previous?.year ?? reference.year
            case .future:
                // a day just gone ("to repatriate the child by Jan. 14" read on Jan. 15) is that day, not the
                // one almost a year ahead, which news would give with its year
                if let upcoming = spans.first(where: { $0.end >= ref }), upcoming.start == upcoming.end, upcoming.start - ref > 180,
                   let previous = spans.last(where: { $0.end < ref }), ref - previous.end <= 7 {
                    return previous.year
                }
                return spans.first { $0.end >= ref }?.year ?? reference.year
            case .present, .none:
                if let containing { return containing.year }
                let nearest = spans.min { a, b in
                    let da = a.start > ref ? a.start - ref : ref - a.end
                    let db = b.start > ref ? b.start - ref : ref - b.end
                    return da < db || (da == db && a.year < b.year)
                }
                return nearest?.year ?? reference.year
            }
        }
    }
}
