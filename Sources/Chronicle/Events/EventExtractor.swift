/// Turns a document into events: triggers from the classifier, then for each its clause, tense,
/// aspect, polarity, modality, participants and place. Anchoring and merging come after
/// (`EventAnchoring`, `EventCoreference`).
public struct EventExtractor: Sendable {
    public let detector: EventDetector
    let grammar: Grammar

    public init(detector: EventDetector = EventDetector(), grammar: Grammar = .standard) {
        self.detector = detector
        self.grammar = grammar
    }

    /// What the later stages need besides the events: clause and sentence of each token.
    public struct Analysis: Sendable {
        public var events: [Event]
        /// Token index of each event's trigger.
        var triggerTokens: [Int]
        var tokens: [Token]
        var clauses: Clauses
        /// For each timex, the clause and sentence it sits in and its first token.
        var timexClauses: [Int32]
        var timexSentences: [Int32]
        var timexTokens: [Int]
    }

    public func extract(_ document: Document, timexes: [TemporalExpression]) -> Analysis {
        var text = document.text
        return text.withUTF8 { bytes in
            let tokens = grammar.tokenizer.tokenize(document.text)
            return tokens.withUnsafeBufferPointer { tokens in
                extract(document, timexes: timexes, tokens: tokens, bytes: bytes)
            }
        }
    }

