/// The tense of the clause around an expression, as far as the tagger needs it: which way a
/// bare "July" or "Friday" points from the anchor.
public enum Tense: String, Sendable, Codable {
    /// `past` ("met"), `present` ("meets"), `future` ("will meet") or `none` (no verb to tell).
    case past, present, future, none
}

/// Finds the finite verb nearest to an expression within its sentence and reads its tense.
///
/// It is deliberately shallow: a past form (`met`, `scoffed`), a perfect (`has risen`), a future
/// (`will host`, `is expected to`, `plans to`), or a present (`is`, `has`). Nouns that look like
/// verbs are skipped when a determiner or possessive comes right before them (`Biden's plans to`,
/// `the proposed merger`), so the tense of the governing verb wins.
final class TenseDetector: @unchecked Sendable {
    let lexicon: Lexicon
    private let to, going, about, be, been, being, apostrophe_s, ll, had: UInt16
    var possessiveS: UInt16 { apostrophe_s }
    private let pastBeForms: WordSet
    private let futureAdjectives: WordSet
    private let futureVerbs: WordSet
    private let adverbs: WordSet
    private let auxiliaries: WordSet
    private let untilWords: WordSet
    private let since, asWord, could: UInt16
    private let nounFollowers: WordSet
    private let soonWords: WordSet
    private let reportingVerbs: WordSet
    private let beForms: WordSet
    private let haveForms: WordSet
    private let futureAux: WordSet
    private let would: UInt16
    private let lookAheadWords: WordSet
    private let relativePronouns: WordSet
    private let by: UInt16
    private let determiners: WordSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        func id(_ word: String) -> UInt16 { lexicon.intern(word) }
        to = id("to"); going = id("going"); about = id("about"); be = id("be"); been = id("been"); being = id("being")
        apostrophe_s = id("s"); ll = id("ll"); had = id("had")
        pastBeForms = WordSet(["was", "were", "had"].map(id))
        futureAdjectives = WordSet(["upcoming", "coming", "slated", "scheduled", "due", "payable", "effective", "expires", "expire", "expiring"].map(id))
        auxiliaries = WordSet(["be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "having", "get", "got", "gets"].map(id))
        untilWords = WordSet(["until", "till", "til"].map(id))
        since = id("since")
        asWord = id("as")
        could = id("could")
        nounFollowers = WordSet(["for", "of", "and", "or", "that", "which", "were", "was", "are", "is", "have", "had"].map(id))
        soonWords = WordSet(["soon", "early"].map(id))
        reportingVerbs = WordSet(["said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "added", "adds",
                              "stated", "states", "according", "noted", "notes", "explained", "insisted", "confirmed", "claimed",
                              "declared", "wrote", "writes", "predicted", "warned", "argued", "observed"].map(id))
        adverbs = WordSet(["still", "also", "just", "not", "never", "already", "then", "only", "even", "again", "ever", "recently",
                       "previously", "later", "earlier", "initially", "originally", "finally", "first", "once", "now"].map(id))
        futureVerbs = WordSet(["expects", "expect", "plans", "plan", "intends", "intend", "aims", "hopes", "anticipates", "anticipate",
                           "forecasts", "predicts", "promises", "vows", "pledges", "projects"].map(id))
        beForms = WordSet(["is", "are", "am", "was", "were"].map(id))
        haveForms = WordSet(["has", "have", "had"].map(id))
        futureAux = WordSet(["will", "shall"].map(id))
        would = id("would")
        lookAheadWords = WordSet(["ahead", "awaiting", "await", "awaits", "pending"].map(id))
        relativePronouns = WordSet(["that", "which", "who"].map(id))
        by = id("by")
        determiners = WordSet(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"].map(id))
    }

    /// The tense of the clause holding tokens `[begin, end)`.
    func tense(of begin: Int, _ end: Int, in tokens: UnsafeBufferPointer<Token>) -> Tense {
        var sentenceStart = begin
        while sentenceStart > 0, !tokens[sentenceStart].has(.sentenceStart), begin - sentenceStart < 60 { sentenceStart -= 1 }
        var sentenceEnd = end
        while sentenceEnd < tokens.count, !tokens[sentenceEnd].has(.sentenceStart), sentenceEnd - end < 60 { sentenceEnd += 1 }

        // "since" looks back; "until", "till" name a deadline, which lies ahead
        if begin > 0, tokens[begin - 1].kind == .word {
            let previous = tokens[begin - 1].lex
            if previous == since { return .past }
            // "until Thursday, they had not ...": a past perfect keeps the deadline behind us
            if untilWords.contains(previous) { return sentenceHasPastPerfect(begin, tokens) ? .past : .future }
            // "as soon as Tuesday", "as early as next week"
            if previous == asWord, begin >= 3, tokens[begin - 3].lex == asWord, soonWords.contains(tokens[begin - 2].lex) { return .future }
        }

        var bestDistance = Int.max
        var best = Tense.none
        var j = begin - 1
        var infinitive = false
        var finiteWithoutTense = false
        while j >= sentenceStart {
            let distance = begin - j
            if distance >= bestDistance { break }
            if isQuote(j, tokens) { break }  // a reporting verb outside a quotation does not date what is quoted
            if let cue = cue(at: j, tokens, sentenceStart, sentenceEnd) {
                bestDistance = distance
                // "has decided to admit them in early March", "agreed to acquire it in January": the time
                // belongs to the infinitive's event, which lay ahead of the past decision (a past perfect,
                // "had been due to expire Monday", keeps it behind us)
                best = cue == .past && infinitive && tokens[j].lex != had ? .none : cue
                break
            }
            if isInfinitiveMarker(j, before: begin, tokens) { infinitive = true }
            if tokens[j].kind == .word, tokens[j].lex == could { finiteWithoutTense = true }
            j -= 1
        }
        // "On Sunday, police said ...": with no verb before it, the expression opens its sentence and the
        // main clause after it dates it, reporting verb or not
        let fronted = bestDistance == Int.max
        j = end
        while j < sentenceEnd {
            // a verb after the expression counts a little less than one before it
            let distance = j - end + 2
            if distance >= bestDistance { break }
            if isQuote(j, tokens) { break }
            // "..., an official said": a reporting clause after the fact does not date it
            if !fronted, tokens[j].kind == .word, reportingVerbs.contains(tokens[j].lex) { break }
            // "the talks that are supposed to conclude by May, invited Sinn Fein": past a comma another clause begins
            if !fronted, best != .none, tokens[j].isPunct(0x2C) || tokens[j].isPunct(0x3B) { break }
            // "by August in search of markets untouched by the crisis": a participle with its agent, after the
            // expression, describes a later noun and does not date it ("the bill, signed by the governor Monday" does)
            if isAgentPhrase(after: j, tokens, sentenceEnd) { j += 1; continue }
            if let cue = cue(at: j, tokens, sentenceStart, sentenceEnd) {
                best = cue
                break
            }
            j += 1
        }
        // a headline's "Bridge to reopen Monday": with no finite verb, the infinitive looks ahead
        // ("could not stop the bullet that tore ...": "could" is a finite verb, which tells no direction)
        if best == .none, infinitive, bestDistance == Int.max, !finiteWithoutTense { return .future }
        return best
    }

    /// Whether the expression at `[begin, end)` stands nearly alone on its line or in its sentence,
    /// with at most `fragmentWords` other words ("monday", "christmas day", "see u tmr", "Back to
    /// school monday"): a calendar entry or a note, which points ahead.
    func isFragment(_ begin: Int, _ end: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        var words = 0
        var i = begin
        while i > 0, !tokens[i].has(.sentenceStart), !tokens[i].has(.lineBreakBefore) {
            i -= 1
            if tokens[i].kind != .punct { words += 1 }
            if words > TenseDetector.fragmentWords { return false }
        }
        i = end
        while i < tokens.count, !tokens[i].has(.sentenceStart), !tokens[i].has(.lineBreakBefore) {
            if tokens[i].kind != .punct { words += 1 }
            if words > TenseDetector.fragmentWords { return false }
            i += 1
        }
        return true
    }

    static let fragmentWords = 3

    /// Whether a determiner or a possessive opens the noun phrase an expression modifies ("the
    /// August 1988 cease-fire", "Iraq's 1990 invasion"): then it dates a thing, not its clause.
    func modifiesNoun(_ begin: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard begin > 0, tokens[begin - 1].kind == .word else { return false }
        let previous = tokens[begin - 1].lex
        return determiners.contains(previous) || (previous == apostrophe_s && begin > 1 && tokens[begin - 2].isPunct(0x27))
    }

    /// Words right before an expression that point it ahead of the clause's time: "ahead of
    /// Sunday's vote", "until Monday's hearing", "the upcoming", "awaiting Friday's verdict".
    func looksAhead(before begin: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        var i = begin - 1
        var steps = 0
        while i >= 0, steps < 3, tokens[i].kind == .word {
            let lex = tokens[i].lex
            if lookAheadWords.contains(lex) || untilWords.contains(lex) || futureAdjectives.contains(lex) { return true }
            i -= 1
            steps += 1
        }
        return false
    }

    /// `to` before a bare verb ("to admit", "to acquire"), not the preposition ("to the", "to Poland", "to investors").
    private func isInfinitiveMarker(_ i: Int, before limit: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard tokens[i].kind == .word, tokens[i].lex == to, i + 1 < limit else { return false }
        let next = tokens[i + 1]
        guard next.kind == .word, !next.has(.capitalized), !next.has(.endsInS), !next.has(.endsInEd), !next.has(.endsInIng) else { return false }
        let classes = lexicon.classes(next.lex)
        return !classes.contains(.functionWord) && !classes.contains(.numberWord) && lexicon.unit(next.lex) == nil
            && classes.isDisjoint(with: [.month, .weekday, .season, .holiday])
    }

    private func sentenceHasPastPerfect(_ begin: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var i = begin
        while i > 0, !tokens[i].has(.sentenceStart) { i -= 1 }
        while i < tokens.count, i == begin || !tokens[i].has(.sentenceStart) || i < begin {
            if tokens[i].kind == .word, tokens[i].lex == had { return true }
            i += 1
        }
        return false
    }

    /// A quotation mark: a double quote, or an apostrophe not inside a word (`'We ...'`, ``` `` ```).
    private func isQuote(_ i: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let token = tokens[i]
        guard token.kind == .punct else { return false }
        if token.punct == 0x22 { return true }
        guard token.punct == 0x27 else { return false }
        let wordBefore = i > 0 && tokens[i - 1].kind != .punct && token.isAttached
        let wordAfter = i + 1 < tokens.count && tokens[i + 1].kind != .punct && tokens[i + 1].isAttached
        return !(wordBefore && wordAfter) && !(wordAfter && tokens[i + 1].kind == .number)
    }

    private func word(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ lo: Int, _ hi: Int) -> Token? {
        i >= lo && i < hi && tokens[i].kind == .word ? tokens[i] : nil
    }

    /// The tense a token signals, if it is (the head of) a finite verb group.
    private func cue(at i: Int, _ tokens: UnsafeBufferPointer<Token>, _ lo: Int, _ hi: Int) -> Tense? {
        let token = tokens[i]
        guard token.kind == .word else { return nil }
        let lex = token.lex
        let classes = lexicon.classes(lex)
        let previous = word(tokens, i - 1, lo, hi)
        let previousClasses = previous.map { lexicon.classes($0.lex) } ?? []
        let next = word(tokens, i + 1, lo, hi)

        if futureAux.contains(lex) { return .future }
        // 'll
        if lex == ll, i > lo, tokens[i - 1].isPunct(0x27), token.isAttached { return .future }
        if lex == would { return .future }
        // could, may, must, should + verb look ahead; "could have" looks back
        if classes.contains(.modal), !token.has(.capitalized) || token.has(.sentenceStart) {
            if let n = next, haveForms.contains(n.lex) { return .past }
            // "could" is as often a past ability ("could not be located") as a possibility
            return lex == could ? nil : .future
        }
        if lex == going, next?.lex == to { return .future }
        if beForms.contains(lex) || haveForms.contains(lex) {
            // is expected to / is expected in / is about to / is to: ahead; "had been due to" is a past perfect;
            // "was scheduled to" was ahead then, and may be behind now: no direction
            var k = i + 1
            while let w = word(tokens, k, lo, hi), lexicon.classes(w.lex).contains(.functionWord) == false,
                  k - i <= 2, !lexicon.classes(w.lex).contains(.futureLeaning), w.lex != to, w.lex != about { k += 1 }
            if lex == had { return .past }
            if let w = word(tokens, k, lo, hi), k - i <= 3 {
                let leansAhead = lexicon.classes(w.lex).contains(.futureLeaning) || (k == i + 1 && (w.lex == about || w.lex == to))
                if leansAhead { return pastBeForms.contains(lex) ? Tense.none : .future }
            }
            if haveForms.contains(lex), lex != had {
                // has risen, have been: a perfect is a past for dating
                if let n = next, lexicon.classes(n.lex).contains(.participle) || n.has(.endsInEd) || lexicon.classes(n.lex).contains(.pastVerb) {
                    return .past
                }
                if let n = word(tokens, i + 2, lo, hi), lexicon.classes(n.lex).contains(.participle) || n.has(.endsInEd) {
                    return .past
                }
            }
            return pastBeForms.contains(lex) ? .past : .present
        }
        if classes.contains(.futureLeaning) {
            guard !isNounPosition(previous, previousClasses, tokens, i, lo) else { return nil }
            // "had been due to expire Friday", "is set to expire": an infinitive takes its tense from the verb governing it
            if previous?.lex == to { return nil }
            // "is scheduled to", "will be due": the auxiliary decides
            var k = i - 1
            while k >= lo, tokens[k].kind == .word, isAdverb(tokens[k]) { k -= 1 }
            if k >= lo, tokens[k].kind == .word, auxiliaries.contains(tokens[k].lex)
                || !lexicon.classes(tokens[k].lex).isDisjoint(with: [.modal, .futureMarker]) { return nil }
            let isPastForm = classes.contains(.pastVerb) || token.has(.endsInEd)
            // "planned to leave Thursday", "set for April": ahead of the plan, perhaps behind us now: no direction
            if isPastForm { return Tense.none }
            if futureVerbs.contains(lex) {
                // "vacation plans for", "the plans of": a noun
                if let n = next, n.kind == .word, nounFollowers.contains(n.lex) { return nil }
                if i + 1 < hi, tokens[i + 1].kind == .punct { return nil }
                return .future
            }
            if next?.lex == to || futureAdjectives.contains(lex) { return .future }
            return nil
        }
        if classes.contains(.pastVerb) {
            if previous?.lex == to { return nil }
            // "the bullet that tore through": a relative pronoun is no determiner
            if isNounPosition(previous, previousClasses, tokens, i, lo), !isRelativePronoun(previous) { return nil }
            // "would be held", "has told": a participle; its auxiliary carries the tense
            var k = i - 1
            while k >= lo, tokens[k].kind == .word, isAdverb(tokens[k]) { k -= 1 }
            if k >= lo, tokens[k].kind == .word, auxiliaries.contains(tokens[k].lex)
                || !lexicon.classes(tokens[k].lex).isDisjoint(with: [.modal, .futureMarker]) { return nil }
            return .past
        }
        if classes.contains(.presentVerb) { return .present }
        if token.has(.endsInEd), !token.has(.capitalized) || token.has(.sentenceStart) {
            // skip adverbs: "a still unspecified date" is an adjective, "the company also reported" a verb
            var k = i - 1
            while k >= lo, tokens[k].kind == .word, isAdverb(tokens[k]) { k -= 1 }
            let head = k >= lo && tokens[k].kind == .word ? tokens[k] : nil
            let headClasses = head.map { lexicon.classes($0.lex) } ?? []
            if isNounPosition(head, headClasses, tokens, k + 1, lo), !isRelativePronoun(head) { return nil }
            if let p = head, auxiliaries.contains(p.lex) { return nil }  // the auxiliary carries the tense
            return .past
        }
        return nil
    }

    /// A past form followed by "by the crisis", "by Bank of America": a passive's agent, so the form is a participle
    /// ("rose by 5%", "fell by more than half" are no agents).
    private func isAgentPhrase(after i: Int, _ tokens: UnsafeBufferPointer<Token>, _ hi: Int) -> Bool {
        guard i + 2 < hi, tokens[i].kind == .word, tokens[i].has(.endsInEd) || lexicon.classes(tokens[i].lex).contains(.pastVerb),
              tokens[i + 1].kind == .word, tokens[i + 1].lex == by, tokens[i + 2].kind == .word else { return false }
        let agent = tokens[i + 2]
        return determiners.contains(agent.lex) || (agent.has(.capitalized) && lexicon.classes(agent.lex).isDisjoint(with: [.month, .weekday, .numberWord]))
    }

    /// "that", "which", "who" right before a verb form: the verb of a relative clause ("the bullet that tore").
    private func isRelativePronoun(_ token: Token?) -> Bool {
        guard let token else { return false }
        return relativePronouns.contains(token.lex)
    }

    private func isAdverb(_ token: Token) -> Bool {
        if adverbs.contains(token.lex) { return true }
        return !lexicon.isTaggerWord(token.lex) && token.length > 4 && !token.has(.capitalized) && endsInLy(token)
    }

    private func endsInLy(_ token: Token) -> Bool { token.has(.endsInLy) }

    /// A word right after a determiner, a possessive or a preposition is a noun or an adjective here.
    private func isNounPosition(_ previous: Token?, _ previousClasses: WordClass, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ lo: Int) -> Bool {
        if previousClasses.contains(.functionWord) { return true }
        // Biden's plans
        if let previous, previous.lex == apostrophe_s, i - 2 >= lo, tokens[i - 2].isPunct(0x27) { return true }
        if i - 1 >= lo, tokens[i - 1].isPunct(0x27) { return true }
        return false
    }
}
