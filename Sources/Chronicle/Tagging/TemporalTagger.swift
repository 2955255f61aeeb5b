/// Finds and normalizes the time expressions of a document.
///
/// ```swift
/// let tagger = TemporalTagger()
/// let document = Document(id: "a", text: "Biden admitted Wednesday ...", dct: CalendarDate(year: 2021, month: 8, day: 20))
/// for timex in tagger.tag(document) { print(timex.text, timex.value) }  // Wednesday 2021-08-18
/// ```
public struct TemporalTagger: Sendable {
    public let grammar: Grammar

    public init(grammar: Grammar = .standard) {
        self.grammar = grammar
    }

    /// The time expressions of `document`, in text order.
    public func tag(_ document: Document) -> [TemporalExpression] {
        tag(text: document.text, dct: document.dct, narrative: document.narrative)
    }

    /// The time expressions of `text`, resolved against `dct` (news) or the text's own dates (narrative).
    public func tag(text: String, dct: CalendarDate?, narrative: Bool = false) -> [TemporalExpression] {
        var run = Run(tagger: self, dct: dct, narrative: narrative)
        TextAnalysis.sections(of: text, grammar: grammar) { run.tag($0) }
        return run.expressions
    }

    /// One document's tagging, section after section: the resolver's anchor (the DCT, or the
    /// last explicit date of a narrative) carries from one section to the next.
    struct Run {
        let grammar: Grammar
        private var resolver: Resolver
        /// The document's expressions so far, in text order.
        private(set) var expressions: [TemporalExpression] = []

        init(tagger: TemporalTagger, dct: CalendarDate?, narrative: Bool) {
            grammar = tagger.grammar
            resolver = Resolver(dct: dct, narrative: narrative || dct == nil)
        }

        /// Tags one section; returns the indices of its expressions.
        @discardableResult
        mutating func tag(_ analysis: TextAnalysis) -> Range<Int> {
            let first = expressions.count
            let captures = UnsafeMutableBufferPointer<Capture>.allocate(capacity: grammar.longestPattern)
            let choicePoints = UnsafeMutableBufferPointer<(Int, Int)>.allocate(capacity: grammar.longestPattern)
            defer {
                captures.deallocate()
                choicePoints.deallocate()
            }
            analysis.tokens.withUnsafeBufferPointer { tokens in
                var matcher = PatternMatcher(grammar: grammar, tokens: tokens, bytes: analysis.bytes, captures: captures, choicePoints: choicePoints)
                let candidates = TemporalTagger.trimEdges(matcher.run(), tokens: tokens, lexicon: grammar.lexicon)
                resolve(candidates, tokens: tokens, bytes: analysis.bytes)
            }
            return first..<expressions.count
        }

        private mutating func resolve(_ candidates: [Candidate], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) {
            let possessive = grammar.tenses.possessiveS
            for candidate in candidates {
                let index = expressions.count
                var tense = grammar.tenses.tense(of: candidate.begin, candidate.end, in: tokens)
                // "Thursday's closing price", "Wednesday's ruling": a possessive names something that happened.
                // A bare weekday in the possessive is the last one (or today) whatever the clause's tense
                // ("they would appeal Wednesday's ruling"), unless the phrase looks ahead ("ahead of Sunday's vote").
                if candidate.end + 1 < tokens.count, tokens[candidate.end].isPunct(0x27), tokens[candidate.end].isAttached,
                   tokens[candidate.end + 1].lex == possessive {
                    if tense == .none {
                        tense = .past
                    } else if case .weekday(_, .implied) = candidate.draft.spec, !grammar.tenses.looksAhead(before: candidate.begin, in: tokens) {
                        tense = .past
                    }
                }
                let resolution = resolver.resolve(candidate.draft, tense: tense, index: index)
                let first = tokens[candidate.begin], last = tokens[candidate.end - 1]
                let byteBegin = Int(first.byteStart), byteEnd = Int(last.byteEnd)
                let draft = candidate.draft
                expressions.append(TemporalExpression(
                    begin: Int(first.scalarStart), end: Int(last.scalarEnd), byteBegin: byteBegin, byteEnd: byteEnd,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[byteBegin..<byteEnd]), as: UTF8.self),
                    type: draft.type, value: resolution.value, mod: draft.mod, quant: draft.quant, freq: draft.freq,
                    rule: grammar.rules[candidate.rule].name, anchor: resolution.anchor, implied: resolution.implied,
                    point: resolution.point, tense: resolution.usedTense ? tense : nil,
                    rangeRole: candidate.rangeRole, rangePartner: candidate.rangePartner.map { index + $0 },
                    isAnaphoric: draft.spec == .focus(nil)))
            }
        }
    }

    /// Trims what patterns may take but an expression does not hold: a leading "the" or "a" before
    /// an expression that premodifies a compound noun ("the 1990s-era policy": the article belongs
    /// to "policy"), and a final period that ends the sentence rather than an abbreviation.
    static func trimEdges(_ candidates: [Candidate], tokens: UnsafeBufferPointer<Token>, lexicon: Lexicon) -> [Candidate] {
        let the = lexicon.id(of: "the"), a = lexicon.id(of: "a")
        return candidates.map { candidate in
            var c = candidate
            let first = tokens[c.begin].lex
            if c.end - c.begin > 1, first == the || first == a, c.end < tokens.count,
               tokens[c.end].isPunct(0x2D), tokens[c.end].isAttached, c.end + 1 < tokens.count, tokens[c.end + 1].kind == .word,
               tokens[c.end + 1].isAttached {
                c.begin += 1
            }
            if c.end - c.begin > 1, tokens[c.end - 1].isPunct(0x2E), tokens[c.end - 2].kind == .word,
               !lexicon.classes(tokens[c.end - 2].lex).contains(.abbreviation) {
                c.end -= 1
            }
            return c
        }
    }
}
