/// Checks that several rules share: is this capitalized word really a month, is this number a year.
enum RuleSupport {
    /// Month names that are also common words or abbreviations need a capital, and `May` must not
    /// be the modal (`May I`, `may be`); abbreviations need a period or a number after them.
    /// Lowercase, as posts and messages write them, a name needs the company of a date (see
    /// `isLowercaseMonth`).
    static func isMonth(_ m: Match, _ i: Int) -> Bool {
        let token = m.token(i)
        guard token.has(.capitalized) else { return isLowercaseMonth(m, i) }
        let next = m.tokenAfter(i)
        let word = m.word(i)
        switch word {
        case "may":
            guard let next, next.kind == .word else { return true }
            // "disclosed in May that ...": after a preposition it is the month whatever follows
            if m.isWord(m.tokenBefore(i), "in", "since", "until", "till", "through", "during", "from", "by", "early", "late", "mid", "last", "next", "this", "of") {
                return true
            }
            return !modalFollowers.contains(m.word(of: next))
        case "march":
            // the verb ("march on"), or the protest ("the annual March for Life", "a March of mothers")
            guard let next, next.kind == .word else { return true }
            if marchFollowers.contains(m.word(of: next)) { return m.tokenAfter(i, offset: 1)?.kind == .number }
            if ["for", "of"].contains(m.word(of: next)), m.isWord(m.tokenBefore(i), "the", "a", "annual") { return false }
            // "the ``March of the Combatant Mothers'', "March of Dimes": a march with a name
            if m.word(of: next) == "of", let after = m.tokenAfter(i, offset: 1), after.kind == .word {
                let named = m.isWord(after, "the") ? m.tokenAfter(i, offset: 2) : after
                if let named, named.kind == .word, named.has(.capitalized), m.classes(of: named).isDisjoint(with: [.month, .ruleWord]) { return false }
            }
            return true
        default:
            guard token.length <= 4, word != "june", word != "july" else { return true }
            if shortMonthHasCompany(m, i) { return true }
            guard let next else { return false }
            return (next.isPunct(0x2E) && next.isAttached) || next.kind == .number
        }
    }

    /// A capitalized short month name without a period or a number after it ("Jan", "Aug") is a
    /// month after a day ("from 21 Jan"), after a preposition of time ("exam in Jun"), or in a list
    /// of months ("June, July and Aug", "Jun-Aug"); not before a possessive ("in Jan's car").
    static func shortMonthHasCompany(_ m: Match, _ i: Int) -> Bool {
        if let next = m.tokenAfter(i), next.isPunct(0x27) { return false }
        guard let previous = m.tokenBefore(i) else { return false }
        if previous.kind == .number, previous.length <= 2, !previous.has(.groupedNumber) { return true }
        if m.isWord(previous, "in", "since", "until", "till", "through", "during", "from", "early", "late", "mid") { return true }
        guard previous.isPunct(0x2C) || previous.isPunct(0x2D) || previous.isPunct(0x2F) || m.isWord(previous, "and", "or", "to") else { return false }
        let other = m.tokenBefore(i, offset: 1)
        return other?.kind == .word && m.classes(of: other).contains(.month) && other!.has(.capitalized)
    }

    /// Lowercase month names that are words too ("may", "march", "august", "mar") or short
    /// ("oct", "sept") are months only beside a day or year ("may 5th", "aug 15 2025", "15 aug",
    /// "the 3rd of march", "march 2019") or, for "may" and "march", after a preposition that the
    /// modal and the verb cannot follow ("in may", "since march"). The other full names
    /// ("february", "october") are months on their own.
    static func isLowercaseMonth(_ m: Match, _ i: Int) -> Bool {
        let word = m.word(i)
        let next = m.tokenAfter(i)
        let previous = m.tokenBefore(i)
        let isShort = !fullMonthNames.contains(word)
        guard ["may", "march", "august"].contains(word) || isShort else { return true }
        var dayOrYearAfter = false
        if let next, next.kind == .number, !next.has(.groupedNumber) {
            let afterNumber = m.tokenAfter(i, offset: 1)
            let suffixed = afterNumber.map { $0.isAttached && $0.kind == .word && ["st", "nd", "rd", "th"].contains(m.word(of: $0)) } ?? false
            // "may 5" alone is too often a count ("may 5 people come"): a day needs a suffix, a year, or nothing after it
            dayOrYearAfter = next.length == 4 || suffixed || afterNumber == nil || afterNumber!.kind == .punct
                || (isShort && !m.classes(of: afterNumber).contains(.unit) && !(afterNumber!.kind == .word && RuleSupport.countNouns.contains(m.word(of: afterNumber!))))
        }
        if isShort, let next, next.isPunct(0x2E), next.isAttached, m.tokenAfter(i, offset: 1)?.kind == .number { return true }
        // "15 aug", "the 3rd of march", "the last friday of march"
        let dayBefore = previous?.kind == .number && previous!.length <= 2
            || (m.isWord(previous, "of", "in") && m.tokenBefore(i, offset: 1).map { $0.kind == .number || !m.classes(of: $0).isDisjoint(with: [.ordinal, .weekday]) || m.isWord($0, "st", "nd", "rd", "th") } == true)
        if dayOrYearAfter || dayBefore { return true }
        // "this may have", "last march" (a protest): only prepositions the modal and the verb cannot follow
        if word == "may" || word == "march" { return m.isWord(previous, "in", "since", "until", "till", "during", "early", "late", "mid") }
        return word != "august" && !isShort && m.isWord(previous, "in", "since", "until", "till", "during", "early", "late", "mid", "next", "last", "this", "every")
    }

