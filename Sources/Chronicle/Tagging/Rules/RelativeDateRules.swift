private typealias X = RuleExample

/// Dates counted from the DCT: `today`, `yesterday`, `last week`, `next year`, `two weeks ago`,
/// weekdays, `last July`, `this week and last`, `earlier this month`, the weekend.
enum RelativeDateRules {
    static let shiftWords = ["last", "past", "previous", "this", "next", "coming", "current", "present", "following", "upcoming", "latest", "nxt"]

    /// Today, yesterday and tomorrow as news and as posts write them ("tmrw", "tdy", "yday"), with
    /// their step from the DCT.
    static let dayWords: [(String, Int)] = [
        ("today", 0), ("yesterday", -1), ("tomorrow", 1), ("tdy", 0), ("tmrw", 1), ("tmw", 1), ("tmr", 1), ("tmrow", 1),
        ("tmoro", 1), ("tomoro", 1), ("tomorow", 1), ("tommorow", 1), ("tommorrow", 1), ("tomo", 1), ("yday", -1), ("ytday", -1),
    ]

    /// `last` / `this` / `next` as a step of calendar units (`past` and `previous` are `last`).
    /// Nouns after which "today's" means the present age rather than the day ("today's youth").
    static let genericAgeNouns: Set<String> = ["world", "youth", "society", "generation", "generations", "children", "kids", "young",
                                               "teenagers", "families", "culture", "standards", "technology", "economy", "parents", "consumers"]

    /// The whole days an amount of days or weeks stands for (`P3D` 3, `P2W` 14), if it is one.
    static func days(in draft: TimexDraft) -> Int? {
        guard draft.type == .duration, draft.mod == nil, case .fixed(let value) = draft.spec, value.hasPrefix("P"), let last = value.last,
              last == "D" || last == "W", let amount = Int(value.dropFirst().dropLast()), amount > 0 else { return nil }
        return last == "D" ? amount : amount * 7
    }

    static func shift(_ word: String) -> Int {
        switch word {
        case "last", "past", "previous", "latest": return -1
        case "next", "coming", "following", "upcoming", "nxt": return 1
        default: return 0
        }
    }

    static func shiftKind(_ word: String) -> Shift {
        switch shift(word) {
        case -1: return .last
        case 1: return .next
        default: return .this
        }
    }

