/// Features of a token for the event classifier taken from the sentence's parse: what the word
/// is (UPOS, treebank tag, lemma), how it hangs in the tree (its relation, its governor's lemma,
/// tag and relation), which dependents it has (subject, object, auxiliary, modal, copula,
/// marker, determiner), which complements it takes, and whether it is quoted. A verb with a
/// subject is an event far more often than the same word as a modifier; "said" governing a
/// `ccomp` is a report, "wanted" governing an `xcomp` an intensional state.
///
/// The parse is the same at training and at run time: both tag and parse the text with the
/// shipped syntax model through `TextAnalysis`.
extension EventFeatures {
    /// The dependents a word has, one bit each (`dependents(of:in:)`).
    struct Dependents: OptionSet {
        let rawValue: UInt32
        static let subject = Dependents(rawValue: 1 << 0)
        static let passiveSubject = Dependents(rawValue: 1 << 1)
        static let object = Dependents(rawValue: 1 << 2)
        static let auxiliary = Dependents(rawValue: 1 << 3)
        static let modal = Dependents(rawValue: 1 << 4)
        static let copula = Dependents(rawValue: 1 << 5)
        static let marker = Dependents(rawValue: 1 << 6)
        static let determiner = Dependents(rawValue: 1 << 7)
        static let preposition = Dependents(rawValue: 1 << 8)
        static let clausalComplement = Dependents(rawValue: 1 << 9)
        static let openComplement = Dependents(rawValue: 1 << 10)
        static let adverbialClause = Dependents(rawValue: 1 << 11)
        static let negation = Dependents(rawValue: 1 << 12)
        static let possessor = Dependents(rawValue: 1 << 13)
        static let oblique = Dependents(rawValue: 1 << 14)

        /// What tells a predicate from a modifier or a name.
        static let argumentStructure: Dependents = [.subject, .passiveSubject, .object, .auxiliary, .modal, .copula, .determiner, .preposition]
        /// What tells the classes that take another event apart.
        static let complements: Dependents = [.clausalComplement, .openComplement, .adverbialClause, .marker, .object]
    }

    /// FNV hash of a string's bytes (lemmas and tags are lowercase or fixed already).
    @inline(__always)
    static func stringHash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// The dependents of word `w`, and the lemma of the marker of its first clausal complement
    /// ("that", "to", "whether", "if"), 0 when it has none.
    static func dependents(of w: Int, in syntax: DocumentSyntax) -> (Dependents, complementMarker: UInt64) {
        var result: Dependents = []
        var complementMarker: UInt64 = 0
        for child in syntax.children(w) {
            let c = Int(child)
            switch syntax.relation(c) {
            case .nsubj, .csubj: result.insert(syntax.relationName(c).hasSuffix(":pass") ? .passiveSubject : .subject)
            case .obj, .iobj: result.insert(.object)
            case .aux: result.insert(syntax.xpos(c) == "MD" ? .modal : .auxiliary)
            case .cop: result.insert(.copula)
            case .mark: result.insert(.marker)
            case .det: result.insert(.determiner)
            case .case: result.insert(.preposition)
            case .obl: result.insert(.oblique)
            case .advmod where syntax.features(c).value("Polarity") == "Neg": result.insert(.negation)
            case .nmod where syntax.relationName(c) == "nmod:poss": result.insert(.possessor)
            case .ccomp, .xcomp, .advcl:
                let relation = syntax.relation(c)
                result.insert(relation == .ccomp ? .clausalComplement : relation == .xcomp ? .openComplement : .adverbialClause)
                if complementMarker == 0, relation != .advcl, let mark = syntax.children(c, .mark).first {
                    complementMarker = stringHash(syntax.lemma(mark).lowercased())
                }
            default: break
            }
        }
        return (result, complementMarker)
    }

    /// Appends the parse's features of the word at token `i` for the detector.
    func syntaxFeatures(ofToken i: Int, syntax: DocumentSyntax, into out: inout [UInt32]) {
        let w = syntax.word(containingToken: i)
        guard w >= 0 else { return }
        func add(_ template: UInt64, _ value: UInt64) { out.append(EventFeatures.feature(template, value)) }
        let upos = UInt64(syntax.upos(w).rawValue)
        let lemma = EventFeatures.stringHash(syntax.lemma(w).lowercased())
        let relation = EventFeatures.stringHash(syntax.relationName(w))
        add(200, upos)
        add(201, EventFeatures.stringHash(syntax.xpos(w)))
        add(202, lemma)
        add(203, relation)
        add(204, relation &* 31 ^ upos)
        add(205, lemma &* 31 ^ upos)
        let (dependents, _) = EventFeatures.dependents(of: w, in: syntax)
        let structure = UInt64(dependents.intersection(.argumentStructure).rawValue)
        add(206, structure)
        add(207, structure << 8 | upos)
        add(208, lemma ^ structure << 40)
        if let h = syntax.head(w) {
            let governorLemma = EventFeatures.stringHash(syntax.lemma(h).lowercased())
            let governorUPOS = UInt64(syntax.upos(h).rawValue)
            add(210, governorLemma)
            add(211, governorLemma &* 31 ^ relation)
            add(212, (governorUPOS << 8 | upos) &* 31 ^ relation)
            add(213, EventFeatures.stringHash(syntax.relationName(h)) &* 31 ^ relation)
        } else {
            add(214, upos)
        }
        if syntax.quotation(containing: w) != nil { add(215, upos) }
        if let verbForm = syntax.features(w).verbForm { add(216, EventFeatures.stringHash(String(verbForm)) << 8 | upos) }
    }

    /// Appends the parse's features of the word at token `i` for the classifier: the
    /// complements it takes with its lemma, the marker of its complement, and its governor.
    func syntaxClassFeatures(ofToken i: Int, syntax: DocumentSyntax, into out: inout [UInt32]) {
        let w = syntax.word(containingToken: i)
        guard w >= 0 else { return }
        func add(_ template: UInt64, _ value: UInt64) { out.append(EventFeatures.feature(template, value)) }
        let lemma = EventFeatures.stringHash(syntax.lemma(w).lowercased())
        let (dependents, marker) = EventFeatures.dependents(of: w, in: syntax)
        let complements = UInt64(dependents.intersection(.complements).rawValue)
        add(300, lemma)
        add(301, complements)
        add(302, lemma ^ complements << 40)
        if marker != 0 {
            add(303, marker)
            add(304, lemma &* 31 ^ marker)
        }
        let relation = EventFeatures.stringHash(syntax.relationName(w))
        if let h = syntax.head(w) {
            add(305, EventFeatures.stringHash(syntax.lemma(h).lowercased()) &* 31 ^ relation)
        }
        add(306, UInt64(dependents.intersection([.copula, .negation, .modal, .possessor]).rawValue) << 8 | UInt64(syntax.upos(w).rawValue))
    }
}
