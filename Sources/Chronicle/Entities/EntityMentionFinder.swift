/// Finds the mentions of the target entities in a document, section by section, with what it
/// learnt from earlier sections (acronyms, descriptions, the last subjects) carried over. Each
/// rule has its examples in `EntityMentionTests`:
///
/// - names: the forms `EntityName` derives ("Steve Jobs", "Jobs", "A380", "iTunes");
/// - acronym introduced by the text: a name followed by its initials in parentheses, "General
///   Motors (GM)", makes "GM" a name of the entity for the rest of the document;
/// - pronoun: "he", "she", "him", "his", "her" refer to the last subject naming a person (a name
///   the parse builds with `flat`, "Steve Jobs", or an entity named so before); "it", "its" to the
///   last subject naming something else; subjects more than two sentences back are forgotten;
/// - definite description: "the N" refers to the entity when the text described it as an N
///   before ("Louis Gallois, the chief executive" ... "the executive"; "Airbus is a plane-maker" ...
///   "the plane-maker"; "Apple CEO Steve Jobs" ... "the CEO") and named it in the last three sentences.
struct EntityMentionFinder {
    let entities: [EntityName]
    private var aliases: [[String]]
    private var descriptors: [Set<String>]
    private var isPerson: [Bool]
    private var lastMentionSentence: [Int]
    /// The last subjects seen: (entity or nil for another name, sentence), for persons and for things.
    private var lastPersonSubject: (entity: Int?, sentence: Int)?
    private var lastThingSubject: (entity: Int?, sentence: Int)?

    static let pronounReach = 2
    static let descriptionReach = 3

    init(entities: [EntityName]) {
        self.entities = entities
        aliases = Array(repeating: [], count: entities.count)
        descriptors = Array(repeating: [], count: entities.count)
        isPerson = Array(repeating: false, count: entities.count)
        lastMentionSentence = Array(repeating: Int.min / 2, count: entities.count)
    }

    /// A mention as word numbers of a section's syntax, with its entity and rule.
    struct Found {
        var entity: Int
        var words: Range<Int>
        var rule: String
    }

