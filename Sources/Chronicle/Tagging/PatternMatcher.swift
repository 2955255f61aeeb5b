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
///
/// Base rules are tried at every token that can start one, leftmost-longest. Composite rules only
/// near the expressions the base rules found: each composite pattern holds an expression and
/// reaches at most `compositeReach` tokens beyond one, so the document is cut into segments
/// around the expressions and each segment is matched on its own.
struct PatternMatcher {
    let grammar: Grammar
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    private let elements: UnsafeMutableBufferPointer<CompiledElement>
    private let spans: UnsafeMutableBufferPointer<CompiledRule>
    private let wordIDs: UnsafeMutableBufferPointer<UInt16>
    private let tables: LexiconTables
    private let parsers: PhraseParsers
    private let filters: [@Sendable (TimexDraft) -> Bool]
    private let captures: UnsafeMutableBufferPointer<Capture>
    /// Optional elements that matched, to retry without them: (element, token position).
    private let choicePoints: UnsafeMutableBufferPointer<(Int, Int)>

    /// How far a composite pattern reaches before or after the expressions it combines.
    static let compositeReach = 5

    // Segment state for the composite stage (indices relative to `segmentStart`).
    private var segmentStart = 0
    private var segmentEnd = 0
    private var expressionStart: [Int32] = []
    private var covered: [Int32] = []
    private var drafts: [TimexDraft] = []
    private var isRangeEnd: [Bool] = []
    private var start = 0
    /// The last sub-parser result per parser kind: rules tried at one token often read the same phrase.
    private var memo: [(position: Int, result: PhraseParsers.Result?)] = Array(repeating: (-1, nil), count: SubParser.allCases.count)

    init(grammar: Grammar, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
         captures: UnsafeMutableBufferPointer<Capture>, choicePoints: UnsafeMutableBufferPointer<(Int, Int)>) {
        self.grammar = grammar
        self.tokens = tokens
        self.bytes = bytes
        self.elements = grammar.elements
        self.spans = grammar.spans
        self.wordIDs = grammar.wordIDs
        self.tables = grammar.tables
        self.parsers = grammar.parsers
        self.filters = grammar.filters
        self.captures = captures
        self.choicePoints = choicePoints
        segmentEnd = tokens.count
    }

    /// Finds the expressions: base rules, then composite rules around them until nothing changes.
    mutating func run() -> [Candidate] {
        let found = baseStage()
        guard !found.isEmpty, grammar.composite.expressionRules.count > 0 else { return found.filter { !$0.isVeto } }
        var result: [Candidate] = []
        result.reserveCapacity(found.count)
        var i = 0
        while i < found.count {
            // a segment: expressions no further apart than twice the reach
            var j = i + 1
            while j < found.count, found[j].begin - found[j - 1].end <= 2 * PatternMatcher.compositeReach { j += 1 }
            var segment = Array(found[i..<j])
            segmentStart = max(0, found[i].begin - PatternMatcher.compositeReach)
            segmentEnd = min(tokens.count, found[j - 1].end + PatternMatcher.compositeReach)
            for _ in 0..<4 {
                guard compositeStage(&segment) else { break }
            }
            result.append(contentsOf: segment)
            i = j
        }
        segmentStart = 0
        segmentEnd = tokens.count
        return result.filter { !$0.isVeto }
    }

