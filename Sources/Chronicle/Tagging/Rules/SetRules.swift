private typealias X = RuleExample

/// Recurring times: `every Monday`, `each year`, `twice a month`, `weekly`, `annually`, `on Mondays`.
enum SetRules {
    static func set(_ value: String, quant: String? = nil, freq: String? = nil) -> Production {
        .one(TimexDraft(.set, .fixed(value), quant: quant, freq: freq))
    }

    static let adverbs: [(String, String)] = [
        ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("yearly", "P1Y"), ("annually", "P1Y"), ("quarterly", "P1Q"),
        ("hourly", "PT1H"), ("nightly", "P1D"), ("biweekly", "P2W"), ("fortnightly", "P2W"), ("biannually", "P6M"), ("semiannually", "P6M"),
    ]

    /// Nouns that a frequency adjective classifies rather than times.
    static let describedNouns: Set<String> = [
        "newspaper", "newspapers", "magazine", "magazines", "paper", "papers", "publication", "newsletter", "column", "tabloid",
        "dividend", "dividends", "payout", "payouts", "results", "loss", "losses", "profit", "profits", "earnings", "volume",
        "turnover", "average", "averages", "report", "reports", "statement", "statements", "filing", "filings", "cash", "of",
    ]

    static let rules: [Rule] = [
        Rule("frequency-adverb", [P.words(adverbs.map(\.0))],
             examples: [X("weekly", "P1W", type: .set, freq: "1X"), X("annually", "P1Y", type: .set, freq: "1X"), X("daily", "P1D", type: .set, freq: "1X"),
                        X("quarterly", "P1Q", type: .set, freq: "1X"),
                        X("a daily rally for his return", "P1D", span: "daily", type: .set, freq: "1X")],
             negatives: [NegativeExample("the Daily Mail", span: "Daily"), NegativeExample("a weekly magazine", span: "weekly"),
                         NegativeExample("the Communist Party daily Granma", span: "daily"), NegativeExample("cut its quarterly dividend", span: "quarterly")]) { m in
            if m.token(0).has(.capitalized), !m.token(0).has(.sentenceStart) { return nil }  // "The Daily Telegraph"
            if let next = m.after, next.kind == .word, next.has(.capitalized), !next.has(.sentenceStart) { return nil }  // "the party daily Granma"
            if let next = m.after, next.kind == .word, describedNouns.contains(m.word(of: next)) {
                return nil  // describes a publication or a payment rather than a recurrence: "a weekly magazine", "quarterly dividend"
            }
            return set(adverbs[m.value(0)].1, freq: "1X")
        },
        Rule("every-unit", [P.w("every", "each", "per"), P.quantity.opt, P.w("other").opt, P.unit],
             examples: [X("each year", "P1Y", type: .set, quant: "EACH"), X("every day", "P1D", type: .set, quant: "EVERY"), X("every two weeks", "P2W", type: .set, quant: "EVERY"),
                        X("every other month", "P2M", type: .set, quant: "EVERY"), X("per year", "P1Y", type: .set), X("every quarter", "P1Q", type: .set, quant: "EVERY")]) { m in
            if m.value(3) == Int(TimeUnit.night.rawValue) { return nil }  // "each night" is a part of day
            let amount = m.has(1) ? (m.amount(1) ?? 1) : (m.has(2) ? 2 : 1)
            guard let value = DurationRules.value(amount, m.value(3)) else { return nil }
            let quant: String? = m.word(0) == "per" ? nil : m.word(0).uppercased()
            return set(value, quant: quant)
        },
        Rule("every-weekday", [P.w("every", "each"), P.weekday, P.partOfDay.opt],
             examples: [X("every Monday", "XXXX-WXX-1", type: .set, quant: "EVERY"), X("each Thursday", "XXXX-WXX-4", type: .set, quant: "EACH"),
                        X("every Friday night", "XXXX-WXX-5TNI", type: .set, quant: "EVERY")]) { m in
            guard RuleSupport.isWeekday(m, 1) || m.token(1).length > 4 else { return nil }
            var point = TimePoint(granularity: .day, weekday: m.value(1))
            if m.has(2), let part = PartOfDay(rawValue: Int8(m.value(2))) { point.granularity = .partOfDay; point.partOfDay = part }
            return set(point.value, quant: m.word(0).uppercased())
        },
        Rule("every-month", [P.w("every", "each"), P.month],
             examples: [X("every July", "XXXX-07", type: .set, quant: "EVERY"), X("each December", "XXXX-12", type: .set, quant: "EACH")]) { m in
            guard m.token(1).has(.capitalized) else { return nil }
            return set(TimePoint(granularity: .month, month: m.value(1)).value, quant: m.word(0).uppercased())
        },
        Rule("every-part-of-day", [P.w("every", "each"), P.partOfDay],
             examples: [X("every morning", "XXXX-XX-XXTMO", type: .set, quant: "EVERY"), X("each night", "XXXX-XX-XXTNI", type: .set, quant: "EACH")]) { m in
            guard let part = PartOfDay(rawValue: Int8(m.value(1))) else { return nil }
            return set(TimePoint(granularity: .partOfDay, partOfDay: part).value, quant: m.word(0).uppercased())
        },
        // "on weekends", "our weekends", "weekends over at marsiling": every weekend
        Rule("weekends", [P.w("weekends", "wknds")],
             examples: [X("open on weekends", "XXXX-WXX-WE", span: "weekends", type: .set), X("Florals make our weekends better", "XXXX-WXX-WE", span: "weekends", type: .set),
                        X("wooooo weekends over at marsiling", "XXXX-WXX-WE", span: "weekends", type: .set)],
             // a count of weekends is an amount of time, and "weekends of" names some of them
             negatives: [NegativeExample("spent weekends of protest in the square", span: "weekends"), NegativeExample("Weekends Magazine", span: "Weekends")]) { m in
            if m.isWord(m.after, "of") { return nil }
            if m.token(0).has(.capitalized), !m.token(0).has(.sentenceStart), !m.token(0).has(.allCaps) { return nil }
            if let next = m.after, next.kind == .word, next.has(.capitalized), !next.has(.sentenceStart), !next.has(.allCaps) { return nil }
            return set("XXXX-WXX-WE")
        },
        Rule("plural-weekday", [P.words(Vocabulary.pluralWeekdays.map(\.0))],
             examples: [X("on Mondays", "XXXX-WXX-1", span: "Mondays", type: .set), X("Tuesdays", "XXXX-WXX-2", type: .set)]) { m in
            guard m.token(0).has(.capitalized) else { return nil }
            return set(TimePoint(granularity: .day, weekday: Vocabulary.pluralWeekdays[m.value(0)].1).value)
        },
        Rule("times-per-unit", [P.w("once", "twice", "thrice"), P.w("a", "an", "per", "every", "each"), P.unit],
             examples: [X("twice a month", "P1M", type: .set, freq: "2X"), X("once a year", "P1Y", type: .set, freq: "1X")]) { m in
            guard let value = DurationRules.value(1, m.value(2)) else { return nil }
            return set(value, freq: "\(m.value(0) + 1)X")
        },
        Rule("times-adverb", [P.w("once", "twice", "thrice"), P.words(adverbs.map(\.0))],
             examples: [X("twice weekly", "P1W", type: .set, freq: "2X"), X("once daily", "P1D", type: .set, freq: "1X")]) { m in
            set(adverbs[m.value(1)].1, freq: "\(m.value(0) + 1)X")
        },
        Rule("n-times-per-unit", [P.quantity, P.w("times"), P.w("a", "an", "per", "every", "each"), P.unit],
             examples: [X("three times a week", "P1W", type: .set, freq: "3X"), X("10 times a year", "P1Y", type: .set, freq: "10X")]) { m in
            guard let n = m.amount(0), let value = DurationRules.value(1, m.value(3)) else { return nil }
            return set(value, freq: "\(Int(n))X")
        },
        Rule("a-unit-as-rate", [P.w("a", "an"), P.w("year", "month", "week", "day", "hour", "quarter")],
             examples: [X("$5 million a year", "P1Y", span: "a year", type: .set), X("earning $20 an hour", "PT1H", span: "an hour", type: .set),
                        X("up from four flights a week", "P1W", span: "a week", type: .set)]) { m in
            // "$5 million a year": a rate after an amount of money or things
            guard let previous = m.before else { return nil }
            // "$5 million a year", "four flights a week"
            let countedThings = previous.kind == .word && previous.has(.endsInS)
                && (m.before(1)?.kind == .number || m.classes(of: m.before(1)).contains(.numberWord))
            let afterAmount = previous.kind == .number || countedThings
                || m.isWord(previous, "million", "billion", "thousand", "dollars", "percent", "cents", "trillion", "times", "pounds", "euros")
            guard afterAmount else { return nil }
            if m.isWord(m.after, "ago", "earlier", "later", "before", "after") { return nil }
            guard let unit = m.lexicon.unit(m.token(1).lex) else { return nil }
            return set(DurationValue.value(1, unit))
        },
    ]
}
