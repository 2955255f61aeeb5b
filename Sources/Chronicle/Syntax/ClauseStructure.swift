/// Who did what to whom, and which clause modifies which: questions the event stages ask of a
/// predicate, answered from the dependency tree. Every answer is a list of word numbers.
extension DocumentSyntax {
    /// Subjects of `predicate` (nsubj, csubj, with subtypes such as `nsubj:pass`). A predicate
    /// without its own subject shares the subject of the predicate it is coordinated with ("the
    /// council will debate the budget and publish it": `publish` has `council`) or, for an open
    /// complement, of the predicate that controls it ("they want to leave": `leave` has `they`).
    public func subjects(of predicate: Int) -> [Int] {
        var w = predicate
        for _ in 0..<8 {
            let own = children(w).map(Int.init).filter { relation($0) == .nsubj || relation($0) == .csubj }
            if !own.isEmpty { return own }
            guard let h = head(w), relation(w) == .conj || relation(w) == .xcomp else { return [] }
            w = h
        }
        return []
    }

    /// Direct and indirect objects of `predicate` (obj, iobj).
    public func objects(of predicate: Int) -> [Int] {
        children(predicate).map(Int.init).filter { relation($0) == .obj || relation($0) == .iobj }
    }

    /// Obliques of `predicate` (obl, with subtypes such as `obl:tmod`), each with its case marker
    /// ("in" for "in June"), nil when it has none ("last week").
    public func obliques(of predicate: Int) -> [(word: Int, marker: Int?)] {
        children(predicate, .obl).map { ($0, children($0, .case).first) }
    }

    /// Clausal complements of `predicate`: ccomp ("said [that he left]") and xcomp ("began [to fall]").
    public func complements(of predicate: Int) -> [Int] {
        children(predicate).map(Int.init).filter { relation($0) == .ccomp || relation($0) == .xcomp }
    }

    /// Adverbial clauses of `predicate`, each with its marker ("before", "after", "since", "when"),
    /// nil when it has none. UD makes "before", "after", "since" `mark` and "when", "where",
    /// "while"-like wh-adverbs `advmod` of the clause: the marker is the `mark`, else a wh-adverb
    /// (WRB) opening the clause.
    public func adverbialClauses(of predicate: Int) -> [(clause: Int, marker: Int?)] {
        children(predicate, .advcl).map { clause in
            (clause, children(clause, .mark).first ?? children(clause, .advmod).first { $0 < clause && xpos($0) == "WRB" })
        }
    }

    /// The words coordinated with `w`, itself included, in text order: UD attaches every conjunct
    /// to the first, so this is the first conjunct and its `conj` dependents.
    public func conjuncts(of w: Int) -> [Int] {
        var first = w
        while relation(first) == .conj, let h = head(first) { first = h }
        return [first] + children(first, .conj)
    }

    /// The word a span attaches to from outside: the head of the span's own head word, nil when
    /// the span holds its sentence's root. For a time expression, the predicate or noun it
    /// modifies ("the warning came three days before [the flood of 9 May]": `flood` for "9 May").
    public func governor(of span: Range<Int>) -> Int? {
        guard let top = spanHead(span) else { return nil }
        return head(top)
    }

    /// The governor of the words overlapping the scalar range `range` (a time expression's span).
    public func governor(ofScalars range: Range<Int>) -> Int? {
        governor(of: words(overlappingScalars: range))
    }

    /// The word of `span` whose head lies outside it (the first such, if the parse splits the span).
    public func spanHead(_ span: Range<Int>) -> Int? {
        for w in span {
            guard let h = head(w) else { return w }
            if !span.contains(h) { return w }
        }
        return nil
    }
}
