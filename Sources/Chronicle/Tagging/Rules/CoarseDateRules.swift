private typealias X = RuleExample

/// Periods coarser than a month: decades, centuries, seasons, quarters, halves, and holidays.
enum CoarseDateRules {
    static let decadeWords: [(String, Int)] = [
        ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7), ("eighties", 8), ("nineties", 9),
    ]

    static func decade(_ firstYear: Int) -> Production {
        .one(.date(.absolute(TimePoint(granularity: .decade, year: firstYear))))
    }

    static func century(_ number: Int) -> Production {
        .one(.date(.absolute(TimePoint(granularity: .century, year: (number - 1) * 100))))
    }

    /// The holiday a name makes with the word after it: "Christmas Eve", "Easter Monday"; "Easter
    /// Sunday", "Thanksgiving Day" are the day itself; no other eve or Monday is one.
    static func holiday(_ holiday: Holiday, with word: String) -> Holiday? {
        switch (word, holiday) {
        case ("eve", .christmas): return .christmasEve
        case ("monday", .easter): return .easterMonday
        case ("eve", _), ("monday", _): return nil
        default: return holiday
        }
    }

    /// Things named after a holiday, which its name does not date ("Christmas tree", "the Easter Bunny").
    static let namedAfterHoliday: Set<String> = [
        "tree", "trees", "bunny", "bunnies", "egg", "eggs", "card", "cards", "light", "lights", "carol", "carols", "island", "islands",
        "pudding", "cake", "cakes", "stocking", "stockings", "ornament", "ornaments", "decoration", "decorations", "lily", "lilies",
        "cracker", "crackers", "jumper", "jumpers", "sweater", "sweaters", "costume", "costumes", "candy", "pumpkin", "pumpkins",
        "cactus", "rising", "song", "songs", "movie", "movies", "film", "films", "story", "stories", "album", "music", "hymn",
    ]

    /// Whether the word after a holiday's name leaves it a date: anything but a thing named after
    /// the day ("Christmas Gift Guide", "HALLOWEEN SHOW", "the Easter Offensive" are dated by it; "the
    /// Easter Bunny", "Christmas lights" are not).
    static func holidayNameStands(_ m: Match) -> Bool {
        guard let next = m.after, next.kind == .word else { return true }
        return !namedAfterHoliday.contains(m.word(of: next))
    }

    static let rules: [Rule] = [
        Rule("decade", [P.w("the").opt, P.number(1000...2990, digits: 4...4), P.apostrophe.glued.opt, P.w("s").glued],
             examples: [X("the 1990s", "199"), X("1990s", "199"), X("the 1960's", "196"), X("the 2000s", "200"),
                        X("a 1990s-era policy", "199", span: "1990s"), X("the 1990s-era treaty", "199", span: "1990s"), X("the 1800s", "18")],
             negatives: [NegativeExample("in the 1990s-era building", span: "-era")]) { m in
            let year = m.value(1)
            guard year % 10 == 0 else { return nil }
            if year % 100 == 0, year % 1000 != 0 { return century(year / 100 + 1) }
            return decade(year)
        },
        Rule("short-decade", [P.w("the").opt, P.apostrophe.opt, P.number(0...90, digits: 2...2), P.apostrophe.glued.opt, P.w("s").glued],
             examples: [X("the '90s", "199"), X("'90s", "199"), X("the 80s", "198"), X("the '00s", "200"), X("the '60's", "196")],
             negatives: ["aged 70 s"]) { m in
            let value = m.value(2)
            guard value % 10 == 0 else { return nil }
            guard m.has(1) || m.has(0) else { return nil }
            if let previous = m.before, previous.kind == .word, ["his", "her", "their", "my", "your", "our", "its"].contains(m.word(of: previous)) { return nil }
            return decade(value <= 10 ? 2000 + value : 1900 + value)
        },
        Rule("decade-words", [P.w("the"), P.w("nineteen").opt, P.words(decadeWords.map(\.0))],
             examples: [X("the nineties", "199"), X("the sixties", "196"), X("the nineteen eighties", "198")]) { m in
            if let previous = m.before, previous.kind == .word, ["his", "her", "their", "my", "your", "our", "its"].contains(m.word(of: previous)) { return nil }
            return decade(1900 + decadeWords[m.value(2)].1 * 10)
        },
        Rule("century", [P.w("the").opt, P.ordinal, P.hyphen.glued.opt, P.w("century", "centuries")],
             examples: [X("the 19th century", "18"), X("the nineteenth century", "18"), X("21st-century", "20"), X("the 20th century", "19"),
                        X("the first century", "00"), X("in the eighteenth century", "17", span: "the eighteenth century")]) { m in
            // "21st-century" is glued; "the 19th century" is not
            guard m.token(3).isAttached == m.has(2) else { return nil }
            return century(m.value(1))
        },
        Rule("season-of-year", [P.w("the").opt, P.season, P.w("of").opt, P.comma.opt, P.year],
             examples: [X("the spring of 2019", "2019-SP"), X("spring 2019", "2019-SP"), X("the winter of 2009", "2009-WI"),
                        X("the fall of 2018", "2018-FA"), X("in the autumn of 2018", "2018-FA", span: "the autumn of 2018"),
                        X("the winter of nineteen ninety-four", "1994-WI")]) { m in
            guard RuleSupport.isYearNumber(m, at: 4) else { return nil }
            return .one(.date(.absolute(TimePoint(granularity: .season, year: m.value(4), part: m.value(1)))))
        },
        Rule("season", [P.w("the").opt, P.season],
             examples: [X("the autumn", "2021-FA"), X("The talks failed in the spring.", "2021-SP", span: "the spring"), X("summer", "XXXX-SU", dct: nil),
                        X("The firm will expand in the winter.", "2021-WI", span: "the winter"), X("in the fall, sales rose", "2020-FA", span: "the fall"),
                        X("will finish by spring", "2022-SP", span: "spring"), X("rompers in hues of Spring. Our collection", "2021-SP", span: "Spring"),
                        X("Shop a wearable Spring dress", "2021-SP", span: "Spring")],
             negatives: [NegativeExample("the fall of Kabul", span: "fall"), "a spring in his step", "the fall in prices", "after the fall of the wall",
                         "a hot spring", "prices fall", "a 10% fall", "the spring of the mechanism", "during the Arab Spring",
                         "Palm Spring hotels", "the Prague Spring reforms"]) { m in
            let word = m.word(1)
            let previous = m.has(0) ? m.tokenBefore(0) : m.before
            let next = m.after
            let nextWord = next.map { $0.kind == .word ? m.word(of: $0) : "" } ?? ""
            // "hues of Spring", "a wearable Spring dress": capitalized inside a sentence, the name is the season's
            let isCapitalizedSeason = m.token(1).has(.capitalized) && !m.token(1).has(.sentenceStart) && !m.token(1).has(.allCaps)
                && !(previous.map { $0.kind == .word && $0.has(.capitalized) } ?? false)
            if word == "fall" || word == "spring" {
                // the noun or verb ("the fall of Kabul", "prices fall", "a spring in his step") far outnumbers the season
                guard m.has(0) || isCapitalizedSeason || m.isWord(previous, "in", "during", "since", "until", "by", "through", "early", "late", "mid", "last", "this", "next") else { return nil }
                // "the fall of Kabul", "prices fall in"; but "the spring of 480 BC" names a year
                let yearFollows = nextWord == "of" && m.after(1)?.kind == .number
                if ["of", "in", "from", "to", "by", "was", "is", "has", "had", "would", "will", "came", "comes"].contains(nextWord), !yearFollows { return nil }
            }
            if let previous, previous.kind == .word, previous.has(.capitalized), !previous.has(.sentenceStart) { return nil }  // the Arab Spring
            return .one(.date(.yearless(TimePoint(granularity: .season, part: m.value(1)), .implied)))
        },
        Rule("shifted-season", [P.w("this").opt, P.w("last", "next", "this", "past", "coming"), P.season],
             examples: [X("last fall", "2020-FA"), X("this summer", "2021-SU"), X("next spring", "2022-SP"), X("last winter", "2020-WI"),
                        X("this past spring", "2021-SP")]) { m in
            guard !m.has(0) || ["past", "coming"].contains(m.word(1)) else { return nil }
            let point = TimePoint(granularity: .season, part: m.value(2))
            return .one(.date(.yearless(point, RelativeDateRules.shiftKind(m.word(1)))))
        },
        Rule("quarter", [P.w("the").opt, P.w("fiscal", "calendar").opt, P.ordinal, P.w("fiscal").opt, P.w("quarter", "half", "quarters", "halves", "qtr")],
             examples: [
                X("3rd qtr", "2024-Q3", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                X("the second quarter", "2021-Q2"), X("the third quarter", "2021-Q3"), X("the fourth quarter", "2021-Q4"),
                X("the first half", "2021-H1"), X("the second half", "2021-H2"), X("the fiscal first quarter", "2022-Q1"),
                X("The company lost money in the fourth quarter.", "2020-Q4", span: "the fourth quarter"),
                X("expects a profit in the first quarter", "2022-Q1", span: "the first quarter"), X("the 2nd quarter", "2021-Q2"),
                X("It announced a loss for the second quarter of $226.3 million.", "2021-Q2", span: "the second quarter"),
             ]) { m in
            let n = m.value(2)
            let isHalf = m.word(4).hasPrefix("half") || m.word(4) == "halves"
            guard isHalf ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
            if let next = m.after, next.kind == .word, m.word(of: next) == "of", let after = m.after(1), after.kind != .punct {
                // "the first half of 2020", "the fourth quarter of last year": the rules below read it whole;
                // but "a loss for the third quarter of $226.3 million" is this quarter's
                return nil
            }
            let point = TimePoint(granularity: isHalf ? .halfYear : .quarter, part: n)
            return .one(.date(.fiscalPart(point)))
        },
        Rule("quarter-of-year", [P.w("the").opt, P.ordinal, P.w("fiscal").opt, P.w("quarter", "half"), P.w("of", "in").opt,
                                 P.w("fiscal", "calendar").opt, P.year],
             examples: [X("the first half of 2020", "2020-H1"), X("the second quarter of 1989", "1989-Q2"), X("the third quarter of fiscal 1990", "1990-Q3"),
                        X("the first quarter 1998", "1998-Q1")]) { m in
            let n = m.value(1)
            let isHalf = m.word(3) == "half"
            guard isHalf ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
            return .one(.date(.absolute(TimePoint(granularity: isHalf ? .halfYear : .quarter, year: m.value(6), part: n))))
        },
        Rule("part-of-relative-year", [P.w("the").opt, P.ordinal, P.w("quarter", "half"), P.w("of"), P.w("this", "last", "next"), P.w("year")],
             examples: [X("the first half of next year", "2022-H1"), X("the fourth quarter of last year", "2020-Q4")]) { m in
            let n = m.value(1)
            let isHalf = m.word(2) == "half"
            guard isHalf ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
            let point = TimePoint(granularity: isHalf ? .halfYear : .quarter, part: n)
            return .one(.date(.inRelativeYear(point, RelativeDateRules.shift(m.word(4)))))
        },
        Rule("month-of-relative-year", [P.month, P.w("of"), P.w("this", "last", "next"), P.w("year")],
             examples: [X("June of last year", "2020-06"), X("January of next year", "2022-01")]) { m in
            guard RuleSupport.isMonth(m, 0) else { return nil }
            return .one(.date(.inRelativeYear(TimePoint(granularity: .month, month: m.value(0)), RelativeDateRules.shift(m.word(2)))))
        },
        Rule("hyphenated-quarter", [P.ordinal, P.hyphen.glued, P.w("quarter", "half").glued],
             examples: [X("third-quarter profit", "2021-Q3", span: "third-quarter"), X("first-half results", "2021-H1", span: "first-half"),
                        X("fourth-quarter", "2021-Q4")]) { m in
            let n = m.value(0)
            let isHalf = m.word(2) == "half"
            guard isHalf ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
            return .one(.date(.fiscalPart(TimePoint(granularity: isHalf ? .halfYear : .quarter, part: n))))
        },
        Rule("q-quarter", [P.w("q", "h"), P.number(1...4, digits: 1...1).glued, P.year.opt],
             examples: [X("Q2", "2021-Q2"), X("Q3 2019", "2019-Q3"), X("H1 2020", "2020-H1")]) { m in
            let isHalf = m.word(0) == "h"
            let n = m.value(1)
            guard m.token(0).has(.capitalized), !isHalf || n <= 2 else { return nil }
            if let next = m.tokenAfter(1), next.isAttached, next.kind != .punct { return nil }
            let point = TimePoint(granularity: isHalf ? .halfYear : .quarter, year: m.has(2) ? m.value(2) : nil, part: n)
            return .one(.date(m.has(2) ? .absolute(point) : .fiscalPart(point)))
        },
        Rule("holiday", [P.holiday, P.w("day", "eve", "sunday", "monday", "week").opt, P.comma.opt, P.year.opt],
             examples: [X("Christmas", "2021-12-25"), X("Thanksgiving Day", "2021-11-25"), X("Christmas 1998", "1998-12-25"),
                        X("Easter Sunday", "2022-04-17"), X("Christmas Eve", "2021-12-24"), X("They celebrated Christmas", "2020-12-25", span: "Christmas"), X("They will meet before Christmas.", "2021-12-25", span: "Christmas"),
                        X("christmas day", "2024-12-25", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("xmas", "2024-12-25", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("easter", "2024-03-31", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("easter monday", "2024-04-01", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("thanksgiving 2022", "2022-11-24"), X("nye", "2024-12-31", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("juneteenth", "2024-06-19", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("Christmas dinner with the family", "2021-12-25", span: "Christmas"), X("XMAS", "2021-12-25"),
                        X("Samsung Christmas Gift Guide", "2021-12-25", span: "Christmas"), X("CATCHING UP ON SLEEP, HALLOWEEN SHOW FOR HSBC", "2021-10-31", span: "HALLOWEEN"),
                        X("In the Xmas mood already", "2021-12-25", span: "Xmas"),
                        X("protesters prayed as Easter week began", "2021-W13", span: "Easter week")],
             negatives: ["Christmas tree sales", "the Easter Bunny", "an easter egg hunt", "Christmas cards and Christmas lights", "CHRISTMAS TREE FOR SALE",
                         "flights to Christmas Island"]) { m in
            guard var holiday = Holiday(rawValue: m.value(0)) else { return nil }
            if m.has(1) {
                guard let named = CoarseDateRules.holiday(holiday, with: m.word(1)) else { return nil }
                holiday = named
            } else if !CoarseDateRules.holidayNameStands(m) {
                return nil  // "Christmas tree", "Easter egg", "the Easter Bunny": a thing named after the day
            }
            let day = TimeSpec.holiday(holiday, year: m.has(3) ? m.value(3) : nil, .implied)
            return .one(.date(m.has(1) && m.word(1) == "week" ? .weekOf(day) : day))
        },
        Rule("shifted-holiday", [P.w("this").opt, P.w("last", "next", "this", "past", "coming"), P.holiday, P.w("day", "eve", "sunday", "monday").opt],
             examples: [X("found clinging to an inner tube last Thanksgiving", "2020-11-26", span: "last Thanksgiving"), X("next Christmas", "2021-12-25"),
                        X("last Easter", "2021-04-04"), X("this Christmas", "2021-12-25"), X("last Christmas Eve", "2020-12-24"),
                        X("last easter", "2023-04-09", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("last thanksgiving", "2023-11-23", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("last halloween", "2025-10-31", dct: CalendarDate(year: 2025, month: 11, day: 8))]) { m in
            guard var holiday = Holiday(rawValue: m.value(2)) else { return nil }
            guard !m.has(0) || ["past", "coming"].contains(m.word(1)) else { return nil }
            if m.has(3) {
                guard let named = CoarseDateRules.holiday(holiday, with: m.word(3)) else { return nil }
                holiday = named
            }
            return .one(.date(.holiday(holiday, year: nil, RelativeDateRules.shiftKind(m.word(1)))))
        },
        Rule("named-holiday", [P.words(["new", "independence", "labor", "labour", "memorial", "veterans", "valentine", "valentines", "mother", "mothers",
                                        "father", "fathers", "good", "columbus", "presidents", "president", "halloween", "election", "boxing", "ash"]),
                               P.apostrophe.opt, P.w("s").glued.opt, P.w("year", "years", "day", "friday", "eve", "wednesday").opt, P.apostrophe.opt,
                               P.w("s").glued.opt, P.w("day", "eve").opt, P.comma.opt, P.year.opt],
             examples: [X("New Year's Day", "2022-01-01"), X("New Year's Eve", "2021-12-31"), X("He married on New Year's Day", "2021-01-01", span: "New Year's Day"), X("Labor Day", "2021-09-06"),
                        X("Memorial Day", "2022-05-30"), X("Independence Day", "2022-07-04"), X("Valentine's Day", "2022-02-14"),
                        X("Good Friday", "2022-04-15"), X("Mother's Day", "2022-05-08"), X("Election Day", "2021-11-02"),
                        X("from now to Election Day", "1998-11-03", span: "Election Day", dct: CalendarDate(year: 1998, month: 10, day: 26)),
                        X("memorial day", "2024-05-27", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("fathers day", "2024-06-16", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("new years day", "2025-01-01", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("presidents day 2024", "2024-02-19"),
                        X("new year's day 2030", "2030-01-01"), X("ash wednesday", "2025-03-05", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("boxing day", "2024-12-26", dct: CalendarDate(year: 2024, month: 3, day: 13))],
             negatives: ["a new day", "a good day", "Good Friday Agreement", "the Independence Day movie", "good year", NegativeExample("have a good friday night", span: "good"), "a new year of growth",
                         "the election day turnout was high"]) { m in
            let parts = (0...6).filter { m.has($0) && m.token($0).kind == .word }.map { m.word($0) }
            let name = parts.filter { $0 != "s" }.joined(separator: " ")
            let holiday: Holiday
            switch name {
            case "new year day", "new years day", "new year": holiday = .newYearsDay
            case "new year eve", "new years eve": holiday = .newYearsEve
            case "independence day": holiday = .independenceDay
            case "labor day", "labour day": holiday = .laborDay
            case "memorial day": holiday = .memorialDay
            case "veterans day": holiday = .veteransDay
            case "valentine day", "valentines day": holiday = .valentinesDay
            case "mother day", "mothers day": holiday = .mothersDay
            case "father day", "fathers day": holiday = .fathersDay
            case "good friday": holiday = .goodFriday
            case "columbus day": holiday = .columbusDay
            case "presidents day", "president day": holiday = .presidentsDay
            case "election day": holiday = .electionDay
            case "boxing day": holiday = .boxingDay
            case "ash wednesday": holiday = .ashWednesday
            default: return nil
            }
            // in title case, or all lowercase as messages write it, but names that are also phrases
            // ("a good friday", "a new year") only in title case
            let words = (0...6).filter { m.has($0) && m.token($0).kind == .word && m.word($0) != "s" }
            if m.token(0).has(.capitalized) {
                guard words.allSatisfy({ m.token($0).has(.capitalized) }) else { return nil }
            } else {
                guard name != "good friday", name != "new year", words.allSatisfy({ !m.token($0).has(.capitalized) }) else { return nil }
            }
            if let next = m.after, next.kind == .word, next.has(.capitalized), !next.has(.sentenceStart) { return .veto }
            if let next = m.after, next.kind == .word, ["movie", "film", "agreement", "accord", "parade", "turnout", "results", "result"].contains(m.word(of: next)) { return .veto }
            if m.has(8) { return .one(.date(.holiday(holiday, year: m.value(8), .implied))) }
            return .one(.date(.holiday(holiday, year: nil, .implied)))
        },
        // "Martin Luther King Day", "MLK day", "St. Patrick's Day"
        Rule("saint-or-person-day", [P.w("martin", "mlk", "st", "saint"), P.period.glued.opt, P.w("luther", "patrick", "patricks", "paddy", "paddys").opt,
                                     P.w("king").opt, P.w("jr").opt, P.period.glued.opt, P.apostrophe.opt, P.w("s").glued.opt, P.w("day")],
             examples: [X("martin luther king day", "2025-01-20", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("MLK Day", "2022-01-17"),
                        X("mlk day", "2026-01-19", dct: CalendarDate(year: 2025, month: 11, day: 8)), X("Martin Luther King Jr. Day", "2022-01-17"),
                        X("st patrick's day", "2024-03-17", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("St. Patrick's Day", "2022-03-17")],
             negatives: [NegativeExample("Martin Luther spoke that day", span: "Martin Luther spoke"), "St Mary's day care"]) { m in
            switch m.word(0) {
            case "mlk": guard !m.has(2), !m.has(3) else { return nil }
            case "martin": guard m.has(2), m.word(2) == "luther", m.has(3) else { return nil }
            default: guard m.has(2), m.word(2) != "luther", !m.has(3), !m.has(4) else { return nil }
            }
            guard CoarseDateRules.holidayNameStands(m) else { return nil }
            return .one(.date(.holiday(m.word(0) == "st" || m.word(0) == "saint" ? .stPatricksDay : .martinLutherKingDay, year: nil, .implied)))
        },
    ]
}
