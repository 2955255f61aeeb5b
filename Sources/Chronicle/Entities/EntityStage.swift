/// The entity stage of one document: reads each section's parse and events (after the events
/// stage) and gathers the mentions of the target entities and the events they take part in.
/// Linear in the document's length: each word is looked at once for mentions, and each mention
/// walks a bounded neighbourhood of the tree.
struct EntityStage {
    private var finder: EntityMentionFinder
    private var mentions: [EntityMention] = []
    private var participations: [EntityParticipation] = []
    private var nounEvents: [EntityNounEvent] = []
    private var nounAt: [Int: Int] = [:]
    private var seenPairs: Set<[Int]> = []

    init(entities: [EntityName]) {
        finder = EntityMentionFinder(entities: entities)
    }

    /// Reads one section: `events` are its events, the first being the document's event `firstEvent`.
    mutating func read(_ text: TextAnalysis, events: [Event], firstEvent: Int) {
        guard let syntax = text.syntax else { return }
        var eventAt: [Int: Int] = [:]
        for (i, event) in events.enumerated() {
            if let w = syntax.words(overlappingScalars: event.mention.begin..<event.mention.end).first, eventAt[w] == nil {
                eventAt[w] = firstEvent + i
            }
        }
        for found in finder.find(syntax, bytes: text.bytes, sentenceBase: text.firstSentence) {
            let first = syntax.words[found.words.lowerBound], last = syntax.words[found.words.upperBound - 1]
            let mention = EntityMention(entity: found.entity, begin: Int(first.scalarStart), end: Int(last.scalarEnd),
                                        text: String(decoding: UnsafeBufferPointer(rebasing: text.bytes[Int(first.byteStart)..<Int(last.byteEnd)]), as: UTF8.self),
                                        rule: found.rule, sentence: text.firstSentence + syntax.sentence(of: found.words.lowerBound))
            mentions.append(mention)
            guard let head = syntax.spanHead(found.words) else { continue }
            var targets: [(word: Int, pattern: String, target: EntityParticipation.Target)] = []
            for (word, pattern) in EntityParticipationRules.predicates(of: head, syntax) {
                if let event = eventAt[word] {
                    targets.append((word, pattern, .event(event)))
                } else if Self.nounEventPatterns.contains(pattern), let noun = nounEvent(word, syntax, text, eventAt: eventAt) {
                    targets.append((word, pattern, .noun(noun)))
                }
            }
            for (word, pattern, target) in targets where !isEmptyLightVerb(word, syntax, text, eventAt: eventAt) {
                let key: [Int]
                switch target {
                case .event(let e): key = [found.entity, 0, e]
                case .noun(let n): key = [found.entity, 1, n]
                }
                guard seenPairs.insert(key).inserted else { continue }
                participations.append(EntityParticipation(entity: found.entity, target: target, trigger: phrase(word, syntax, text),
                                                          mention: mentions.count - 1, pattern: pattern,
                                                          governor: Self.sharesItsClauseTime(word, syntax) ? Self.governingEvent(of: word, syntax, eventAt: eventAt) : nil))
            }
        }
        nounAt = [:]
    }

    /// The word as the task names events: with its verb particle ("step_down").
    private func phrase(_ w: Int, _ syntax: DocumentSyntax, _ text: TextAnalysis) -> String {
        let form = Self.form(w, syntax, text)
        guard let particle = syntax.children(w).map(Int.init).first(where: { syntax.relationName($0) == "compound:prt" }) else { return form }
        return form + "_" + Self.form(particle, syntax, text)
    }

    private static func form(_ w: Int, _ syntax: DocumentSyntax, _ text: TextAnalysis) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text.bytes[syntax.words[w].byteRange]), as: UTF8.self)
    }

    /// The entity stage's event for noun `w`, made the first time it is asked for, when the
    /// word senses make it an event noun.
    private mutating func nounEvent(_ w: Int, _ syntax: DocumentSyntax, _ text: TextAnalysis, eventAt: [Int: Int]) -> Int? {
        if let n = nounAt[w] { return n }
        guard Self.isEventNoun(w, syntax, text) else { return nil }
        let word = syntax.words[w]
        nounEvents.append(EntityNounEvent(trigger: Self.form(w, syntax, text), lemma: syntax.lemma(w).lowercased(), begin: Int(word.scalarStart),
                                          end: Int(word.scalarEnd), sentence: text.firstSentence + syntax.sentence(of: w),
                                          governor: Self.governingEvent(of: w, syntax, eventAt: eventAt)))
        nounAt[w] = nounEvents.count - 1
        return nounEvents.count - 1
    }

    /// Whether noun `w`'s first WordNet sense names an event (`eventNounClasses`).
    private static func isEventNoun(_ w: Int, _ syntax: DocumentSyntax, _ text: TextAnalysis) -> Bool {
        guard syntax.upos(w) == .noun else { return false }
        let range = syntax.words[w].byteRange
        guard let code = WordSenses.standard.code(forWordHash: EventFeatures.bytesHash(text.bytes, range.lowerBound, range.upperBound)) else { return false }
        return eventNounClasses.contains(code.nounClass)
    }

    /// Whether `w` is a light verb whose object names an event ("gave his keynote"): the noun
    /// is the event, the verb none of its own, whichever pattern reached it.
    private func isEmptyLightVerb(_ w: Int, _ syntax: DocumentSyntax, _ text: TextAnalysis, eventAt: [Int: Int]) -> Bool {
        guard syntax.upos(w).isVerbal, Self.lightVerbs.contains(syntax.lemma(w).lowercased()) else { return false }
        return syntax.objects(of: w).contains { eventAt[$0] != nil || Self.isEventNoun($0, syntax, text) }
    }

    /// Whether word `w` happens when the clause that holds it does: a participle ("saying",
    /// "unveiling", "asked") or an event noun ("the invitation"), not an infinitive or a finite
    /// verb, which may look ahead ("decided to remain") or carry a time of their own.
    private static func sharesItsClauseTime(_ w: Int, _ syntax: DocumentSyntax) -> Bool {
        syntax.upos(w) == .noun || EntityParticipationRules.isParticiple(w, syntax)
    }

    /// The nearest event above word `w` in the parse, at most three heads up.
    private static func governingEvent(of w: Int, _ syntax: DocumentSyntax, eventAt: [Int: Int]) -> Int? {
        var h = syntax.head(w)
        for _ in 0..<3 {
            guard let g = h else { return nil }
            if let e = eventAt[g] { return e }
            h = syntax.head(g)
        }
        return nil
    }

    /// The links that make a noun the entity's event: "his resignation", "Jobs gave a speech",
    /// "the launch of iTunes", "the iPod launch" ("Apple's products" are not events, and their
    /// classes say so).
    static let nounEventPatterns: Set<String> = ["possessor", "light verb object", "nmod", "compound"]

    /// Verbs that lend their grammar to an event noun and name no event of their own when they
    /// have one for object ("Jobs gave a keynote", "made a decision", "took a walk", "held a
    /// meeting"): the noun is the entity's event, as TimeML annotates them. With another object
    /// they are events as any verb ("Jobs made a phone").
    static let lightVerbs: Set<String> = ["give", "make", "take", "hold", "have", "do", "deliver"]

    /// WordNet noun classes (as `WordSenses` numbers them) of nouns that name events: act,
    /// communication ("keynote", "speech"), event, phenomenon, process.
    static let eventNounClasses: Set<UInt64> = [2, 8, 9, 17, 20]

    var result: EntityAnalysis {
        EntityAnalysis(entities: finder.entities, mentions: mentions, nounEvents: nounEvents, participations: participations)
    }
}
