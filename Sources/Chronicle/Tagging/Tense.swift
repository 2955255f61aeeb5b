/// The tense of the clause around an expression, as far as the tagger needs it: which way a
/// bare "July" or "Friday" points from the anchor.
public enum Tense: String, Sendable, Codable {
    case past, present, future, none
}

/// Finds the finite verb nearest to an expression within its sentence and reads its tense.
///
/// It is deliberately shallow: a past form (`met`, `scoffed`), a perfect (`has risen`), a future
/// (`will host`, `is expected to`, `plans to`), or a present (`is`, `has`). Nouns that look like
/// verbs are skipped when a determiner or possessive comes right before them (`Biden's plans to`,
/// `the proposed merger`), so the tense of the governing verb wins.
struct TenseDetector {
    let lexicon: Lexicon
    private let to, going, about, be, been, being, apostrophe_s, ll, had: UInt16
    private let pastBeForms: Set<UInt16>
    private let futureAdjectives: Set<UInt16>
    private let futureVerbs: Set<UInt16>
    private let beForms: Set<UInt16>
    private let haveForms: Set<UInt16>
    private let futureAux: Set<UInt16>
    private let would: UInt16

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        func id(_ word: String) -> UInt16 { lexicon.intern(word) }
        to = id("to"); going = id("going"); about = id("about"); be = id("be"); been = id("been"); being = id("being")
        apostrophe_s = id("s"); ll = id("ll"); had = id("had")
        pastBeForms = Set(["was", "were", "had"].map(id))
        futureAdjectives = Set(["upcoming", "coming", "slated", "scheduled", "due"].map(id))
        futureVerbs = Set(["expects", "expect", "plans", "plan", "intends", "intend", "aims", "hopes", "anticipates", "anticipate",
                           "forecasts", "predicts", "promises", "vows", "pledges", "projects"].map(id))
        beForms = Set(["is", "are", "am", "was", "were"].map(id))
        haveForms = Set(["has", "have", "had"].map(id))
        futureAux = Set(["will", "shall"].map(id))
        would = id("would")
    }

    /// The tense of the clause holding tokens `[begin, end)`.
    func tense(of begin: Int, _ end: Int, in tokens: UnsafeBufferPointer<Token>) -> Tense {
        var sentenceStart = begin
        while sentenceStart > 0, !tokens[sentenceStart].has(.sentenceStart), begin - sentenceStart < 60 { sentenceStart -= 1 }
        var sentenceEnd = end
        while sentenceEnd < tokens.count, !tokens[sentenceEnd].has(.sentenceStart), sentenceEnd - end < 60 { sentenceEnd += 1 }

        var bestDistance = Int.max
        var best = Tense.none
        var j = begin - 1
        while j >= sentenceStart {
            let distance = begin - j
            if distance >= bestDistance { break }
            if let cue = cue(at: j, tokens, sentenceStart, sentenceEnd) {
                bestDistance = distance
                best = cue
                break
            }
            j -= 1
        }
        j = end
        while j < sentenceEnd {
            // a verb after the expression counts a little less than one before it
            let distance = j - end + 2
            if distance >= bestDistance { break }
            if let cue = cue(at: j, tokens, sentenceStart, sentenceEnd) {
                best = cue
                break
            }
            j += 1
        }
        return best
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
        if lex == going, next?.lex == to { return .future }
        if beForms.contains(lex) || haveForms.contains(lex) {
            // is expected to / was due to / is about to / is to
            var k = i + 1
            while let w = word(tokens, k, lo, hi), lexicon.classes(w.lex).contains(.functionWord) == false,
                  k - i <= 2, !lexicon.classes(w.lex).contains(.futureLeaning), w.lex != to, w.lex != about { k += 1 }
            if let w = word(tokens, k, lo, hi), k - i <= 3 {
                if lexicon.classes(w.lex).contains(.futureLeaning), word(tokens, k + 1, lo, hi)?.lex == to { return .future }
                if w.lex == about || w.lex == to, word(tokens, k + 1, lo, hi)?.lex == to || w.lex == to { return .future }
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
            if next?.lex == to || futureAdjectives.contains(lex) || futureVerbs.contains(lex) { return .future }
            if classes.contains(.pastVerb) || token.has(.endsInEd) { return .past }
            return nil
        }
        if classes.contains(.pastVerb) {
            if previous?.lex == to { return nil }
            if isNounPosition(previous, previousClasses, tokens, i, lo) { return nil }
            return .past
        }
        if classes.contains(.presentVerb) { return .present }
        if token.has(.endsInEd), !token.has(.capitalized) || token.has(.sentenceStart) {
            if isNounPosition(previous, previousClasses, tokens, i, lo) { return nil }
            if let p = previous, beForms.contains(p.lex) || haveForms.contains(p.lex) || p.lex == be || p.lex == been || p.lex == being {
                return nil  // the auxiliary carries the tense
            }
            return .past
        }
        return nil
    }

    /// A word right after a determiner, a possessive or a preposition is a noun or an adjective here.
    private func isNounPosition(_ previous: Token?, _ previousClasses: WordClass, _ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ lo: Int) -> Bool {
        if previousClasses.contains(.functionWord) { return true }
        // Biden's plans
        if let previous, previous.lex == apostrophe_s, i - 2 >= lo, tokens[i - 2].isPunct(0x27) { return true }
        if i - 1 >= lo, tokens[i - 1].isPunct(0x27) { return true }
        return false
    }
}