    private func extract(_ document: Document, timexes: [TemporalExpression], tokens: UnsafeBufferPointer<Token>,
                         bytes: UnsafeBufferPointer<UInt8>) -> Analysis {
        let lexicon = grammar.lexicon
        func word(_ t: Token) -> String {
            guard t.kind == .word else { return "" }
            if t.lex != Lexicon.unknown { return lexicon.word(t.lex) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.byteStart)..<Int(t.byteEnd)]), as: UTF8.self).lowercased()
        }
        func original(_ range: Range<Int>) -> String {
            guard let first = range.first, let last = range.last else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[first].byteStart)..<Int(tokens[last].byteEnd)]), as: UTF8.self)
        }
        let clauses = Clauses(tokens: tokens, word: word)
        let covered = TimexCoverage(tokens: tokens, timexes: timexes)
        var timexTokens: [Int] = []
        var t = 0
        for timex in timexes {
            while t < tokens.count, Int(tokens[t].byteEnd) <= timex.byteBegin { t += 1 }
            timexTokens.append(min(t, max(tokens.count - 1, 0)))
        }
        let furniture = Self.furnitureLines(tokens: tokens, clauses: clauses)
        var events: [Event] = []
        var triggerTokens: [Int] = []
        for trigger in detector.detect(tokens: tokens, bytes: bytes, inTimex: covered.contains) where !furniture.contains(Int(clauses.sentence[trigger.token])) {
            let i = trigger.token
            let token = tokens[i]
            let clauseRange = clauses.clauseRanges[Int(clauses.clause[i])]
            let trimmed = Self.trimPunctuation(clauseRange, tokens: tokens)
            let clauseText = original(trimmed)
            let mention = EventMention(
                document: document.id, trigger: original(i..<(i + 1)), begin: Int(token.scalarStart), end: Int(token.scalarEnd),
                byteBegin: Int(token.byteStart), byteEnd: Int(token.byteEnd), clause: clauseText,
                clauseBegin: Int(tokens[trimmed.lowerBound].scalarStart), clauseEnd: Int(tokens[max(trimmed.upperBound - 1, trimmed.lowerBound)].scalarEnd),
                sentence: Int(clauses.sentence[i]))
            let group = VerbGroup(at: i, tokens: tokens, word: word, lexicon: lexicon)
            let names = Self.names(in: clauseRange, excluding: i, triggerIsNoun: group.isNoun, tokens: tokens, covered: covered.contains, word: word, original: original)
            var event = Event(mention: mention, eventClass: trigger.eventClass, kind: EventKinds.kind(of: word(token)),
                              isNoun: group.isNoun, tense: group.tense, aspect: group.aspect, polarity: group.polarity,
                              modality: group.modality, participants: names.participants, place: names.place, anchor: nil)
            event.mentions = [mention]
            if group.isNoun {
                let before = (max(0, i - 3)..<i).map { word(tokens[$0]) }
                event.isDefinite = before.contains { ["the", "their", "his", "her", "its", "our", "this", "that", "s"].contains($0) }
                event.isSetting = before.contains { ["at", "during", "in", "after", "before", "since", "following", "amid", "on"].contains($0) }
            }
            events.append(event)
            triggerTokens.append(i)
        }
        let timexClauses = timexTokens.map { tokens.isEmpty ? 0 : clauses.clause[$0] }
        let timexSentences = timexTokens.map { tokens.isEmpty ? 0 : clauses.sentence[$0] }
        return Analysis(events: events, triggerTokens: triggerTokens, tokens: Array(tokens), clauses: clauses,
                        timexClauses: timexClauses, timexSentences: timexSentences, timexTokens: timexTokens)
    }

    static func trimPunctuation(_ range: Range<Int>, tokens: UnsafeBufferPointer<Token>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper - 1, tokens[lower].kind == .punct, tokens[lower].punct != 0x22, tokens[lower].punct != 0x27 { lower += 1 }
        while upper - 1 > lower, tokens[upper - 1].kind == .punct, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(tokens[upper - 1].punct) { upper -= 1 }
        return lower..<upper
    }

    /// Sentences that are page furniture rather than text: a short line of its own with no final
    /// punctuation ("Post a Comment", "Share this article", "Advertisement").
    static func furnitureLines(tokens: UnsafeBufferPointer<Token>, clauses: Clauses) -> Set<Int> {
        var result: Set<Int> = []
        for (index, range) in clauses.sentenceRanges.enumerated() where !range.isEmpty {
            let words = range.filter { tokens[$0].kind == .word }.count
            let last = tokens[range.upperBound - 1]
            let standsAlone = tokens[range.lowerBound].has(.lineBreakBefore) || range.lowerBound == 0
            let endsLine = range.upperBound == tokens.count || tokens[range.upperBound].has(.lineBreakBefore)
            if words <= 4, standsAlone, endsLine, !(last.kind == .punct && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\"")].contains(last.punct)) {
                result.insert(index)
            }
        }
        return result
    }

    /// Capitalized names in a clause: the first one after `in`, `at`, `to`, `from` or before the
    /// trigger noun ("their Geneva meeting") is the place; the rest are participants.
    static func names(in range: Range<Int>, excluding trigger: Int, triggerIsNoun: Bool, tokens: UnsafeBufferPointer<Token>, covered: (Int) -> Bool,
                      word: (Token) -> String, original: (Range<Int>) -> String) -> (participants: [String], place: String?) {
        var participants: [String] = []
        var place: String?
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word, t.has(.capitalized), i != trigger, !covered(i), !commonCapitalized.contains(word(t)) else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, j != trigger, !covered(j),
                  tokens[j].kind == .word && tokens[j].has(.capitalized) && tokens[j].isAttached == false
                    || (tokens[j].isPunct(0x2D) && tokens[j].isAttached && j + 1 < range.upperBound && tokens[j + 1].kind == .word && tokens[j + 1].isAttached) {
                j += tokens[j].kind == .punct ? 2 : 1
            }
            // drop a title that opens the name ("President", "Secretary")
            var start = i
            while start < j - 1, titles.contains(word(tokens[start])) { start += 1 }
            let name = original(start..<j)
            let previous = i > range.lowerBound ? word(tokens[i - 1]) : ""
            let beforeTrigger = j == trigger && triggerIsNoun
            if place == nil, ["in", "at", "to", "from", "near", "into", "across", "inside", "outside"].contains(previous) || beforeTrigger {
                place = name
            } else if !participants.contains(name), !titles.contains(name.lowercased()) {
                participants.append(name)
            }
            i = j
        }
        return (participants, place)
    }

    /// Capitalized words that open sentences without naming anyone.
    static let commonCapitalized: Set<String> = [
        "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "but", "and",
        "or", "with", "without", "for", "after", "before", "while", "according", "if", "when", "as", "their", "his", "her", "its", "our",
        "my", "your", "one", "two", "some", "many", "most", "all", "there", "here", "what", "who", "why", "how", "also", "however",
        "meanwhile", "amid", "during", "since", "until", "by", "from", "to", "of", "not", "no", "yes", "would", "could", "if", "moscow's",
        "former", "other", "both", "each", "every", "post", "mr", "mrs", "ms",
    ]

    static let titles: Set<String> = [
        "president", "secretary", "minister", "deputy", "foreign", "defense", "defence", "prime", "vice", "chief", "general", "gen",
        "sen", "senator", "rep", "representative", "governor", "gov", "mayor", "king", "queen", "prince", "chairman", "director",
        "adviser", "advisor", "ambassador", "judge", "justice", "commander", "officer", "spokesman", "spokeswoman", "dr", "prof",
        "state", "homeland", "security", "russian", "american", "chinese", "british", "french", "german", "us", "u.s.", "u.s",
    ]
}