    /// The mentions in one section, in text order. `sentence(w)` is the document's sentence of word `w`.
    mutating func find(_ syntax: DocumentSyntax, bytes: UnsafeBufferPointer<UInt8>, sentenceBase: Int) -> [Found] {
        let forms = (0..<syntax.wordCount).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[syntax.words[$0].byteRange]), as: UTF8.self) }
        // whether word i follows word i - 1 without a space
        let glued = (0..<syntax.wordCount).map { $0 > 0 && syntax.words[$0].byteStart == syntax.words[$0 - 1].byteEnd }
        var found: [Found] = []
        var w = 0
        while w < syntax.wordCount {
            let sentence = sentenceBase + syntax.sentence(of: w)
            if let (entity, length, rule) = nameMatch(at: w, forms, glued: glued) {
                let span = w..<(w + length)
                let head = syntax.spanHead(span) ?? w
                if span.contains(where: { syntax.relation($0) == .flat }) { isPerson[entity] = true }
                learnDescriptors(entity, head: head, syntax)
                found.append(Found(entity: entity, words: span, rule: rule))
                lastMentionSentence[entity] = sentence
                noteSubject(head, entity: entity, sentence: sentence, syntax)
                // "General Motors (GM)": the initials in parentheses become a name
                if rule == "full name", span.upperBound + 2 < forms.count, forms[span.upperBound] == "(", forms[span.upperBound + 2] == ")",
                   let initials = EntityName.initials(Array(forms[span])), forms[span.upperBound + 1] == initials {
                    aliases[entity].append(initials)
                    found.append(Found(entity: entity, words: (span.upperBound + 1)..<(span.upperBound + 2), rule: "acronym"))
                    w = span.upperBound + 3
                    continue
                }
                w = span.upperBound
                continue
            }
            let lower = forms[w].lowercased()
            if syntax.upos(w) == .pron, let personal = Self.pronounKinds[lower] {
                let slot = personal ? lastPersonSubject : lastThingSubject
                if let slot, let entity = slot.entity, sentence - slot.sentence <= Self.pronounReach {
                    found.append(Found(entity: entity, words: w..<(w + 1), rule: "pronoun"))
                    lastMentionSentence[entity] = sentence
                    noteSubject(w, entity: entity, sentence: sentence, syntax)
                }
            } else if syntax.upos(w) == .noun, let entity = describedEntity(w, syntax, sentence: sentence) {
                found.append(Found(entity: entity, words: w..<(w + 1), rule: "definite description"))
                lastMentionSentence[entity] = sentence
                noteSubject(w, entity: entity, sentence: sentence, syntax)
            } else if syntax.upos(w) == .propn, syntax.relation(w) == .nsubj {
                noteSubject(w, entity: nil, sentence: sentence, syntax)
            }
            w += 1
        }
        return found
    }

    /// Personal (true) or not (false), for the pronouns that can stand for a named entity.
    static let pronounKinds: [String: Bool] = ["he": true, "she": true, "him": true, "his": true, "her": true, "it": false, "its": false]

    private func nameMatch(at w: Int, _ forms: [String], glued: [Bool]) -> (entity: Int, length: Int, rule: String)? {
        var best: (entity: Int, length: Int, rule: String)?
        for (e, entity) in entities.enumerated() {
            let candidates = entity.forms.enumerated().map { ($1.words, $1.exactCase, $0 == 0 ? "full name" : "short form") }
                + aliases[e].map { ([$0], true, "acronym") }
            for (words, exact, rule) in candidates {
                if let length = Self.match(words, exact: exact, at: w, forms, glued: glued), length > (best?.length ?? 0) {
                    best = (e, length, rule)
                }
            }
        }
        return best
    }

    /// How many words from `w` spell `name`: each name word is one word of the text or several
    /// written without a space between them (the parser splits "A380" into "A" and "380").
    static func match(_ name: [String], exact: Bool, at w: Int, _ forms: [String], glued: [Bool]) -> Int? {
        var next = w
        for part in name {
            let target = exact ? part : part.lowercased()
            var spelled = ""
            repeat {
                guard next < forms.count, spelled.count < target.count else { return nil }
                spelled += exact ? forms[next] : forms[next].lowercased()
                next += 1
            } while spelled != target && next < forms.count && glued[next]
            guard spelled == target else { return nil }
        }
        return next - w
    }

    private mutating func noteSubject(_ w: Int, entity: Int?, sentence: Int, _ syntax: DocumentSyntax) {
        guard syntax.relation(w) == .nsubj else { return }
        let person: Bool
        if let entity { person = isPerson[entity] || Self.pronounKinds[syntax.lemma(w).lowercased()] == true }
        else { person = syntax.children(w, .flat).count > 0 }
        if person { lastPersonSubject = (entity, sentence) } else { lastThingSubject = (entity, sentence) }
    }

    /// Common nouns the text uses to describe the entity at this mention: its apposition, its
    /// title ("CEO" in "CEO Steve Jobs"), the predicate it is the subject of ("is a carmaker").
    private mutating func learnDescriptors(_ entity: Int, head: Int, _ syntax: DocumentSyntax) {
        var nouns = syntax.children(head, .appos) + syntax.children(head, .compound)
        if syntax.relation(head) == .appos, let h = syntax.head(head) { nouns.append(h) }
        if syntax.relation(head) == .nsubj, let h = syntax.head(head), !syntax.children(h, .cop).isEmpty { nouns.append(h) }
        // "the executive" as an apposition may be tagged an adjective
        for n in nouns where syntax.upos(n) == .noun || (syntax.upos(n) == .adj && syntax.relation(n) == .appos) { descriptors[entity].insert(syntax.lemma(n).lowercased()) }
    }

    /// The entity a definite "the N" refers to, when N describes one named recently.
    private func describedEntity(_ w: Int, _ syntax: DocumentSyntax, sentence: Int) -> Int? {
        guard syntax.children(w, .det).contains(where: { syntax.lemma($0).lowercased() == "the" }),
              syntax.children(w, .nmod).isEmpty, syntax.children(w, .acl).isEmpty else { return nil }
        let lemma = syntax.lemma(w).lowercased()
        return entities.indices.filter { descriptors[$0].contains(lemma) && sentence - lastMentionSentence[$0] <= Self.descriptionReach }
            .max { lastMentionSentence[$0] < lastMentionSentence[$1] }
    }
}
