/// Checks that several rules share: is this capitalized word really a month, is this number a year.
enum RuleSupport {
    /// Month names that are also common words or abbreviations need a capital, and `May` must not
    /// be the modal (`May I`, `may be`); abbreviations need a period or a number after them.
    static func isMonth(_ m: Match, _ i: Int) -> Bool {
        let token = m.token(i)
        guard token.has(.capitalized) else { return false }
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
            guard let next else { return false }
            return (next.isPunct(0x2E) && next.isAttached) || next.kind == .number
        }
    }

    /// Words after which `March` is the verb or the protest (`march on`, `March against`).
    static let marchFollowers: Set<String> = ["on", "against", "toward", "towards", "into", "across", "past"]

    /// Words after which `May` is the modal verb.
    static let modalFollowers: Set<String> = [
        "i", "we", "you", "he", "she", "it", "they", "be", "not", "have", "also", "well", "never", "still", "soon",
        "this", "that", "there", "god", "all",
    ]

    /// Weekday names need a capital; short forms need a period or a date after them.
    static func isWeekday(_ m: Match, _ i: Int) -> Bool {
        let token = m.token(i)
        guard token.has(.capitalized) else { return false }
        if token.length <= 4 {
            // "Sat." or "Sat, Aug 21"; not "Sun, Hewlett-Packard and others"
            guard let next = m.tokenAfter(i) else { return false }
            if next.isPunct(0x2E) && next.isAttached { return true }
            guard next.isPunct(0x2C), let after = m.tokenAfter(i, offset: 1) else { return false }
            return after.kind == .number || m.classes(of: after).contains(.month)
        }
        return true
    }

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
        // "Windows 2000", "Orion 1980": a name with a number
        if let previous, previous.kind == .word, previous.has(.capitalized), !previous.has(.sentenceStart), !previous.has(.allCaps),
           m.classes(of: previous).isDisjoint(with: [.month, .weekday, .ruleWord, .functionWord, .season, .holiday]) { return false }
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
