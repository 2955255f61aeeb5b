/// Which events a mention takes part in, read from the parse around the mention's head word.
/// Each pattern has its examples in `EntityParticipationTests`:
///
/// - argument: the mention is the subject, object, indirect object or oblique of the event's
///   word ("Jobs announced", "Apple hired Jobs", "sold to Apple", "was fired by the board"), or a
///   nominal modifier or compound of an event noun ("the launch of the iPhone", "the iPhone launch");
/// - possessor: the mention possesses the event noun ("his keynote") or a core argument of the
///   event ("Jobs's company announced"; not "cheered during Jobs's keynote");
/// - conjunct or apposition: the mention is coordinated with an argument ("Jobs and Wozniak
///   founded") or in apposition to it ("the co-founder of Apple, Steve Jobs, has died");
/// - reduced relative: a participle modifies the mention ("Jobs, fired in 1985, founded NeXT");
/// - shared subject: the subject of a predicate is the subject of the predicates coordinated with
///   it or controlled by it ("Jobs welcomed everyone and announced", "Jobs decided to leave"), and
///   of an adverbial participle clause without a subject of its own ("Jobs unveiled it, saying
///   ...", "while introducing it, Jobs ..."; not "Jobs left after the board fired him");
/// - light verb: the subject of a verb takes part in the event noun that is its object
///   ("Jobs gave his keynote", "Apple made an announcement").
enum EntityParticipationRules {
    /// The words (predicates or event nouns) the mention whose head is `mention` takes part in,
    /// each with the pattern that links them; at most a few, whatever the sentence's length.
    static func predicates(of mention: Int, _ syntax: DocumentSyntax) -> [(word: Int, pattern: String)] {
        // "Jobs, fired in 1985, ...": a participle modifying the name
        var found: [(word: Int, pattern: String)] = syntax.children(mention, .acl).filter { syntax.upos($0) == .verb }.map { ($0, "reduced relative") }
        var argument = mention
        var possessed = false
        for _ in 0..<2 {
            let r = syntax.relation(argument)
            guard r == .conj || r == .appos, let h = syntax.head(argument), isNominal(syntax.upos(h)) else { break }
            argument = h
        }
        if syntax.relationName(argument) == "nmod:poss", let owner = syntax.head(argument) {
            found.append((owner, "possessor"))
            argument = owner
            possessed = true
        }
        guard let predicate = syntax.head(argument) else { return found }
        let relation = syntax.relation(argument)
        let name = possessed ? "possessor of \(syntax.relationName(argument))" : syntax.relationName(argument)
        switch relation {
        case .obl where possessed:
            return found  // "cheered during Jobs's keynote": the keynote is his, the cheering is not
        case .nsubj, .obj, .iobj, .obl:
            found.append((predicate, name))
        case .nmod, .compound:
            if isNominal(syntax.upos(predicate)) { found.append((predicate, name)) }
        default:
            return found
        }
        guard relation == .nsubj else { return found }
        // predicates sharing the subject, and event nouns of light verbs
        var frontier = [predicate]
        var depth = 0
        while !frontier.isEmpty, depth < 3 {
            var next: [Int] = []
            for p in frontier {
                for o in syntax.objects(of: p) where syntax.upos(o) == .noun { found.append((o, "light verb object")) }
                for c in syntax.children(p) {
                    let c = Int(c)
                    let r = syntax.relation(c)
                    guard r == .xcomp || (r == .conj && syntax.upos(c).isVerbal) || (r == .advcl && isParticiple(c, syntax)),
                          syntax.children(c, .nsubj).isEmpty else { continue }
                    found.append((c, "shared subject"))
                    next.append(c)
                }
            }
            frontier = next
            depth += 1
        }
        return found
    }

    /// "saying", "asked": a verb in a participle form, whose clause rarely names its own subject.
    static func isParticiple(_ w: Int, _ syntax: DocumentSyntax) -> Bool {
        syntax.upos(w) == .verb && (syntax.xpos(w) == "VBG" || syntax.xpos(w) == "VBN")
    }

    static func isNominal(_ upos: UPOS) -> Bool { upos == .noun || upos == .propn || upos == .pron || upos == .num }
}
