private typealias X = RuleExample

/// Rules over expressions found by the base rules: modifiers (`the early 2000s`, `mid-December`,
/// `about a month earlier`, `more than four hours`), dates with times and parts of day
/// (`6 a.m. on Friday`, `Friday morning`), and ranges (`between 2020 and 2022`, `June 5-7`).
enum CompositeRules {
    // MARK: draft filters

    static func isDate(_ d: TimexDraft) -> Bool {
        guard d.type == .date else { return false }
        if case .fixed = d.spec { return false }
        return true
    }

    static func isDay(_ d: TimexDraft) -> Bool {
        guard d.type == .date else { return false }
        switch d.spec {
        case .weekday, .holiday, .numericDate, .dayOfMonth, .weekdayAndDay, .nthWeekday, .weekdayInWeek: return true
        case .absolute(let p), .yearless(let p, _): return p.granularity == .day && p.day != nil
        case .relative(let unit, _, _), .fromFocus(let unit, _, _): return unit == .day
        case .focus(let g): return g == .day
        default: return false
        }
    }

    static func isMonthDay(_ d: TimexDraft) -> Bool {
        switch d.spec {
        case .absolute(let p), .yearless(let p, _): return d.type == .date && p.granularity == .day && p.month != nil && p.day != nil
        default: return false
        }
    }

    static func isYear(_ d: TimexDraft) -> Bool {
        if case .absolute(let p) = d.spec { return p.granularity == .year && d.mod == nil }
        return false
    }

    static func isWeekday(_ d: TimexDraft) -> Bool {
        if case .weekday(_, .implied) = d.spec { return true }
        return false
    }

    /// A month, named or counted from the DCT (`October`, `October 2024`, `next month`).
    static func isMonthSpec(_ d: TimexDraft) -> Bool {
        guard d.type == .date, d.mod == nil else { return false }
        switch d.spec {
        case .yearless(let p, _), .absolute(let p), .inRelativeYear(let p, _): return p.granularity == .month
        case .relative(.month, _, nil): return true
        default: return false
        }
    }

    static func isBareClock(_ d: TimexDraft) -> Bool {
        if case .clock(nil, _, _, _) = d.spec { return true }
        return false
    }

    static func isDuration(_ d: TimexDraft) -> Bool { d.type == .duration }

    /// A part of a day that is itself a day counted from the DCT (`tonight`, `tomorrow morning`), with no modifier.
    static func isPartOfDayOnDay(_ d: TimexDraft) -> Bool {
        guard d.mod == nil, case .partOfDay(.relative(.day, _, _), _) = d.spec else { return false }
        return true
    }

    /// The same date with another day of the month (`June 5-7`: the 7th of the same June).
    static func withDay(_ spec: TimeSpec, _ day: Int) -> TimeSpec? {
        switch spec {
        case .absolute(var p):
            p.day = day
            guard let y = p.year, let m = p.month, CalendarDate(year: y, month: m, day: day) != nil else { return nil }
            return .absolute(p)
        case .yearless(var p, let shift):
            guard let m = p.month, day <= CalendarDate.daysIn(month: m, year: 2000) else { return nil }
            p.day = day
            return .yearless(p, shift)
        default: return nil
        }
    }

    /// A yearless date given a year (`June 5-7, 2021`).
    static func withYear(_ spec: TimeSpec, _ year: Int) -> TimeSpec? {
        guard case .yearless(var p, _) = spec else { return nil }
        p.year = year
        guard p.interval != nil else { return nil }
        return .absolute(p)
    }

    static func year(of d: TimexDraft) -> Int? {
        if case .absolute(let p) = d.spec { return p.year }
        return nil
    }

    // MARK: rules