    static let fullMonthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                              "october", "november", "december"]

    /// Words after which `March` is the verb or the protest (`march on`, `March against`).
    static let marchFollowers: Set<String> = ["on", "against", "toward", "towards", "into", "across", "past"]

    /// Words after which `May` is the modal verb.
    static let modalFollowers: Set<String> = [
        "i", "we", "you", "he", "she", "it", "they", "be", "not", "have", "also", "well", "never", "still", "soon",
        "this", "that", "there", "god", "all",
    ]

    /// Short weekday names, which are words too ("sat", "sun", "wed") or easily part of one.
    static let shortWeekdays: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Weekday names: full names in any case; short forms ("Sat.", "thurs", "wed") with a period,
    /// or beside a date, a clock time or another weekday ("Sat, Aug 21", "wed 9am", "mon-fri"), or
    /// after a word that takes a day ("on fri", "this sat", "every mon"). "the sun", "sat on", "Sun
    /// Microsystems" stay words.
    static func isWeekday(_ m: Match, _ i: Int) -> Bool {
        let token = m.token(i)
        guard shortWeekdays.contains(m.word(i)) else { return true }
        let next = m.tokenAfter(i)
        if let next, next.isPunct(0x2E), next.isAttached, token.has(.capitalized) || m.tokenAfter(i, offset: 1)?.kind != .word { return true }
        if let next, next.isPunct(0x2D), next.isAttached, m.classes(of: m.tokenAfter(i, offset: 1)).contains(.weekday) { return true }
        // "Sat, Aug 21", "sat 3/16", "wed 9am", "wed, 3/20": a date or a clock time follows
        var k = 0
        if let next, next.isPunct(0x2C) { k = 1 }
        if let after = m.tokenAfter(i, offset: k), after.kind == .number || m.classes(of: after).contains(.month) && after.has(.capitalized) { return true }
        if let previous = m.tokenBefore(i), previous.isPunct(0x2D), previous.isAttached, m.classes(of: m.tokenBefore(i, offset: 1)).contains(.weekday) { return true }
        if m.isWord(m.tokenBefore(i), "this", "next", "last", "every", "each", "coming", "past") { return true }
        // "wed at 2pm", "tues at 10am": a clock time after it
        if m.isWord(next, "at"), let clock = m.tokenAfter(i, offset: 1), clock.kind == .number,
           let unit = m.tokenAfter(i, offset: 2), unit.isPunct(0x3A) || m.isWord(unit, "am", "pm", "a.m.", "p.m.") { return true }
        // "thurs" alone on its line, as a note or a calendar entry writes it; not the words "sat", "sun", "wed", "mon"
        if !["sat", "sun", "wed", "mon"].contains(m.word(i)), m.token(i).has(.lineBreakBefore) || m.tokenBefore(i) == nil,
           next == nil || next!.has(.lineBreakBefore) { return true }
        if isInListOfWeekdays(m, i) { return true }
        guard m.isWord(m.tokenBefore(i), "on", "till", "until", "til", "by", "from", "thru", "through") else { return false }
        // "on sun loungers": after a preposition, a noun after the short form makes it a word
        guard let next, next.kind == .word, !next.has(.capitalized) else { return true }
        return m.classes(of: next).contains(.partOfDay) || m.isWord(next, "at", "and", "or", "to", "till", "until", "before", "after", "for", "then")
    }

    /// A short weekday name joined by a comma, `and`, `or`, `&` or `/` to another weekday ("every mon,
    /// wed, thur", "on Mon and tues", "friday night or sat", "sat & sun"): the other names a day, so
    /// this one does too. "she sat and read" stays a verb.
    static func isInListOfWeekdays(_ m: Match, _ i: Int) -> Bool {
        func isJoin(_ token: Token?) -> Bool {
            guard let token else { return false }
            return token.isPunct(0x2C) || token.isPunct(0x26) || token.isPunct(0x2F) || m.isWord(token, "and", "or")
        }
        func isDay(_ token: Token?) -> Bool { token?.kind == .word && m.classes(of: token).contains(.weekday) }
        if isJoin(m.tokenBefore(i)) {
            let before = m.tokenBefore(i, offset: 1)
            // "friday night or sat": the other day may carry a part of the day
            if isDay(before) || m.classes(of: before).contains(.partOfDay) && isDay(m.tokenBefore(i, offset: 2)) { return true }
        }
        return isJoin(m.tokenAfter(i)) && isDay(m.tokenAfter(i, offset: 1))
    }

    /// Nouns that name an event held each year, so that a year after the event's name (or before
    /// it) dates the edition ("Kuala Lumpur Photography Festival 2013", "the Red Dot 2015 Awards")
    /// where a name with a number is otherwise no year ("Windows 2000", "Orion 1980").
    static let editionNouns: Set<String> = [
        "festival", "festivals", "award", "awards", "exhibition", "expo", "fair", "cup", "championship", "championships", "games",
        "olympics", "show", "week", "conference", "summit", "final", "finals", "league", "carnival", "parade", "trip", "project",
        "guide", "collection", "tour", "season", "prize", "marathon", "run", "race", "concert", "forum", "congress", "convention",
        "edition", "challenge", "gala", "election", "elections", "budget", "census", "camp", "workshop", "sale", "ceremony",
    ]

    /// A four-digit number reads as a year unless it is money, a count of things, part of a
    /// phone number or score, or a measurement.
    static func isYearNumber(_ m: Match, at i: Int) -> Bool {
        let token = m.token(i)
        guard token.kind == .number else { return true }  // spelled out
        let index = m.captures[i].begin
        let previous = m.tokenBefore(i)
        let next = m.tokenAfter(i)
        if let previous, previous.kind == .punct {
            if [UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "+")].contains(previous.punct) { return false }
            if (previous.punct == 0x2D || previous.punct == 0x2F || previous.punct == 0x2E || previous.punct == 0x3A) && previous.isAttached, index >= 2, m.tokens[index - 2].kind == .number {
                return false
            }
        }
        if let next {
            if next.kind == .punct, next.isAttached, [UInt8(ascii: "%"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":")].contains(next.punct) {
                if next.punct == 0x25 || m.tokenAfter(i, offset: 1)?.kind == .number { return false }
            }
            if next.kind == .word, next.isAttached { return false }  // 1990s, 2000th, 1500m
            if next.kind == .word, !next.has(.capitalized), countNouns.contains(m.word(of: next)) { return false }
        }
        if let previous, previous.kind == .word, quantityWords.contains(m.word(of: previous)) { return false }
        // "KLPF2013", "#ahm2014": digits glued to a word are part of a name or a tag (but "June2014" is a month's)
        if let previous, previous.kind == .word, token.isAttached, m.classes(of: previous).isDisjoint(with: [.month, .season]) { return false }
        // "Windows 2000", "Orion 1980": a name with a number
        if let previous, previous.kind == .word, previous.has(.capitalized), !previous.has(.sentenceStart), !previous.has(.allCaps),
           m.classes(of: previous).isDisjoint(with: [.month, .weekday, .ruleWord, .functionWord, .season, .holiday]),
           !editionNouns.contains(m.word(of: previous)), !(next.map { $0.kind == .word && editionNouns.contains(m.word(of: $0)) } ?? false) { return false }
        let value = Int(token.number)
        if value < 1800 || value > 2099 {
            guard let previous, previous.kind == .word, yearPrepositions.contains(m.word(of: previous)) else { return false }
        }
        return true
    }

    static let yearPrepositions: Set<String> = ["in", "since", "by", "from", "until", "till", "of", "through", "to", "during", "before", "after", "year", "circa", "around", "c"]
    static let quantityWords: Set<String> = ["about", "nearly", "almost", "some", "over", "than", "approximately", "roughly", "only", "just", "least", "most", "number", "no", "page", "pages", "flight", "route", "room", "suite", "model", "windows", "boeing", "airbus", "vision", "agenda", "top", "fortune", "apollo", "channel", "highway", "interstate", "gate"]
    static let countNouns: Set<String> = [
        "people", "persons", "men", "women", "children", "troops", "soldiers", "workers", "employees", "jobs", "shares",
        "miles", "kilometers", "km", "feet", "meters", "metres", "yards", "tons", "tonnes", "pounds", "kilograms", "kg",
        "dollars", "cents", "euros", "points", "votes", "cars", "homes", "houses", "units", "copies", "barrels", "acres",
        "hectares", "calories", "degrees", "words", "pages", "students", "members", "patients", "cases", "deaths",
        "residents", "refugees", "prisoners", "delegates", "passengers", "vehicles", "planes", "aircraft", "ships",
        "stores", "branches", "locations", "sites", "companies", "firms", "banks", "customers", "users", "visitors",
        "square", "cubic", "hp", "horsepower", "rpm", "mph", "kph", "cc", "mw", "kw", "gb", "mb",
    ]

    /// A two-digit year written with an apostrophe (`'98`), in the century a reader would take.
    /// The amount of a quantity when it is known exactly: the tokenizer and the quantity parser
    /// stop counting at 2,147,483,647 (`Int32.max`), so an amount that reaches it is a number too
    /// large to know, and nil like `several`.
    static func exactAmount(_ amount: Double?) -> Double? {
        amount.flatMap { $0 >= Double(Int32.max) ? nil : $0 }
    }

    static func fullYear(twoDigit value: Int) -> Int {
        value <= 30 ? 2000 + value : 1900 + value
    }
}
