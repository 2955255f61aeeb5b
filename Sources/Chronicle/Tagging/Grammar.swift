/// The compiled rule set: the lexicon with every word the rules name, the patterns as plain data,
/// and for each kind of token the rules that can start there, so the tagger tries rules only
/// where they may match.
public final class Grammar: @unchecked Sendable {
    /// Every word the rules and later stages name, with its roles.
    public let lexicon: Lexicon
    /// The rules, in priority order.
    public let rules: [Rule]
    let tables: LexiconTables
    let parsers: PhraseParsers
    let tenses: TenseDetector
    /// Cuts text into tokens, looking words up in `lexicon` as it scans.
    public let tokenizer: Tokenizer
    /// The closed-class words the stages after tagging test, by id.
    let functionWords: FunctionWords

    /// Every rule's elements, one after another; `spans[r]` says where rule `r`'s are.
    let elements: UnsafeMutableBufferPointer<CompiledElement>
    let spans: UnsafeMutableBufferPointer<CompiledRule>
    /// The word ids of `.words` elements, referenced by range from `elements`.
    let wordIDs: UnsafeMutableBufferPointer<UInt16>
    let filters: [@Sendable (TimexDraft) -> Bool]
    /// The longest pattern, for sizing capture buffers.
    let longestPattern: Int
    /// For rules whose first element is required and ends at a known token (one word, number or
    /// punctuation mark: `the weekend`, `in 3 days`, `5 : 30`; or an expression: `June 5 , 2021`),
    /// what the token after it may be: its word ids as a bit set per rule
    /// (`secondWords[r * secondWordsStride ...]`) and `CompiledRule.second`. A cheap test before
    /// trying the whole pattern after a common word like "the" or "in", a number, or an expression.
    let secondWords: UnsafeMutableBufferPointer<UInt64>
    let secondWordsStride: Int

    let base: Dispatch
    let composite: Dispatch
    /// Base rules by what the token `d` places ahead can be, for rules whose first `d` elements
    /// are optional (`[the?] third quarter`): at "the", only rules whose next element fits the
    /// next token are tried. Index `d - 1`.
    let lookahead: [Dispatch]
    /// Words that open an optional prefix of some base rule (`the`, `this`, ...).
    let prefixWords: UnsafeMutableBufferPointer<Bool>

    /// The grammar of all the rules Chronicle ships.
    public static let standard = Grammar(rules: RuleBook.all)

