/// The sentence structure of one document: its UD words (see `SyntacticWord`), each with a
/// universal and a treebank tag, morphological features, a lemma, and its head and relation in
/// a dependency tree per sentence. An immutable value computed from the document's tokens and
/// UTF-8 bytes, so any stage can hold it.
///
/// ```swift
/// let syntax = DocumentSyntax(tokens: tokens, bytes: bytes)
/// for verb in 0..<syntax.wordCount where syntax.upos(verb) == .verb {
///     print(syntax.lemma(verb), syntax.subjects(of: verb), syntax.objects(of: verb))
/// }
/// ```
/// Words are numbered across the whole document from 0; heads are word numbers too.
public struct DocumentSyntax: Sendable {
    /// The words, in text order.
    public let words: [SyntacticWord]
    /// The word range of each sentence (sentences as the tokenizer marked them).
    public let sentences: [Range<Int>]
    private let tags: [UInt8]
    private let heads: [Int32]
    private let labels: [UInt8]
    private let featureIndices: [UInt32]
    /// Lemmas, concatenated; word i's is `lemmaBytes[lemmaEnds[i - 1]..<lemmaEnds[i]]`.
    private let lemmaBytes: [UInt8]
    private let lemmaEnds: [Int32]
    /// For each token, the first word that overlaps it.
    private let tokenWords: [Int32]
    /// Children of each word, grouped by head: `children[childStart[w]..<childStart[w + 1]]`, in text order.
    private let childList: [Int32]
    private let childStart: [Int32]
    /// Universal relation of each model label.
    private let universal: [DependencyRelation]
    private let model: SyntaxModel
    /// Quoted stretches, in text order (see `quotation(containing:)`).
    public let quotations: [Quotation]

