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
        var text = text
        return text.withUTF8 { bytes in
            let tokens = grammar.tokenizer.tokenize(bytes: bytes)
            return tokens.withUnsafeBufferPointer { tokens in
                tag(tokens: tokens, bytes: bytes, dct: dct, narrative: narrative)
            }
        }
    }

    func tag(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, dct: CalendarDate?, narrative: Bool) -> [TemporalExpression] {
        var matcher = PatternMatcher(grammar: grammar, tokens: tokens, bytes: bytes)
        let candidates = trimEdges(matcher.run(), tokens: tokens)
        var resolver = Resolver(dct: dct, narrative: narrative || dct == nil)
        var expressions: [TemporalExpression] = []
        expressions.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            var tense = grammar.tenses.tense(of: candidate.begin, candidate.end, in: tokens)
            // "Thursday's closing price", "Wednesday's ruling": a possessive names something that happened
            if tense == .none, candidate.end + 1 < tokens.count, tokens[candidate.end].isPunct(0x27), tokens[candidate.end].isAttached,
               tokens[candidate.end + 1].lex == grammar.tenses.possessiveS {
                tense = .past
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
                rangeRole: candidate.rangeRole, rangePartner: candidate.rangePartner.map { index + $0 }))
        }
        return expressions
    }

    /// Trims what patterns may take but an expression does not hold: a leading "the" or "a" before
    /// an expression that premodifies a compound noun ("the 1990s-era policy": the article belongs
    /// to "policy"), and a final period that ends the sentence rather than an abbreviation.
    private func trimEdges(_ candidates: [Candidate], tokens: UnsafeBufferPointer<Token>) -> [Candidate] {
        let lexicon = grammar.lexicon
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