    private mutating func baseStage() -> [Candidate] {
        var found: [Candidate] = []
        var i = 0
        let dispatch = grammar.base
        let prefixWords = grammar.prefixWords
        let lookahead = grammar.lookahead
        while i < tokens.count {
            let token = tokens[i]
            var best = bestMatch(at: i, rules: dispatch.candidates(for: token), over: nil)
            if token.kind == .word, prefixWords[Int(token.lex)] {
                // rules with an optional prefix ("the third quarter"), chosen by the tokens after it
                for d in 1...lookahead.count where i + d < tokens.count {
                    best = bestMatch(at: i, rules: lookahead[d - 1].candidates(for: tokens[i + d]), over: best)
                }
            }
            if let best {
                found.append(contentsOf: best.candidates)
                i = best.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// One pass of the composite rules over the current segment; returns whether anything changed.
    private mutating func compositeStage(_ candidates: inout [Candidate]) -> Bool {
        let length = segmentEnd - segmentStart
        expressionStart.removeAll(keepingCapacity: true)
        expressionStart.append(contentsOf: repeatElement(-1, count: length))
        covered.removeAll(keepingCapacity: true)
        covered.append(contentsOf: repeatElement(-1, count: length))
        drafts = candidates.map(\.draft)
        isRangeEnd = candidates.map { $0.rangeRole != nil }
        for (index, c) in candidates.enumerated() {
            expressionStart[c.begin - segmentStart] = Int32(index)
            for t in c.begin..<c.end { covered[t - segmentStart] = Int32(index) }
        }
        var result: [Candidate] = []
        var changed = false
        var next = 0  // next candidate not yet copied
        var i = segmentStart
        let dispatch = grammar.composite
        while i < segmentEnd {
            let rules: UnsafeMutableBufferPointer<Int32>
            if expressionStart[i - segmentStart] >= 0 {
                rules = dispatch.expressionRules
            } else if covered[i - segmentStart] < 0 {
                rules = dispatch.candidates(for: tokens[i])
            } else {
                i += 1
                continue
            }
            if !rules.isEmpty, let best = bestMatch(at: i, rules: rules, over: nil) {
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

    typealias Best = (end: Int, rule: Int32, candidates: [Candidate])

    /// The longest match of any of `rules` at token `i` whose production accepts it, if it beats
    /// `current`; between equally long matches the earlier rule wins.
    private mutating func bestMatch(at i: Int, rules: UnsafeMutableBufferPointer<Int32>, over current: Best?) -> Best? {
        var best = current
        for r in rules {
            if let best, best.rule == r { continue }
            let span = spans[Int(r)]
            if let second = span.second, !mayContinue(second, rule: Int(r), at: i) { continue }
            guard let end = match(span, at: i) else { continue }
            if let best, end < best.end || (end == best.end && r > best.rule) { continue }
            if end <= i { continue }
            let match = Match(tokens: tokens, bytes: bytes, lexicon: grammar.lexicon,
                              captures: Array(captures[0..<Int(span.count)]), drafts: drafts, begin: i, end: end)
            guard let production = grammar.rules[Int(r)].produce(match) else { continue }
            best = (end, r, candidates(from: production, match: match, rule: Int(r)))
        }
        return best
    }

    /// Whether the token after rule `rule`'s first element, matched at `i`, can begin the rest of
    /// its pattern (`false` only when the pattern cannot match; see `Grammar.secondWords`).
    @inline(__always)
    private func mayContinue(_ second: SecondToken, rule: Int, at i: Int) -> Bool {
        var next = i + 1
        if second.first == .expression {
            guard !covered.isEmpty else { return false }
            let index = expressionStart[i - segmentStart]
            guard index >= 0 else { return false }
            while next < segmentEnd, covered[next - segmentStart] == index { next += 1 }
        }
        guard next < segmentEnd else { return false }
        if !covered.isEmpty, covered[next - segmentStart] >= 0 { return second.mayBeExpression && expressionStart[next - segmentStart] >= 0 }
        let token = tokens[next]
        switch token.kind {
        case .word:
            let w = Int(token.lex)
            return grammar.secondWords[rule * grammar.secondWordsStride + w / 64] & (1 << UInt64(w % 64)) != 0
        case .number: return second.mayBeNumber
        case .punct: return second.allows(punct: token.punct)
        }
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

    /// Matches a whole pattern at token `i`, filling `captures`; returns the end token.
    ///
    /// Elements match greedily; when a later element fails, the matcher returns to the last
    /// optional element that matched and tries the pattern without it.
    private mutating func match(_ span: CompiledRule, at i: Int) -> Int? {
        start = i
        let first = Int(span.first), last = first + Int(span.count)
        var e = first
        var p = i
        var choices = 0
        while true {
            if e == last { return p }
            let element = elements[e]
            let slot = e - first
            if let capture = matchElement(element, at: p) {
                if element.isOptional {
                    choicePoints[choices] = (e, p)
                    choices += 1
                }
                captures[slot] = capture
                p = capture.end
                e += 1
            } else if element.isOptional {
                captures[slot] = .absent
                e += 1
            } else {
                guard choices > 0 else { return nil }
                choices -= 1
                let (choice, position) = choicePoints[choices]
                captures[choice - first] = .absent
                e = choice + 1
                p = position
            }
        }
    }

    private mutating func parse(_ parser: SubParser, at p: Int) -> PhraseParsers.Result? {
        let k = parser.index
        if memo[k].position == p { return memo[k].result }
        let result = parsers.parse(parser, tokens, at: p, bytes: bytes)
        memo[k] = (p, result)
        return result
    }

    @inline(__always)
    private mutating func matchElement(_ element: CompiledElement, at p: Int) -> Capture? {
        guard p < segmentEnd else { return nil }
        let token = tokens[p]
        if p > start && token.has(.sentenceStart) { return nil }
        if element.isAttached && (p == start || !token.isAttached) { return nil }
        let inSegment = !covered.isEmpty
        if element.kind == .expression {
            guard inSegment else { return nil }
            let index = Int(expressionStart[p - segmentStart])
            guard index >= 0, !isRangeEnd[index], filters[Int(element.filter)](drafts[index]) else { return nil }
            var end = p
            while end < segmentEnd, covered[end - segmentStart] == Int32(index) { end += 1 }
            return Capture(begin: p, end: end, value: 0, amount: nil, expression: index)
        }
        if inSegment && covered[p - segmentStart] >= 0 { return nil }
        func single(_ value: Int) -> Capture { Capture(begin: p, end: p + 1, value: value, amount: nil, expression: -1) }
        switch element.kind {
        case .words:
            // most words are in no rule's list: one table read rejects them before the list is scanned
            guard token.kind == .word, tables.classes[Int(token.lex)].contains(.ruleWord) else { return nil }
            let start = Int(element.wordsStart)
            for k in 0..<Int(element.wordsCount) where wordIDs[start + k] == token.lex { return single(k) }
            return nil
        case .wordClass:
            guard token.kind == .word, tables.classes[Int(token.lex)].contains(element.wordClass) else { return nil }
            return single(tables.value(of: token.lex, as: element.wordClass))
        case .punct:
            guard token.kind == .punct, token.punct == element.punct else { return nil }
            return single(Int(element.punct))
        case .number:
            guard token.kind == .number, !token.has(.groupedNumber), token.length >= element.minDigits, token.length <= element.maxDigits,
                  token.number >= element.minimum, token.number <= element.maximum else { return nil }
            return single(Int(token.number))
        case .parse:
            guard let r = parse(element.parser, at: p) else { return nil }
            if r.end > segmentEnd { return nil }
            if r.end > p + 1 {
                for k in (p + 1)..<r.end where tokens[k].has(.sentenceStart) || (inSegment && covered[k - segmentStart] >= 0) { return nil }
            }
            return Capture(begin: p, end: r.end, value: r.value, amount: r.amount, expression: -1, zone: r.zone)
        case .expression:
            return nil
        }
    }
}

/// Which end of a range an expression is.
public enum RangeRole: String, Sendable, Codable {
    /// `start` ("June 5" in "from June 5 to 7") or `end`.
    case start, end
}
