/// A document's time expressions and the genre they were resolved as.
public struct TemporalTagging: Sendable {
    public var expressions: [TemporalExpression]
    public var genre: GenreDecision
}

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
        tagging(document).expressions
    }

    /// The time expressions of `document` and the genre they were resolved as.
    public func tagging(_ document: Document) -> TemporalTagging {
        tagging(text: document.text, dct: document.dct, genre: document.genre)
    }

    /// The time expressions of `text`, resolved against `dct` (news) or the text's own dates (narrative).
    public func tag(text: String, dct: CalendarDate?, narrative: Bool = false) -> [TemporalExpression] {
        tagging(text: text, dct: dct, genre: narrative ? .narrative : nil).expressions
    }

    /// The time expressions of `text` and the genre they were resolved as: `genre` when given,
    /// else the one the text shows (see `GenreDetector`).
    public func tagging(text: String, dct: CalendarDate?, genre: Genre?) -> TemporalTagging {
        var text = text
        return text.withUTF8 { bytes in
            var run = TaggingRun(grammar: grammar, bytes: bytes)
            run.findAll()
            let decision = genre.map { GenreDetector.forced($0, dct: dct) } ?? GenreDetector.decide(run.evidence, dct: dct)
            return TemporalTagging(expressions: run.resolveAll(dct: dct, genre: decision.genre), genre: decision)
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

    /// One document's tagging: every chunk's expressions are found first, so the genre can be
    /// decided from all of them, then resolved in text order.
    private struct TaggingRun {
        let grammar: Grammar
        let bytes: UnsafeBufferPointer<UInt8>
        var found: [Found] = []
        var evidence = GenreDetector.Evidence()
        var tokens: [Token] = []
        /// Line and blank-line-separated block of the last token counted, and whether the text has blank lines.
        private var line = 0
        private var block = 0
        private var hasBlankLines = false

        /// An expression found and not yet resolved.
        struct Found {
            var begin: Int
            var end: Int
            var byteBegin: Int
            var byteEnd: Int
            var draft: TimexDraft
            var rule: Int
            var tense: Tense
            var rangeRole: RangeRole?
            var rangePartner: Int?
            var line: Int
            var block: Int
            var modifiesNoun: Bool
        }

        init(grammar: Grammar, bytes: UnsafeBufferPointer<UInt8>) {
            self.grammar = grammar
            self.bytes = bytes
        }

        mutating func findAll() {
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
                // a chunk ends after a line break or a blank line, which its tokens cannot see
                if start > 0, bytes[start - 1] == 0x0A {
                    line += 1
                    if start > 1, bytes[start - 2] == 0x0A { block += 1; hasBlankLines = true }
                }
                tokens.withUnsafeBufferPointer { tokens in
                    var matcher = PatternMatcher(grammar: grammar, tokens: tokens, bytes: bytes, captures: captures, choicePoints: choicePoints)
                    let candidates = TemporalTagger.trimEdges(matcher.run(), tokens: tokens, lexicon: grammar.lexicon)
                    note(candidates, tokens: tokens)
                }
                scalarBase += scalars
                start = end
            }
        }

        mutating func note(_ candidates: [Candidate], tokens: UnsafeBufferPointer<Token>) {
            let possessive = grammar.tenses.possessiveS
            var cursor = 0
            func countBreaks(through index: Int) {
                while cursor <= index, cursor < tokens.count {
                    if tokens[cursor].has(.lineBreakBefore) { line += 1 }
                    if tokens[cursor].has(.paragraphBefore) { block += 1; hasBlankLines = true }
                    cursor += 1
                }
            }
            defer { countBreaks(through: tokens.count - 1) }
            for candidate in candidates {
                countBreaks(through: candidate.begin)
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
                // "monday", "christmas day", "see u tmr": a note or a calendar entry without a verb looks ahead
                if tense == .none, grammar.tenses.isFragment(candidate.begin, candidate.end, in: tokens) { tense = .future }
                // the two ends of a range ("from June 5 to 7") are read in the same direction
                if candidate.rangeRole == .end, let partner = candidate.rangePartner, found.count + partner >= 0 { tense = found[found.count + partner].tense }
                let first = tokens[candidate.begin], last = tokens[candidate.end - 1]
                evidence.add(candidate.draft, rule: grammar.rules[candidate.rule].name)
                found.append(Found(begin: Int(first.scalarStart), end: Int(last.scalarEnd), byteBegin: Int(first.byteStart), byteEnd: Int(last.byteEnd),
                                   draft: candidate.draft, rule: candidate.rule, tense: tense, rangeRole: candidate.rangeRole,
                                   rangePartner: candidate.rangePartner.map { found.count + $0 }, line: line, block: block,
                                   modifiesNoun: grammar.tenses.modifiesNoun(candidate.begin, in: tokens)))
            }
        }

        /// Resolves every expression found, in text order, as `genre` says.
        func resolveAll(dct: CalendarDate?, genre: Genre) -> [TemporalExpression] {
            var resolver = Resolver(dct: dct, genre: genre, dayFirst: evidence.writesDayFirst)
            return found.enumerated().map { index, f in
                let place = Resolver.Place(paragraph: hasBlankLines ? f.block : f.line, modifiesNoun: f.modifiesNoun)
                let resolution = resolver.resolve(f.draft, tense: f.tense, index: index, at: place)
                let draft = f.draft
                return TemporalExpression(
                    begin: f.begin, end: f.end, byteBegin: f.byteBegin, byteEnd: f.byteEnd,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[f.byteBegin..<f.byteEnd]), as: UTF8.self),
                    type: resolution.type ?? draft.type, value: resolution.value, mod: draft.mod, quant: draft.quant, freq: draft.freq,
                    rule: grammar.rules[f.rule].name, anchor: resolution.anchor, implied: resolution.implied,
                    point: resolution.point, tense: resolution.usedTense ? f.tense : nil,
                    rangeRole: f.rangeRole, rangePartner: f.rangePartner)
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
