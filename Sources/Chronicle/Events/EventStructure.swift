/// A participant of an event and the part it plays in it, read from the parse.
public struct EventParticipant: Sendable, Hashable, Codable {
    /// The part a participant plays, from its dependency relation and preposition.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Who does it: the subject of an active verb, "by X" of a passive, "X's" of an event noun.
        case agent
        /// Who or what it is done to: the object, the subject of a passive, "of X" of an event noun.
        case patient
        /// Who receives or is told: the indirect object, the object beside a reported clause ("told Biden that").
        case recipient
        /// Where to: "to", "into", "toward".
        case goal
        /// Where from: "from", "out of".
        case source
        /// With whom: "with".
        case companion
        /// Where: a name after "in", "at", "near", "inside", "outside", "across".
        case place
    }

    /// The part it plays.
    public var role: Role
    /// The participant's noun phrase, as written (determiners, names and modifiers; no clauses).
    public var text: String
    /// Unicode-scalar span of its head word in the document.
    public var begin: Int
    /// Where its head word ends (exclusive), in Unicode scalars.
    public var end: Int

    /// A participant from its fields.
    public init(role: Role, text: String, begin: Int, end: Int) {
        self.role = role
        self.text = text
        self.begin = begin
        self.end = end
    }
}

/// What the parse says about one event: a short description in the text's own words, its
/// participants with roles, and, for reported events, who reports them.
///
/// Each rule is named after the phenomenon and carries its examples in `EventStructureTests`:
/// - **clause core**: subject, verb group (auxiliaries, negation, particles), objects,
///   complements and the obliques that are not times, in text order ("the White House sent
///   Elizabeth Sherwood-Randall to Uzbekistan"); relative clauses, appositions, adverbial clauses
///   and parentheticals are cut;
/// - **shared subject**: a coordinated verb or an open complement without a subject of its own
///   takes the subject of the verb it depends on ("... but phased out operations" -> "the US
///   phased out operations");
/// - **pronoun subject**: "it", "he", "she", "they" become the nearest earlier subject of the
///   same or previous sentence that agrees in number (and, for "he"/"she", is a name);
/// - **event noun**: a nominal event is described by its noun phrase ("the swift fall of Kabul");
/// - **length**: nested modifiers are dropped, deepest first, until the description has at
///   most `wordBudget` words;
/// - **attribution**: an event in the clause a reporting verb reports takes that verb's clause
///   (its subject, the verb and its times) as its attribution ("the mayor said on Thursday");
///   "according to X" in the event's clause is its attribution too.
struct EventStructure {
    let syntax: DocumentSyntax
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether word `w` lies inside a time expression.
    let inTimex: (Int) -> Bool

    /// Descriptions longer than this lose their nested modifiers.
    static let wordBudget = 14

    /// Relations cut from every phrase: clauses and asides that are not the event's core.
    private static let alwaysCut: Set<DependencyRelation> = [
        .appos, .parataxis, .punct, .advcl, .dep, .discourse, .vocative, .reparandum, .list, .dislocated, .orphan, .goeswith, .cc, .mark,
    ]

    // MARK: description

    /// The description of the event whose trigger is word `w`.
    func description(of w: Int) -> String {
        // an open complement is told with the verb that governs it ("the US would be forced to operate out of Qatar")
        var predicate = w, only: Int?
        if syntax.relation(w) == .xcomp, syntax.children(w, .nsubj).isEmpty, let h = syntax.head(w), isClausal(h) {
            (predicate, only) = (h, w)
        }
        for depth in stride(from: 2, through: 0, by: -1) {
            var core = Core()
            if isClausal(predicate) {
                clauseCore(predicate, depth: depth, nested: false, only: only, into: &core)
            } else {
                phrase(predicate, depth: depth, top: true, into: &core.required)
            }
            var chosen = core.required
            guard render(chosen).wordCount <= Self.wordBudget || depth == 0 else { continue }
            // obliques and reported clauses, in text order, while they fit
            for part in core.optional {
                let extended = chosen.merging(part) { kept, _ in kept }
                if render(extended).wordCount <= Self.wordBudget { chosen = extended }
            }
            let text = render(chosen).joined
            // a sentence's opening "The" is not a capital inside a timeline
            guard let first = chosen.keys.min(), syntax.upos(first) == .det,
                  syntax.sentences[syntax.sentence(of: first)].lowerBound == first else { return text }
            return lowercasedFirst(text)
        }
        return ""
    }

