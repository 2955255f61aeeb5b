private typealias X = RuleExample

/// Dates whose year is written, or a month and day that need only a year: `March 3, 2019`,
/// `3 March 2019`, `Sept. 3`, `2019-03-03`, `3/3/2019`, `the 3rd of March`, `March 2019`, `2019`,
/// `fiscal 2020`, the year in words.
enum AbsoluteDateRules {
    /// The day, or for a day its year does not have (February 29, 2021) a veto: the phrase is
    /// no date, and its parts must not be read as one either ("February 29" resolved to 2021).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Production? {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return (1...12).contains(month) && (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day) ? .veto : nil
        }
        return .one(.date(.absolute(TimePoint(date, at: .day))))
    }

    /// A date in digits whose order the resolver settles (`06/07/2024`), if some order fits.
    static func numeric(_ first: Int, _ second: Int, year: Int?) -> Production? {
        let fits = { (month: Int, day: Int) in (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: year ?? 2000) }
        guard fits(first, second) || fits(second, first) else { return nil }
        if let year, CalendarDate(year: year, month: first, day: second) == nil, CalendarDate(year: year, month: second, day: first) == nil { return nil }
        return .one(.date(.numericDate(first: first, second: second, year: year)))
    }

    /// A year written with its era ("490 BC", "AD 9"), the era word in capitals or dotted, and
    /// not before a count ("the AD 9 mm") or glued to a word.
    static func eraYear(_ m: Match, number: Int, era: Int) -> Production? {
        guard m.token(era).has(.allCaps) || m.token(era).has(.dotted) else { return nil }
        if let next = m.after, next.isAttached, next.kind != .punct { return nil }
        if let next = m.after, next.kind == .word, !next.has(.capitalized), !m.classes(of: next).contains(.functionWord),
           !m.isWord(next, "and", "or", "when", "until") { return nil }
        let n = m.value(number)
        return .one(.date(.absolute(TimePoint(granularity: .year, year: m.word(era).hasPrefix("b") ? 1 - n : n))))
    }

    static func yearlessDay(_ month: Int, _ day: Int) -> Production? {
        guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        return .one(.date(.yearless(TimePoint(granularity: .day, month: month, day: day), .implied)))
    }

    static let rules: [Rule] = [
        Rule("month-day-year", [P.month, P.period.glued.opt, P.dayOfMonth, P.comma.opt, P.year],
             examples: [
                X("March 3, 2019", "2019-03-03"), X("Mar. 3, 2019", "2019-03-03"), X("Sept. 3 2019", "2019-09-03"),
                X("March 3rd, 2019", "2019-03-03"), X("On Aug. 7, 1998, two bombs exploded", "1998-08-07", span: "Aug. 7, 1998"),
                X("Dec. 2, 1956", "1956-12-02"), X("JANUARY 1, 2000", "2000-01-01"), X("Feb. 29, 2020", "2020-02-29"),
             ],
             negatives: [NegativeExample("Feb. 30, 2021 is not a date", span: "30"), "It happened on February 29, 2021."]) { m in
            guard RuleSupport.isMonth(m, 0), RuleSupport.isYearNumber(m, at: 4) || m.has(3) else { return nil }
            return day(m.value(4), m.value(0), m.value(2))
        },
        Rule("day-month-year", [P.w("the").opt, P.dayOfMonth, P.w("of").opt, P.month, P.period.glued.opt, P.comma.opt, P.year],
             examples: [
                X("3 March 2019", "2019-03-03"), X("the 3rd of March, 2019", "2019-03-03"), X("21 Sept. 2001", "2001-09-21"),
                X("on 14 July 1789 the Bastille fell", "1789-07-14", span: "14 July 1789"),
             ]) { m in
            guard RuleSupport.isMonth(m, 3) else { return nil }
            return day(m.value(6), m.value(3), m.value(1))
        },
        Rule("iso-date", [P.number(1000...2999, digits: 4...4), P.hyphen.glued, P.number(1...12, digits: 1...2).glued,
                          P.hyphen.glued, P.number(1...31, digits: 1...2).glued],
             examples: [X("2019-03-03", "2019-03-03"), X("published 2021-08-20 in Kabul", "2021-08-20", span: "2021-08-20"),
                        X("2015-3-3", "2015-03-03")],
             negatives: [NegativeExample("part 2019-13-45", span: "2019-13-45")]) { m in
            if let next = m.after, next.isAttached, next.kind == .number || next.isPunct(0x2D) { return nil }
            return day(m.value(0), m.value(2), m.value(4))
        },
        Rule("year-first-slashes", [P.number(1000...2999, digits: 4...4), P.slash.glued, P.number(1...12, digits: 1...2).glued,
                                    P.slash.glued.opt, P.number(1...31, digits: 1...2).glued.opt],
             examples: [X("2021/08/20", "2021-08-20"), X("2014/10", "2014-10"), X("the 2014/10 figures", "2014-10", span: "2014/10")],
             negatives: ["the 2014/15 season", NegativeExample("a 2014/10/40 code", span: "2014/10/40")]) { m in
            if let next = m.after, next.isAttached, next.kind == .number || next.isPunct(0x2F) { return nil }
            guard m.has(3) == m.has(4) else { return nil }
            guard m.has(4) else { return .one(.date(.absolute(TimePoint(granularity: .month, year: m.value(0), month: m.value(2))))) }
            return day(m.value(0), m.value(2), m.value(4))
        },
        // "10.31.1974", "13.05.2024", "2024.06.01": dots between the numbers
        Rule("dotted-date", [P.dottedDate],
             examples: [X("10.31.1974", "1974-10-31"), X("13.05.2024", "2024-05-13"), X("2024.06.01", "2024-06-01"), X("on 5.6.21 we met", "2021-05-06", span: "5.6.21")],
             negatives: ["version 1.2.3", "scored 9.75.5 points", "3.14.15926"]) { m in
            let parts = m.text(0).split(separator: ".").map { (Int($0) ?? 0, $0.count) }
            guard parts.count == 3 else { return nil }
            if parts[0].1 == 4 { return day(parts[0].0, parts[1].0, parts[2].0) }
            guard parts[2].1 == 2 || parts[2].1 == 4 else { return nil }
            return numeric(parts[0].0, parts[1].0, year: parts[2].1 == 2 ? RuleSupport.fullYear(twoDigit: parts[2].0) : parts[2].0)
        },
        // "3-15-2024", "15-03-2024": hyphens, the year last and in full
        Rule("hyphenated-date", [P.number(1...31, digits: 1...2), P.hyphen.glued, P.number(1...31, digits: 1...2).glued,
                                 P.hyphen.glued, P.number(1000...2999, digits: 4...4).glued],
             examples: [X("3-15-2024", "2024-03-15"), X("15-03-2024", "2024-03-15"), X("due 12-31-2023.", "2023-12-31", span: "12-31-2023")],
             negatives: [NegativeExample("call 555-12-2024 now", span: "555-12-2024")]) { m in
            if let previous = m.before, m.token(0).isAttached, previous.kind == .number || previous.isPunct(0x2D) { return nil }
            if let next = m.after, next.isAttached, next.kind == .number || next.isPunct(0x2D) { return nil }
            return numeric(m.value(0), m.value(2), year: m.value(4))
        },
        Rule("iso-month", [P.number(1000...2999, digits: 4...4), P.hyphen.glued, P.number(1...12, digits: 2...2).glued],
             examples: [X("the 2019-03 figures", "2019-03", span: "2019-03")]) { m in
            if let next = m.after, next.isAttached, next.kind != .punct || next.punct == 0x2D || next.punct == 0x2F { return nil }
            if m.value(2) == (m.value(0) + 1) % 100 { return nil }  // "2009-10" is a season or fiscal year, not October
            return .one(.date(.absolute(TimePoint(granularity: .month, year: m.value(0), month: m.value(2)))))
        },
        // "3/3/2019", "31/12/2023", "06/07/2024": month first as in the US, day first when the numbers
        // or the document's other dates say so
        Rule("us-numeric-date", [P.number(1...31, digits: 1...2), P.slash.glued, P.number(1...31, digits: 1...2).glued,
                                 P.slash.glued, P.number(0...2999, digits: 2...4).glued],
             examples: [X("3/3/2019", "2019-03-03"), X("12/25/98", "1998-12-25"), X("due 07/04/2021.", "2021-07-04", span: "07/04/2021"),
                        X("31/12/2023", "2023-12-31"), X("7/14/23", "2023-07-14"),
                        // the document writes day first elsewhere, so 06/07 is the 6th of July
                        X("Signed 25/12/2020; renewed 06/07/2024.", "2024-07-06", span: "06/07/2024")],
             negatives: ["a ratio of 3/4", NegativeExample("12/25/198 is malformed", span: "12/25/198"), NegativeExample("the 45/13/2020 form", span: "45/13/2020")]) { m in
            let digits = Int(m.token(4).length)
            guard digits == 2 || digits == 4 else { return nil }
            if let next = m.after, next.isAttached, next.kind == .number || next.isPunct(0x2F) { return nil }
            let year = digits == 2 ? RuleSupport.fullYear(twoDigit: m.value(4)) : m.value(4)
            return numeric(m.value(0), m.value(2), year: year)
        },
        // "4/25", "on 3/16": a month and day without the year, where a fraction or a score cannot be
        // (after a word that takes a date, a weekday, or before a clock time, or alone on its line)
        Rule("numeric-month-day", [P.number(1...31, digits: 1...2), P.slash.glued, P.number(1...31, digits: 1...2).glued],
             examples: [X("4/25", "2024-04-25", dct: CalendarDate(year: 2024, month: 3, day: 13)), X("The order arrives by 3/16.", "2024-03-16", span: "3/16", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        X("The sale ends on 9/30.", "2021-09-30", span: "9/30"), X("11/20", "2025-11-20", dct: CalendarDate(year: 2025, month: 11, day: 8))],
             negatives: ["a ratio of 3/4", "open 24/7", "he went 3/4 from the line", "about 1/2 of them", "scored 12/20 on the test", "in 2/3 of cases"]) { m in
            if let previous = m.before, m.token(0).isAttached || previous.isPunct(0x24) { return nil }
            if let next = m.after, next.isAttached && (next.kind != .punct || next.isPunct(0x2F)) || next.isPunct(0x25) || m.isWord(next, "of") { return nil }
            // "1/2 day", "3/4 cup": a fraction of something
            if let next = m.after, next.kind == .word, !next.has(.capitalized), !m.classes(of: next).contains(.functionWord), !m.isWord(next, "at", "and", "or", "to") { return nil }
            let opens = m.before.map { m.isWord($0, "on", "by", "from", "until", "till", "til", "due", "before", "after", "since", "thru", "through") || m.classes(of: $0).contains(.weekday)
                || $0.isPunct(0x2C) && m.classes(of: m.before(1)).contains(.weekday) } ?? false
            let clockAfter = m.isWord(m.after, "at") || m.after?.kind == .number
            let aloneOnLine = (m.before == nil || m.token(0).has(.lineBreakBefore)) && (m.after == nil || m.after!.has(.lineBreakBefore))
            guard opens || clockAfter || aloneOnLine else { return nil }
            if m.value(0) == 24, m.value(2) == 7 { return nil }
            return numeric(m.value(0), m.value(2), year: nil)
        },
        Rule("month-day", [P.month, P.period.glued.opt, P.dayOfMonth],
             examples: [
                X("Mar. 3", "2022-03-03"), X("Sept. 3", "2021-09-03"), X("on Aug. 2 the company said", "2021-08-02", span: "Aug. 2"),
                X("will meet June 5", "2022-06-05", span: "June 5"), X("met on March 3rd", "2021-03-03", span: "March 3rd"),
                X("met on Aug. 7", "XXXX-08-07", span: "Aug. 7", dct: nil), X("Nov. 25", "2021-11-25"),
                X("It was signed Nov. 21.", "2020-11-21", span: "Nov. 21"), X("The deadline was set at Sept. 2.", "2021-09-02", span: "Sept. 2"),
                X("in an editorial dated Jan. 6: the ruling", "2021-01-06", span: "Jan. 6"),
                // the nearest year that has the day, in the tense's direction
                X("They met on February 29", "2020-02-29", span: "February 29"), X("They will meet on February 29", "2024-02-29", span: "February 29"),
                // a future clause about a day just gone: the article looks back at a deadline, not a year ahead
                X("They will try to block the order to return the boy by Aug. 17.", "2021-08-17", span: "Aug. 17"),
                X("They will try to block the order to return the boy by Aug. 2.", "2022-08-02", span: "Aug. 2"),
             ],
             negatives: [NegativeExample("scored 3-1 in March", span: "3-1"), NegativeExample("may 5 people come", span: "may 5")]) { m in
            guard RuleSupport.isMonth(m, 0) else { return nil }
            if let next = m.after {
                if next.kind == .word, RuleSupport.countNouns.contains(m.word(of: next)) || m.word(of: next) == "percent" { return nil }
                if next.isPunct(0x25) { return nil }
                if next.isPunct(0x3A), next.isAttached, m.tokenAfter(2, offset: 1)?.kind == .number { return nil }  // "May 5:30" is a clock time
            }
            return yearlessDay(m.value(0), m.value(2))
        },
        Rule("day-of-month", [P.w("the").opt, P.dayOfMonth, P.w("of"), P.month, P.period.glued.opt],
             examples: [X("the 3rd of March", "2022-03-03"), X("the fifth of November", "2021-11-05"), X("on the 21st of June", "2022-06-21", span: "the 21st of June")]) { m in
            guard RuleSupport.isMonth(m, 3), m.has(0) || m.token(1).kind == .number else { return nil }
            return yearlessDay(m.value(3), m.value(1))
        },
        Rule("day-month", [P.dayOfMonth, P.month, P.period.glued.opt],
             examples: [X("3 March", "2022-03-03"), X("on 14 July crowds gathered", "2021-07-14", span: "14 July"),
                        X("Happy birthday on 17th May!", "2022-05-17", span: "17th May"), X("available from 21 Jan: the game", "2022-01-21", span: "21 Jan")]) { m in
            guard m.token(0).kind == .number, RuleSupport.isMonth(m, 1) else { return nil }
            if let previous = m.before, previous.kind == .number || previous.isPunct(0x24) { return nil }
            return yearlessDay(m.value(1), m.value(0))
        },
        Rule("month-year", [P.month, P.period.glued.opt, P.w("of").opt, P.comma.opt, P.year],
             examples: [
                X("March 2019", "2019-03"), X("March of 2019", "2019-03"), X("Jan. 1999", "1999-01"), X("in July 1997", "1997-07", span: "July 1997"),
                X("January, 1998", "1998-01"),
             ]) { m in
            guard RuleSupport.isMonth(m, 0), RuleSupport.isYearNumber(m, at: 4) || m.token(4).kind == .word || m.has(2) else { return nil }
            return .one(.date(.absolute(TimePoint(granularity: .month, year: m.value(4), month: m.value(0)))))
        },
        Rule("month", [P.month, P.period.glued.opt],
             examples: [
                X("Putin scoffed at the plans during their June summit", "2021-06", span: "June"), X("In July, the White House sent", "2021-07", span: "July"),
                X("will host the talks in March", "2022-03", span: "March"), X("met in July", "2021-07", span: "July"),
                X("They met in December.", "2020-12", span: "December"), X("The plant opens in December.", "2021-12", span: "December"),
                X("in June", "XXXX-06", span: "June", dct: nil), X("Sales rose in Sept. as expected", "2020-09", span: "Sept."),
                X("In January the firm said", "2021-01", span: "January"),
                X("Milton Roy disclosed in May that it was approached", "2021-05", span: "May"),
                X("Cepatlah november, im waiting for my fav movie", "2021-11", span: "november"),
                // a short name without a period: after a preposition of time, or in a list of months
                X("study hard for exam in Jun", "2021-06", span: "Jun"), X("camps for June, July and Aug", "2021-08", span: "Aug"),
                // the time of an infinitive's event lies ahead of the past verb governing it
                X("It announced an agreement to acquire the bank in October.", "2021-10", span: "October"),
                X("It sold the shares to investors in October.", "2020-10", span: "October"),
                // a participle with its agent is no finite verb: "will double" dates the clause
                X("Qantas will double its flights by October in search of markets untouched by the crisis.", "2021-10", span: "October"),
             ],
             negatives: ["May I ask a question?", "you may go", "They march on Washington", "troops march into the city",
                         "an august institution", "We may be late", "May we come in?", "Mar the surface", "Marching on",
                         "Theresa May said", "June Carter sang", "Xi Jinping met Biden", "at the annual March for Life rally",
                         "at the head of the ``March of the Combatant Mothers,'' pushing", "donated to the March of Dimes",
                         "we sat in Jan's car", NegativeExample("Mon and Jan went", span: "Jan")]) { m in
            guard RuleSupport.isMonth(m, 0) else { return nil }
            // a name: "Theresa May", "June Carter" (written lowercase, a month is no name)
            if m.token(0).has(.capitalized), let previous = m.before, previous.kind == .word, previous.has(.capitalized),
               !previous.has(.sentenceStart) && !m.lexicon.classes(previous.lex).contains(.ruleWord) || !m.lexicon.isTaggerWord(previous.lex) { return nil }
            if let next = m.after, next.kind == .word, next.has(.capitalized), !next.has(.sentenceStart), !next.has(.allCaps),
               !m.lexicon.classes(next.lex).contains(.ruleWord), !m.lexicon.classes(next.lex).contains(.weekday) { return nil }
            if m.word(0) == "may", m.token(0).has(.sentenceStart), let next = m.after, next.kind == .word, !next.has(.capitalized) {
                return nil  // "May he rest": the modal opening a wish
            }
            return .one(.date(.yearless(TimePoint(granularity: .month, month: m.value(0)), .implied)))
        },
        Rule("year", [P.year],
             examples: [
                X("2019", "2019"), X("in 1990 the wall fell", "1990", span: "1990"), X("since 1949", "1949", span: "1949"),
                X("by 2030", "2030", span: "2030"), X("in 1066", "1066", span: "1066"), X("nineteen ninety-six", "1996"),
                X("the election of 2000", "2000", span: "2000"),
                // a year after (or before) the name of an event held each year dates its edition
                X("Kuala Lumpur Photography Festival 2013 (KLPF2013)", "2013", span: "2013"), X("the Red Dot 2015 Awards", "2015", span: "2015"),
             ],
             negatives: ["it cost $2,019", "paid $2019 in fees", NegativeExample("call 555-1234 now", span: "555-1234"), "the score was 3-1", "1500 troops", "about 2000 people",
                         "Boeing 747", "room 2015", "an increase of 2.5 percent", "a 3,000-strong force", "He ran 1500m",
                         "a PC running Windows 2000 crashed", "the Orion 1980 satellite", "Collected my SCMS2014 Race pack", "#ahm2014 #racesummary"]) { m in
            guard RuleSupport.isYearNumber(m, at: 0) else { return nil }
            if m.token(0).kind == .word {
                // a year in words stands alone only when it reads as a year, not a count
                guard m.captures[0].end - m.captures[0].begin >= 2 else { return nil }
            }
            return .one(.date(.absolute(TimePoint(granularity: .year, year: m.value(0)))))
        },
        // "490 BC", "146 B.C.", "476 CE": a year of an era; the year before 1 is 1 BC (astronomical year 0)
        Rule("era-year", [P.number(1...9999, digits: 1...4), P.w("bc", "b.c.", "bce", "b.c.e.", "ad", "a.d.", "ce", "c.e.")],
             examples: [X("in 490 BC", "BC0490", span: "490 BC"), X("146 B.C.", "BC0146"), X("in 476 CE the empire fell", "0476", span: "476 CE"),
                        X("1066 AD", "1066")],
             negatives: ["page 12 AD campaign", "about 40 BC players", "scored 490 CE points", "http://t.co/Gt9Yg2BC6O"]) { m in
            // "t.co/Gt9Yg2BC6O": letters and digits glued together are a code, not a year
            if m.token(0).isAttached, let before = m.before, before.kind != .punct || before.isPunct(0x2F) { return nil }
            return eraYear(m, number: 0, era: 1)
        },
        Rule("era-year-before", [P.w("ad", "a.d."), P.number(1...9999, digits: 1...4)],
             examples: [X("AD 9", "0009"), X("in A.D. 476 the empire fell", "0476", span: "A.D. 476")],
             negatives: ["the AD 9 mm cartridge"]) { m in
            eraYear(m, number: 1, era: 0)
        },
        Rule("year-range", [P.number(1000...2999, digits: 4...4), P.hyphen.glued, P.number(0...2999, digits: 2...4).glued],
             examples: [X("2009-2010", "2009", span: "2009"), X("2009-2010", "2010", span: "2010"), X("1987-88", "1988", span: "88"),
                        X("the 2009-10 season", "2010", span: "10")],
             negatives: [NegativeExample("call 2009-2345 now", span: "2345"), "a 1234-5678 account"]) { m in
            let start = m.value(0)
            let end: Int
            switch m.token(2).length {
            case 2: end = start / 100 * 100 + m.value(2)
            case 4: end = m.value(2)
            default: return nil
            }
            guard end > start, end - start <= 50, (1600...2099).contains(start) else { return nil }
            if let previous = m.before, previous.isPunct(0x24) || previous.isPunct(0x2D) && previous.isAttached { return nil }
            if let next = m.after, next.isAttached, next.kind != .punct || next.punct == 0x2D || next.punct == 0x25 { return nil }
            return .range(.date(.absolute(TimePoint(granularity: .year, year: start))), 0...0,
                          .date(.absolute(TimePoint(granularity: .year, year: end))), 2...2)
        },
        Rule("year-period", [P.w("the"), P.year, P.w("period", "quarter", "half")],
             examples: [X("Profit rose in the third quarter of 2021. In the 2020 period, it fell.", "2020-Q3", span: "the 2020 period"),
                        X("the 1988 quarter", "1988")]) { m in
            .one(.date(.samePeriod(inYear: m.value(1))))
        },
        Rule("the-year", [P.w("the"), P.w("year"), P.year],
             examples: [X("the year 2000", "2000"), X("the year two thousand", "2000")]) { m in
            .one(.date(.absolute(TimePoint(granularity: .year, year: m.value(2)))))
        },
        Rule("fiscal-year", [P.w("fiscal", "fy", "financial", "calendar", "model"), P.w("year").opt, P.year],
             examples: [X("fiscal 2020", "2020"), X("fiscal year 1989", "1989"), X("in fiscal 1990, sales", "1990", span: "fiscal 1990"),
                        X("calendar 1998", "1998")]) { m in
            guard m.word(0) != "model" else { return .veto }
            return .one(.date(.absolute(TimePoint(granularity: .year, year: m.value(2)))))
        },
        Rule("apostrophe-year", [P.apostrophe, P.number(0...99, digits: 2...2).glued],
             examples: [X("the class of '98", "1998", span: "'98"), X("since '05", "2005", span: "'05")],
             negatives: ["rock 'n' roll", "on CBS's '60 Minutes program"]) { m in
            if let next = m.after, next.isAttached, next.kind == .word { return nil }
            if m.token(0).isAttached, let previous = m.before, previous.kind == .word { return nil }  // rock'n'roll, Biden's
            if let next = m.after, next.kind == .word, next.has(.capitalized), !next.has(.sentenceStart) { return nil }  // '60 Minutes
            return .one(.date(.absolute(TimePoint(granularity: .year, year: RuleSupport.fullYear(twoDigit: m.value(1))))))
        },
    ]
}
