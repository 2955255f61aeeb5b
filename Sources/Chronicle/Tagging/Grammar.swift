/// The compiled rule set: the lexicon with every word the rules name, and for each kind of
/// token the rules that can start there, so the tagger only tries rules where they may match.
public final class Grammar: @unchecked Sendable {
    public let lexicon: Lexicon
    public let rules: [Rule]
    let parsers: PhraseParsers
    let tenses: TenseDetector
    public let tokenizer: Tokenizer

    /// Rule indices that may start at a token, by stage: base rules read tokens only; composite
    /// rules also read expressions found by the base stage.
    struct Dispatch {
        var byWord: [[Int32]]
        var byPunct: [[Int32]] = Array(repeating: [], count: 128)
        var forNumber: [Int32] = []
        var forExpression: [Int32] = []

        init(words: Int) { byWord = Array(repeating: [], count: words) }

        func candidates(for token: Token) -> [Int32] {
            switch token.kind {
            case .word: return byWord[Int(token.lex)]
            case .number: return forNumber
            case .punct: return token.punct < 128 ? byPunct[Int(token.punct)] : []
            }
        }
    }

    let base: Dispatch
    let composite: Dispatch

    /// The grammar of all the rules Chronicle ships.
    public static let standard = Grammar(rules: RuleBook.all)

    public init(rules: [Rule]) {
        let lexicon = Lexicon()
        Vocabulary.install(into: lexicon)
        parsers = PhraseParsers(lexicon: lexicon)
        tenses = TenseDetector(lexicon: lexicon)
        tokenizer = Tokenizer(lexicon: lexicon)
        var compiled = rules
        for r in compiled.indices {
            for e in compiled[r].pattern.indices {
                if case .words(let words) = compiled[r].pattern[e].test {
                    compiled[r].pattern[e].ids = words.map { word in
                        let id = lexicon.intern(word)
                        lexicon.roles.classes[Int(id)].insert(.ruleWord)
                        return id
                    }
                }
            }
        }
        self.lexicon = lexicon
        self.rules = compiled
        var base = Dispatch(words: lexicon.count)
        var composite = Dispatch(words: lexicon.count)
        for (index, rule) in compiled.enumerated() {
            let id = Int32(index)
            if rule.isComposite {
                Grammar.register(rule, id, in: &composite, lexicon: lexicon)
            } else {
                Grammar.register(rule, id, in: &base, lexicon: lexicon)
            }
        }
        self.base = base
        self.composite = composite
    }

    /// Files the rule under every token that can begin a match: the keys of its leading optional
    /// elements and of its first required one.
    private static func register(_ rule: Rule, _ id: Int32, in dispatch: inout Dispatch, lexicon: Lexicon) {
        func addWords(where predicate: (Int) -> Bool) {
            for w in 1..<lexicon.count where predicate(w) && dispatch.byWord[w].last != id { dispatch.byWord[w].append(id) }
        }
        func addNumber() { if dispatch.forNumber.last != id { dispatch.forNumber.append(id) } }
        for element in rule.pattern {
            switch element.test {
            case .words:
                for w in element.ids where dispatch.byWord[Int(w)].last != id { dispatch.byWord[Int(w)].append(id) }
            case .wordClass(let cls):
                addWords { lexicon.roles.classes[$0].contains(cls) }
            case .punct(let c):
                if dispatch.byPunct[Int(c)].last != id { dispatch.byPunct[Int(c)].append(id) }
            case .number:
                addNumber()
            case .parse(let parser):
                addNumber()
                let starters: Set<String>
                switch parser {
                case .quantity: starters = ["a", "an", "several", "many", "some", "few", "numerous", "multiple", "various", "countless"]
                case .clockTime: starters = ["noon", "midday", "mid-day", "midnight"]
                default: starters = []
                }
                addWords { w in
                    let classes = lexicon.roles.classes[w]
                    switch parser {
                    case .quantity, .year: return classes.contains(.numberWord) || starters.contains(lexicon.words[w])
                    case .dayOfMonth, .ordinal: return classes.contains(.ordinal) || classes.contains(.numberWord)
                    case .clockTime: return starters.contains(lexicon.words[w])
                    }
                }
            case .expression:
                if dispatch.forExpression.last != id { dispatch.forExpression.append(id) }
            }
            if !element.isOptional { break }
        }
    }
}