    static let modifiers: [Rule] = [
        Rule("early-late-mid", [P.w("the").opt, P.w("early", "late", "mid", "middle"), P.hyphen.glued.opt, P.expr(isDate)],
             examples: [
                X("the early 2000s", "200", mod: .start), X("the late 1990s", "199", mod: .end), X("mid-December", "2021-12", mod: .mid),
                X("late November", "2021-11", mod: .end), X("early next year", "2022", mod: .start), X("the mid-1990s", "199", mod: .mid),
                X("in the early 2000s, the early days", "200", span: "the early 2000s", mod: .start), X("late last year", "2020", mod: .end),
                X("early September", "2021-09", mod: .start), X("mid-2019", "2019", mod: .mid), X("late yesterday", "2021-08-19", mod: .end),
                X("the late 19th century", "18", mod: .end), X("early this week", "2021-W33", mod: .start), X("late-November", "2021-11", mod: .end),
             ],
             negatives: [NegativeExample("the late President Kennedy", span: "late")]) { m in
            let mod: TimexMod = ["early": .start, "late": .end][m.word(1)] ?? .mid
            return .one(m.draft(3).with(mod: mod))
        },
        Rule("earlier-that-day", [P.w("earlier", "later"), P.expr { d in
            if case .focus = d.spec { return true }
            return false
        }],
             examples: [X("He was shot on Oct. 23, 1998. Earlier that day, police were warned.", "1998-10-23", span: "Earlier that day", mod: .start),
                        X("The vote came on May 3, 2004; later that week he resigned.", "2004-W19", span: "later that week", mod: .end)]) { m in
            .one(m.draft(1).with(mod: m.word(0) == "earlier" ? .start : .end))
        },
        Rule("month-this-year", [P.expr { d in
            if case .yearless(let p, .implied) = d.spec { return p.granularity == .month || p.granularity == .day }
            return false
        }, P.comma.opt, P.w("of").opt, P.expr { d in
            if case .relative(.year, _, nil) = d.spec { return d.mod == nil }
            return false
        }],
             examples: [X("in early October this year", "2021-10", span: "early October this year", mod: .start), X("October this year", "2021-10"), X("March last year", "2020-03"),
                        X("June 5 next year", "2022-06-05")]) { m in
            guard case .yearless(let point, _) = m.draft(0).spec, case .relative(_, let step, _) = m.draft(3).spec else { return nil }
            return .one(TimexDraft(m.draft(0).type, .inRelativeYear(point, step), mod: m.draft(0).mod))
        },
        Rule("quarter-of-named-year", [P.w("the").opt, P.expr { d in
            switch d.spec {
            case .relative(.year, _, nil), .comparable: return d.mod == nil
            case .absolute(let p): return p.granularity == .year && d.mod == nil
            default: return false
            }
        }, P.apostrophe.glued.opt, P.w("s").glued.opt, P.w("fiscal").opt, P.expr { d in
            switch d.spec {
            case .fiscalPart: return true
            case .focusOr(.quarter, _): return true
            case .fixed: return d.type == .duration
            default: return false
            }
        }],
             examples: [X("this year's third quarter", "2021-Q3"), X("next year's first quarter", "2022-Q1"),
                        X("the year-ago third quarter", "2020-Q3"), X("the 1988 third quarter", "1988-Q3"), X("the year-earlier nine months", "P9M", type: .duration)]) { m in
            guard m.has(2) == m.has(3) else { return nil }
            let period = m.draft(5)
            if period.type == .duration { return .one(period) }
            let part: Int
            switch period.spec {
            case .fiscalPart(let p): part = p.part ?? 0
            default: part = 0
            }
            switch m.draft(1).spec {
            case .absolute(let year):
                guard part > 0 else { return nil }
                return .one(.date(.absolute(TimePoint(granularity: .quarter, year: year.year, part: part))))
            case .relative(_, let step, _):
                if part > 0 { return .one(.date(.inRelativeYear(TimePoint(granularity: .quarter, part: part), step))) }
                return .one(.date(.comparable(years: step, fromFocus: false, period: nil)))
            default:
                if part > 0 { return .one(.date(.inRelativeYear(TimePoint(granularity: .quarter, part: part), -1))) }
                return .one(m.draft(1))
            }
        },
        Rule("start-of", [P.w("the"), P.w("beginning", "start", "end", "middle", "close", "turn", "outset", "dawn"), P.w("of"), P.w("the").opt, P.expr(isDate)],
             examples: [X("the end of 1990", "1990", mod: .end), X("the beginning of October", "2021-10", mod: .start),
                        X("the middle of October", "2021-10", mod: .mid), X("the end of this week", "2021-W33", mod: .end)]) { m in
            let mod: TimexMod
            switch m.word(1) {
            case "beginning", "start", "outset", "dawn": mod = .start
            case "end", "close", "turn": mod = .end
            default: mod = .mid
            }
            return .one(m.draft(4).with(mod: mod))
        },
        Rule("approximately", [P.w("about", "around", "approximately", "roughly", "nearly", "almost", "some", "circa"), P.expr { isDuration($0) || isDate($0) }],
             examples: [X("about a month earlier", "2021-07", mod: .approx), X("nearly an hour", "PT1H", mod: .approx), X("about a decade", "P10Y", mod: .approx),
                        X("around 1990", "1990", mod: .approx), X("almost four years ago", "2017", mod: .approx), X("some 18 months", "P18M", mod: .approx)],
             negatives: [NegativeExample("care about 2020 elections", span: "about"), NegativeExample("talked about June", span: "about")]) { m in
            let draft = m.draft(1)
            if isDuration(draft) { return .one(draft.with(mod: .approx)) }
            guard m.word(0) != "some" else { return nil }
            switch draft.spec {
            case .relative, .fromFocus:
                return .one(draft.with(mod: .approx))
            case .absolute(let point) where point.granularity <= .year:
                // "around 1990", but not "care about 2020 elections"
                if let next = m.after, next.kind == .word, !next.has(.capitalized), next.has(.endsInS) || RuleSupport.countNouns.contains(m.word(of: next)) { return nil }
                return .one(draft.with(mod: .approx))
            default:
                return nil
            }
        },
        Rule("more-than", [P.w("more", "less", "fewer", "longer", "shorter", "under", "at", "no", "up", "upwards"), P.w("than", "least", "most", "more", "to", "of").opt,
                           P.w("than").opt, P.expr(isDuration)],
             examples: [X("more than four hours", "PT4H", mod: .moreThan), X("less than a decade", "P10Y", mod: .lessThan), X("at least 72 hours", "PT72H", mod: .equalOrMore),
                        X("up to 18 months", "P18M", mod: .equalOrLess), X("no more than two years", "P2Y", mod: .equalOrLess),
                        X("at most three days", "P3D", mod: .equalOrLess)]) { m in
            let words = [m.word(0), m.has(1) ? m.word(1) : "", m.has(2) ? m.word(2) : ""].filter { !$0.isEmpty }.joined(separator: " ")
            let mod: TimexMod
            switch words {
            case "more than", "longer than", "upwards of": mod = .moreThan
            case "less than", "fewer than", "shorter than", "under": mod = .lessThan
            case "at least": mod = .equalOrMore
            case "at most", "no more than", "up to": mod = .equalOrLess
            default: return nil
            }
            return .one(m.draft(3).with(mod: mod))
        },
    ]