    /// A rendered phrase: pieces of text in order, some of them substituted (an antecedent for a pronoun).
    struct Rendering {
        var pieces: [(position: Int, text: String, gluedToPrevious: Bool)] = []
        var joined: String {
            var out = ""
            for piece in pieces {
                if !out.isEmpty && !piece.gluedToPrevious { out += " " }
                out += piece.text
            }
            return out
        }
        var wordCount: Int { pieces.filter { !$0.gluedToPrevious }.count }
    }

    /// The words of a clause's core (word -> substituted text, nil for the word as written):
    /// what it cannot lose, and what it keeps while the description stays short.
    struct Core {
        var required: [Int: String?] = [:]
        var optional: [[Int: String?]] = []
    }

    /// Whether `w` heads a clause (a verb, or a noun or adjective with a copula or a subject).
    func isClausal(_ w: Int) -> Bool {
        let upos = syntax.upos(w)
        if upos == .verb || upos == .aux { return true }
        return !syntax.children(w, .cop).isEmpty || !syntax.children(w, .nsubj).isEmpty
    }

    /// Subject, verb group, objects and complements of predicate `w` (required), its obliques
    /// that are not times and its reported clauses (optional). With `only`, of its complements
    /// only that one.
    private func clauseCore(_ w: Int, depth: Int, nested: Bool, only: Int? = nil, into core: inout Core) {
        let own = syntax.children(w).map(Int.init).filter { syntax.relation($0) == .nsubj || syntax.relation($0) == .csubj }
        if own.isEmpty, let shared = syntax.subjects(of: w).first {
            // the subject goes before the predicate even though it is written earlier in the sentence
            subject(shared, of: w, depth: 0, into: &core.required)
        }
        for s in own { subject(s, of: w, depth: depth, into: &core.required) }
        core.required[w] = .some(nil)
        // "will debate the budget and publish it": the second verb keeps the first one's auxiliaries
        if syntax.relation(w) == .conj, syntax.children(w, .aux).isEmpty, let first = syntax.head(w), syntax.upos(first).isVerbal {
            for aux in syntax.children(first, .aux) { core.required[aux] = .some(nil) }
        }
        // a phrase fronted before the subject ("Amid the coup, ...") sets the scene; it is not the core
        let clauseStart = (own + [w]).min() ?? w
        for child in syntax.children(w).map(Int.init) {
            if let only, child != only, [.obj, .iobj, .obl, .xcomp, .ccomp].contains(syntax.relation(child)) { continue }
            switch syntax.relation(child) {
            case .aux, .cop, .expl:
                core.required[child] = .some(nil)
            case .advmod where isNegation(child) || nested && syntax.xpos(child) == "WRB" && child < w:
                core.required[child] = .some(nil)
            case .compound where syntax.relationName(child) == "compound:prt":
                core.required[child] = .some(nil)
            case .obj where !isTemporal(child), .iobj where !isTemporal(child):
                phrase(child, depth: depth, into: &core.required)
            // an oblique without a preposition is a time or a measure ("last week", "two miles"), not a participant
            case .obl where !isTemporal(child) && !isAttribution(child) && child > clauseStart && !isWhWord(child) && !syntax.children(child, .case).isEmpty:
                var part: [Int: String?] = [:]
                phrase(child, depth: max(depth - 1, 0), into: &part)
                core.optional.append(part)
            case .xcomp where isClausal(child):
                clauseCore(child, depth: max(depth - 1, 0), nested: true, into: &core)
            case .xcomp:
                phrase(child, depth: 0, into: &core.required)
            case .ccomp:
                var reported = Core()
                clauseCore(child, depth: 0, nested: true, into: &reported)
                core.optional.append(reported.required)
            default:
                break
            }
        }
        // a marker of a complement clause ("to", "that") stays with it
        for child in syntax.children(w, .mark) where nested {
            core.required[child] = .some(nil)
        }
    }