    /// Compiles `rules` with the standard vocabulary.
    public init(rules: [Rule]) {
        let lexicon = Lexicon()
        Vocabulary.install(into: lexicon)
        parsers = PhraseParsers(lexicon: lexicon)
        tenses = TenseDetector(lexicon: lexicon)
        var compiledElements: [CompiledElement] = []
        var compiledSpans: [CompiledRule] = []
        var ids: [UInt16] = []
        var filters: [@Sendable (TimexDraft) -> Bool] = []
        for rule in rules {
            compiledSpans.append(CompiledRule(first: Int32(compiledElements.count), count: Int32(rule.pattern.count),
                                              isComposite: rule.isComposite))
            for element in rule.pattern {
                var c = CompiledElement(isOptional: element.isOptional, isAttached: element.isAttached)
                switch element.test {
                case .words(let words):
                    c.kind = .words
                    c.wordsStart = Int32(ids.count)
                    for word in words {
                        let id = lexicon.intern(word)
                        lexicon.roles.classes[Int(id)].insert(.ruleWord)
                        ids.append(id)
                    }
                    c.wordsCount = Int32(words.count)
                case .wordClass(let cls):
                    c.kind = .wordClass
                    c.wordClass = cls
                case .punct(let p):
                    c.kind = .punct
                    c.punct = p
                case .number(let range, let digits):
                    c.kind = .number
                    c.minimum = Int32(range.lowerBound)
                    c.maximum = Int32(min(range.upperBound, Int(Int32.max)))
                    c.minDigits = UInt8(digits.lowerBound)
                    c.maxDigits = UInt8(min(digits.upperBound, 255))
                case .parse(let parser):
                    c.kind = .parse
                    c.parser = parser
                case .expression(let filter):
                    c.kind = .expression
                    c.filter = Int32(filters.count)
                    filters.append(filter)
                }
                compiledElements.append(c)
            }
        }
        lexicon.closeTaggerWords()
        for word in FunctionWords.all { lexicon.intern(word) }
        functionWords = FunctionWords(lexicon: lexicon)
        self.lexicon = lexicon
        self.rules = rules
        let tables = lexicon.freeze()
        self.tables = tables
        parsers.bind(tables, wordCount: lexicon.count)
        tokenizer = Tokenizer(tables: tables)
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        elements = copy(compiledElements)
        wordIDs = copy(ids)
        self.filters = filters
        longestPattern = rules.map(\.pattern.count).max() ?? 1
        let stride = (lexicon.count + 63) / 64
        var second = [UInt64](repeating: 0, count: stride * rules.count)
        for (r, rule) in rules.enumerated() {
            guard rule.pattern.count >= 2, !rule.pattern[0].isOptional, rule.pattern.dropFirst().contains(where: { !$0.isOptional }) else { continue }
            let first: SecondToken.First
            switch rule.pattern[0].test {
            case .words, .wordClass, .punct, .number: first = .oneToken
            case .expression: first = .expression
            case .parse: continue  // a sub-parser reads a phrase of any length
            }
            // what the rest can begin with: its leading optional elements and its first required one
            let keys = Grammar.keys(of: Array(rule.pattern.dropFirst()), lexicon: lexicon)
            var filter = SecondToken(first: first, mayBeNumber: keys.number, mayBeExpression: keys.expression)
            for p in keys.puncts where p < 128 {
                if p < 64 { filter.punctsBelow64 |= 1 << UInt64(p) } else { filter.punctsFrom64 |= 1 << UInt64(p - 64) }
            }
            compiledSpans[r].second = filter
            for w in keys.words { second[r * stride + Int(w) / 64] |= 1 << UInt64(Int(w) % 64) }
        }
        secondWords = copy(second)
        secondWordsStride = stride
        spans = copy(compiledSpans)
        var baseBuilder = DispatchBuilder(words: lexicon.count)
        var compositeBuilder = DispatchBuilder(words: lexicon.count)
        var lookaheadBuilders = [DispatchBuilder(words: lexicon.count), DispatchBuilder(words: lexicon.count)]
        var prefix = Array(repeating: false, count: lexicon.count)
        for (index, rule) in rules.enumerated() {
            if rule.isComposite {
                compositeBuilder.add(Int32(index), Grammar.keys(of: rule.pattern, lexicon: lexicon))
                continue
            }
            // a base rule is filed under its first required element, and, for each optional
            // element before it, under that element's word one step further back
            let leading = rule.pattern.prefix { $0.isOptional }.count
            let prefixIsWords = rule.pattern.prefix(leading).allSatisfy { if case .words = $0.test { return true } else { return false } }
            guard leading > 0, leading <= lookaheadBuilders.count, leading < rule.pattern.count, prefixIsWords else {
                baseBuilder.add(Int32(index), Grammar.keys(of: rule.pattern, lexicon: lexicon))
                continue
            }
            baseBuilder.add(Int32(index), Grammar.keys(of: Array(rule.pattern[leading...]), lexicon: lexicon))
            for d in 1...leading {
                lookaheadBuilders[d - 1].add(Int32(index), Grammar.keys(of: Array(rule.pattern[leading...]), lexicon: lexicon))
            }
            for element in rule.pattern.prefix(leading) {
                guard case .words(let words) = element.test else { continue }
                for word in words { if let id = lexicon.id(of: word) { prefix[Int(id)] = true } }
            }
        }
        base = baseBuilder.build()
        composite = compositeBuilder.build()
        lookahead = lookaheadBuilders.map { $0.build() }
        prefixWords = copy(prefix)
    }

    deinit {
        // `standard` lives for the whole process; other grammars (tests) free their tables here
        elements.deallocate()
        spans.deallocate()
        secondWords.deallocate()
        wordIDs.deallocate()
    }

    /// What can begin a match of `pattern`: the keys of its leading optional elements and of its
    /// first required one.
    private static func keys(of pattern: [PatternElement], lexicon: Lexicon) -> DispatchBuilder.Keys {
        var keys = DispatchBuilder.Keys()
        for element in pattern {
            switch element.test {
            case .words(let words):
                keys.words.formUnion(words.compactMap { lexicon.id(of: $0) })
            case .wordClass(let cls):
                for w in 1..<lexicon.count where lexicon.roles.classes[w].contains(cls) { keys.words.insert(UInt16(w)) }
            case .punct(let c):
                keys.puncts.insert(c)
            case .number:
                keys.number = true
            case .parse(let parser):
                keys.number = true
                let starters: Set<String>
                switch parser {
                case .quantity: starters = ["a", "an", "several", "many", "some", "few", "numerous", "multiple", "various", "countless"]
                case .clockTime: starters = ["noon", "midday", "mid-day", "midnight"]
                default: starters = []
                }
                for w in 1..<lexicon.count {
                    let classes = lexicon.roles.classes[w]
                    let starts: Bool
                    switch parser {
                    case .quantity, .year: starts = classes.contains(.numberWord) || starters.contains(lexicon.words[w])
                    case .dayOfMonth, .ordinal: starts = classes.contains(.ordinal) || classes.contains(.numberWord)
                    case .clockTime: starts = starters.contains(lexicon.words[w])
                    case .dottedDate: starts = false
                    }
                    if starts { keys.words.insert(UInt16(w)) }
                }
            case .expression:
                keys.expression = true
            }
            if !element.isOptional { break }
        }
        return keys
    }
}

