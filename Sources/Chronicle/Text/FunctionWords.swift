/// Closed classes of words that the stages after tagging test by lexicon id: clause openers,
/// the auxiliaries and modals of a verb group, determiners, titles before names, prepositions
/// that signal a relation in time. The grammar interns them when it builds its lexicon, after
/// the tagger's own words, so a token carries their id from the tokenizer and no stage makes a
/// string to ask what a word is.
struct FunctionWords: Sendable {
    /// Words that open a subordinate or relative clause.
    let subordinators: WordSet
    /// `be`, `have`, `do` and `get` forms inside a verb group.
    let auxiliaries: WordSet
    let modals: WordSet
    /// `will`, `shall`, `'ll`: modals that mark the future rather than a modality.
    let futureModals: WordSet
    let negations: WordSet
    /// Adverbs that may sit inside a verb group ("has also said").
    let groupAdverbs: WordSet
    /// Words before a noun that make a verb form a noun ("the summit", "of talks").
    let determiners: WordSet
    /// Predicates that make their infinitive not yet a fact ("plans to", "is expected to").
    let intensional: WordSet
    /// Capitalized words that open sentences without naming anyone.
    let commonCapitalized: WordSet
    /// Titles and nationality words that open a name ("President", "Russian").
    let titles: WordSet
    /// Prepositions before a place name ("in Geneva", "to Uzbekistan").
    let placePrepositions: WordSet
    /// Words before an event noun that refer back to an event already named ("the summit", "their meeting").
    let definiteMarkers: WordSet
    /// Prepositions that make an event noun the setting of its clause ("at their Geneva meeting").
    let settingPrepositions: WordSet
    /// `has`, `have`, `having`; `had`; `be` forms; past and present auxiliaries: the tense and aspect of a group.
    let have: WordSet
    let had: UInt16
    let beForms: WordSet
    let pastAuxiliaries: WordSet
    let presentAuxiliaries: WordSet
    let to: UInt16
    /// Prepositions before a time expression that give the relation: before, after, since.
    let beforeWords: WordSet
    let afterWords: WordSet
    let since: UInt16
    /// Adverbs that put a clause at the time just talked about ("then", "meanwhile").
    let sameTimeAdverbs: WordSet
    let at: UInt16, the: UInt16, that: UInt16, time: UInt16, same: UInt16, of: UInt16, with: UInt16, asWord: UInt16
    /// Openers of a fronted phrase that puts its event before the main clause's time ("After the vote, ...").
    let frontedBefore: WordSet

    /// Every word listed here, for the grammar to intern.
    static let all: [String] = lists.flatMap(\.words)