    /// Subject `s` of predicate `w`: a personal pronoun becomes its antecedent, a relative
    /// pronoun the noun its clause modifies ("the coup that left the US" -> "the coup left the US").
    private func subject(_ s: Int, of w: Int, depth: Int, into chosen: inout [Int: String?], conjuncts: Bool = true) {
        if isWhWord(s), syntax.relationName(w) == "acl:relcl", let noun = syntax.head(w) {
            var words: [Int: String?] = [:]
            phrase(noun, depth: 0, top: true, into: &words, conjuncts: false)
            chosen[s] = .some(render(words).joined)
            return
        }
        phrase(s, depth: depth, top: !conjuncts, into: &chosen, pronounAntecedent: true, conjuncts: conjuncts)
    }

    /// The noun phrase of `w`: its determiners, names, modifiers and (to `depth` levels) nested
    /// phrases; relative and participial clauses and appositions cut. `top` leaves out the
    /// phrase's own preposition ("[at] Biden's plans"). With `pronounAntecedent`, a personal
    /// pronoun is replaced by its antecedent.
    private func phrase(_ w: Int, depth: Int, top: Bool = false, into chosen: inout [Int: String?], pronounAntecedent: Bool = false,
                        conjuncts: Bool = true) {
        if pronounAntecedent, let antecedent = antecedent(ofPronoun: w) {
            var words: [Int: String?] = [:]
            phrase(antecedent, depth: 0, top: true, into: &words, conjuncts: false)
            let text = render(words).joined
            let startsSentence = syntax.sentences[syntax.sentence(of: antecedent)].lowerBound == words.keys.min()
            chosen[w] = .some(startsSentence ? lowercasedFirst(text) : text)
            return
        }
        chosen[w] = .some(nil)
        for child in syntax.children(w).map(Int.init) {
            let relation = syntax.relation(child)
            if relation == .punct, isInsideAWord(child) { chosen[child] = .some(nil); continue }
            // "Sherwood-Randall" parsed as a name and an apposition: the hyphen makes it one name
            if relation == .appos, child > 0, syntax.upos(child - 1) == .punct, isInsideAWord(child - 1) {
                chosen[child - 1] = .some(nil)
                phrase(child, depth: 0, into: &chosen)
                continue
            }
            guard !Self.alwaysCut.contains(relation) else { continue }
            switch relation {
            case .case where top, .mark where top:
                continue
            case .nmod where syntax.relationName(child) == "nmod:poss":
                phrase(child, depth: depth, into: &chosen)
            case .acl:
                // "plans to establish a presence" keeps its infinitive; "objections, first reported by ..." loses its participle
                guard depth > 0, syntax.relationName(child) != "acl:relcl", syntax.children(child, .mark).contains(where: { lowercased($0) == "to" }) else { continue }
                var core = Core()
                clauseCore(child, depth: depth - 1, nested: true, into: &core)
                chosen.merge(core.required) { kept, _ in kept }
            case .nmod, .obl:
                guard depth > 0, !isTemporal(child), !isWhWord(child) else { continue }
                phrase(child, depth: depth - 1, into: &chosen)
            case .conj:
                // "Blinken and Austin": the conjunction goes with the conjunct; a coordinated verb is another clause
                guard conjuncts, !syntax.upos(child).isVerbal else { continue }
                for cc in syntax.children(child, .cc) { chosen[cc] = .some(nil) }
                phrase(child, depth: depth, into: &chosen)
            default:
                phrase(child, depth: depth, into: &chosen)
            }
        }
    }