/// The verb group before a trigger: auxiliaries, modals, negation, "to".
struct VerbGroup {
    var tense: EventTense = .none
    var aspect: EventAspect = .none
    var polarity: EventPolarity = .positive
    var modality: String?
    var isNoun = false

    init(at i: Int, tokens: UnsafeBufferPointer<Token>, word: (Token) -> String, lexicon: Lexicon) {
        let trigger = tokens[i]
        let w = word(trigger)
        var auxiliaries: [String] = []
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 5, !tokens[k + 1].has(.sentenceStart) {
            let t = tokens[k]
            if t.kind == .punct, t.punct == 0x27, k > 0 { k -= 1; continue }  // n't, 'll, 's
            guard t.kind == .word else { break }
            let v = word(t)
            if VerbGroup.auxiliaries.contains(v) || VerbGroup.negations.contains(v) || VerbGroup.modals.contains(v) || v == "to" {
                auxiliaries.append(v)
            } else if t.has(.endsInLy) || VerbGroup.adverbs.contains(v) {
                // adverbs inside the group
            } else {
                break
            }
            k -= 1
            steps += 1
        }
        let previous = i > 0 ? word(tokens[i - 1]) : ""
        let before = i > 1 ? word(tokens[i - 2]) : ""
        if auxiliaries.isEmpty {
            let verbForm = lexicon.classes(trigger.lex).contains(.pastVerb) || trigger.has(.endsInEd)
            let afterPossessive = i > 0 && tokens[i - 1].isPunct(0x27)
            let afterDeterminerAndModifier = VerbGroup.determiners.contains(before) && i > 0 && tokens[i - 1].kind == .word
                && !lexicon.classes(tokens[i - 1].lex).contains(.pastVerb) && !verbForm
            if VerbGroup.determiners.contains(previous) || afterPossessive || afterDeterminerAndModifier {
                isNoun = true  // "the summit", "Biden's plans", "the swift fall"
            } else if VerbGroup.nounSuffixes.contains(where: { w.hasSuffix($0) }) && !verbForm {
                isNoun = true
            }
        }
        if isNoun { return }
        if auxiliaries.contains(where: { VerbGroup.negations.contains($0) }) { polarity = .negative }
        if let modal = auxiliaries.first(where: { VerbGroup.modals.contains($0) }) {
            modality = modal
            if ["will", "shall", "ll"].contains(modal) { tense = .future; modality = nil }
        }
        let has = auxiliaries.contains { ["has", "have", "having"].contains($0) }
        let had = auxiliaries.contains("had")
        let be = auxiliaries.contains { ["is", "are", "am", "was", "were", "be", "been", "being"].contains($0) }
        let pastAux = auxiliaries.contains { ["was", "were", "did", "had"].contains($0) }
        let presentAux = auxiliaries.contains { ["is", "are", "am", "does", "do", "has", "have"].contains($0) }
        if has || had { aspect = trigger.has(.endsInIng) ? .perfectiveProgressive : .perfective }
        else if be && trigger.has(.endsInIng) { aspect = .progressive }
        if auxiliaries.last == "to" || auxiliaries.first == "to" {
            tense = tense == .future ? .future : .infinitive
            // "plans to establish", "is expected to step down": not a fact yet
            if k >= 0, tokens[k].kind == .word {
                let governor = word(tokens[k])
                if lexicon.classes(tokens[k].lex).contains(.futureLeaning) || VerbGroup.intensional.contains(governor) {
                    modality = modality ?? governor + " to"
                }
            }
            if auxiliaries.first == "to", let verb = auxiliaries.dropFirst().first, VerbGroup.modals.contains(verb) { modality = verb }
        } else if tense != .future {
            if pastAux { tense = .past }
            else if presentAux { tense = .present }
            else if modality != nil { tense = .none }
            else if lexicon.classes(trigger.lex).contains(.pastVerb) || trigger.has(.endsInEd) { tense = .past }
            else if trigger.has(.endsInIng) { tense = .presentParticiple }
            else if trigger.has(.endsInS) || lexicon.classes(trigger.lex).contains(.presentVerb) { tense = .present }
            else { tense = .present }
        }
        // "is expected to", "was likely to" govern the next verb, not this one
    }

