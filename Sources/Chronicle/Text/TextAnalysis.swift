/// One section of a document, tokenized once: its tokens, sentences and clauses, which every
/// stage after it reads (the tagger, the event extractor, the anchoring of events to times).
///
/// An ordinary article is one section; a long report is cut at blank lines (`TextSections`), so
/// memory stays bounded by the section while the stages run over the whole document. Sentence
/// and clause numbers are the document's: `firstSentence` and `firstClause` count those of the
/// sections before.
///
/// The analysis reads the document's UTF-8 bytes in place; it is valid inside the closure that
/// `DocumentAnalyzer` (or `TextAnalysis.sections`) runs it in.
public struct TextAnalysis {
    /// The whole document's text, and its UTF-8 bytes: token offsets index them.
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// The section's tokens, with offsets into the whole document.
    public let tokens: [Token]
    let clauses: Clauses
    /// The document's index of the section's first sentence and first clause.
    public let firstSentence: Int
    /// The document's index of the section's first clause.
    public let firstClause: Int
    /// The section's sentence structure, when the analysis was asked for it.
    public let syntax: DocumentSyntax?
    let grammar: Grammar

    /// Tokenizes `bytes[range]`, one section of `text`, whose bytes `bytes` are.
    init(text: String, bytes: UnsafeBufferPointer<UInt8>, section range: Range<Int>, scalarBase: Int, firstSentence: Int, firstClause: Int,
         grammar: Grammar, syntaxModel: SyntaxModel?) {
        self.text = text
        self.bytes = bytes
        self.grammar = grammar
        self.firstSentence = firstSentence
        self.firstClause = firstClause
        var tokens: [Token] = []
        grammar.tokenizer.tokenize(bytes: UnsafeBufferPointer(rebasing: bytes[range]), into: &tokens, byteBase: range.lowerBound, scalarBase: scalarBase)
        self.tokens = tokens
        clauses = tokens.withUnsafeBufferPointer { Clauses(tokens: $0, words: grammar.functionWords) }
        syntax = syntaxModel.map { model in
            tokens.withUnsafeBufferPointer { DocumentSyntax(tokens: $0, bytes: bytes, model: model, lexicon: grammar.lexicon) }
        }
    }

    /// Runs `body` on the analysis of each section of `text`, in order; with `syntax`, each
    /// section is also tagged and parsed with that model.
    public static func sections(of text: String, grammar: Grammar = .standard, syntax: SyntaxModel? = nil, minimum: Int = TextSections.minimum,
                                _ body: (TextAnalysis) -> Void) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let native = contiguous
        _ = native.utf8.withContiguousStorageIfAvailable { bytes in
            var scalarBase = 0, sentences = 0, clauses = 0
            for range in TextSections(bytes, minimum: minimum) {
                let analysis = TextAnalysis(text: native, bytes: bytes, section: range, scalarBase: scalarBase, firstSentence: sentences,
                                            firstClause: clauses, grammar: grammar, syntaxModel: syntax)
                body(analysis)
                scalarBase += TextAnalysis.scalarCount(UnsafeBufferPointer(rebasing: bytes[range]))
                sentences += analysis.sentenceCount
                clauses += analysis.clauses.clauseRanges.count
            }
        }
    }

    /// The number of Unicode scalars in valid UTF-8: every byte that is not a continuation byte.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The number of sentences in the section.
    public var sentenceCount: Int { clauses.sentenceRanges.count }

    /// The document's index of the sentence holding token `i`.
    public func sentence(of i: Int) -> Int { firstSentence + Int(clauses.sentence[i]) }

    /// The document's index of the clause holding token `i`.
    func clause(of i: Int) -> Int { firstClause + Int(clauses.clause[i]) }

    var functionWords: FunctionWords { grammar.functionWords }
    var lexicon: Lexicon { grammar.lexicon }

    /// The lowercase word of token `i` ("" for numbers and punctuation).
    func word(_ i: Int) -> String {
        let t = tokens[i]
        guard t.kind == .word else { return "" }
        if t.lex != Lexicon.unknown { return lexicon.word(t.lex) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.byteStart)..<Int(t.byteEnd)]), as: UTF8.self).lowercased()
    }

    /// The text of tokens `range` as written, spaces and all.
    func original(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[first].byteStart)..<Int(tokens[last].byteEnd)]), as: UTF8.self)
    }

    /// The text of tokens `range` as a slice of the document's text: no copy.
    func slice(_ range: Range<Int>) -> Substring {
        guard let first = range.first, let last = range.last else { return "" }
        let utf8 = text.utf8
        let begin = utf8.index(utf8.startIndex, offsetBy: Int(tokens[first].byteStart))
        let end = utf8.index(begin, offsetBy: Int(tokens[last].byteEnd - tokens[first].byteStart))
        return Substring(utf8[begin..<end])
    }

    /// The index of the first token that ends after byte `offset` (`tokens.count` when none does).
    func firstToken(endingAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].byteEnd) <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