    /// Tags, lemmatizes and parses the document whose tokens are `tokens` (sentence starts as
    /// the tokenizer flagged them) and whose text is `bytes`. `lexicon` is the one the tokens'
    /// word ids refer to (for abbreviations such as `Mr.`).
    public init(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, model: SyntaxModel,
                lexicon: Lexicon = Grammar.standard.lexicon) {
        let (words, starts) = SyntacticWordSplitter.words(tokens: tokens, bytes: bytes) { token in
            token.lex != Lexicon.unknown && lexicon.classes(token.lex).contains(.abbreviation)
        }
        var sentences: [Range<Int>] = []
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1] : words.count
            if end > start { sentences.append(start..<end) }
        }
        var output = SentenceAnnotations()
        let workspace = SyntaxModel.Workspace()
        let ranges = words.map(\.byteRange)
        var heads: [Int32] = []
        heads.reserveCapacity(words.count)
        for sentence in sentences {
            model.annotate(bytes: bytes, ranges: ranges[sentence], workspace: workspace, output: &output)
            for i in sentence { heads.append(output.heads[i] == 0 ? -1 : Int32(sentence.lowerBound) + output.heads[i] - 1) }
        }
        var lemmaBytes: [UInt8] = []
        var lemmaEnds: [Int32] = []
        lemmaEnds.reserveCapacity(words.count)
        for (i, range) in ranges.enumerated() {
            model.lemmatizer.appendLemma(output.lemmaRules[i], form: UnsafeBufferPointer(rebasing: bytes[range]), to: &lemmaBytes)
            lemmaEnds.append(Int32(lemmaBytes.count))
        }
        var tokenWords = [Int32](repeating: -1, count: tokens.count)
        for (i, word) in words.enumerated() {
            for t in word.tokens where tokenWords[t] < 0 { tokenWords[t] = Int32(i) }
        }
        // children by head (counting sort keeps text order)
        var childStart = [Int32](repeating: 0, count: words.count + 1)
        for h in heads where h >= 0 { childStart[Int(h) + 1] += 1 }
        for i in 0..<words.count { childStart[i + 1] += childStart[i] }
        var fill = childStart
        var childList = [Int32](repeating: 0, count: Int(childStart[words.count]))
        for (d, h) in heads.enumerated() where h >= 0 {
            childList[Int(fill[Int(h)])] = Int32(d)
            fill[Int(h)] += 1
        }
        self.words = words
        self.sentences = sentences
        self.tags = output.tags
        self.heads = heads
        self.labels = output.labels
        self.featureIndices = output.feats
        self.lemmaBytes = lemmaBytes
        self.lemmaEnds = lemmaEnds
        self.tokenWords = tokenWords
        self.childList = childList
        self.childStart = childStart
        let universal = model.labels.map { DependencyRelation(label: $0) }
        self.universal = universal
        self.model = model
        let labels = output.labels, tags = output.tags
        quotations = Self.findQuotations(words: words, tokens: tokens, bytes: bytes, heads: heads,
                                         children: { childList[Int(childStart[$0])..<Int(childStart[$0 + 1])] },
                                         relation: { universal[Int(labels[$0])] }, isVerbal: { model.upos(tags[$0]).isVerbal })
    }

    /// Analyses `text` with Chronicle's tokenizer.
    public init(text: String, model: SyntaxModel, grammar: Grammar = .standard) {
        var text = text
        let tokens = grammar.tokenizer.tokenize(text)
        self = text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { DocumentSyntax(tokens: $0, bytes: bytes, model: model, lexicon: grammar.lexicon) }
        }
    }

    /// The number of words of the section (UD words: "don't" is two).
    public var wordCount: Int { words.count }

    // MARK: per word

    /// Universal part of speech of word `w`.
    public func upos(_ w: Int) -> UPOS { model.upos(tags[w]) }
    /// Penn Treebank tag of word `w` (`VBD`, `NNS`), as the English treebank gives it.
    public func xpos(_ w: Int) -> String { model.xpos(tags[w]) }
    /// Morphological features of word `w`.
    public func features(_ w: Int) -> MorphologicalFeatures { MorphologicalFeatures(model.feats[Int(featureIndices[w])]) }
    /// Lemma of word `w` ("went" -> "go", "studies" -> "study").
    public func lemma(_ w: Int) -> String {
        let start = w == 0 ? 0 : Int(lemmaEnds[w - 1])
        return String(decoding: lemmaBytes[start..<Int(lemmaEnds[w])], as: UTF8.self)
    }
    /// Head of word `w`, nil for a sentence's root.
    public func head(_ w: Int) -> Int? { heads[w] < 0 ? nil : Int(heads[w]) }
    /// Relation of word `w` to its head, with its subtype (`nsubj:pass`, `obl:tmod`, `root`).
    public func relationName(_ w: Int) -> String { model.label(labels[w]) }
    /// Universal relation of word `w` to its head (`nsubj:pass` is `.nsubj`).
    public func relation(_ w: Int) -> DependencyRelation { universal[Int(labels[w])] }
    /// Dependents of word `w`, in text order.
    public func children(_ w: Int) -> ArraySlice<Int32> { childList[Int(childStart[w])..<Int(childStart[w + 1])] }
    /// Dependents of word `w` with relation `relation`.
    public func children(_ w: Int, _ relation: DependencyRelation) -> [Int] {
        children(w).lazy.map(Int.init).filter { self.relation($0) == relation }
    }
    /// The first word overlapping token `t`.
    public func word(containingToken t: Int) -> Int { Int(tokenWords[t]) }
    /// The sentence (index into `sentences`) holding word `w`.
    public func sentence(of w: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= w { low = mid } else { high = mid - 1 }
        }
        return low
    }
    /// Words overlapping the scalar range `range` of the text.
    public func words(overlappingScalars range: Range<Int>) -> Range<Int> {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if Int(words[mid].scalarEnd) <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < words.count, Int(words[end].scalarStart) < range.upperBound { end += 1 }
        return low..<end
    }
}

/// The universal dependency relations of UD v2 (the part before a subtype's colon).
public enum DependencyRelation: String, CaseIterable, Sendable {
    /// The relations, by their UD names (`case` is the case-marking relation).
    case acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj, dep, det, discourse,
         dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod, obj, obl, orphan, parataxis,
         punct, reparandum, root, vocative, xcomp

    /// The universal relation of a label with or without subtype; `dep` for an unknown one.
    public init(label: String) {
        self = DependencyRelation(rawValue: String(label.split(separator: ":", maxSplits: 1).first ?? "")) ?? .dep
    }
}