    static let auxiliaries: Set<String> = ["is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "get", "got"]
    static let modals: Set<String> = ["will", "would", "could", "might", "may", "must", "should", "can", "shall", "ll", "ought"]
    static let negations: Set<String> = ["not", "n't", "t", "never", "no"]
    static let adverbs: Set<String> = ["also", "still", "just", "already", "even", "now", "then", "only", "again", "ever", "finally", "first", "soon"]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                                           "of", "s", "any", "no", "each", "every", "some", "another", "such"]
    static let nounSuffixes = ["tion", "sion", "ment", "ance", "ence", "ship", "ness", "ity", "ure", "ism", "al"]
    static let intensional: Set<String> = ["want", "wants", "wanted", "hope", "hopes", "hoped", "plan", "plans", "planned", "intend",
        "intends", "intended", "likely", "unlikely", "able", "unable", "trying", "tries", "tried", "seeking", "seeks", "sought", "agreed",
        "agrees", "refused", "refuses", "promised", "promises", "threatened", "threatens", "vowed", "vows", "aims", "aimed", "ready",
        "willing", "set", "due", "supposed", "scheduled", "expected", "expects", "poised", "looking"]
}

/// Kinds of events for merging mentions: a stem, with common news synonyms folded together.
enum EventKinds {
    static let synonyms: [String: String] = [
        "summit": "meet", "meeting": "meet", "meetings": "meet", "met": "meet", "meets": "meet", "talks": "meet", "talk": "meet",
        "visit": "visit", "visited": "visit", "visits": "visit", "trip": "visit", "sent": "visit",
        "attack": "attack", "attacks": "attack", "attacked": "attack", "strike": "attack", "strikes": "attack", "bombing": "attack",
        "bombings": "attack", "raid": "attack", "assault": "attack",
        "fall": "fall", "fell": "fall", "collapse": "fall", "capture": "fall", "captured": "fall", "seizure": "fall", "takeover": "fall",
        "withdrawal": "withdraw", "withdraw": "withdraw", "withdrew": "withdraw", "pullout": "withdraw",
        "evacuation": "evacuate", "evacuate": "evacuate", "evacuated": "evacuate", "evacuating": "evacuate", "airlift": "evacuate",
        "coup": "coup", "overthrow": "coup",
        "election": "elect", "elected": "elect", "vote": "elect", "voted": "elect",
        "killing": "kill", "killed": "kill", "kill": "kill", "death": "kill", "murder": "kill", "murdered": "kill",
        "arrest": "arrest", "arrested": "arrest", "detained": "arrest", "detention": "arrest",
        "said": "say", "says": "say", "say": "say", "saying": "say", "told": "tell", "tells": "tell",
        "criticized": "criticize", "criticism": "criticize", "criticised": "criticize",
    ]

    static func kind(of word: String) -> String {
        if let kind = synonyms[word] { return kind }
        var stem = word
        for suffix in ["ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ied", "ies", "ed", "es", "s"] where stem.count > suffix.count + 2 && stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
            break
        }
        return stem
    }
}