    static let combinations: [Rule] = [
        // "April 480 BC", "the spring of 480 BC", "autumn of 481 BC": a month, season or day in a year of an era
        Rule("date-in-era-year", [P.expr { d in
            if case .yearless(let p, .implied) = d.spec { return d.type == .date && p.year == nil }
            return false
        }, P.w("of").opt, P.comma.opt, P.expr { d in
            if case .absolute(let p) = d.spec { return p.granularity == .year && d.mod == nil && (p.year ?? 1000) < 1000 }
            return false
        }],
             examples: [X("April 480 BC", "BC0480-04"), X("the spring of 480 BC", "BC0480-SP"), X("late autumn of 481 BC", "BC0481-FA", mod: .end),
                        X("on 12 August 490 BC", "BC0490-08-12", span: "12 August 490 BC")]) { m in
            guard let year = year(of: m.draft(3)), let dated = withYear(m.draft(0).spec, year) else { return nil }
            return .one(TimexDraft(m.draft(0).type, dated, mod: m.draft(0).mod))
        },
        // "the first Tuesday of October", "the last Friday of March", "the second Monday in May"
        // "last Memorial Day", "next Labor Day": a named holiday counted from the DCT
        Rule("shifted-named-holiday", [P.w("last", "next", "this", "past", "coming"), P.expr { d in
            if case .holiday(_, nil, .implied) = d.spec { return d.mod == nil }
            return false
        }],
             examples: [X("last memorial day", "2023-05-29", dct: CalendarDate(year: 2023, month: 7, day: 3)), X("next Labor Day", "2021-09-06")]) { m in
            guard case .holiday(let holiday, _, _) = m.draft(1).spec else { return nil }
            return .one(.date(.holiday(holiday, year: nil, RelativeDateRules.shiftKind(m.word(0)))))
        },
        Rule("nth-weekday-of-month", [P.w("the").opt, P.ordinal.opt, P.expr { d in
            if case .weekday(_, let shift) = d.spec { return d.mod == nil && (shift == .implied || shift == .last) }
            return false
        }, P.w("of", "in"), P.expr(isMonthSpec)],
             examples: [X("the first tuesday of october", "2024-10-01", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the last friday of march", "2024-03-29", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the second monday in may", "2024-05-13", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the third Thursday of next month", "2021-09-16"), X("the first Monday of August 2023", "2023-08-07")],
             negatives: [NegativeExample("the first of the Mondays in May", span: "the first")]) { m in
            guard case .weekday(let weekday, let shift) = m.draft(2).spec else { return nil }
            let n: Int
            if shift == .last {
                guard !m.has(1) else { return nil }
                n = -1
            } else {
                guard m.has(1), (1...5).contains(m.value(1)) else { return nil }
                n = m.value(1)
            }
            return .one(.date(.nthWeekday(n, weekday: weekday, of: m.draft(4).spec)))
        },
        // "the 20th of next month", "the first day of April", "the last day of this month"
        Rule("day-of-named-month", [P.w("the").opt, P.ordinal.opt, P.w("last").opt, P.w("day").opt, P.w("of"), P.expr(isMonthSpec)],
             examples: [X("the 20th of next month", "2024-04-20", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the 1st of next month", "2024-04-01", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the first day of april", "2024-04-01", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the last day of this month", "2024-03-31", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the last day of February 2024", "2024-02-29")],
             negatives: [NegativeExample("the last of this month's shipments", span: "the last of")]) { m in
            let day: Int
            if m.has(2) {
                guard !m.has(1), m.has(3) else { return nil }
                day = -1
            } else {
                guard m.has(1), (1...31).contains(m.value(1)) else { return nil }
                // "the first of next month", "the 20th of next month", "the first day of April"; but "the first of these months" has no month
                day = m.value(1)
            }
            return .one(.date(.dayOfMonth(day, of: m.draft(5).spec)))
        },
        // "Tuesday the 19th", "Friday the 13th": the next (or, told in the past, the last) such day
        Rule("weekday-the-nth", [P.expr { d in
            if case .weekday(_, .implied) = d.spec { return d.mod == nil }
            return false
        }, P.comma.opt, P.expr { d in
            if case .dayOfMonth(_, nil) = d.spec { return true }
            return false
        }],
             examples: [X("tuesday the 19th", "2024-03-19", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("friday the 13th", "2024-09-13", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("friday the 14th", "2025-11-14", dct: CalendarDate(year: 2025, month: 11, day: 8)),
                        X("It was Friday the 13th.", "2021-08-13", span: "Friday the 13th")]) { m in
            guard case .weekday(let weekday, _) = m.draft(0).spec, case .dayOfMonth(let day, nil) = m.draft(2).spec else { return nil }
            return .one(.date(.weekdayAndDay(weekday: weekday, day: day)))
        },
        // "Monday next week", "Friday of last week"
        Rule("weekday-of-week", [P.expr { d in
            if case .weekday(_, .implied) = d.spec { return d.mod == nil }
            return false
        }, P.w("of").opt, P.expr { d in
            if case .relative(.week, _, nil) = d.spec { return d.mod == nil }
            return false
        }],
             examples: [X("monday next week", "2024-03-18", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("Friday of last week", "2021-08-13"),
                        X("Wednesday this week", "2021-08-18"), X("on Monday of this week", "2021-08-16", span: "Monday of this week")]) { m in
            guard case .weekday(let weekday, _) = m.draft(0).spec else { return nil }
            return .one(.date(.weekdayInWeek(weekday, of: m.draft(2).spec)))
        },
        Rule("weekday-date", [P.expr { d in
            if case .weekday = d.spec { return d.mod == nil }  // "Friday, Oct. 23", "this coming Sunday, March eighth"
            return false
        }, P.comma.opt, P.expr { d in
            if case .numericDate = d.spec { return true }  // "sat 3/16", "wed, 3/20"
            return isMonthDay(d)
        }],
             examples: [X("Monday, Oct. 26, 1998", "1998-10-26"), X("Friday, Oct. 23", "2021-10-23"), X("on Wednesday, Aug. 18", "2021-08-18", span: "Wednesday, Aug. 18"),
                        X("sat 3/16", "2024-03-16", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("wed, 3/20", "2024-03-20", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("International Women's Day is this coming Sunday, March eighth.", "2021-03-08", span: "this coming Sunday, March eighth")]) { m in
            .one(m.draft(2))
        },
        Rule("day-part-of-day", [P.expr(isDay), P.partOfDay],
             // TimeBank and AQUAINT mostly type a named day's part as a DATE (it names part of a calendar day)
             examples: [X("Friday morning", "2021-08-20TMO", type: .date), X("Sunday night", "2021-08-22TNI", type: .date), X("He left Sunday night.", "2021-08-15TNI", span: "Sunday night"),
                        X("Aug. 7 morning", "2022-08-07TMO"), X("He spoke Wednesday evening.", "2021-08-18TEV", span: "Wednesday evening")]) { m in
            guard let part = PartOfDay(rawValue: Int8(m.value(1))) else { return nil }
            if m.token(1).has(.endsInS) { return nil }  // "Friday mornings" is a set
            return .one(TimexDraft(.date, .partOfDay(m.draft(0).spec, part), mod: m.draft(0).mod))
        },
        Rule("modified-part-of-day-on-day", [P.expr { d in
            if case .partOfDay(.relative(.day, 0, nil), _) = d.spec { return d.type == .time && d.mod != nil }
            return false
        }, P.expr(isDay)],
             examples: [X("In London at mid-afternoon yesterday, shares were up", "2021-08-19TAF", span: "mid-afternoon yesterday", mod: .mid),
                        X("late-night Friday", "2021-08-20TNI", mod: .end)]) { m in
            guard case .partOfDay(_, let part) = m.draft(0).spec else { return nil }
            return .one(TimexDraft(.time, .partOfDay(m.draft(1).spec, part), mod: m.draft(0).mod))
        },
        Rule("part-of-day-of-day", [P.w("the"), P.partOfDay, P.w("of"), P.expr(isDay), P.comma.opt, P.expr(isMonthDay).opt],
             examples: [X("the morning of June 5, 2019", "2019-06-05TMO"), X("the night of Aug. 6", "2022-08-06TNI"),
                        X("his wife returned home on the night of Friday, Oct. 23, 1998.", "1998-10-23TNI", span: "the night of Friday, Oct. 23, 1998")]) { m in
            guard let part = PartOfDay(rawValue: Int8(m.value(1))) else { return nil }
            // "the night of Friday, Oct. 23": the date names the day the weekday only hints at
            if m.has(5), case .weekday = m.draft(3).spec { return .one(TimexDraft(.date, .partOfDay(m.draft(5).spec, part))) }
            if m.has(5) { return nil }
            return .one(TimexDraft(.date, .partOfDay(m.draft(3).spec, part)))
        },
        Rule("clock-on-day", [P.expr(isBareClock), P.w("on", "this", "of").opt, P.comma.opt, P.expr(isDay)],
             examples: [X("6 a.m. on Friday", "2021-08-20T06:00"), X("5 p.m. EST Nov. 9", "2021-11-09T17:00-05:00"), X("10 p.m. Wednesday", "2021-08-25T22:00"),
                        X("noon Thursday", "2021-08-26T12:00"), X("5 p.m. EST, Nov. 6", "2021-11-06T17:00-05:00"), X("9 a.m. tomorrow", "2021-08-21T09:00")]) { m in
            guard case .clock(nil, let hour, let minute, let zone) = m.draft(0).spec else { return nil }
            if m.has(1), m.word(1) == "this" { return nil }
            return .one(TimexDraft(.time, .clock(m.draft(3).spec, hour: hour, minute: minute, zone: zone)))
        },
        Rule("day-at-clock", [P.expr(isDay), P.comma.opt, P.w("at").opt, P.expr(isBareClock)],
             examples: [X("Friday at 6 a.m.", "2021-08-20T06:00"), X("Thursday at noon", "2021-08-26T12:00"), X("Aug. 7, 1998, at 10:35 a.m.", "1998-08-07T10:35"),
                        X("4/25 at 4:00pm", "2024-04-25T16:00", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("tues at 10am", "2024-03-19T10:00", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("yesterday at 5:30 p.m.", "2021-08-19T17:30")]) { m in
            guard case .clock(nil, let hour, let minute, let zone) = m.draft(3).spec else { return nil }
            return .one(TimexDraft(.time, .clock(m.draft(0).spec, hour: hour, minute: minute, zone: zone)))
        },
        // "7pm tonight", "tonight at 9pm", "tomorrow morning at 8": the clock time on that part's day
        Rule("clock-and-part-of-day", [P.expr(isBareClock), P.expr(isPartOfDayOnDay)],
             examples: [X("Doors open 7pm tonight", "2021-08-20T19:00", span: "7pm tonight"), X("9am tmrw morning", "2021-08-21T09:00")]) { m in
            guard case .clock(nil, let hour, let minute, let zone) = m.draft(0).spec, case .partOfDay(let day, _) = m.draft(1).spec else { return nil }
            return .one(TimexDraft(.time, .clock(day, hour: hour, minute: minute, zone: zone)))
        },
        Rule("part-of-day-at-clock", [P.expr(isPartOfDayOnDay), P.comma.opt, P.w("at").opt, P.expr(isBareClock)],
             examples: [X("party tonight at 9pm", "2021-08-20T21:00", span: "tonight at 9pm"), X("tomorrow morning, 8:30 a.m.", "2021-08-21T08:30")]) { m in
            guard case .clock(nil, let hour, let minute, let zone) = m.draft(3).spec, case .partOfDay(let day, _) = m.draft(0).spec else { return nil }
            return .one(TimexDraft(.time, .clock(day, hour: hour, minute: minute, zone: zone)))
        },
        Rule("clock-part-of-day", [P.number(1...12, digits: 1...2), P.w("in", "at"), P.w("the").opt, P.partOfDay],
             examples: [X("4 in the morning", "2021-08-20T04:00"), X("10 at night", "2021-08-20T22:00"), X("3 in the afternoon", "2021-08-20T15:00")]) { m in
            guard let part = PartOfDay(rawValue: Int8(m.value(3))) else { return nil }
            let word = m.word(1)
            guard word == "in" ? m.has(2) : (!m.has(2) && part == .night) else { return nil }
            var hour = m.value(0)
            if part != .morning, hour < 12 { hour += 12 }
            if part == .night, m.value(0) < 5 { hour = m.value(0) }
            if part == .morning, hour == 12 { hour = 0 }
            return .one(TimexDraft(.time, .clock(nil, hour: hour, minute: 0, zone: nil)))
        },
    ]

    static let ranges: [Rule] = [
        // "from the 13th to the 19th of October 1950", "between the 5th and May 10": the first day takes the second's month
        Rule("nth-to-day", [P.w("from", "between").opt, P.expr { d in
            if case .dayOfMonth(_, nil) = d.spec { return true }
            return false
        }, P.w("to", "through", "thru", "until", "till", "and"), P.expr(isMonthDay)],
             examples: [X("from the 13th to the 19th of October 1950", "1950-10-13", span: "the 13th"),
                        X("from the 13th to the 19th of October 1950", "1950-10-19", span: "the 19th of October 1950")]) { m in
            guard case .dayOfMonth(let day, nil) = m.draft(1).spec, let start = withDay(m.draft(3).spec, day), startDay(start) < startDay(m.draft(3).spec) else { return nil }
            return .range(.date(start), 1...1, m.draft(3), 3...3)
        },
        Rule("between-and", [P.w("between"), P.expr(isDate), P.w("and"), P.expr(isDate)],
             examples: [X("between 2020 and 2022", "2020", span: "2020"), X("between 2020 and 2022", "2022", span: "2022"),
                        X("between March and June", "2022-06", span: "June")]) { m in
            .range(m.draft(1), 1...1, m.draft(3), 3...3)
        },
        Rule("from-to", [P.w("from").opt, P.expr(isDate), P.w("to", "through", "until", "till", "thru"), P.expr(isDate)],
             examples: [X("from 1990 to 1995", "1995", span: "1995"), X("from June 5 to July 7", "2021-07-07", span: "July 7"),
                        X("from Monday through Friday", "2021-08-23", span: "Monday")]) { m in
            .range(m.draft(1), 1...1, m.draft(3), 3...3)
        },
        Rule("from-day-to-day", [P.w("from"), P.expr(isMonthDay), P.w("to", "through", "until", "till", "thru"), P.dayOfMonth, P.comma.opt, P.expr(isYear).opt],
             examples: [X("from June 5 to 7", "2022-06-07", span: "7"), X("from June 5 to 7", "2022-06-05", span: "June 5"),
                        X("from Aug. 3 through 9, 1998", "1998-08-09", span: "9, 1998"), X("from Aug. 3 through 9, 1998", "1998-08-03", span: "Aug. 3")]) { m in
            dayRange(m, first: 1, lastDay: 3, year: 5)
        },
        Rule("day-and-day", [P.expr(isMonthDay), P.w("and", "or"), P.dayOfMonth, P.comma.opt, P.expr(isYear).opt],
             examples: [X("the summit on April 24 and 25.", "2021-04-25", span: "25"), X("the summit on April 24 and 25.", "2021-04-24", span: "April 24"),
                        X("on Aug. 3 or 4, 1998", "1998-08-04", span: "4, 1998")],
             negatives: [NegativeExample("on April 24 and 25 people died", span: "25"), NegativeExample("on May 3 and 2 others", span: "2")]) { m in
            // "April 24 and 25 people": a count, not a day
            if !m.has(4), let next = m.after, next.kind == .word, !next.has(.capitalized), !m.isWord(next, "and", "or", "in", "at", "to", "when") { return nil }
            if let next = m.after, next.isPunct(0x25) { return nil }
            return dayRange(m, first: 0, lastDay: 2, year: 4)
        },
        Rule("day-dash-day", [P.expr(isMonthDay), P.hyphen, P.dayOfMonth, P.comma.opt, P.expr(isYear).opt],
             examples: [X("June 5-7", "2022-06-05", span: "June 5"), X("June 5-7", "2022-06-07", span: "7"), X("Aug. 3-9, 1998", "1998-08-09", span: "9, 1998"),
                        X("Aug. 3-9, 1998", "1998-08-03", span: "Aug. 3"), X("Course runs May 2 - 3 (Sat-Sun)", "2021-05-03", span: "3")],
             negatives: [NegativeExample("June 5-40", span: "40"), NegativeExample("on May 2 - 30 people came", span: "30")]) { m in
            // "May 2 - 30 people": with spaces round the dash, a count may follow the date
            if !m.has(4), !m.token(1).isAttached || !m.token(2).isAttached, let next = m.after, next.kind == .word, !next.has(.capitalized),
               !m.isWord(next, "and", "or", "in", "at", "to", "from") { return nil }
            return dayRange(m, first: 0, lastDay: 2, year: 4)
        },
        // "10-12 October", "from 3 - 5 October", "2-4 July 2013": the first day takes the month (and year) that follows the last
        Rule("day-dash-day-month", [P.w("from").opt, P.number(1...31, digits: 1...2), P.hyphen, P.expr { isMonthDay($0) }],
             examples: [X("Sports Expo from 10-12 October", "2021-10-10", span: "10"), X("Sports Expo from 10-12 October", "2021-10-12", span: "12 October"),
                        X("Course (2-4 July 2013)!", "2013-07-02", span: "2"), X("Bay 14 - 24 August 2013.", "2013-08-14", span: "14"),
                        X("From 3 - 5 October, join us", "2021-10-03", span: "3")],
             negatives: [NegativeExample("won 5-3 October 9", span: "5"), NegativeExample("a 2-1 win on 3 March", span: "2-1")]) { m in
            guard m.token(3).kind == .number, m.value(1) < startDay(m.draft(3).spec),
                  let start = withDay(m.draft(3).spec, m.value(1)) else { return nil }
            if m.before?.kind == .number || m.before?.isPunct(0x2D) == true { return nil }  // "1-10-12 October": part of a longer number
            return .range(.date(start), 1...1, m.draft(3), 3...3)
        },
    ]

    /// `June 5-7`, `from Aug. 3 through 9, 1998`: the last day takes the first date's month, and
    /// a year after the range dates both ends.
    static func dayRange(_ m: Match, first: Int, lastDay: Int, year: Int) -> Production? {
        var start = m.draft(first)
        guard m.value(lastDay) > 0 else { return nil }
        if m.has(year) {
            guard case .yearless = start.spec, let y = self.year(of: m.draft(year)), let dated = withYear(start.spec, y) else { return nil }
            start = .date(dated)
        }
        guard let end = withDay(start.spec, m.value(lastDay)), startDay(start.spec) < m.value(lastDay) else { return nil }
        return .range(start, first...first, .date(end), lastDay...(m.has(year) ? year : lastDay))
    }

    private static func startDay(_ spec: TimeSpec) -> Int {
        switch spec {
        case .absolute(let p), .yearless(let p, _): return p.day ?? 0
        default: return 0
        }
    }
}
