/// The words the tagger knows, with their roles: months, weekdays, units, numbers, ordinals,
/// seasons, parts of day, holidays, abbreviations, and the verb forms that signal tense.
enum Vocabulary {
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
        ("december", 12), ("dec", 12),
    ]

    static let weekdays: [(String, Int)] = [
        ("monday", 1), ("mon", 1), ("tuesday", 2), ("tue", 2), ("tues", 2), ("wednesday", 3), ("wed", 3),
        ("thursday", 4), ("thu", 4), ("thur", 4), ("thurs", 4), ("friday", 5), ("fri", 5),
        ("saturday", 6), ("sat", 6), ("sunday", 7), ("sun", 7),
    ]

    /// Weekday names in the plural (`on Mondays`) for sets.
    static let pluralWeekdays: [(String, Int)] = [
        ("mondays", 1), ("tuesdays", 2), ("wednesdays", 3), ("thursdays", 4), ("fridays", 5), ("saturdays", 6), ("sundays", 7),
    ]

    static let units: [(String, TimeUnit)] = [
        ("second", .second), ("seconds", .second), ("sec", .second), ("secs", .second),
        ("minute", .minute), ("minutes", .minute), ("min", .minute), ("mins", .minute),
        ("hour", .hour), ("hours", .hour), ("hr", .hour), ("hrs", .hour),
        ("day", .day), ("days", .day), ("night", .night), ("nights", .night),
        ("week", .week), ("weeks", .week), ("wk", .week), ("wks", .week), ("fortnight", .fortnight), ("fortnights", .fortnight),
        ("weekend", .weekend), ("weekends", .weekend), ("wknd", .weekend), ("wkend", .weekend), ("wknds", .weekend),
        ("month", .month), ("months", .month), ("quarter", .quarter), ("quarters", .quarter),
        ("year", .year), ("years", .year), ("yr", .year), ("yrs", .year),
        ("decade", .decade), ("decades", .decade), ("century", .century), ("centuries", .century),
        ("millennium", .millennium), ("millennia", .millennium), ("millenniums", .millennium),
    ]

    static let numberWords: [(String, Int)] = [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fourty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]

    static let ordinals: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14),
        ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
        ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60),
    ]

    static let seasons: [(String, Season)] = [
        ("spring", .spring), ("summer", .summer), ("fall", .fall), ("autumn", .fall), ("winter", .winter),
        ("springtime", .spring), ("summertime", .summer), ("wintertime", .winter),
    ]

    static let partsOfDay: [(String, PartOfDay)] = [
        ("morning", .morning), ("mornings", .morning), ("afternoon", .afternoon), ("afternoons", .afternoon),
        ("evening", .evening), ("evenings", .evening), ("night", .night), ("nights", .night), ("nite", .night), ("nites", .night),
    ]

    static let holidays: [(String, Holiday)] = [
        ("christmas", .christmas), ("xmas", .christmas), ("thanksgiving", .thanksgiving), ("easter", .easter),
        ("halloween", .halloween), ("juneteenth", .juneteenth), ("nye", .newYearsEve),
    ]

    static let abbreviations = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "reps", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "etc", "ft", "mt", "ave", "blvd", "fig",
        "approx", "dept", "univ", "assn", "gov", "pres", "supt", "messrs", "rev", "hon", "sens",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    static let futureMarkers = ["will", "shall", "ll"]
    static let modals = ["would", "could", "should", "might", "may", "must", "can", "ought"]
    static let presentForms = ["is", "are", "am", "has", "have", "does", "do", "says", "remains", "remain", "seems", "appears"]
    static let futureLeaning = [
        "expects", "expect", "expected", "plans", "plan", "planned", "scheduled", "intends", "intend", "intended",
        "aims", "hopes", "upcoming", "coming", "due", "slated", "proposed", "forecast", "forecasts", "projected",
        "anticipated", "anticipates", "anticipate", "predicted", "predicts", "promised", "promises", "vowed", "vows",
        "pledged", "pledges", "agreed", "agrees", "going", "set", "poised", "likely", "unlikely", "ready", "supposed",
        "payable", "effective", "expires", "expire", "expiring", "planning", "preparing", "hoping", "expecting",
        "aiming", "intending", "scheduling",
    ]

    /// Irregular past forms (the regular ones end in -ed) and the forms of `be`, `have`, `do` in the past.
    static let pastForms = [
        "was", "were", "had", "did", "said", "told", "met", "sent", "went", "came", "took", "made", "began", "became",
        "gave", "got", "left", "saw", "thought", "found", "held", "brought", "bought", "fell", "rose", "paid", "sold",
        "lost", "won", "led", "ran", "knew", "wrote", "spoke", "struck", "fought", "broke", "chose", "drove", "flew",
        "grew", "hung", "kept", "laid", "meant", "ate", "felt", "heard", "sat", "stood", "spent", "taught", "understood",
        "wore", "withdrew", "overthrew", "undertook", "forgot", "sought", "sank", "shot", "slid", "spun", "swore", "threw",
        "woke", "arose", "bore", "bled", "blew", "built", "caught", "clung", "dealt", "dug", "drew", "drank", "fled",
        "forbade", "forgave", "froze", "hid", "lay", "lent", "lit", "mistook", "overcame", "rang", "rode", "sang",
        "shook", "shone", "sprang", "stole", "stuck", "stung", "strove", "swam", "swung", "tore", "trod", "wept",
        "wound", "wrung", "sent", "spent", "bent", "lent", "slept", "swept", "wept", "crept", "dreamt", "learnt",
        "burnt", "fed", "bred", "sped", "rebuilt", "upheld", "withheld", "forecast", "foresaw", "oversaw", "underwent",
        "went", "rode", "drove", "began", "ceased", "quit", "split",
        // past and present alike; in news narrative mostly past
        "set", "put", "cut", "hit", "let", "shut", "spread", "cost", "hurt", "beat", "cast", "burst",
    ]

    /// Past participles that are not past forms: after `has`/`have` they make a perfect (a past for dating).
    static let participles = [
        "been", "taken", "given", "gone", "seen", "done", "begun", "become", "come", "written", "spoken", "broken",
        "chosen", "driven", "flown", "grown", "known", "eaten", "fallen", "risen", "shown", "stolen", "sworn", "thrown",
        "torn", "worn", "woken", "forgotten", "gotten", "hidden", "ridden", "shaken", "struck", "undertaken", "withdrawn",
        "overthrown", "drawn", "blown", "forgiven", "frozen", "sunk", "sung", "swum", "run",
    ]

    /// Determiners and prepositions: a verb form right after one is a noun or an adjective (`the proposed merger`).
    static let functionWords = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "of", "in", "on", "at", "by", "for", "with", "from", "into", "some", "any", "no", "each", "every", "all", "both",
        "during", "since", "until", "till", "before", "after", "through", "throughout", "around", "about", "early", "late",
        "mid", "last", "next", "over", "within", "between", "among", "against", "without", "toward", "towards",
    ]

    /// Adds the vocabulary to `lexicon` with its roles.
    static func install(into lexicon: Lexicon) {
        func add(_ word: String, _ cls: WordClass, _ set: (inout Lexicon.Roles, Int) -> Void = { _, _ in }) {
            let id = Int(lexicon.intern(word))
            lexicon.roles.classes[id].formUnion(cls)
            set(&lexicon.roles, id)
        }
        for (word, m) in months { add(word, .month) { $0.month[$1] = Int8(m) } }
        for (word, d) in weekdays { add(word, .weekday) { $0.weekday[$1] = Int8(d) } }
        for (word, u) in units { add(word, .unit) { $0.unit[$1] = u.rawValue } }
        for (word, n) in numberWords { add(word, .numberWord) { $0.number[$1] = Int32(n) } }
        for (word, n) in ordinals { add(word, .ordinal) { $0.ordinal[$1] = Int8(n) } }
        for (word, s) in seasons { add(word, .season) { $0.season[$1] = s.rawValue } }
        for (word, p) in partsOfDay { add(word, .partOfDay) { $0.partOfDay[$1] = p.rawValue } }
        for (word, h) in holidays { add(word, .holiday) { $0.holiday[$1] = Int16(h.rawValue) } }
        for word in abbreviations { add(word, .abbreviation) }
        for word in futureMarkers { add(word, .futureMarker) }
        for word in modals { add(word, .modal) }
        for word in presentForms { add(word, .presentVerb) }
        for word in futureLeaning { add(word, .futureLeaning) }
        for word in pastForms { add(word, .pastVerb) }
        for word in participles { add(word, .participle) }
        for word in functionWords { add(word, .functionWord) }
    }
}