/// A span of tokens that a rule claimed, with what it read there.
struct Candidate {
    var begin: Int
    var end: Int
    var draft: TimexDraft
    var rule: Int
    /// Index of the other end of a range, if this is one end.
    var rangePartner: Int?
    var rangeRole: RangeRole?
    var isVeto: Bool
}

/// The matching engine: runs the grammar's patterns over a token buffer.
struct PatternMatcher {
    let grammar: Grammar
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    /// For each token, the candidate that starts there (stage two), or -1.
    var expressionStart: [Int32] = []
    /// For each token, the candidate that covers it (stage two), or -1.
    var covered: [Int32] = []
    var drafts: [TimexDraft] = []
    /// Ends of ranges are final: no later composite rule reads them again.
    var isRangeEnd: [Bool] = []
    private var captures: [Capture] = []
    private var start = 0

    init(grammar: Grammar, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) {
        self.grammar = grammar
        self.tokens = tokens
        self.bytes = bytes
    }

    /// Finds the expressions: base rules leftmost-longest, then composite rules until nothing changes.
    mutating func run() -> [Candidate] {
        var candidates = baseStage()
        for _ in 0..<4 {
            guard compositeStage(&candidates) else { break }
        }
        return candidates.filter { !$0.isVeto }
    }

    private mutating func baseStage() -> [Candidate] {
        var found: [Candidate] = []
        var i = 0
        while i < tokens.count {
            let rules = grammar.base.candidates(for: tokens[i])
            if !rules.isEmpty, let best = bestMatch(at: i, rules: rules) {
                found.append(contentsOf: best.candidates)
                i = best.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// One pass of the composite rules; returns whether anything changed.
    private mutating func compositeStage(_ candidates: inout [Candidate]) -> Bool {
        expressionStart = Array(repeating: -1, count: tokens.count)
        covered = Array(repeating: -1, count: tokens.count)
        drafts = candidates.map(\.draft)
        isRangeEnd = candidates.map { $0.rangeRole != nil }
        for (index, c) in candidates.enumerated() {
            expressionStart[c.begin] = Int32(index)
            for t in c.begin..<c.end { covered[t] = Int32(index) }
        }
        var result: [Candidate] = []
        var changed = false
        var next = 0  // next candidate not yet copied
        var i = 0
        while i < tokens.count {
            var rules: [Int32]
            if expressionStart[i] >= 0 {
                rules = grammar.composite.forExpression
            } else if covered[i] < 0 {
                rules = grammar.composite.candidates(for: tokens[i])
            } else {
                i += 1
                continue
            }
            if !rules.isEmpty, let best = bestMatch(at: i, rules: rules) {
                // drop the expressions the new match covers; keep the ones before it
                while next < candidates.count, candidates[next].begin < i { result.append(candidates[next]); next += 1 }
                while next < candidates.count, candidates[next].begin < best.end { next += 1 }
                result.append(contentsOf: best.candidates)
                changed = true
                i = best.end
            } else {
                i += 1
            }
        }
        guard changed else { return false }
        result.append(contentsOf: candidates[next...])
        candidates = result
        return true
    }

    /// The longest match of any of `rules` at token `i` whose production accepts it; earlier rules win ties.
    private mutating func bestMatch(at i: Int, rules: [Int32]) -> (end: Int, candidates: [Candidate])? {
        var best: (end: Int, candidates: [Candidate])?
        for r in rules {
            let rule = grammar.rules[Int(r)]
            guard let end = match(rule, at: i), end > (best?.end ?? i) else { continue }
            let match = Match(tokens: tokens, bytes: bytes, lexicon: grammar.lexicon, captures: captures, drafts: drafts, begin: i, end: end)
            guard let production = rule.produce(match) else { continue }
            best = (end, candidates(from: production, match: match, rule: Int(r)))
        }
        return best
    }

    private func candidates(from production: Production, match: Match, rule: Int) -> [Candidate] {
        func span(_ elements: ClosedRange<Int>) -> (Int, Int) {
            let present = elements.map { match.captures[$0] }.filter(\.isPresent)
            return (present.map(\.begin).min() ?? match.begin, present.map(\.end).max() ?? match.end)
        }
        switch production {
        case .one(let draft):
            return [Candidate(begin: match.begin, end: match.end, draft: draft, rule: rule, isVeto: false)]
        case .over(let draft, let elements):
            let a = span(elements)
            return [Candidate(begin: a.0, end: a.1, draft: draft, rule: rule, isVeto: false)]
        case .range(let first, let firstElements, let second, let secondElements):
            let a = span(firstElements), b = span(secondElements)
            return [
                Candidate(begin: a.0, end: a.1, draft: first, rule: rule, rangePartner: 1, rangeRole: .start, isVeto: false),
                Candidate(begin: b.0, end: b.1, draft: second, rule: rule, rangePartner: -1, rangeRole: .end, isVeto: false),
            ]
        case .veto:
            return [Candidate(begin: match.begin, end: match.end, draft: .date(.fixed("")), rule: rule, isVeto: true)]
        }
    }

    /// Matches the whole pattern at token `i`, filling `captures`; returns the end token.
    private mutating func match(_ rule: Rule, at i: Int) -> Int? {
        start = i
        if captures.count < rule.pattern.count {
            captures = Array(repeating: .absent, count: rule.pattern.count)
        } else {
            captures.removeLast(captures.count - rule.pattern.count)
        }
        return matchElements(rule.pattern, from: 0, at: i)
    }

    private mutating func matchElements(_ pattern: [PatternElement], from e: Int, at p: Int) -> Int? {
        if e == pattern.count { return p }
        let element = pattern[e]
        if let capture = matchElement(element, at: p) {
            captures[e] = capture
            if let end = matchElements(pattern, from: e + 1, at: capture.end) { return end }
        }
        if element.isOptional {
            captures[e] = .absent
            return matchElements(pattern, from: e + 1, at: p)
        }
        return nil
    }

    private func matchElement(_ element: PatternElement, at p: Int) -> Capture? {
        guard p < tokens.count else { return nil }
        let token = tokens[p]
        if p > start && token.has(.sentenceStart) { return nil }
        if element.isAttached && (p == start || !token.isAttached) { return nil }
        if case .expression(let accepts) = element.test {
            guard !expressionStart.isEmpty, expressionStart[p] >= 0 else { return nil }
            let index = Int(expressionStart[p])
            guard !isRangeEnd[index], accepts(drafts[index]) else { return nil }
            var end = p
            while end < tokens.count, covered[end] == Int32(index) { end += 1 }
            return Capture(begin: p, end: end, value: 0, amount: nil, expression: index)
        }
        if !covered.isEmpty && covered[p] >= 0 { return nil }
        let lexicon = grammar.lexicon
        func single(_ value: Int) -> Capture { Capture(begin: p, end: p + 1, value: value, amount: nil, expression: -1) }
        switch element.test {
        case .words:
            guard token.kind == .word, let index = element.ids.firstIndex(of: token.lex) else { return nil }
            return single(index)
        case .wordClass(let cls):
            guard token.kind == .word, lexicon.classes(token.lex).contains(cls) else { return nil }
            switch cls {
            case .month: return single(lexicon.month(token.lex))
            case .weekday: return single(lexicon.weekday(token.lex))
            case .unit: return single(Int(lexicon.roles.unit[Int(token.lex)]))
            case .numberWord: return single(lexicon.number(token.lex))
            case .ordinal: return single(lexicon.ordinal(token.lex))
            case .season: return single(lexicon.season(token.lex))
            case .partOfDay: return single(Int(lexicon.roles.partOfDay[Int(token.lex)]))
            case .holiday: return single(lexicon.holiday(token.lex))
            default: return single(0)
            }
        case .punct(let c):
            guard token.kind == .punct, token.punct == c else { return nil }
            return single(Int(c))
        case .number(let range, let digits):
            guard token.kind == .number, !token.has(.groupedNumber), digits.contains(Int(token.length)),
                  range.contains(Int(token.number)) else { return nil }
            return single(Int(token.number))
        case .parse(let parser):
            guard let r = grammar.parsers.parse(parser, tokens, at: p, bytes: bytes) else { return nil }
            if r.end > p + 1 {
                for k in (p + 1)..<r.end where tokens[k].has(.sentenceStart) || (!covered.isEmpty && covered[k] >= 0) { return nil }
            }
            return Capture(begin: p, end: r.end, value: r.value, amount: r.amount, expression: -1)
        case .expression:
            return nil
        }
    }
}

/// Which end of a range an expression is.
public enum RangeRole: String, Sendable, Codable {
    case start, end
}
