/// How much an event belongs on the timeline a reader looks at: a score in 0...1, the product
/// of a base (a verb 1, a noun 0.8 as the parse tags it: a nominal event more often names again
/// what a verb told, or sets the scene) and the factor of every salience rule that applies to it. Events scoring at
/// least `mainTimelineThreshold` make the main timeline the exports show; the others stay in
/// the analysis and in the JSON with their score (`--all-events` shows them all).
///
/// Each rule is named after the phenomenon it handles and carries its own small texts; one test
/// runs them all (`EventSalienceTests`).
public enum EventSalience {
    /// The score an event needs to be on the main timeline. Every rule's factor is below it,
    /// so one rule is enough to take a verb off; see README for the counts that argue it.
    public static let mainTimelineThreshold = 0.5

    static let verbBase = 1.0
    static let nounBase = 0.8

    /// What a rule reads of one event.
    struct Context {
        var event: Event
        /// The sentence's parse and the trigger's word in it, when the text was parsed.
        var syntax: DocumentSyntax?
        var word: Int
        /// Whether the trigger's sentence asks a question after it ("Will the talks collapse?").
        var isQuestion: Bool
        /// The class of the event the trigger's word depends on in the parse, if that word is one.
        var governorClass: EventClass?

        var lemma: String { syntax.map { $0.lemma(word).lowercased() } ?? event.mention.trigger.lowercased() }
        /// Whether the trigger is a noun: as the parse tags it, else as the verb group read it.
        var isNominal: Bool { syntax.map { $0.upos(word).isNominal } ?? event.isNoun }

        func hasChild(_ relations: Set<DependencyRelation>) -> Bool {
            guard let syntax else { return false }
            return syntax.children(word).contains { relations.contains(syntax.relation(Int($0))) }
        }
    }

    /// A named salience rule: when it applies, the score is multiplied by `factor`.
    public struct Rule: Sendable {
        /// Its name ("reporting verb"), which the tests use and `score` reports.
        public let name: String
        /// What the salience is multiplied by when it applies (below 0.5 for every rule).
        public let factor: Double
        let applies: @Sendable (Context) -> Bool
        /// Small texts, the trigger word in each, and whether the rule applies to that event.
        public let examples: [(text: String, trigger: String, applies: Bool)]
    }

    /// Reporting verbs fold into the event they report, as its attribution.
    static let reportingVerb = Rule(
        name: "reporting verb", factor: 0.3,
        applies: { $0.event.eventClass == .reporting },
        examples: [("The mayor said the bridge collapsed on Monday.", "said", true),
                   ("The mayor said the bridge collapsed on Monday.", "collapsed", false),
                   ("\"We are leaving,\" the ambassador told reporters on Friday.", "told", true)])

    /// Verbs of thinking and wanting report a mind, not a happening: they fold into their
    /// complement like a reporting verb.
    static let cognitionVerb = Rule(
        name: "cognition verb", factor: 0.3,
        applies: { $0.event.eventClass == .iState && !$0.isNominal },
        examples: [("Officials think the dam will hold.", "think", true),
                   ("Analysts expect the central bank to raise rates in June.", "expect", true),
                   ("The central bank raised rates in June.", "raised", false)])

    /// Auxiliaries and light verbs that carry no happening of their own: "has" as an
    /// auxiliary the tagger took for a verb, "say" or "ask" with nothing said or asked.
    static let lightVerb = Rule(
        name: "auxiliary or light verb", factor: 0.2,
        applies: { context in
            guard let syntax = context.syntax else { return false }
            if syntax.upos(context.word) == .aux || syntax.relation(context.word) == .aux { return true }
            guard EventSalience.lightVerbs.contains(context.lemma), syntax.upos(context.word).isVerbal else { return false }
            return !context.hasChild([.obj, .iobj, .ccomp, .xcomp, .obl, .parataxis])
                && !syntax.quotations.contains { $0.introducer == context.word }
        },
        examples: [("We asked.", "asked", true),
                   ("Nobody asked.", "asked", true),
                   ("The US had bases in Uzbekistan and Kyrgyzstan.", "had", false),
                   ("The envoy asked Moscow for guarantees.", "asked", false)])

    static let lightVerbs: Set<String> = ["have", "do", "be", "get", "say", "ask", "think", "go", "come"]

    /// A state told in the present tense without time of its own is how things are, not
    /// something that happened ("Uzbekistan borders Afghanistan", "the river is deep").
    static let genericState = Rule(
        name: "generic state", factor: 0.4,
        applies: { context in
            let event = context.event
            let isState = event.eventClass == .state || context.hasChild([.cop]) && context.syntax?.upos(context.word) != .verb
            guard isState, event.aspect == .none else { return false }
            guard let syntax = context.syntax else { return event.tense == .present }
            // the tense the predicate or its auxiliary or copula carries ("owns", "is deep")
            let verbs = [context.word] + syntax.children(context.word).map(Int.init).filter { [.aux, .cop].contains(syntax.relation($0)) }
            let tenses = verbs.compactMap { syntax.features($0).tense }
            return tenses.contains("Pres") && !tenses.contains("Past") && !verbs.contains { syntax.xpos($0) == "MD" }
        },
        examples: [("The bank owns about 11% of the airline.", "owns", true),
                   ("The company has about 8.8 million shares outstanding.", "has", true),
                   ("The US had bases in Uzbekistan and Kyrgyzstan.", "had", false)])

    /// A question asks whether something happens; it does not tell that it did.
    static let question = Rule(
        name: "question", factor: 0.3,
        applies: { $0.isQuestion },
        examples: [("Will the talks collapse?", "collapse", true),
                   ("The talks collapsed on Monday.", "collapsed", false)])

