private typealias X = RuleExample

/// Clock times and parts of days: `6 a.m.`, `5:30 p.m. ET`, `noon`, `midnight`, `tonight`,
/// `this morning`, `last night`, `Friday morning`.
enum TimeOfDayRules {
    static func clock(_ minutes: Int, on day: TimeSpec? = nil, zone: ClockZone? = nil) -> Production {
        .one(TimexDraft(.time, .clock(day, hour: minutes / 60, minute: minutes % 60, zone: zone)))
    }

    static let rules: [Rule] = [
        Rule("clock-time", [P.clock],
             examples: [X("6 a.m.", "2021-08-20T06:00"), X("5:30 p.m. ET", "2021-08-20T17:30-04:00"), X("noon", "2021-08-20T12:00"),
                        X("midnight", "2021-08-20T24:00"), X("10:35 a.m.", "2021-08-20T10:35"), X("at 6pm", "2021-08-20T18:00", span: "6pm"),
                        X("12 a.m.", "2021-08-20T00:00"), X("4 o'clock", "2021-08-20T04:00"),
                        // a zone stays in the value as an ISO 8601 offset; ET is daylight time in August
                        X("at 14:30 GMT", "2021-08-20T14:30+00:00", span: "14:30 GMT"), X("at 09:00 GMT", "2021-08-20T09:00+00:00", span: "09:00 GMT"),
                        X("5 p.m. Eastern Time", "2021-08-20T17:00-04:00"), X("at 10:00 +05:30", "2021-08-20T10:00+05:30", span: "10:00 +05:30"),
                        X("at 16:00 UTC+2", "2021-08-20T16:00+02:00", span: "16:00 UTC+2"), X("at 9 p.m. Pacific Standard Time", "2021-08-20T21:00-08:00", span: "9 p.m. Pacific Standard Time"),
                        // as posts write them: no colon, or a point
                        X("Event starts at 430pm @ Vivo", "2021-08-20T16:30", span: "430pm"), X("joined him at 1130pm", "2021-08-20T23:30", span: "1130pm"),
                        X("Starts work at 7.30am until", "2021-08-20T07:30", span: "7.30am"), X("about 1.10 pm", "2021-08-20T13:10", span: "1.10 pm")],
             negatives: ["a 3:1 ratio", "chapter 11:30 is odd", "scored 2:0", "won 21:15 in the final set", "room 430 is free", "a 7.30 finish",
                         "took 1.5 pm of the budget", "1375pm", "won 2.45 million"]) { m in
            if m.amount(0) == nil {
                // a bare H:MM needs a clock-like word before it: "at 14:30", not "a 3:1 ratio" or "won 21:15"
                guard m.isWord(m.before, "at", "by", "around", "about", "from", "until", "till", "before", "after", "since", "to") else { return nil }
            }
            if let next = m.after, next.kind == .number, next.isAttached { return nil }
            return clock(m.value(0), zone: m.zone(0))
        },
        Rule("tonight", [P.w("tonight", "overnight", "tonite", "tonght")],
             examples: [X("tonight", "2021-08-20TNI"), X("overnight", "2021-08-20TNI"), X("tonite", "2024-03-13TNI", dct: CalendarDate(year: 2024, month: 3, day: 13)),
                        // told in the past, "overnight" is the night before the day the text is about
                        X("Trading on Friday, Oct. 27, 1989, was weak. Shares were depressed by overnight losses in New York.", "1989-10-26TNI", span: "overnight")]) { m in
            if m.word(0) == "overnight" {
                let before = TimeSpec.byTense(past: .fromFocus(.day, -1, granularity: .day), otherwise: .relative(.day, 0, granularity: nil))
                return .one(TimexDraft(.time, .partOfDay(before, .night)))
            }
            return .one(TimexDraft(.time, .partOfDay(.relative(.day, 0, granularity: nil), .night)))
        },
        Rule("this-part-of-day", [P.words(["this", "last", "early", "late"] + RelativeDateRules.dayWords.map(\.0)), P.partOfDay],
             examples: [X("this morning", "2021-08-20TMO"), X("last night", "2021-08-19TNI"), X("yesterday afternoon", "2021-08-19TAF"),
                        X("tomorrow evening", "2021-08-21TEV"), X("this evening", "2021-08-20TEV"), X("last nite", "2021-08-19TNI"),
                        X("tmr night", "2021-08-21TNI"), X("tmrw morning", "2021-08-21TMO")]) { m in
            guard let part = PartOfDay(rawValue: Int8(m.value(1))) else { return nil }
            let word = m.word(0)
            if m.value(0) >= 4 {
                let step = RelativeDateRules.dayWords[m.value(0) - 4].1
                return .one(TimexDraft(.time, .partOfDay(.relative(.day, step, granularity: nil), part)))
            }
            if word == "early" || word == "late" {
                // "early morning" without a day is the DCT's
                return .one(TimexDraft(.time, .partOfDay(.relative(.day, 0, granularity: nil), part), mod: word == "early" ? .start : .end))
            }
            if word == "last", part != .night, part != .evening { return nil }  // "last morning" is not said
            return .one(TimexDraft(.time, .partOfDay(.relative(.day, word == "last" ? -1 : 0, granularity: nil), part)))
        },
        Rule("mid-part-of-day", [P.w("early", "late", "mid"), P.hyphen.glued.opt, P.partOfDay],
             examples: [X("By mid afternoon, official sources were saying", "2021-08-20TAF", span: "mid afternoon", mod: .mid),
                        X("mid-afternoon", "2021-08-20TAF", mod: .mid), X("late-night", "2021-08-20TNI", mod: .end)],
             negatives: [NegativeExample("a late-night show", span: "late-night")]) { m in
            guard let part = PartOfDay(rawValue: Int8(m.value(2))), !m.token(2).has(.endsInS) else { return nil }
            let word = m.word(0)
            if word != "mid", !m.has(1) { return nil }  // "early morning": the rule above
            if let next = m.after, next.kind == .word, !next.has(.capitalized), m.lexicon.classes(next.lex).isDisjoint(with: [.ruleWord, .weekday]),
               !m.isWord(next, "and", "or", "on", "in", "at", "when", "before", "after", "to", "as", "with", "of") { return nil }  // "a late-night show"
            let mod: TimexMod = word == "early" ? .start : (word == "late" ? .end : .mid)
            return .one(TimexDraft(.time, .partOfDay(.relative(.day, 0, granularity: nil), part), mod: mod))
        },
        // "at night", "by night": the night of the time the text is at
        Rule("at-night", [P.w("at", "by"), P.w("night", "nite")],
             examples: [X("drive cautiously, even at night please", "2021-08-20TNI", span: "night"), X("look so beautiful at night", "2021-08-20TNI", span: "night")],
             negatives: [NegativeExample("at night school", span: "night"), NegativeExample("at Night Safari", span: "Night")]) { m in
            if let next = m.after, next.kind == .word, !m.classes(of: next).contains(.functionWord) || next.has(.capitalized) && !next.has(.sentenceStart),
               !m.isWord(next, "and", "or", "please", "when", "while") { return nil }
            if m.token(1).has(.capitalized), !m.token(1).has(.allCaps) { return nil }
            return .over(TimexDraft(.time, .partOfDay(.focus(.day), .night)), 1...1)
        },
        Rule("the-part-of-day", [P.w("the", "in", "this"), P.partOfDay],
             examples: [X("Talks resumed in the morning.", "2021-08-20TMO", span: "the morning"), X("the evening", "2021-08-20TEV")],
             negatives: [NegativeExample("the morning news show", span: "the morning")]) { m in
            guard m.word(0) == "the", let part = PartOfDay(rawValue: Int8(m.value(1))) else { return nil }
            if let next = m.after, next.kind == .word, !next.has(.capitalized), !["and", "or", "of", "when", "before", "after", "to", "as", "in", "on", "at", "with"].contains(m.word(of: next)) {
                return nil  // "the morning news": a noun modifier
            }
            if m.isWord(m.after, "of") { return nil }
            return .one(TimexDraft(.time, .partOfDay(.focus(.day), part)))
        },
    ]

}