    /// Renders chosen words in text order, spaced as the text spaces them.
    func render(_ chosen: [Int: String?]) -> Rendering {
        var rendering = Rendering()
        var previous: Int?
        for w in chosen.keys.sorted() {
            let word = syntax.words[w]
            // only punctuation inside a word ("Sherwood-Randall") stays
            if syntax.upos(w) == .punct, !(isInsideAWord(w) && chosen[w - 1] != nil && chosen[w + 1] != nil) { continue }
            let glued = previous == w - 1 && w > 0 && syntax.words[w - 1].byteEnd == word.byteStart
            let text = (chosen[w] ?? nil) ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[word.byteRange]), as: UTF8.self)
            rendering.pieces.append((w, text, glued && !rendering.pieces.isEmpty))
            previous = w
        }
        return rendering
    }

    // MARK: roles

    /// The participants of the event whose trigger is word `w`, in text order.
    func participants(of w: Int) -> [EventParticipant] {
        var result: [(Int, EventParticipant.Role)] = []
        func add(_ head: Int, _ role: EventParticipant.Role) {
            for conjunct in syntax.conjuncts(of: head) where syntax.upos(conjunct).isNominal || syntax.upos(conjunct) == .num {
                result.append((conjunct, role))
            }
        }
        if isClausal(w) {
            let passive = syntax.children(w).contains { syntax.relationName(Int($0)).hasSuffix(":pass") }
            let hasReportedClause = !syntax.children(w, .ccomp).isEmpty
            let own = syntax.children(w, .nsubj)
            for s in own.isEmpty ? syntax.subjects(of: w).filter({ syntax.relation($0) == .nsubj }) : own {
                add(s, syntax.relationName(s).hasSuffix(":pass") || passive && own.isEmpty ? .patient : .agent)
            }
            for o in syntax.children(w, .obj) where !isTemporal(o) {
                add(o, hasReportedClause ? .recipient : .patient)
                // "met the ministers in Washington": a place name on the object locates the event
                for n in syntax.children(o, .nmod) where !isTemporal(n) && role(marker: syntax.children(n, .case).first, head: n, passive: false) == .place {
                    add(n, .place)
                }
            }
            for o in syntax.children(w, .iobj) where !isTemporal(o) { add(o, .recipient) }
            for (o, marker) in syntax.obliques(of: w) where !isTemporal(o) {
                if let role = role(marker: marker, head: o, passive: passive) { add(o, role) }
            }
        } else {
            for child in syntax.children(w).map(Int.init) {
                switch syntax.relation(child) {
                case .nmod where syntax.relationName(child) == "nmod:poss" && syntax.upos(child) != .pron:
                    add(child, .agent)
                case .nmod where !isTemporal(child):
                    let marker = syntax.children(child, .case).first
                    if let marker, lowercased(marker) == "of" { add(child, .patient) }
                    else if let role = role(marker: marker, head: child, passive: true) { add(child, role) }
                default:
                    break
                }
            }
        }
        return result.map { head, role in
            var words: [Int: String?] = [:]
            if role == .agent || role == .patient, let h = syntax.head(head), [.nsubj, .obj].contains(syntax.relation(head)) {
                subject(head, of: h, depth: 0, into: &words, conjuncts: false)
            } else {
                phrase(head, depth: 0, top: true, into: &words, conjuncts: false)
            }
            return EventParticipant(role: role, text: render(words).joined, begin: Int(syntax.words[head].scalarStart),
                                    end: Int(syntax.words[head].scalarEnd))
        }
        .filter { !$0.text.isEmpty }
    }

    /// The role an oblique plays by its preposition; places are names ("in Washington", not "in the interests of").
    private func role(marker: Int?, head: Int, passive: Bool) -> EventParticipant.Role? {
        guard let marker else { return nil }
        switch lowercased(marker) {
        case "by": return passive ? .agent : nil
        case "to", "into", "toward", "towards": return .goal
        case "from": return .source
        case "with": return .companion
        case "in", "at", "near", "inside", "outside", "across", "throughout":
            return syntax.upos(head) == .propn ? .place : nil
        default: return nil
        }
    }

    // MARK: attribution

    /// "according to X" among the obliques of `w`: the phrase, as the attribution.
    func accordingTo(_ w: Int) -> String? {
        guard let oblique = syntax.children(w, .obl).first(where: isAttribution) else { return nil }
        var words: [Int: String?] = [:]
        phrase(oblique, depth: 1, into: &words)
        let text = render(words).joined
        return text.isEmpty ? nil : text
    }

    /// The attribution clause of reporting verb `w`: its subject, its verb group and its times
    /// ("the mayor said on Thursday").
    func attribution(reportedBy w: Int) -> String {
        var chosen: [Int: String?] = [:]
        for s in syntax.subjects(of: w) { phrase(s, depth: 0, into: &chosen, pronounAntecedent: true) }
        chosen[w] = .some(nil)
        for child in syntax.children(w).map(Int.init) {
            switch syntax.relation(child) {
            case .aux:
                chosen[child] = .some(nil)
            case .compound where syntax.relationName(child) == "compound:prt":
                chosen[child] = .some(nil)
            case .advmod where isNegation(child):
                chosen[child] = .some(nil)
            case .obl where isTemporal(child), .advmod where inTimex(child), .nmod where isTemporal(child):
                phrase(child, depth: 1, into: &chosen)
            case .iobj:
                phrase(child, depth: 0, into: &chosen)
            case .obj where syntax.upos(child) != .pron || syntax.lemma(child) != "it":
                phrase(child, depth: 0, into: &chosen)
            default:
                break
            }
        }
        return render(chosen).joined
    }

    /// The reporting predicate whose report holds word `w`: `w` heads a clausal complement or a
    /// parenthetical of it, or sits in a quotation it introduces. `isReporting` says which words
    /// are reporting events.
    func reporter(of w: Int, isReporting: (Int) -> Bool) -> Int? {
        var clause = w
        // climb out of coordinations and open complements to the clause's head
        for _ in 0..<6 {
            guard let h = syntax.head(clause), [.conj, .xcomp].contains(syntax.relation(clause)) else { break }
            clause = h
        }
        if let h = syntax.head(clause), [.ccomp, .parataxis].contains(syntax.relation(clause)), isReporting(h) { return h }
        // "Sales doubled, the owner said": the reporting verb hangs from the reported clause
        for child in syntax.children(clause).map(Int.init) where syntax.relation(child) == .parataxis && isReporting(child) {
            if syntax.children(child, .ccomp).isEmpty { return child }
        }
        if let quotation = syntax.quotation(containing: w), let introducer = quotation.introducer, introducer != w, isReporting(introducer) {
            return introducer
        }
        return nil
    }

    // MARK: pronouns

    /// The antecedent of a third-person personal pronoun at `w`: the nearest earlier subject of
    /// its sentence or the previous one that agrees in number (a name, for "he" and "she").
    func antecedent(ofPronoun w: Int) -> Int? {
        guard syntax.upos(w) == .pron, syntax.features(w).pronType == "Prs", syntax.features(w).person == "3" else { return nil }
        let lemma = syntax.lemma(w).lowercased()
        let plural = syntax.features(w).number == "Plur"
        let person = lemma == "he" || lemma == "she"
        let sentence = syntax.sentence(of: w)
        let start = syntax.sentences[max(0, sentence - 1)].lowerBound
        var k = w - 1
        while k >= start, w - k <= 80 {
            defer { k -= 1 }
            guard syntax.relation(k) == .nsubj, syntax.upos(k) == .noun || syntax.upos(k) == .propn else { continue }
            let coordinated = syntax.children(k, .conj).contains { syntax.upos($0).isNominal }
            let isPlural = coordinated || syntax.features(k).number == "Plur"
            guard isPlural == plural else { continue }
            if person, syntax.upos(k) != .propn { continue }
            return k
        }
        return nil
    }

    // MARK: word tests

    private func lowercased(_ w: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[syntax.words[w].byteRange]), as: UTF8.self).lowercased()
    }

    /// "The ferry" -> "the ferry" (a determiner capitalized only because it opened its sentence).
    private func lowercasedFirst(_ text: String) -> String {
        let first = text.prefix { $0 != " " }
        guard ["The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her"].contains(first) else { return text }
        return first.lowercased() + text.dropFirst(first.count)
    }

    private func isNegation(_ w: Int) -> Bool {
        syntax.features(w).value("Polarity") == "Neg" || ["not", "n't", "never"].contains(lowercased(w))
    }

    /// A modifier that is a time ("on Monday", "last week", "in the early 2000s").
    func isTemporal(_ w: Int) -> Bool {
        inTimex(w) || syntax.relationName(w).hasSuffix(":tmod")
    }

    /// A relative or interrogative pronoun ("that", "which", "what").
    private func isWhWord(_ w: Int) -> Bool {
        ["WDT", "WP", "WP$"].contains(syntax.xpos(w)) || syntax.features(w).pronType == "Rel"
    }

    /// Punctuation with a word on each side and no space ("Sherwood-Randall", "al-Qaeda").
    private func isInsideAWord(_ w: Int) -> Bool {
        w > 0 && w + 1 < syntax.wordCount && syntax.words[w - 1].byteEnd == syntax.words[w].byteStart
            && syntax.words[w].byteEnd == syntax.words[w + 1].byteStart
    }

    /// "according to X".
    private func isAttribution(_ w: Int) -> Bool {
        syntax.children(w, .case).contains { lowercased($0) == "according" }
    }
}