    private static let lists: [(name: String, words: [String])] = [
        ("subordinators", ["which", "who", "whom", "whose", "that", "when", "while", "after", "before", "because", "although", "though",
                           "since", "until", "if", "where", "whereas", "unless", "as"]),
        ("auxiliaries", ["is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "get", "got"]),
        ("modals", ["will", "would", "could", "might", "may", "must", "should", "can", "shall", "ll", "ought"]),
        ("futureModals", ["will", "shall", "ll"]),
        ("negations", ["not", "n't", "t", "never", "no"]),
        ("groupAdverbs", ["also", "still", "just", "already", "even", "now", "then", "only", "again", "ever", "finally", "first", "soon"]),
        ("determiners", ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                         "of", "s", "any", "no", "each", "every", "some", "another", "such"]),
        ("intensional", ["want", "wants", "wanted", "hope", "hopes", "hoped", "plan", "plans", "planned", "intend",
                         "intends", "intended", "likely", "unlikely", "able", "unable", "trying", "tries", "tried", "seeking", "seeks", "sought", "agreed",
                         "agrees", "refused", "refuses", "promised", "promises", "threatened", "threatens", "vowed", "vows", "aims", "aimed", "ready",
                         "willing", "set", "due", "supposed", "scheduled", "expected", "expects", "poised", "looking"]),
        ("commonCapitalized", ["the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "but", "and",
                               "or", "with", "without", "for", "after", "before", "while", "according", "if", "when", "as", "their", "his", "her", "its", "our",
                               "my", "your", "one", "two", "some", "many", "most", "all", "there", "here", "what", "who", "why", "how", "also", "however",
                               "meanwhile", "amid", "during", "since", "until", "by", "from", "to", "of", "not", "no", "yes", "would", "could",
                               "former", "other", "both", "each", "every", "post", "mr", "mrs", "ms"]),
        ("titles", ["president", "secretary", "minister", "deputy", "foreign", "defense", "defence", "prime", "vice", "chief", "general", "gen",
                    "sen", "senator", "rep", "representative", "governor", "gov", "mayor", "king", "queen", "prince", "chairman", "director",
                    "adviser", "advisor", "ambassador", "judge", "justice", "commander", "officer", "spokesman", "spokeswoman", "dr", "prof",
                    "state", "homeland", "security", "russian", "american", "chinese", "british", "french", "german", "us", "u.s.", "u.s"]),
        ("placePrepositions", ["in", "at", "to", "from", "near", "into", "across", "inside", "outside"]),
        ("definiteMarkers", ["the", "their", "his", "her", "its", "our", "this", "that", "s"]),
        ("settingPrepositions", ["at", "during", "in", "after", "before", "since", "following", "amid", "on"]),
        ("have", ["has", "have", "having"]),
        ("beForms", ["is", "are", "am", "was", "were", "be", "been", "being"]),
        ("pastAuxiliaries", ["was", "were", "did", "had"]),
        ("presentAuxiliaries", ["is", "are", "am", "does", "do", "has", "have"]),
        ("beforeWords", ["before", "until", "till", "by"]),
        ("afterWords", ["after", "following"]),
        ("sameTimeAdverbs", ["then", "meanwhile", "simultaneously"]),
        ("frontedBefore", ["after", "following", "since"]),
        ("single words", ["had", "to", "since", "at", "the", "that", "time", "same", "of", "with", "as"]),
        // the closed classes of a word's neighbours that the event classifier reads (`EventFeatures.Neighbour`)
        ("neighbour determiner", ["the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "each", "every", "all", "both", "another"]),
        ("neighbour possessive", ["his", "her", "its", "their", "our", "my", "your"]),
        ("neighbour be", ["is", "are", "am", "was", "were", "be", "been", "being"]),
        ("neighbour have", ["has", "have", "had", "having"]),
        ("neighbour do", ["do", "does", "did"]),
        ("neighbour modal", ["will", "would", "can", "could", "may", "might", "must", "shall", "should"]),
        ("neighbour to", ["to"]),
        ("neighbour preposition", ["of", "in", "on", "at", "by", "for", "with", "from", "into", "about", "over", "after", "before", "during", "since",
                                   "until", "against", "between", "through", "under", "without", "within", "amid", "among", "toward", "towards"]),
        ("neighbour pronoun", ["i", "we", "you", "he", "she", "it", "they", "him", "them", "us", "me", "who", "which", "what"]),
        ("neighbour conjunction", ["and", "or", "but", "that", "while", "because", "if", "when", "as", "than", "although"]),
        ("neighbour negation", ["not", "never", "no"]),
    ]

    /// The ids of the words of list `name`, in the list's order.
    func ids(of name: String) -> [UInt16] {
        guard let list = FunctionWords.lists.first(where: { $0.name == name }) else { preconditionFailure("no word list '\(name)'") }
        return list.words.map { lexicon.id(of: $0)! }
    }

    private let lexicon: Lexicon

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        func id(_ word: String) -> UInt16 {
            guard let id = lexicon.id(of: word) else { preconditionFailure("function word '\(word)' is not in the lexicon") }
            return id
        }
        func set(_ name: String) -> WordSet {
            guard let list = FunctionWords.lists.first(where: { $0.name == name }) else { preconditionFailure("no word list '\(name)'") }
            return WordSet(list.words.map(id))
        }
        subordinators = set("subordinators")
        auxiliaries = set("auxiliaries")
        modals = set("modals")
        futureModals = set("futureModals")
        negations = set("negations")
        groupAdverbs = set("groupAdverbs")
        determiners = set("determiners")
        intensional = set("intensional")
        commonCapitalized = set("commonCapitalized")
        titles = set("titles")
        placePrepositions = set("placePrepositions")
        definiteMarkers = set("definiteMarkers")
        settingPrepositions = set("settingPrepositions")
        have = set("have")
        had = id("had")
        beForms = set("beForms")
        pastAuxiliaries = set("pastAuxiliaries")
        presentAuxiliaries = set("presentAuxiliaries")
        to = id("to")
        beforeWords = set("beforeWords")
        afterWords = set("afterWords")
        since = id("since")
        sameTimeAdverbs = set("sameTimeAdverbs")
        at = id("at"); the = id("the"); that = id("that"); time = id("time"); same = id("same"); of = id("of"); with = id("with"); asWord = id("as")
        frontedBefore = set("frontedBefore")
    }
}
