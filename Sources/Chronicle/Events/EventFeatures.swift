/// Features of a token for the event classifier: the word, its affixes and shape, its
/// neighbours and their word classes, what the lexicon knows of it, and its part of speech and
/// WordNet classes (`WordSenses`). Each feature is a 32-bit hash of a template name and a value,
/// computed from the text's bytes without strings.
struct EventFeatures: Sendable {
    /// A closed word class of the neighbours that tells verbs from nouns without a tagger.
    enum Neighbour: UInt8 {
        case other = 0, determiner, possessive, be, have, doVerb, modal, to, preposition, pronoun, conjunction, negation,
             punctuation, number, adverb, start, end
    }

    private let tables: LexiconTables
    private let senses = WordSenses.standard
    /// The neighbour class of each word, by lexicon id.
    private let neighbourOfWord: [Neighbour]
    /// Predicates the TimeML guidelines name for each class, by the hash of the word or its stem.
    private let predicateClass: HashedWordTable<EventClass>

    init(grammar: Grammar) {
        tables = grammar.tables
        var classes = [Neighbour](repeating: .other, count: grammar.lexicon.count)
        // in this order: a word in two lists ("that", "no") takes the later one's class
        let lists: [(String, Neighbour)] = [
            ("neighbour determiner", .determiner), ("neighbour possessive", .possessive), ("neighbour be", .be), ("neighbour have", .have),
            ("neighbour do", .doVerb), ("neighbour modal", .modal), ("neighbour to", .to), ("neighbour preposition", .preposition),
            ("neighbour pronoun", .pronoun), ("neighbour conjunction", .conjunction), ("neighbour negation", .negation),
        ]
        for (name, neighbour) in lists {
            for id in grammar.functionWords.ids(of: name) { classes[Int(id)] = neighbour }
        }
        neighbourOfWord = classes
        var predicates = HashedWordTable<EventClass>()
        for (cls, words) in EventFeatures.predicates {
            for word in words.split(separator: " ") {
                let text = String(word)
                predicates[EventFeatures.wordHash(text)] = cls
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { b in
                    let stem = EventFeatures.stemEnd(b, 0, b.count)
                    if stem > 2 { predicates[EventFeatures.bytesHash(b, 0, stem)] = cls }
                }
            }
        }
        predicateClass = predicates
    }

    /// Event predicates by class, after the TimeML annotation guidelines' lists (base forms and
    /// irregular past forms; regular inflections share the stem).
    static let predicates: [(EventClass, String)] = [
        (.reporting, "say said tell told report explain state announce add note claim declare insist confirm describe acknowledge "
            + "admit comment respond reply testify mention disclose write wrote cite argue assert contend indicate inform quote remark reveal "
            + "maintain recall recount complain concede allege warn predict"),
        (.perception, "see saw seen watch hear heard listen feel felt observe perceive witness notice spot view sense"),
        (.aspectual, "begin began begun start initiate commence continue keep kept proceed resume stop end finish cease quit halt "
            + "complete terminate conclude discontinue suspend interrupt renew restart"),
        (.iAction, "attempt try seek sought investigate delay postpone defer avoid cancel ask order persuade request urge beg command "
            + "promise offer assure propose agree decide name nominate appoint approve authorize allow permit force demand pledge vow "
            + "vote threaten prepare arrange manage fail refuse reject block prevent encourage invite recommend push press challenge "
            + "sue tend aim move call consider study discuss negotiate plan schedule bid"),
        (.iState, "believe think thought suspect imagine doubt fear hope expect want desire need require intend love like prefer "
            + "hate worry wonder anticipate know knew understand assume guess wish trust ready likely able unable willing reluctant "
            + "eager concerned afraid sure certain confident convinced optimistic pessimistic determined"),
    ]

    static func wordHash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in word.lowercased().utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// Lowercase FNV hash of bytes `[from, to)`.
    @inline(__always)
    static func bytesHash(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed
        var k = from
        while k < to {
            let b = bytes[k]
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            h = (h ^ UInt64(lower)) &* 0x100000001b3
            k += 1
        }
        return h
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ value: UInt64) -> UInt32 {
        let h = (value ^ (template &* 0x9E3779B97F4A7C15)) &* 0xBF58476D1CE4E5B9
        return UInt32(truncatingIfNeeded: h ^ (h >> 31))
    }

