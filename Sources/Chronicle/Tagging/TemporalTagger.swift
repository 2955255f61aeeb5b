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
            var run = TaggingRun(grammar: grammar, bytes: bytes, dct: dct, narrative: narrative || dct == nil)
            run.tagAll()
            return run.expressions
        }
    }

    /// Where to cut a long text so that each piece is tagged on its own with small buffers: at a
    /// blank line after `minimumChunk` bytes, else at a line break, else at a space. No time
    /// expression spans a blank line, and sentences (which tense detection reads) end at one.
    static func chunkEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let minimumChunk = 16 << 10
        guard bytes.count - start > 2 * minimumChunk else { return bytes.count }
        let limits = [(start + 4 * minimumChunk, [UInt8(0x0A), 0x0A]), (start + 16 * minimumChunk, [0x0A]), (bytes.count, [0x20])]
        for (limit, separator) in limits {
            var k = start + minimumChunk
            let end = min(limit, bytes.count - separator.count)
            while k < end {
                if bytes[k] == separator[0] && (separator.count == 1 || bytes[k + 1] == separator[1]) { return k + separator.count }
                k += 1
            }
        }
        return bytes.count
    }

    /// State of one document's tagging, carried from chunk to chunk.
    private struct TaggingRun {
        let grammar: Grammar
        let bytes: UnsafeBufferPointer<UInt8>
        var resolver: Resolver
        var expressions: [TemporalExpression] = []
        var tokens: [Token] = []

        init(grammar: Grammar, bytes: UnsafeBufferPointer<UInt8>, dct: CalendarDate?, narrative: Bool) {
            self.grammar = grammar
            self.bytes = bytes
            resolver = Resolver(dct: dct, narrative: narrative)
        }

        mutating func tagAll() {
            let captures = UnsafeMutableBufferPointer<Capture>.allocate(capacity: grammar.longestPattern)
            let choicePoints = UnsafeMutableBufferPointer<(Int, Int)>.allocate(capacity: grammar.longestPattern)
            defer {
                captures.deallocate()
                choicePoints.deallocate()
            }
            var start = 0
            var scalarBase = 0
            while start < bytes.count {
                let end = TemporalTagger.chunkEnd(bytes, from: start)
                let chunk = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let scalars = grammar.tokenizer.tokenize(bytes: chunk, into: &tokens, byteBase: start, scalarBase: scalarBase)
                tokens.withUnsafeBufferPointer { tokens in
                    var matcher = PatternMatcher(grammar: grammar, tokens: tokens, bytes: bytes, captures: captures, choicePoints: choicePoints)
                    let candidates = TemporalTagger.trimEdges(matcher.run(), tokens: tokens, lexicon: grammar.lexicon)
                    resolve(candidates, tokens: tokens)
                }
                scalarBase += scalars
                start = end
            }
        }

        mutating func resolve(_ candidates: [Candidate], tokens: UnsafeBufferPointer<Token>) {
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
                    rangeRole: candidate.rangeRole, rangePartner: candidate.rangePartner.map { index + $0 }))
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