    /// A modal or a condition makes the event a possibility, not a fact ("could reestablish",
    /// "if the dam breaks"). A "would" in what a past verb reports is the future of that past,
    /// not a condition ("Osei said the department would hold two meetings").
    static let hypothetical = Rule(
        name: "hypothetical", factor: 0.4,
        applies: { context in
            // the clause's own predicate: up through coordination
            var clause = context.word
            if let syntax = context.syntax {
                while syntax.relation(clause) == .conj, let h = syntax.head(clause) { clause = h }
            }
            if let modality = context.event.modality, EventSalience.hypotheticalModals.contains(modality) {
                guard modality == "would", let syntax = context.syntax, syntax.relation(clause) == .ccomp,
                      let report = syntax.head(clause), syntax.features(report).tense == "Past" else { return true }
                return false
            }
            guard let syntax = context.syntax else { return false }
            return syntax.children(clause, .mark).contains { EventSalience.conditionalMarkers.contains(syntax.lemma($0).lowercased()) }
        },
        examples: [("Russia could reestablish bases in the region.", "reestablish", true),
                   ("If the talks fail, the army will attack.", "fail", true),
                   ("If the talks fail, the army will attack.", "attack", false),
                   ("Without the bases, the US would be forced to operate from Qatar.", "forced", true),
                   ("Osei said the department would hold two public meetings.", "hold", false),
                   ("The dam broke on Monday.", "broke", false)])

    static let hypotheticalModals: Set<String> = ["could", "would", "might", "may", "should", "must", "can", "ought"]
    static let conditionalMarkers: Set<String> = ["if", "unless", "whether"]

    /// A timeline event is something someone or something did or underwent: a verb with no
    /// subject, object or oblique and no name in its clause, or a noun with no modifier at
    /// all, is too bare to place.
    static let noParticipant = Rule(
        name: "no participant", factor: 0.4,
        applies: { context in
            guard let syntax = context.syntax, context.event.participants.isEmpty else { return false }
            if context.isNominal {
                return syntax.children(context.word).allSatisfy { syntax.relation(Int($0)) == .punct }
            }
            return syntax.subjects(of: context.word).isEmpty && !context.hasChild([.obj, .iobj, .obl, .nsubj, .csubj])
        },
        examples: [("Shooting continued.", "Shooting", true),
                   ("The ferry sank off the coast.", "sank", false),
                   ("Protesters marched to the parliament.", "marched", false)])

    /// What an attempt, a pressure or a beginning aims at ("pressured those countries to stop
    /// working", "began to rebuild") is told in its governor's description, which stands for both.
    static let complementOfAnEvent = Rule(
        name: "complement of an event", factor: 0.3,
        applies: { context in
            guard let syntax = context.syntax, syntax.relation(context.word) == .xcomp, let governor = context.governorClass else { return false }
            return governor == .iAction || governor == .aspectual
        },
        examples: [("Russia and China pressured those countries to stop working with the US military.", "stop", true),
                   ("Russia and China pressured those countries to stop working with the US military.", "pressured", false),
                   ("The council began to rebuild the bridge.", "rebuild", true),
                   ("Analysts expect the central bank to raise rates in June.", "raise", false)])

    /// Every rule, in the order the score applies them.
    public static let rules: [Rule] = [reportingVerb, cognitionVerb, lightVerb, genericState, question, hypothetical, noParticipant,
                                       complementOfAnEvent]

    /// The score of each of `events` of one section, whose triggers are tokens `tokens` of
    /// `analysis`, and the rules that applied.
    static func scores(_ events: [Event], tokens: [Int], analysis: TextAnalysis) -> [(score: Double, rules: [String])] {
        var classAt: [Int: EventClass] = [:]
        if let syntax = analysis.syntax {
            for (event, token) in zip(events, tokens) where classAt[syntax.word(containingToken: token)] == nil {
                classAt[syntax.word(containingToken: token)] = event.eventClass
            }
        }
        return zip(events, tokens).map { score($0, token: $1, analysis: analysis, eventClassAt: { classAt[$0] }) }
    }

    /// The score of `event`, whose trigger is token `token` of `analysis`, and the rules that
    /// applied; `eventClassAt` gives the class of the event at a word, if one is there.
    static func score(_ event: Event, token: Int, analysis: TextAnalysis, eventClassAt: (Int) -> EventClass? = { _ in nil }) -> (score: Double, rules: [String]) {
        let word = analysis.syntax.map { $0.word(containingToken: token) } ?? -1
        let context = Context(event: event, syntax: word >= 0 ? analysis.syntax : nil, word: word,
                              isQuestion: asksQuestion(after: token, analysis: analysis),
                              governorClass: word >= 0 ? analysis.syntax?.head(word).flatMap(eventClassAt) : nil)
        var score = context.isNominal ? nounBase : verbBase
        var applied: [String] = []
        for rule in rules where rule.applies(context) {
            score *= rule.factor
            applied.append(rule.name)
        }
        // two decimals: a stable number in the exports, not 0.32000000000000006
        return ((score * 100).rounded() / 100, applied)
    }

    /// Whether a question mark ends the sentence of token `token` (or a quoted question in it
    /// after the token: `"Why now?" she asked` asks about "now", not about "asked").
    static func asksQuestion(after token: Int, analysis: TextAnalysis) -> Bool {
        let sentence = analysis.clauses.sentenceRanges[Int(analysis.clauses.sentence[token])]
        var k = token + 1
        while k < sentence.upperBound {
            if analysis.tokens[k].isPunct(UInt8(ascii: "?")) { return true }
            k += 1
        }
        return false
    }
}