/// A pattern element as the matcher reads it: plain data, no references.
struct CompiledElement {
    enum Kind: UInt8 { case words, wordClass, punct, number, parse, expression }
    var kind: Kind = .words
    var isOptional: Bool
    var isAttached: Bool
    var punct: UInt8 = 0
    var parser: SubParser = .quantity
    var wordClass: WordClass = []
    var wordsStart: Int32 = 0
    var wordsCount: Int32 = 0
    var minimum: Int32 = 0
    var maximum: Int32 = 0
    var minDigits: UInt8 = 0
    var maxDigits: UInt8 = 0
    var filter: Int32 = -1

    init(isOptional: Bool, isAttached: Bool) {
        self.isOptional = isOptional
        self.isAttached = isAttached
    }
}

/// Where a rule's elements are in `Grammar.elements`.
struct CompiledRule {
    var first: Int32
    var count: Int32
    var isComposite: Bool
    /// What the token after the first element may be, when the first element's end is known.
    var second: SecondToken?
}

/// What the token after a rule's first element may be (the words are in `Grammar.secondWords`):
/// a necessary condition the matcher tests before trying the whole pattern.
struct SecondToken {
    enum First { case oneToken, expression }
    /// How far the first element reaches: one token, or the expression that starts there.
    var first: First
    var mayBeNumber: Bool
    /// The next token may start another expression (composite rules only).
    var mayBeExpression: Bool
    /// ASCII punctuation it may be, as a 128-bit set.
    var punctsBelow64: UInt64 = 0
    var punctsFrom64: UInt64 = 0

    @inline(__always) func allows(punct: UInt8) -> Bool {
        punct < 64 ? punctsBelow64 & (1 << UInt64(punct)) != 0 : punct < 128 && punctsFrom64 & (1 << UInt64(punct - 64)) != 0
    }
}

/// For each kind of token, the rules that can start there, in rule order (compressed rows).
struct Dispatch: @unchecked Sendable {
    /// Rules for word id `w` are `rules[wordStart[w]..<wordStart[w + 1]]`.
    let wordStart: UnsafeMutableBufferPointer<Int32>
    let punctStart: UnsafeMutableBufferPointer<Int32>
    let rules: UnsafeMutableBufferPointer<Int32>
    let numberRules: UnsafeMutableBufferPointer<Int32>
    let expressionRules: UnsafeMutableBufferPointer<Int32>

    /// The rules that may start at `token`.
    @inline(__always)
    func candidates(for token: Token) -> UnsafeMutableBufferPointer<Int32> {
        switch token.kind {
        case .word:
            let w = Int(token.lex)
            return UnsafeMutableBufferPointer(rebasing: rules[Int(wordStart[w])..<Int(wordStart[w + 1])])
        case .number:
            return numberRules
        case .punct:
            guard token.punct < 128 else { return UnsafeMutableBufferPointer(rebasing: rules[0..<0]) }
            let p = Int(token.punct)
            return UnsafeMutableBufferPointer(rebasing: rules[Int(punctStart[p])..<Int(punctStart[p + 1])])
        }
    }
}

struct DispatchBuilder {
    struct Keys {
        var words: Set<UInt16> = []
        var puncts: Set<UInt8> = []
        var number = false
        var expression = false
    }

    var byWord: [[Int32]]
    var byPunct: [[Int32]] = Array(repeating: [], count: 128)
    var number: [Int32] = []
    var expression: [Int32] = []

    init(words: Int) { byWord = Array(repeating: [], count: words) }

    mutating func add(_ rule: Int32, _ keys: Keys) {
        for w in keys.words { byWord[Int(w)].append(rule) }
        for p in keys.puncts where p < 128 { byPunct[Int(p)].append(rule) }
        if keys.number { number.append(rule) }
        if keys.expression { expression.append(rule) }
    }

    func build() -> Dispatch {
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for list in byWord { flat += list; starts.append(Int32(flat.count)) }
        var punctStarts: [Int32] = [Int32(flat.count)]
        for list in byPunct { flat += list; punctStarts.append(Int32(flat.count)) }
        func copy(_ array: [Int32]) -> UnsafeMutableBufferPointer<Int32> {
            let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
        }
        return Dispatch(wordStart: copy(starts), punctStart: copy(punctStarts), rules: copy(flat),
                        numberRules: copy(number), expressionRules: copy(expression))
    }
}