    static let rules: [Rule] = [
        Rule("today", [P.words(dayWords.map(\.0))],
             examples: [X("today", "2021-08-20"), X("yesterday", "2021-08-19"), X("tomorrow", "2021-08-21"),
                        X("Officials said yesterday", "2021-08-19", span: "yesterday"), X("today", "XXXX-XX-XX", dct: nil),
                        X("today's meeting", "2021-08-20", span: "today"),
                        X("tmrw", "2024-03-14", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("see u tmr!", "2021-08-21", span: "tmr"),
                        X("tmw", "2024-03-14", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("so tired tdy", "2021-08-20", span: "tdy")],
             // "today's youth", "the people of tomorrow": the present or coming age, not a day
             negatives: [NegativeExample("The case is for today's youth what the blockade was", span: "today"),
                         NegativeExample("barriers in today's world", span: "today"), NegativeExample("the people of tomorrow", span: "tomorrow"),
                         NegativeExample("This is VOA Today.", span: "Today"), NegativeExample("a story in USA Today", span: "Today")]) { m in
            // "USA Today", "VOA Today": a title after a name
            if m.token(0).has(.capitalized), !m.token(0).has(.sentenceStart), !m.token(0).has(.allCaps), let previous = m.before, previous.kind == .word,
               previous.has(.capitalized) || previous.has(.allCaps) { return nil }
            // "the people of tomorrow" (but "the end of tomorrow")
            if m.word(0) == "tomorrow", m.isWord(m.before, "of"), !m.isWord(m.tokenBefore(0, offset: 1), "end", "morning", "evening", "afternoon", "night", "rest") { return nil }
            if let apostrophe = m.after, apostrophe.isPunct(0x27), apostrophe.isAttached, m.isWord(m.after(1), "s"),
               let noun = m.after(2), noun.kind == .word, RelativeDateRules.genericAgeNouns.contains(m.word(of: noun)) { return nil }
            return .one(.date(.relative(.day, dayWords[m.value(0)].1, granularity: nil)))
        },
        // "2nite", "2moro": a digit that sounds like "to"
        Rule("digit-day-word", [P.number(2...2, digits: 1...1), P.w("nite", "nyt", "night", "moro", "morow", "morro", "morrow").glued],
             examples: [X("2nite", "2024-03-13TNI", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("see you 2moro", "2021-08-21", span: "2moro"),
                        X("party 2night!", "2021-08-20TNI", span: "2night")],
             negatives: ["room 2 morrow", NegativeExample("2 nightclubs", span: "2")]) { m in
            guard m.word(1).hasPrefix("n") else { return .one(.date(.relative(.day, 1, granularity: nil))) }
            return .one(TimexDraft(.time, .partOfDay(.relative(.day, 0, granularity: nil), .night)))
        },
        Rule("day-before-yesterday", [P.w("the"), P.w("day"), P.w("before", "after"), P.w("yesterday", "tomorrow")],
             examples: [X("the day before yesterday", "2021-08-18"), X("the day after tomorrow", "2021-08-22")]) { m in
            let base = m.value(3) == 0 ? -1 : 1
            return .one(.date(.relative(.day, base + (m.value(2) == 0 ? -1 : 1), granularity: nil)))
        },
        Rule("shifted-unit", [P.w("the").opt, P.words(shiftWords), P.w("calendar", "fiscal", "long").opt,
                              P.w("day", "week", "month", "quarter", "year", "decade", "century", "weekend", "wk", "yr", "wknd", "wkend")],
             examples: [
                X("last week", "2021-W32"), X("next week", "2021-W34"), X("this week", "2021-W33"), X("last year", "2020"),
                X("next year", "2022"), X("this year", "2021"), X("this month", "2021-08"), X("last month", "2021-07"),
                X("next month", "2021-09"), X("this quarter", "2021-Q3"), X("last quarter", "2021-Q2"), X("the current quarter", "2021-Q3"),
                X("the coming year", "2022"), X("this decade", "202"), X("last decade", "201"),
                X("this century", "20"), X("last weekend", "2021-W32-WE"), X("this weekend", "2021-W33-WE"),
                X("next year", "XXXX", dct: nil), X("the latest quarter", "2021-Q2"),
                X("this fiscal year", "2021"), X("next yr", "2022"), X("last yr", "2020"), X("nxt yr", "2022"), X("next wk", "2021-W34"),
                X("this wknd", "2021-W33-WE"), X("this long weekend", "2021-W33-WE"),
                X("Next week, the talks resume.", "2021-W34", span: "Next week"),
                // a quarter not yet over (the year from the DCT) has no results to report yet
                X("Net rose in the third quarter. The quake will result in a fourth-quarter charge. Lines fell 59% in the latest quarter.", "1989-Q3",
                  span: "the latest quarter", dct: CalendarDate(year: 1989, month: 11, day: 2)),
             ],
             negatives: [NegativeExample("speaking on ABC News' \"This Week,\" Baker said", span: "This Week")]) { m in
            let word = m.word(1)
            let unit = m.lexicon.unit(m.token(3).lex) ?? .day
            // a title in title case: ABC's "This Week"
            if m.token(3).has(.capitalized), !m.token(3).has(.allCaps), m.token(1).has(.capitalized) { return nil }
            if word == "present" && unit != .day { return nil }
            if m.has(2), m.word(2) == "long", unit != .weekend { return nil }
            if unit == .day {
                // "this day" is rare and "the next day" is anaphoric: handled elsewhere
                guard word == "this" || word == "present" else { return nil }
                return .one(.date(.relative(.day, 0, granularity: nil)))
            }
            if ["previous", "following"].contains(word) || (word == "next" && m.has(0)) {
                return nil  // "the next day", "the previous year": anaphoric, read by the rule below
            }
            if unit == .weekend { return .one(.date(.weekend(shiftKind(word)))) }
            if word == "latest", unit == .quarter {
                return .one(.date(.focusOr(.quarter, .relative(.quarter, -1, granularity: nil))))
            }
            if word == "this", unit == .quarter {
                return .one(.date(.focusOr(.quarter, .relative(.quarter, 0, granularity: nil))))
            }
            if word == "past" {
                return .one(.duration(DurationValue.value(1, unit)))  // "the past year" is a span up to now
            }
            return .one(.date(.relative(unit, shift(word), granularity: nil)))
        },
        Rule("this-week-and-last", [P.w("this"), P.w("week", "month", "year"), P.w("and", "or"), P.w("last", "next")],
             examples: [X("this week and last", "2021-W33", span: "this week"), X("this year and next", "2021", span: "this year"),
                        X("to evacuate Afghanistan this week and last, China", "2021-W32", span: "last")]) { m in
            let unit = m.lexicon.unit(m.token(1).lex) ?? .week
            let other = m.word(3) == "last" ? -1 : 1
            return .range(.date(.relative(unit, 0, granularity: nil)), 0...1, .date(.relative(unit, other, granularity: nil)), 3...3)
        },
        Rule("units-ago", [P.quantity, P.unit, P.w("ago", "back", "earlier", "before", "later", "after", "hence", "on")],
             examples: [
                X("two weeks ago", "2021-08-06"), X("three years ago", "2018"), X("11 days ago", "2021-08-09"), X("a year ago", "2020"),
                X("1 week ago", "2024-03-06", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("six weeks ago", "2021-W27"),
                X("a decade ago", "2011"), X("two months ago", "2021-06"), X("several years ago", "PAST_REF"),
                X("three years later", "2024"), X("They met in 2010. Three years later they married.", "2013", span: "Three years later"),
                X("In June 2010 he left; two days later he returned.", "2010-06", span: "two days later"),
                X("It opened on May 3, 2001. Two days later it closed.", "2001-05-05", span: "Two days later"),
                X("a year earlier", "2020"), X("a few days ago", "PAST_REF"), X("99999999999 years ago", "PAST_REF"),
                // a decimal past Int.max trapped converting to Int (found by the tagger fuzz target)
                X("7777777777777777777777.0 years ago", "PAST_REF"),
             ],
             negatives: [NegativeExample("two years later than planned", span: "later than"), NegativeExample("twenty years after the war", span: "after")]) { m in
            guard let unit = TimeUnit(rawValue: Int8(m.value(1))) else { return nil }
            let word = m.word(2)
            if word == "on", let next = m.after, next.kind != .punct { return nil }
            guard let amount = RuleSupport.exactAmount(m.amount(0)) else {
                return .one(.date(.fixed(["ago", "back", "earlier", "before"].contains(word) ? "PAST_REF" : "FUTURE_REF")))
            }
            guard amount == amount.rounded(), unit.isCalendarUnit || unit == .fortnight else { return nil }
            let steps = Int(amount)
            if unit == .weekend { return nil }
            if m.isWord(m.after, "than") { return nil }
            // "twenty years after the war": the amount is a duration and the phrase a relation to an event
            if ["before", "after"].contains(word), let next = m.after, next.kind != .punct, !m.isWord(next, "and", "but", "when", "that") { return nil }
            if unit == .year, steps == 1, ["ago", "earlier", "before"].contains(word) {
                return .one(.date(.comparable(years: -1, fromFocus: word != "ago", period: nil)))
            }
            // "a decade ago" names a year, not the decade it falls in; "a week ago" and "two weeks ago" the day
            // ("a week ago Friday"), while "six weeks ago" is loose enough to name only a week
            let granularity: Granularity? = unit.rawValue >= TimeUnit.decade.rawValue ? .year : (unit == .fortnight || unit == .week && steps <= 2 ? .day : nil)
            switch word {
            case "ago", "back": return .one(.date(.relative(unit, -steps, granularity: granularity)))
            case "hence": return .one(.date(.relative(unit, steps, granularity: nil)))
            case "earlier", "before": return .one(.date(.fromFocus(unit, -steps, granularity: nil)))
            default: return .one(.date(.fromFocus(unit, steps, granularity: nil)))
            }
        },
        Rule("units-from-now", [P.quantity, P.unit, P.w("from"), P.w("now", "today")],
             examples: [X("two weeks from now", "2021-09-03"), X("a year from today", "2022"),
                        X("2 weeks from now", "2024-03-27", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("three days from today", "2024-03-16", dct: CalendarDate(year: 2024, month: 3, day: 13))]) { m in
            guard let unit = TimeUnit(rawValue: Int8(m.value(1))), let amount = RuleSupport.exactAmount(m.amount(0)), unit.isCalendarUnit || unit == .fortnight else { return nil }
            return .one(.date(.relative(unit, Int(amount), granularity: [.week, .fortnight].contains(unit) ? .day : nil)))
        },
        // "two weeks from tomorrow", "a week from Friday": days counted from a day
        Rule("units-from-day", [P.expr { days(in: $0) != nil }, P.w("from"), P.expr { d in
            guard d.type == .date, d.mod == nil else { return false }
            switch d.spec {
            case .relative(.day, _, nil), .weekday, .holiday: return true
            case .absolute(let p), .yearless(let p, _): return p.granularity == .day
            default: return false
            }
        }],
             examples: [X("two weeks from tomorrow", "2024-03-28", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("a week from friday", "2024-03-22", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("three weeks from Christmas", "2022-01-15")],
             // "Eight trading days after Oct. 12": a count of days related to a date, not a date (TimeBank tags the amount)
             negatives: [NegativeExample("two weeks from the vote", span: "from"), NegativeExample("Eight trading days after Oct. 12, the index fell", span: "after")]) { m in
            guard let days = days(in: m.draft(0)) else { return nil }
            return .one(.date(.daysFrom(m.draft(2).spec, days)))
        },
        // "in 3 days", "in two weeks": the date that far ahead when the clause looks ahead or has no
        // verb ("the show opens in two weeks"); an amount of time in the past ("it was built in two weeks")
        Rule("in-units", [P.w("in"), P.quantity, P.unit],
             examples: [X("in 1 week", "2024-03-20", span: "1 week", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("in 3 days", "2024-03-16", span: "3 days", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("The bonds will be redeemed in five years.", "2026", span: "five years"),
                        X("They will meet again in two months.", "2021-10", span: "two months"),
                        X("The bridge was built in two weeks.", "P2W", span: "two weeks", type: .duration)],
             negatives: [NegativeExample("in 1988 dollars", span: "1988 dollars")]) { m in
            guard let unit = TimeUnit(rawValue: Int8(m.value(2))), unit.isCalendarUnit || unit == .fortnight, unit != .weekend,
                  let amount = RuleSupport.exactAmount(m.amount(1)), amount == amount.rounded(), amount > 0 else { return nil }
            if m.token(1).kind == .number, m.token(1).length == 4 { return nil }  // "in 1988 quarters"
            // "in two weeks' time", "in the 3 days since": part of a longer phrase read elsewhere
            if let next = m.after, next.isPunct(0x27) || m.isWord(next, "time", "of", "since", "after", "before", "ahead", "to", "from") { return nil }
            if let next = m.after, next.isPunct(0x2D), next.isAttached { return nil }
            let steps = Int(amount) * (unit == .fortnight ? 2 : 1)
            return .over(.date(.pointOrDuration(unit == .fortnight ? .week : unit, steps)), 1...2)
        },
        Rule("year-ago-period", [P.w("the").opt, P.w("year"), P.hyphen.glued, P.w("ago", "earlier").glued,
                                 P.w("quarter", "period", "month", "year", "week").opt],
             examples: [X("the year-ago quarter", "2020-Q2"), X("the year-earlier period", "2020"), X("the year-earlier results", "2020", span: "year-earlier"),
                        X("Profit rose in the third quarter from the year-ago period.", "2020-Q3", span: "the year-ago period"),
                        // a quarter named in passing after the reported one is no new reporting period
                        X("Net rose 20% in the third quarter of 1989. After a flat second quarter, sales recovered. Charges were taken in the year-earlier period.",
                          "1988-Q3", span: "the year-earlier period", dct: CalendarDate(year: 1989, month: 11, day: 2))]) { m in
            // without a quarter in the text, "the year-ago quarter" is the last reported quarter, a year back
            let isQuarter = m.has(4) && m.word(4) == "quarter"
            let draft = TimexDraft.date(.comparable(years: -1, fromFocus: false, period: isQuarter ? .quarter : nil))
            // without its noun the phrase premodifies another ("the year-earlier results"): the article is not part of it
            return m.has(4) ? .one(draft) : .over(draft, 1...3)
        },
        Rule("weekday", [P.weekday, P.period.glued.opt],
             examples: [
                X("Biden admitted Wednesday that", "2021-08-18", span: "Wednesday"), X("will meet on Friday", "2021-08-20", span: "Friday"),
                X("will meet Monday", "2021-08-23", span: "Monday"), X("met Thursday", "2021-08-19", span: "Thursday"),
                X("Wednesday", "XXXX-WXX-3", dct: nil), X("said on Sunday", "2021-08-15", span: "Sunday"), X("Tuesday", "2021-08-24"),
                X("Sat., the team", "2021-08-21", span: "Sat."), X("thurs", "2024-03-14", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                // a possessive weekday names what has happened, whatever the clause's tense
                X("They said they would look for ways to get around Wednesday's ruling.", "2021-08-18", span: "Wednesday"),
                X("Friday's ceremony was moving.", "2021-08-20", span: "Friday"),
                X("Shares are up 24% over Thursday's closing price.", "2021-08-19", span: "Thursday"),
                X("Troops will deploy ahead of Sunday's election.", "2021-08-22", span: "Sunday"),
                // an infinitive takes its tense from the verb governing it
                X("The offer had been due to expire Monday.", "2021-08-16", span: "Monday"), X("The offer is due to expire Monday.", "2021-08-23", span: "Monday"),
                // a headline's bare infinitive announces
                X("Harbour bridge to reopen Monday after repairs", "2021-08-23", span: "Monday"),
                // a relative clause's verb ("that tore") is a verb, and "could" is a finite verb though it tells no direction
                X("A commitment to care could not stop the bullet that tore into his back Monday.", "2021-08-16", span: "Monday"),
                X("It was the bullet which struck him Monday.", "2021-08-16", span: "Monday"),
                // a participle with its agent before the expression dates it; one after it describes a later noun
                X("The bill, signed by the governor Monday, takes effect soon.", "2021-08-16", span: "Monday"),
                // a short name in a list of days
                X("The exams will be on Mon and tues only.", "2021-08-24", span: "tues"), X("how about friday night or sat?", "2021-08-21", span: "sat"),
                X("parade every mon, wed, thur", "2021-08-18", span: "wed"), X("open sat & sun", "2021-08-21", span: "sat"),
             ],
             negatives: ["the Sunday Times reported", "in the sun", "a wed couple", "Sun Microsystems", "The Mail on Sunday said",
                         "Good Friday Agreement", "she sat on the sofa", NegativeExample("we sat down at noon", span: "sat"), NegativeExample("the sun sat low", span: "sat"),
                         "soaking up the sun", NegativeExample("they will wed in June", span: "wed"), NegativeExample("lying on sun loungers", span: "sun"), "the fri-ends",
                         "she sat and read", "sun, sand and sea", NegativeExample("On Monday we sat and talked", span: "sat")]) { m in
            guard RuleSupport.isWeekday(m, 0) else { return nil }
            return .one(.date(.weekday(m.value(0), .implied)))
        },
        // "mon-fri", "Monday - Friday": the days from one to the other
        Rule("weekday-range", [P.weekday, P.hyphen, P.weekday],
             examples: [X("open mon-fri", "2021-08-23", span: "mon", type: .date), X("open mon-fri", "2021-08-27", span: "fri"),
                        X("Monday - Friday", "2021-08-23", span: "Monday")],
             negatives: ["Sun-Times reporter", "the sat-nav"]) { m in
            guard RuleSupport.isWeekday(m, 0), RuleSupport.isWeekday(m, 2), m.value(0) != m.value(2) else { return nil }
            if m.token(1).isAttached != m.token(2).isAttached { return nil }  // "Sun-Times", but "mon-fri" and "Mon - Fri"
            if m.after?.kind == .number { return nil }  // "Sat-Sun 1:00pm": the second day goes with its clock time
            // the last day is the first such day after the first one
            let start = TimeSpec.weekday(m.value(0), .implied)
            return .range(.date(start), 0...0, .date(.daysFrom(start, (m.value(2) - m.value(0) + 7) % 7)), 2...2)
        },
        Rule("shifted-weekday", [P.w("this").opt, P.w("last", "next", "this", "past", "coming"), P.weekday],
             examples: [X("last Tuesday", "2021-08-17"), X("next Monday", "2021-08-23"), X("this Friday", "2021-08-20"),
                        X("last Friday", "2021-08-13"), X("this Sunday", "2021-08-22"), X("this coming Sunday", "2021-08-22"), X("this past Monday", "2021-08-16"),
                        X("lai next fri lets run!", "2021-08-27", span: "next fri"), X("this sat", "2021-08-21")]) { m in
            guard RuleSupport.isWeekday(m, 2), !m.has(0) || ["past", "coming"].contains(m.word(1)) else { return nil }
            return .one(.date(.weekday(m.value(2), shiftKind(m.word(1)))))
        },
        Rule("shifted-month", [P.w("this").opt, P.w("last", "next", "this", "past", "coming"), P.month],
             examples: [X("last December", "2020-12"), X("next March", "2022-03"), X("this September", "2021-09"), X("last April", "2021-04"),
                        X("this past July", "2021-07"),
                        // the month just over would be "last month": "last July" said in August is a year back
                        X("two helicopters crashed last February", "1997-02", span: "last February", dct: CalendarDate(year: 1998, month: 3, day: 1)),
                        X("last July", "2020-07"), X("last June", "2021-06")],
             // a year after the month dates it: "this August 2013" is August 2013, read by month-year
             negatives: [NegativeExample("photographer Imran Ahmad this August 2013 for Nikon Day", span: "this")]) { m in
            guard RuleSupport.isMonth(m, 2), !m.has(0) || ["past", "coming"].contains(m.word(1)) else { return nil }
            if let next = m.after, next.kind == .number, next.length == 4 { return nil }
            let shift = m.word(1) == "last" ? Shift.lastNotJustOver : shiftKind(m.word(1))  // "this past July" may be the month just over
            return .one(.date(.yearless(TimePoint(granularity: .month, month: m.value(2)), shift)))
        },
        // "March after next", "the week after next", "the Tuesday after next": one further than "next"
        Rule("after-next", [P.w("the").opt, P.words(["week", "month", "year", "weekend"] + Vocabulary.months.map(\.0) + Vocabulary.weekdays.map(\.0)),
                            P.w("after"), P.w("next")],
             examples: [X("march after next", "2026-03", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("the week after next", "2021-W35"),
                        X("the Tuesday after next", "2021-08-31"), X("the year after next", "2023"), X("in June after next", "2023-06", span: "June after next")],
             negatives: [NegativeExample("the week after next week's vote", span: "the week after")]) { m in
            if m.isWord(m.after, "week", "month", "year", "weekend") || m.after.map({ $0.isPunct(0x27) && $0.isAttached }) == true { return nil }
            let token = m.token(1)
            if let unit = m.lexicon.unit(token.lex) {
                if unit == .weekend { return .one(.date(.weekend(.afterNext))) }
                return .one(.date(.relative(unit, 2, granularity: nil)))
            }
            if m.classes(of: token).contains(.weekday) { return .one(.date(.weekday(m.lexicon.weekday(token.lex), .afterNext))) }
            guard !m.has(0) else { return nil }
            return .one(.date(.yearless(TimePoint(granularity: .month, month: m.lexicon.month(token.lex)), .afterNext)))
        },
        // "on the 28th", "the 15th", "Friday the 13th": a day of the month the tense points to
        Rule("the-nth", [P.w("the"), P.ordinal],
             examples: [X("the 15th", "2024-03-15", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("on the 28th", "2024-03-28", span: "the 28th", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("the 4th", "2023-07-04", dct: CalendarDate(year: 2023, month: 7, day: 3)), X("The rent was paid on the 5th.", "2021-08-05", span: "the 5th"),
                        X("It is due by the 2nd!", "2021-09-02", span: "the 2nd")],
             negatives: ["the 4th time", "the first to arrive", "for the second time", "she came in the 2nd place",
                         "the 5th of them", "he finished the 10th", "the fourth"]) { m in
            // written in digits ("the 15th"), or in words after a weekday ("Friday the thirteenth")
            let inDigits = m.token(1).kind == .number
            guard inDigits || m.classes(of: m.before).contains(.weekday), (1...31).contains(m.value(1)) else { return nil }
            if let next = m.after, next.kind == .word, !m.isWord(next, "at", "and", "or", "to", "until", "till", "by", "for", "then") || next.has(.capitalized) && !next.has(.sentenceStart) {
                return nil  // "the 4th time", "the 20th century", "the 5th of them"
            }
            // "finished the 10th" (a place in a race): a day needs a preposition or a weekday before it, or nothing
            guard m.before == nil || m.token(0).has(.lineBreakBefore) || m.isWord(m.before, "on", "by", "until", "till", "til", "from", "after", "before", "since", "through", "thru", "to")
                    || m.classes(of: m.before).contains(.weekday) || m.before!.isPunct(0x2C) || m.before!.isPunct(0x2D) else { return nil }
            return .one(.date(.dayOfMonth(m.value(1), of: nil)))
        },
        Rule("shifted-month-day", [P.w("last", "next", "this"), P.month, P.period.glued.opt, P.dayOfMonth],
             examples: [X("He was shot to death last Oct. 23 at his home.", "2020-10-23", span: "last Oct. 23"), X("next March 5", "2022-03-05"),
                        X("last Aug. 2", "2021-08-02")]) { m in
            guard RuleSupport.isMonth(m, 1), m.value(3) <= CalendarDate.daysIn(month: m.value(1), year: 2000) else { return nil }
            let point = TimePoint(granularity: .day, month: m.value(1), day: m.value(3))
            return .one(.date(.yearless(point, shiftKind(m.word(0)))))
        },
        Rule("anaphoric-weekday", [P.w("the", "that"), P.w("previous", "following", "next", "preceding", "prior"), P.weekday],
             examples: [X("Stocks fell on Oct. 27, 1989, down from the previous Friday.", "1989-10-20", span: "the previous Friday"),
                        X("He arrived on Monday, June 7, 2010, and left the following Friday.", "2010-06-11", span: "the following Friday")]) { m in
            guard RuleSupport.isWeekday(m, 2) else { return nil }
            let back = ["previous", "preceding", "prior"].contains(m.word(1))
            return .one(.date(.weekdayFromFocus(m.value(2), back ? .last : .next)))
        },
        Rule("anaphoric-day", [P.w("the", "that"), P.w("previous", "next", "following", "same", "prior"), P.w("day", "week", "month", "year", "morning", "evening", "night", "afternoon")],
             examples: [
                X("He arrived on Aug. 7, 1998. The next day he left.", "1998-08-08", span: "The next day"),
                X("He arrived on Aug. 7, 1998. The previous day he had called.", "1998-08-06", span: "The previous day"),
                X("They met in 1995 and again the following year.", "1996", span: "the following year"),
                X("It rained on March 5, 2001, and the same day the river rose.", "2001-03-05", span: "the same day"),
                // only the month is known: a day of it
                X("He was killed in October 1998. His name was crossed out that same day.", "1998-10-XX", span: "that same day"),
                X("It began on March 5, 2001. The next morning it stopped.", "2001-03-06TMO", span: "The next morning"),
             ]) { m in
            let word = m.word(1)
            let step = word == "same" ? 0 : (word == "previous" || word == "prior" ? -1 : 1)
            if let part = m.lexicon.partOfDay(m.token(2).lex) {
                return .one(TimexDraft(.time, .partOfDay(.fromFocus(.day, step, granularity: .day), part)))
            }
            guard let unit = m.lexicon.unit(m.token(2).lex) else { return nil }
            if step == 0 { return .one(.date(.focus(Resolver.granularity(of: unit)))) }
            return .one(.date(.fromFocus(unit, step, granularity: nil)))
        },
        Rule("day-before", [P.w("the"), P.w("day", "night", "week", "month", "year"), P.w("before", "after", "earlier", "later")],
             examples: [X("Talks ended on June 5, 2019. The day before, they argued.", "2019-06-04", span: "The day before")]) { m in
            if let next = m.after, next.kind == .word || next.kind == .number, !next.has(.capitalized), !m.isWord(next, "and", "when", "that") { return nil }
            // "the day before Aug. 7", "the day after Christmas": a day of its own follows (read by day-before-day)
            if let next = m.after, next.kind == .number || next.kind == .word && !m.classes(of: next).isDisjoint(with: [.month, .weekday, .holiday]) { return nil }
            guard let unit = m.lexicon.unit(m.token(1).lex) else { return nil }
            let step = m.value(2) == 0 || m.value(2) == 2 ? -1 : 1
            return .one(.date(.fromFocus(unit == .night ? .day : unit, step, granularity: nil)))
        },
        Rule("day-before-day", [P.w("the").opt, P.w("day", "night"), P.w("before", "after"), P.expr { d in
            guard d.type == .date, d.mod == nil else { return false }
            switch d.spec {
            case .weekday, .holiday: return true
            case .absolute(let p), .yearless(let p, _): return p.granularity == .day && p.day != nil
            default: return false
            }
        }],
             examples: [X("The day before last Tuesday's hearing, he went home.", "2021-08-16", span: "The day before last Tuesday"),
                        X("on the day after Christmas", "2021-12-26", span: "the day after Christmas"),
                        X("the day before Aug. 7, 1998", "1998-08-06")]) { m in
            .one(.date(.daysFrom(m.draft(3).spec, m.word(2) == "before" ? -1 : 1)))
        },
        Rule("that-unit", [P.w("that", "the", "this"), P.w("same").opt, P.w("day", "week", "month", "quarter", "year", "time", "moment")],
             examples: [
                X("The deal closed in 2004. That year profits doubled.", "2004", span: "That year"),
                X("It opened on June 3, 2010, and that day the crowds came.", "2010-06-03", span: "that day"),
                X("Prices fell in March 2009; that month was the worst.", "2009-03", span: "that month"),
                X("It lost money in the second quarter of 1988. Results for that quarter included a write-down.", "1988-Q2", span: "that quarter"),
             ]) { m in
            let word = m.word(0)
            let unitWord = m.word(2)
            if word == "the" {
                guard m.has(1) else { return nil }
            }
            if word == "this" { return nil }  // "this time" compares occasions; it does not date one
            if unitWord == "time" || unitWord == "moment" { return nil }
            if let next = m.after, next.kind == .word, m.word(of: next) == "of" { return nil }
            guard let unit = m.lexicon.unit(m.token(2).lex) else { return nil }
            return .one(.date(.focus(Resolver.granularity(of: unit))))
        },
        Rule("earlier-this-unit", [P.w("earlier", "later"), P.w("this", "last", "next", "that"), P.w("month", "year", "decade", "century", "quarter")],
             examples: [X("earlier this month", "2021-08", mod: .start), X("later this year", "2021", mod: .end), X("earlier this quarter", "2021-Q3", mod: .start),
                        X("later that year", "XXXX", mod: .end, dct: nil)]) { m in
            guard let unit = m.lexicon.unit(m.token(2).lex) else { return nil }
            let mod: TimexMod = m.value(0) == 0 ? .start : .end
            if m.word(1) == "that" { return .one(.date(.focus(Resolver.granularity(of: unit)), mod: mod)) }
            return .one(.date(.relative(unit, shift(m.word(1)), granularity: nil), mod: mod))
        },
        Rule("earlier-in-the-unit", [P.w("earlier", "later"), P.w("in"), P.w("the"), P.w("week", "month", "year", "day", "decade")],
             examples: [X("earlier in the year", "2021", mod: .start), X("later in the day", "2021-08-20", mod: .end)]) { m in
            guard let unit = m.lexicon.unit(m.token(3).lex) else { return nil }
            return .one(.date(.relative(unit, 0, granularity: nil), mod: m.value(0) == 0 ? .start : .end))
        },
        Rule("year-end", [P.w("year", "month", "quarter"), P.hyphen.glued.opt, P.apostrophe.glued.opt, P.w("s").glued.opt, P.w("end")],
             examples: [X("by year-end", "2021", span: "year-end", mod: .end), X("at year end", "2021", span: "year end", mod: .end),
                        X("at the year's end", "2021", span: "year's end", mod: .end), X("month-end", "2021-08", mod: .end)]) { m in
            // year-end, year end, year's end
            guard !(m.has(1) && m.has(2)), m.has(2) == m.has(3) else { return nil }
            if !m.has(1), !m.has(2), !m.token(4).has(.spaceBefore) { return nil }
            guard let unit = m.lexicon.unit(m.token(0).lex) else { return nil }
            return .one(.date(.relative(unit, 0, granularity: nil), mod: .end))
        },
        Rule("the-weekend", [P.w("the"), P.w("weekend")],
             examples: [X("Talks collapsed over the weekend", "2021-W32-WE", span: "the weekend"), X("They will rest at the weekend.", "2021-W33-WE", span: "the weekend")]) { m in
            .one(.date(.weekend(.implied)))
        },
        // "Great weekend!", "long weekend over", "weekend's best": the weekend the post is about
        Rule("bare-weekend", [P.w("weekend", "wknd")],
             examples: [X("Great weekend staycation!", "2021-W33-WE", span: "weekend"), X("I got long weekend yay!", "2021-W32-WE", span: "weekend"),
                        X("long weekend over, back to work", "2021-W33-WE", span: "weekend")],
             negatives: ["a weekend of bitter accusations", NegativeExample("weekend traffic jams every Friday", span: "weekend")]) { m in
            // after a determiner or a count, other rules read it ("the weekend", "a weekend", "this weekend")
            if let previous = m.before, previous.kind == .number || m.classes(of: previous).contains(.functionWord)
                || m.isWord(previous, "a", "an", "per", "every", "each", "whole", "entire") { return nil }
            if m.isWord(m.after, "of", "traffic", "edition", "warrior", "warriors", "getaway", "getaways", "pass", "trip", "trips", "break") { return nil }
            return .one(.date(.weekend(.implied)))
        },
        Rule("week-of", [P.w("the"), P.w("week"), P.w("of"), P.expr { d in
            if case .yearless(let p, _) = d.spec { return p.granularity == .day }
            if case .absolute(let p) = d.spec { return p.granularity == .day }
            return false
        }],
             examples: [X("the week of March 6", "2022-W09"), X("the week of March 6, 2000", "2000-W10"), X("the week of 9 August 2021", "2021-W32")]) { m in
            .one(.date(.weekOf(m.draft(3).spec)))
        },
        Rule("the-unit-for-current", [P.w("the"), P.w("fiscal", "full", "latest", "calendar").opt, P.w("year", "quarter", "month", "week", "period")],
             examples: [X("Sales rose 5% in the quarter", "2021-Q2", span: "the quarter"), X("results for the year", "2021", span: "the year"),
                        X("The company expects to earn more in the quarter.", "2021-Q3", span: "the quarter"),
                        X("Profit rose in the second quarter of 2019. Sales in the quarter fell.", "2019-Q2", span: "the quarter"),
                        X("for the year ended Sept. 30", "P1Y", span: "the year"), X("Sales for the full year rose.", "2021", span: "the full year"),
                        X("Profit rose in the third quarter of 2021. The latest period included a gain.", "2021-Q3", span: "The latest period"),
                        X("Profit rose in the third quarter of 2021. Revenue inched up 3.7% in the quarter to $2.35 billion.", "2021-Q3", span: "the quarter")],
             negatives: [NegativeExample("the year of living dangerously", span: "the year"), 
                         NegativeExample("during the period of reform", span: "the period"), NegativeExample("sales in the year to March rose", span: "the year")]) { m in
            let word = m.word(2)
            let unit: TimeUnit
            if word == "period" {
                // "the latest period", "the period" in a report: the quarter under discussion
                unit = .quarter
            } else {
                guard let u = m.lexicon.unit(m.token(2).lex) else { return nil }
                unit = u
            }
            if let next = m.after {
                if next.isPunct(0x2D) && next.isAttached { return nil }
                if next.isPunct(0x27), !m.isWord(m.after(1), "s") || m.isWord(m.after(2), "end") { return nil }
                let nextWord = m.word(of: next)
                // "the year ended Sept. 30", "the quarter ending June 30": a fiscal period, named by its end
                if ["ended", "ending"].contains(nextWord) {
                    return .one(unit == .quarter ? .date(.focusOr(.quarter, .relative(.quarter, -1, granularity: nil))) : .duration(DurationValue.value(1, unit)))
                }
                if next.kind == .word, ["before", "after", "earlier", "later", "ago", "of", "when", "in", "that", "through", "since"].contains(nextWord) { return nil }
                // "the year to March": a period named by its end; but "rose 3.7% in the quarter to $2.35 billion"
                if nextWord == "to", let after = m.after(1), after.kind != .punct || after.punct != 0x24 { return nil }
                if next.kind == .number || next.kind == .word && (m.lexicon.classes(next.lex).contains(.numberWord) || next.has(.capitalized) && !next.has(.sentenceStart)) { return nil }
            }
            if word == "period", !m.has(1) { return nil }  // a bare "the period" is too vague outside a report
            switch unit {
            case .quarter:
                let reporting = TimeSpec.byTense(past: .relative(.quarter, -1, granularity: nil), otherwise: .relative(.quarter, 0, granularity: nil))
                return .one(.date(.focusOr(.quarter, reporting)))
            case .year: return .one(.date(.relative(.year, 0, granularity: nil)))
            case .month: return .one(.date(.relative(.month, 0, granularity: nil)))
            default: return .one(.date(.relative(.week, 0, granularity: nil)))
            }
        },
    ]
}
