private typealias X = RuleExample

/// Amounts of time: `18 months`, `40 minutes`, `nine days`, `a decade`, `two and a half years`,
/// `several years`, `the past two months`, `the first nine months`, `two-year`, `half an hour`.
enum DurationRules {
    /// The TIMEX3 value of an amount of units; an amount too large to know exactly is the
    /// unknown amount (`99999999999 years` is `PXY`), never the largest number read.
    static func value(_ amount: Double?, _ unitRaw: Int) -> String? {
        guard let unit = TimeUnit(rawValue: Int8(unitRaw)) else { return nil }
        return DurationValue.value(RuleSupport.exactAmount(amount), unit)
    }

    /// Adjectives that tell how a day or a week went ("a long day", "a busy week").
    static let describingAdjectives = [
        "long", "fun", "great", "nice", "lovely", "wonderful", "beautiful", "busy", "hectic", "tiring", "exhausting", "hard",
        "tough", "rough", "bad", "awful", "terrible", "horrible", "productive", "relaxing", "lazy", "rainy", "sunny", "hot", "cold",
        "fantastic", "amazing", "awesome", "perfect", "memorable", "fruitful", "eventful", "quiet", "slow", "crazy", "happy", "sad",
        "blessed", "brilliant", "fabulous", "meaningful", "enjoyable", "successful", "difficult", "stressful", "short",
    ]