    func neighbour(_ tokens: UnsafeBufferPointer<Token>, _ j: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Neighbour {
        guard j >= 0 else { return .start }
        guard j < tokens.count else { return .end }
        let t = tokens[j]
        switch t.kind {
        case .punct: return .punctuation
        case .number: return .number
        case .word:
            let n = neighbourOfWord[Int(t.lex)]
            if n == .other, t.has(.endsInLy) { return .adverb }
            return n
        }
    }

    /// Appends the features of token `i` to `out` (which it empties first).
    /// Returns the hash of the word's stem (of the word itself when the stem is too short).
    func features(of i: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, inTimex: Bool, into out: inout [UInt32]) -> UInt64 {
        out.removeAll(keepingCapacity: true)
        let t = tokens[i]
        let start = Int(t.byteStart), end = Int(t.byteEnd)
        let word = EventFeatures.bytesHash(bytes, start, end)
        func add(_ template: UInt64, _ value: UInt64) { out.append(EventFeatures.feature(template, value)) }
        add(1, 0)  // bias
        add(2, word)
        let length = end - start
        if length >= 3 { add(3, EventFeatures.bytesHash(bytes, end - 3, end)) }
        if length >= 2 { add(4, EventFeatures.bytesHash(bytes, end - 2, end)) }
        if length >= 5 { add(5, EventFeatures.bytesHash(bytes, end - 4, end)) }
        if length >= 4 { add(6, EventFeatures.bytesHash(bytes, start, start + 3)) }
        add(7, UInt64(min(length, 12)))
        var shape: UInt64 = 0
        if t.has(.capitalized) { shape |= 1 }
        if t.has(.allCaps) { shape |= 2 }
        if t.has(.sentenceStart) { shape |= 4 }
        if inTimex { shape |= 8 }
        if t.has(.dotted) { shape |= 16 }
        add(8, shape)
        let previous = neighbour(tokens, i - 1, bytes)
        let before = neighbour(tokens, i - 2, bytes)
        let next = neighbour(tokens, i + 1, bytes)
        add(9, UInt64(previous.rawValue))
        add(10, UInt64(next.rawValue))
        add(11, UInt64(before.rawValue) << 8 | UInt64(previous.rawValue))
        add(12, UInt64(previous.rawValue) << 8 | UInt64(next.rawValue))
        add(13, word ^ UInt64(previous.rawValue))
        if length >= 2 { add(14, EventFeatures.bytesHash(bytes, end - 2, end) ^ UInt64(previous.rawValue)) }
        // parts of speech as Brill's lexicon gives them: a tagger's context without the tagger
        let sense = senses.code(forWordHash: word)
        let tag = sense?.tag ?? 0
        var previousTag: UInt64 = 0, nextTag: UInt64 = 0
        if let previousWord = wordHash(tokens, bytes, i - 1) {
            add(15, previousWord)
            previousTag = senses.code(forWordHash: previousWord)?.tag ?? 0
        }
        if let nextWord = wordHash(tokens, bytes, i + 1) {
            add(16, nextWord)
            add(25, word &* 31 ^ nextWord)  // "agreed to", "called for"
            nextTag = senses.code(forWordHash: nextWord)?.tag ?? 0
        }
        add(47, previousTag << 8 | tag)
        add(48, tag << 8 | nextTag)
        // what kind of word WordNet says it is, so unseen words ("testified", "decision") generalize
        if let sense {
            add(40, tag)
            add(41, sense.verbClass)
            add(42, sense.nounClass)
            add(43, sense.derivedVerbClass)
            add(44, tag << 8 | UInt64(previous.rawValue))
            add(45, sense.verbClass << 16 | sense.nounClass << 8 | sense.derivedVerbClass)
        } else {
            add(46, 1)
        }
        let classes = tables.classes[Int(t.lex)]
        let lexical = UInt64(classes.rawValue & (WordClass.pastVerb.rawValue | WordClass.presentVerb.rawValue | WordClass.participle.rawValue
            | WordClass.futureLeaning.rawValue | WordClass.modal.rawValue | WordClass.unit.rawValue | WordClass.month.rawValue
            | WordClass.weekday.rawValue | WordClass.functionWord.rawValue))
        add(17, lexical)
        var flags: UInt64 = 0
        if t.has(.endsInEd) { flags |= 1 }
        if t.has(.endsInIng) { flags |= 2 }
        if t.has(.endsInS) { flags |= 4 }
        if t.has(.endsInLy) { flags |= 8 }
        add(18, flags | UInt64(previous.rawValue) << 8)
        if t.has(.capitalized) && !t.has(.sentenceStart) { add(19, 1) }
        // a crude stem, so "said"/"says"/"saying" and "decision"/"decide" share weight
        let stem = EventFeatures.stemEnd(bytes, start, end)
        let stemHash = stem > start + 2 ? EventFeatures.bytesHash(bytes, start, stem) : word
        if stem > start + 2 { add(20, stemHash) }
        add(21, word ^ UInt64(next.rawValue) << 32)
        let predicate = predicateClass[word] ?? (stem > start + 2 ? predicateClass[EventFeatures.bytesHash(bytes, start, stem)] : nil)
        if let predicate {
            add(23, UInt64(predicate.label))
            add(24, UInt64(predicate.label) << 8 | UInt64(next.rawValue))
        }
        add(22, UInt64(next.rawValue) << 8 | UInt64(neighbour(tokens, i + 2, bytes).rawValue))
        return stemHash
    }

    private static let thatHash = wordHash("that"), toHash = wordHash("to"), whetherHash = wordHash("whether"), forHash = wordHash("for")

    @inline(__always)
    private func wordHash(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> UInt64? {
        guard j >= 0, j < tokens.count, tokens[j].kind == .word else { return nil }
        return EventFeatures.bytesHash(bytes, Int(tokens[j].byteStart), Int(tokens[j].byteEnd))
    }

    /// Appends, after `features(of:)`, what tells the classes of an event apart: the complement it
    /// takes ("agreed to", "said that", "called for": I_ACTION, REPORTING, I_STATE take another event)
    /// with the stem, so inflections share it, and the words two before and two after. `stem` is
    /// what `features(of:)` returned for the token.
    func classFeatures(of i: Int, stem: UInt64, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt32]) {
        func add(_ template: UInt64, _ value: UInt64) { out.append(EventFeatures.feature(template, value)) }
        if let next = wordHash(tokens, bytes, i + 1) {
            add(101, stem &* 31 ^ next)
            var complement: UInt64 = 0
            switch next {
            case EventFeatures.thatHash: complement = 1
            case EventFeatures.toHash: complement = 2
            case EventFeatures.whetherHash: complement = 3
            case EventFeatures.forHash: complement = 4
            default: break
            }
            if complement != 0 {
                add(102, complement)
                add(103, complement << 32 ^ stem)
            }
        }
        if let w = wordHash(tokens, bytes, i - 2) { add(110, w) }
        if let w = wordHash(tokens, bytes, i + 2) { add(111, w) }
    }

    /// Nouns that name happenings in news: a determiner or possessive before one makes it an
    /// event even when the classifier, trained on a small corpus, has not seen it.
    static let eventNouns: Set<UInt64> = Set(("summit meeting meetings talks visit trip fall collapse coup withdrawal pullout strike strikes "
        + "attack attacks bombing bombings war invasion election elections vote crash explosion earthquake shooting killing killings "
        + "arrest arrests trial ruling verdict protest protests rally demonstration ceremony conference negotiations evacuation airlift "
        + "ceasefire resignation appointment announcement decision investigation raid ambush assault offensive occupation siege "
        + "intervention uprising revolution massacre flood hurricane fire outbreak").split(separator: " ").map { wordHash(String($0)) })

    func isEventNoun(_ i: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[i]
        guard !t.has(.capitalized) || t.has(.sentenceStart),
              EventFeatures.eventNouns.contains(EventFeatures.bytesHash(bytes, Int(t.byteStart), Int(t.byteEnd))) else { return false }
        // "the swift fall", "their June summit": a determiner within three words before it
        var k = i - 1
        while k >= 0, i - k <= 3 {
            switch neighbour(tokens, k, bytes) {
            case .determiner, .possessive: return true
            case .punctuation, .preposition, .be, .have, .modal, .to: return tokens[k].isPunct(0x27)  // "Biden's summit"
            default: k -= 1
            }
        }
        return false
    }

    private static let according = wordHash("according")

    func isAccordingTo(_ i: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        EventFeatures.bytesHash(bytes, Int(tokens[i].byteStart), Int(tokens[i].byteEnd)) == EventFeatures.according
            && neighbour(tokens, i + 1, bytes) == .to
    }

    /// "The US had bases", "it has 13 facilities": `have` as the main verb, a state. Not an
    /// auxiliary: no participle, "been" or "to" follows.
    func isPossession(_ i: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard neighbour(tokens, i, bytes) == .have, i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        switch neighbour(tokens, i + 1, bytes) {
        case .determiner, .possessive, .number: return true
        case .other:
            let classes = tables.classes[Int(next.lex)]
            return next.kind == .word && !next.has(.endsInEd) && classes.isDisjoint(with: [.pastVerb, .participle, .modal, .futureLeaning])
        default: return false
        }
    }

    /// Where a word's stem ends once a common inflection or derivation is cut off.
    static func stemEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard end - start > n + 2 else { return false }
            let s = suffix.utf8Start
            for k in 0..<n where bytes[end - n + k] | 0x20 != s[k] { return false }
            return true
        }
        for (suffix, length) in [("ations", 6), ("ation", 5), ("ments", 5), ("ment", 4), ("ings", 4), ("ing", 3), ("ions", 4), ("ion", 3),
                                 ("ied", 3), ("ies", 3), ("ed", 2), ("es", 2), ("s", 1), ("e", 1)] as [(StaticString, Int)] where ends(suffix) {
            return end - length
        }
        return end
    }
}
