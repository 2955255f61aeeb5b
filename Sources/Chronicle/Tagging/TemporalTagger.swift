/// A document's time expressions and the genre they were resolved as.
public struct TemporalTagging: Sendable {
    /// The time expressions, in text order.
    public var expressions: [TemporalExpression]
    /// The genre they were resolved as, and why.
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
    /// The compiled rules it tags with.
    public let grammar: Grammar

    /// A tagger of `grammar` (all the shipped rules by default).
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
        var run = Run(tagger: self, dct: dct, genre: genre)
        TextAnalysis.sections(of: text, grammar: grammar) { run.tag($0) }
        return run.tagging
    }

    /// One document's tagging, section after section. In each section every expression is found
    /// first; the first section decides the genre from what it found (unless the genre is forced),
    /// and the expressions are then resolved in text order, the resolver's anchor (the DCT, or the
    /// story's last explicit date) carrying from one section to the next. An article is one
    /// section, so its genre rests on all of it; a book's rests on its first 128 KB or more.
    struct Run {
        let grammar: Grammar
        let dct: CalendarDate?
        let forcedGenre: Genre?
        /// The document's expressions so far, in text order.
        private(set) var expressions: [TemporalExpression] = []
        private(set) var decision: GenreDecision?
        private var resolver: Resolver?
        private var evidence = GenreDetector.Evidence()
        /// Whether paragraphs are blank-line-separated blocks (else lines), as the first section shows.
        private var paragraphsAreBlocks = false
        /// Line and blank-line-separated block of the last token counted, and whether the text has blank lines.
        private var line = 0
        private var block = 0
        private var hasBlankLines = false

        /// An expression found and not yet resolved.
        private struct Found {
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

        init(tagger: TemporalTagger, dct: CalendarDate?, genre: Genre?) {
            grammar = tagger.grammar
            self.dct = dct
            forcedGenre = genre
        }

        /// The expressions and the genre they were resolved as.
        var tagging: TemporalTagging {
            TemporalTagging(expressions: expressions, genre: decision ?? forcedGenre.map { GenreDetector.forced($0, dct: dct) }
                ?? GenreDetector.decide(evidence, dct: dct))
        }

        /// Tags one section; returns the indices of its expressions.
        @discardableResult
        mutating func tag(_ analysis: TextAnalysis) -> Range<Int> {
            let first = expressions.count
            let found = find(analysis)
            if resolver == nil {
                let decision = forcedGenre.map { GenreDetector.forced($0, dct: dct) } ?? GenreDetector.decide(evidence, dct: dct)
                self.decision = decision
                paragraphsAreBlocks = hasBlankLines
                resolver = Resolver(dct: dct, genre: decision.genre, dayFirst: evidence.writesDayFirst)
            }
            for f in found {
                let place = Resolver.Place(paragraph: paragraphsAreBlocks ? f.block : f.line, modifiesNoun: f.modifiesNoun)
                let resolution = resolver!.resolve(f.draft, tense: f.tense, index: expressions.count, at: place)
                let draft = f.draft
                expressions.append(TemporalExpression(
                    begin: f.begin, end: f.end, byteBegin: f.byteBegin, byteEnd: f.byteEnd,
                    text: String(decoding: UnsafeBufferPointer(rebasing: analysis.bytes[f.byteBegin..<f.byteEnd]), as: UTF8.self),
                    type: resolution.type ?? draft.type, value: resolution.value, mod: draft.mod, quant: draft.quant, freq: draft.freq,
                    rule: grammar.rules[f.rule].name, anchor: resolution.anchor, implied: resolution.implied,
                    point: resolution.point, tense: resolution.usedTense ? f.tense : nil,
                    rangeRole: f.rangeRole, rangePartner: f.rangePartner, isAnaphoric: draft.spec == .focus(nil)))
            }
            return first..<expressions.count
        }

        /// The section's expressions with what resolving them needs: tense, paragraph, and
        /// whether they modify a noun; adds them to the genre's evidence.
        private mutating func find(_ analysis: TextAnalysis) -> [Found] {
            let captures = UnsafeMutableBufferPointer<Capture>.allocate(capacity: grammar.longestPattern)
            let choicePoints = UnsafeMutableBufferPointer<(Int, Int)>.allocate(capacity: grammar.longestPattern)
            defer {
                captures.deallocate()
                choicePoints.deallocate()
            }
            // a section starts after a line break or a blank line, which its tokens cannot see
            if let start = analysis.tokens.first.map({ Int($0.byteStart) }), start > 0 {
                var k = start - 1
                var newlines = 0
                while k >= 0, analysis.bytes[k] == 0x0A || analysis.bytes[k] == 0x20 || analysis.bytes[k] == 0x0D || analysis.bytes[k] == 0x09 {
                    if analysis.bytes[k] == 0x0A { newlines += 1 }
                    k -= 1
                }
                if newlines > 0 { line += 1 }
                if newlines > 1 { block += 1; hasBlankLines = true }
            }
            let base = expressions.count
            return analysis.tokens.withUnsafeBufferPointer { tokens in
                var matcher = PatternMatcher(grammar: grammar, tokens: tokens, bytes: analysis.bytes, captures: captures, choicePoints: choicePoints)
                let candidates = TemporalTagger.trimEdges(matcher.run(), tokens: tokens, lexicon: grammar.lexicon)
                var found: [Found] = []
                let possessive = grammar.tenses.possessiveS
                var cursor = 0
                func countBreaks(through index: Int) {
                    while cursor <= index, cursor < tokens.count {
                        if cursor > 0 || tokens[cursor].byteStart == 0 {
                            if tokens[cursor].has(.lineBreakBefore) { line += 1 }
                            if tokens[cursor].has(.paragraphBefore) { block += 1; hasBlankLines = true }
                        }
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
                                       rangePartner: candidate.rangePartner.map { base + found.count + $0 }, line: line, block: block,
                                       modifiesNoun: grammar.tenses.modifiesNoun(candidate.begin, in: tokens)))
                }
                return found
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