    static let rules: [Rule] = [
        Rule("amount-of-units", [P.w("the").opt, P.quantity, P.w("more", "full", "whole", "straight", "consecutive", "long", "additional", "extra",
                                                                    "trading", "business", "working").opt, P.unit],
             examples: [
                X("18 months", "P18M"), X("40 minutes", "PT40M"), X("nine days", "P9D"), X("a decade", "P10Y"), X("two and a half years", "P2Y6M"),
                X("several years", "PXY"), X("a week", "P1W"), X("24 hours", "PT24H"), X("five hours", "PT5H"), X("a few days", "PXD"),
                X("5 1/2 hours", "PT5H30M"), X("two more weeks", "P2W"), X("a couple of months", "P2M"), X("twenty four hours", "PT24H"),
                X("two decades", "P20Y"), X("a century", "P100Y"), X("three quarters", "P3Q"), X("30 seconds", "PT30S"),
                X("earlier than predicted, 18 months", "P18M", span: "18 months"), X("a dozen years", "P12Y"), X("1.5 years", "P1Y6M"),
                X("two weekends", "P2WE"), X("a fortnight", "P2W"), X("ten nights", "P10D"),
                X("in the nine months to June", "P9M", span: "the nine months"), X("Eight trading days after Oct. 12", "P8D", span: "Eight trading days"),
                X("within five business days", "P5D", span: "five business days"), X("you can go one more day at work", "P1D", span: "one more day"),
                X("The war lasted 99999999999 years", "PXY", span: "99999999999 years"), X("2147483646 hours", "PT2147483646H"),
             ],
             negatives: [NegativeExample("sold 1988 shares", span: "1988"), "imports more than a quarter of its food", "on CBS's 60 Minutes program",
                         "after a weekend of bitter accusations", "a day of reckoning", NegativeExample("one day he left", span: "one day"), "the Six-Day War", NegativeExample("Day One", span: "Day One"),
                         "some day", "a second opinion", "one second", NegativeExample("a moment", span: "a moment")]) { m in
            let unitWord = m.word(3)
            let amountWord = m.word(1)
            if m.has(0), m.amount(1) == nil || ["a", "an", "some"].contains(amountWord) { return nil }  // "the" only before a number: "the nine months"
            if unitWord == "second", m.token(1).kind == .word, m.amount(1) == 1 { return nil }  // "a second opinion", "one second" (ordinal readings)
            // "some day", "one day": vague, not an amount; but "one more day" counts one
            if amountWord == "some" || amountWord == "one", unitWord == "day", !m.has(2) { return nil }
            if amountWord == "a" || amountWord == "an", unitWord == "day" || unitWord == "night", m.isWord(m.after, "of", "when", "that") { return nil }
            if m.isWord(m.has(0) ? m.tokenBefore(0) : m.before, "per") { return nil }  // sets
            if m.isWord(m.after, "old") { return .veto }  // an age: "six years old"
            // "a quarter of its food", "a weekend of accusations", "60 Minutes" (a title): not an amount of time
            if m.isWord(m.after, "of"), ["quarter", "quarters", "half", "weekend"].contains(unitWord) { return nil }
            if m.token(3).has(.capitalized), !m.token(3).has(.sentenceStart), !m.token(3).has(.allCaps) { return nil }
            // "a year-earlier loss": the unit starts a compound read by other rules
            if let next = m.after, next.isPunct(0x2D), next.isAttached, let after = m.after(1), after.kind == .word, after.isAttached { return nil }
            guard let v = value(m.amount(1), m.value(3)) else { return nil }
            if m.token(1).kind == .number, m.token(1).has(.groupedNumber), m.amount(1) ?? 0 > 1000 { return nil }
            // "the 1988 quarter": a year before a singular unit, not 1988 quarters
            if m.token(1).kind == .number, m.token(1).length == 4, !m.token(3).has(.endsInS) { return nil }
            return .one(.duration(v))
        },
        // "a fun day", "a very long day", "a wonderful month": one unit, told by how it went
        Rule("a-described-unit", [P.w("a", "an"), P.w("very", "really", "so", "pretty", "rather", "quite").opt, P.words(describingAdjectives),
                                  P.w("day", "week", "month", "year", "night", "weekend")],
             examples: [X("Had a fun day staying overnight", "P1D", span: "a fun day", type: .duration), X("home after a very long day in school", "P1D", span: "a very long day"),
                        X("It's been a wonderful month having you", "P1M", span: "a wonderful month"), X("have a nice day!", "P1D", span: "a nice day"),
                        X("This is a sad day for the Constitution", "2021-08-20", span: "day", type: .date),
                        X("He said it was \"a great day for Poland\".", "2021-08-20", span: "day", type: .date)],
             negatives: [NegativeExample("a great day-trip to the coast", span: "day"), NegativeExample("a busy week-long course", span: "busy"),
                         NegativeExample("a lovely night's sleep", span: "night"), "a Great Day Out festival"]) { m in
            if let next = m.after, next.isPunct(0x2D) || next.isPunct(0x27), next.isAttached { return nil }  // "day-trip", "night's sleep"
            if m.token(3).has(.capitalized), !m.token(3).has(.allCaps) { return nil }  // a title
            guard let unit = m.lexicon.unit(m.token(3).lex) else { return nil }
            // "Today is a sad day for ...", "it was a great day for Poland": said of a day, the phrase names that day
            let verb = m.before?.isPunct(0x22) == true ? m.tokenBefore(0, offset: 1) : m.before  // it was "a great day"
            if unit == .day, m.isWord(verb, "is", "was", "s") { return .over(.date(.focus(.day)), 3...3) }
            return .one(.duration(DurationValue.value(1, unit)))
        },
        Rule("adjectival-duration", [P.quantity, P.hyphen.glued, P.unit.glued, P.hyphen.glued.opt, P.w("long", "old").glued.opt],
             examples: [X("a two-year contract", "P2Y", span: "two-year"), X("16-hour", "PT16H"), X("an 18-month delay", "P18M", span: "18-month"),
                        X("a 10-year note", "P10Y", span: "10-year")],
             // ages are not times
             negatives: [NegativeExample("the Six-Day War", span: "Six-Day"), "a five-year-old child", "the 6-year-old boy", "a 44-year-old man", "imports about three-quarters of its food"]) { m in
            if m.has(4), m.word(4) == "old" { return .veto }
            if m.token(2).has(.endsInS) { return nil }  // "three-quarters": a fraction
            guard m.token(0).kind == .number || m.token(0).kind == .word else { return nil }
            if m.token(0).kind == .word, m.captures[0].end - m.captures[0].begin == 1, m.word(0) == "a" || m.word(0) == "an" { return nil }
            if m.token(2).has(.capitalized), m.token(0).has(.capitalized) { return nil }  // a name: "the Six-Day War"
            if m.has(3) != m.has(4) { return nil }
            guard let v = value(m.amount(0), m.value(2)) else { return nil }
            return .one(.duration(v))
        },
        Rule("past-n-units", [P.w("the").opt, P.w("past", "last", "next", "first", "coming", "previous", "following", "latest", "final", "remaining", "early", "recent"),
                              P.quantity.opt, P.w("full").opt, P.unit],
             examples: [X("the past two months", "P2M"), X("the first nine months", "P9M"), X("the next few days", "PXD"), X("the last five years", "P5Y"),
                        X("the past 20 years", "P20Y"), X("the coming months", "PXM"), X("the next several days", "PXD"),
                        X("the past two quarters", "P2Q"), X("recent years", "PAST_REF"), X("the early years", "PXY"), X("in recent weeks", "PAST_REF", span: "recent weeks"),
                        X("in coming months", "FUTURE_REF", span: "coming months")]) { m in
            let unitWord = m.word(4)
            let plural = m.token(4).has(.endsInS) && unitWord != "hrs"
            let word = m.word(1)
            guard m.has(2) || plural || word == "past" && unitWord == "decade" else { return nil }
            if !m.has(2), ["first", "final", "previous", "following", "latest"].contains(word), !plural { return nil }
            if word == "recent", m.has(0) { return nil }
            // "in recent weeks", "in coming months": vague references rather than amounts
            if ["recent", "coming"].contains(word), !m.has(0), !m.has(2), plural {
                return .one(.date(.fixed(word == "recent" ? "PAST_REF" : "FUTURE_REF")))
            }
            if word == "early", !m.has(0) || m.has(2) { return nil }
            if m.isWord(m.after, "of", "after", "before") && !m.has(2) { return nil }  // "the early hours of Thursday", "the first days after": parts of another time
            if word == "past", !m.has(0), !m.has(2), unitWord != "decade" { return nil }
            let amount: Double? = m.has(2) ? m.amount(2) : (plural ? nil : 1)
            guard let v = value(amount, m.value(4)) else { return nil }
            return .one(.duration(v))
        },
        Rule("bare-plural-units", [P.w("years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries")],
             examples: [X("for years", "PXY", span: "years"), X("talks lasted months", "PXM", span: "months"), X("within hours", "PTXH", span: "hours"),
                        X("for decades", "PXDE", span: "decades"), X("in weeks", "PXW", span: "weeks")],
             negatives: [NegativeExample("years of war", span: "years"), NegativeExample("the hours of operation", span: "hours"),
                         NegativeExample("his days as mayor", span: "days")]) { m in
            guard m.isWord(m.before, "for", "in", "within", "lasted", "lasts", "took", "takes", "over", "spent", "after", "last", "from", "about")
                    || m.isWord(m.after, "ago", "later", "earlier", "before", "after") else { return nil }
            if m.isWord(m.after, "of", "as", "when", "that", "to") { return nil }
            guard let unit = m.lexicon.unit(m.token(0).lex) else { return nil }
            return .one(.duration(DurationValue.value(nil, unit)))
        },
        Rule("unit-long", [P.unit, P.hyphen.glued, P.w("long", "old").glued],
             examples: [X("their third day-long meeting", "P1D", span: "day-long"), X("a decades-long battle", "PXDE", span: "decades-long"),
                        X("a weeks-long strike", "PXW", span: "weeks-long"), X("a years-old slump", "PXY", span: "years-old")],
             negatives: [NegativeExample("a day-old baby", span: "day-old")]) { m in
            guard let unit = TimeUnit(rawValue: Int8(m.value(0))) else { return nil }
            let plural = m.token(0).has(.endsInS)
            if !plural, m.word(2) == "old" { return .veto }  // "a day-old baby", "a week-old truce": an age
            return .one(.duration(DurationValue.value(plural ? nil : 1, unit)))
        },
        Rule("units-ahead", [P.w("the"), P.w("days", "weeks", "months", "years", "decades"), P.w("ahead")],
             examples: [X("to pay departing investors in the weeks ahead.", "PXW", span: "the weeks ahead"), X("the months ahead", "PXM")]) { m in
            guard let unit = m.lexicon.unit(m.token(1).lex) else { return nil }
            return .one(.duration(DurationValue.value(nil, unit)))
        },
        // "over the years", "in the years that followed", "during the months since": a stretch of time of
        // unstated length, like "for years" (both corpora tag every "the <plural unit>" of this kind)
        Rule("over-the-units", [P.w("the"), P.w("days", "weeks", "months", "years", "decades", "centuries")],
             examples: [X("the industry has changed over the years", "PXY", span: "the years"),
                        X("In the years that followed, the guerrillas waged war.", "PXY", span: "the years"),
                        X("during the months since the crash", "PXM", span: "the months")],
             negatives: [NegativeExample("in the days of swelling sales", span: "the days"), NegativeExample("the years were hard", span: "the years"),
                         NegativeExample("counting the days until the vote", span: "the days"), NegativeExample("in the years 1990 to 1995", span: "the years")]) { m in
            guard m.isWord(m.before, "over", "in", "during", "through", "throughout") else { return nil }
            // "the days of ...", "the years 1990 to 1995": the periods are named, not a stretch; "the weeks
            // before the shooting", "the weeks ahead" are read by other rules
            if let next = m.after, next.kind == .number { return nil }
            if m.isWord(m.after, "of", "before", "after", "ahead", "when", "between") { return nil }
            guard let unit = m.lexicon.unit(m.token(1).lex) else { return nil }
            return .one(.duration(DurationValue.value(nil, unit)))
        },
        // "the whole day", "the entire week": all of one unit
        Rule("the-whole-unit", [P.w("the"), P.w("whole", "entire"), P.w("day", "week", "month", "year", "night", "weekend")],
             examples: [X("I had the entire day to look", "P1D", span: "the entire day", type: .duration), X("been there the whole day", "P1D", span: "the whole day"),
                        X("the whole year", "P1Y")],
             negatives: [NegativeExample("the whole day's takings", span: "day"), NegativeExample("the whole Week magazine", span: "Week")]) { m in
            if let next = m.after, next.isPunct(0x27), next.isAttached { return nil }  // "the whole day's takings"
            if m.token(2).has(.capitalized), !m.token(2).has(.allCaps), !m.token(0).has(.capitalized) { return nil }  // a title
            guard let unit = m.lexicon.unit(m.token(2).lex) else { return nil }
            return .one(.duration(DurationValue.value(1, unit)))
        },
        Rule("half-unit", [P.w("half"), P.w("a", "an"), P.unit],
             examples: [X("half an hour", "PT30M"), X("half a year", "P6M"), X("half a century", "P50Y")]) { m in
            guard let v = value(0.5, m.value(2)) else { return nil }
            return .one(.duration(v))
        },
        Rule("unit-and-a-half", [P.w("a", "an", "one"), P.unit, P.w("and"), P.w("a"), P.w("half")],
             examples: [X("a year and a half", "P1Y6M"), X("an hour and a half", "PT1H30M")]) { m in
            guard let v = value(1.5, m.value(1)) else { return nil }
            return .one(.duration(v))
        },
        Rule("units-and-units", [P.quantity, P.unit, P.w("and"), P.quantity, P.unit],
             examples: [X("two years and six months", "P2Y6M"), X("three hours and 20 minutes", "PT3H20M")]) { m in
            guard let a = m.amount(0), let b = m.amount(3), let u1 = TimeUnit(rawValue: Int8(m.value(1))), let u2 = TimeUnit(rawValue: Int8(m.value(4))),
                  u1.rawValue > u2.rawValue, m.word(3) != "a" else { return nil }
            return .one(.duration(DurationValue.value([(a, u1), (b, u2)])))
        },
    ]
}
