/// Turns a section's analysis into events: triggers from the classifier, then for each its
/// clause, tense, aspect, polarity, modality, participants and place. Anchoring and merging come
/// after (`EventAnchoring`, `EventCoreference`).
public struct EventExtractor: Sendable {
    /// Finds the triggers.
    public let detector: EventDetector

    /// An extractor with `detector` (the shipped model by default).
    public init(detector: EventDetector = EventDetector()) {
        self.detector = detector
    }

    /// How far, in tokens, an event's clause reaches on either side of its trigger: a run-on
    /// "clause" of thousands of words is not what a reader means by the clause of an event.
    public static let clauseReach = 100

    /// The events of one section, in text order. `timexes` are the section's time expressions
    /// (its triggers are never inside one).
    public func extract(_ analysis: TextAnalysis, timexes: ArraySlice<TemporalExpression>, document: String) -> [Event] {
        analysis.tokens.withUnsafeBufferPointer { tokens in
            let words = analysis.functionWords
            let covered = TimexCoverage(tokens: tokens, timexes: timexes)
            let furniture = Self.furnitureLines(tokens: tokens, clauses: analysis.clauses)
            var events: [Event] = []
            var eventWords: [Int] = []
            var triggerTokens: [Int] = []
            let structure = analysis.syntax.map { syntax in
                EventStructure(syntax: syntax, bytes: analysis.bytes) { covered.contains(syntax.words[$0].tokens.lowerBound) }
            }
            for trigger in detector.detect(tokens: tokens, bytes: analysis.bytes, syntax: analysis.syntax, inTimex: covered.contains)
            where !furniture.contains(Int(analysis.clauses.sentence[trigger.token])) {
                let i = trigger.token
                let token = tokens[i]
                let wholeClause = analysis.clauses.clauseRanges[Int(analysis.clauses.clause[i])]
                let clauseRange = max(wholeClause.lowerBound, i - Self.clauseReach)..<min(wholeClause.upperBound, i + 1 + Self.clauseReach)
                let trimmed = Self.trimPunctuation(clauseRange, tokens: tokens)
                let mention = EventMention(
                    document: document, trigger: analysis.original(i..<(i + 1)), begin: Int(token.scalarStart), end: Int(token.scalarEnd),
                    byteBegin: Int(token.byteStart), byteEnd: Int(token.byteEnd), clause: analysis.slice(trimmed),
                    clauseBegin: Int(tokens[trimmed.lowerBound].scalarStart), clauseEnd: Int(tokens[max(trimmed.upperBound - 1, trimmed.lowerBound)].scalarEnd),
                    sentence: analysis.sentence(of: i))
                let word = analysis.word(i)
                let group = VerbGroup(at: i, word: word, tokens: tokens, words: words, lexicon: analysis.lexicon,
                                      partOfSpeech: structure.map { $0.syntax.upos($0.syntax.word(containingToken: i)) })
                let names = Self.names(in: clauseRange, excluding: i, triggerIsNoun: group.isNoun, tokens: tokens, covered: covered.contains,
                                       analysis: analysis)
                var event = Event(mention: mention, eventClass: trigger.eventClass, kind: EventKinds.kind(of: word),
                                  isNoun: group.isNoun, tense: group.tense, aspect: group.aspect, polarity: group.polarity,
                                  modality: group.modality, participants: names.participants, place: names.place, anchor: nil)
                event.clause = analysis.clause(of: i)
                triggerTokens.append(i)
                if group.isNoun {
                    let before = max(0, i - 3)..<i
                    event.isDefinite = before.contains { words.definiteMarkers.contains(tokens[$0].lex) }
                    event.isSetting = before.contains { words.settingPrepositions.contains(tokens[$0].lex) }
                }
                event.description = mention.trigger
                if let structure {
                    let w = structure.syntax.word(containingToken: i)
                    event.description = structure.description(of: w)
                    event.roles = structure.participants(of: w)
                    eventWords.append(w)
                }
                events.append(event)
            }
            for (e, scored) in EventSalience.scores(events, tokens: triggerTokens, analysis: analysis).enumerated() { events[e].salience = scored.score }
            if let structure { Self.attribute(&events, words: eventWords, structure: structure) }
            return events
        }
    }

    /// Gives each reported event its attribution: the clause of the reporting event that reports
    /// it, or its own "according to X". `words` are the events' trigger words.
    static func attribute(_ events: inout [Event], words: [Int], structure: EventStructure) {
        var eventAt: [Int: Int] = [:]
        for (e, w) in words.enumerated() where eventAt[w] == nil { eventAt[w] = e }
        let reporting = Set(eventAt.filter { events[$0.value].eventClass == .reporting }.keys)
        for (e, w) in words.enumerated() {
            if let reporter = structure.reporter(of: w, isReporting: reporting.contains) {
                events[e].attribution = structure.attribution(reportedBy: reporter)
            } else if let source = structure.accordingTo(w) {
                events[e].attribution = source
            }
        }
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
                      analysis: TextAnalysis) -> (participants: [String], place: String?) {
        let words = analysis.functionWords
        var participants: [String] = []
        var place: String?
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word, t.has(.capitalized), i != trigger, !covered(i), !words.commonCapitalized.contains(t.lex) else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, j != trigger, !covered(j),
                  tokens[j].kind == .word && tokens[j].has(.capitalized) && tokens[j].isAttached == false
                    || (tokens[j].isPunct(0x2D) && tokens[j].isAttached && j + 1 < range.upperBound && tokens[j + 1].kind == .word && tokens[j + 1].isAttached) {
                j += tokens[j].kind == .punct ? 2 : 1
            }
            // drop a title that opens the name ("President", "Secretary")
            var start = i
            while start < j - 1, words.titles.contains(tokens[start].lex) { start += 1 }
            let name = analysis.original(start..<j)
            let afterPlacePreposition = i > range.lowerBound && tokens[i - 1].kind == .word && words.placePrepositions.contains(tokens[i - 1].lex)
            let beforeTrigger = j == trigger && triggerIsNoun
            if place == nil, afterPlacePreposition || beforeTrigger {
                place = name
            } else if !participants.contains(name), !(j - start == 1 && words.titles.contains(tokens[start].lex)) {
                participants.append(name)
            }
            i = j
        }
        return (participants, place)
    }
}

/// The verb group before a trigger: auxiliaries, modals, negation, "to".
struct VerbGroup {
    var tense: EventTense = .none
    var aspect: EventAspect = .none
    var polarity: EventPolarity = .positive
    var modality: String?
    var isNoun = false

    /// The group of the trigger at token `i`, whose lowercase word is `word`; `partOfSpeech` is
    /// the trigger's tag in the parse, when the section was parsed.
    init(at i: Int, word: String, tokens: UnsafeBufferPointer<Token>, words: FunctionWords, lexicon: Lexicon, partOfSpeech: UPOS? = nil) {
        let trigger = tokens[i]
        var auxiliaries: [UInt16] = []
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 5, !tokens[k + 1].has(.sentenceStart) {
            let t = tokens[k]
            if t.kind == .punct, t.punct == 0x27, k > 0 { k -= 1; continue }  // n't, 'll, 's
            guard t.kind == .word else { break }
            let v = t.lex
            if words.auxiliaries.contains(v) || words.negations.contains(v) || words.modals.contains(v) || v == words.to {
                auxiliaries.append(v)
            } else if t.has(.endsInLy) || words.groupAdverbs.contains(v) {
                // adverbs inside the group
            } else {
                break
            }
            k -= 1
            steps += 1
        }
        if auxiliaries.isEmpty, let partOfSpeech {
            // the parse knows "The mayor says" from "the swift fall"
            isNoun = partOfSpeech == .noun || partOfSpeech == .propn
        } else if auxiliaries.isEmpty {
            let verbForm = lexicon.classes(trigger.lex).contains(.pastVerb) || trigger.has(.endsInEd)
            let previousIsDeterminer = i > 0 && tokens[i - 1].kind == .word && words.determiners.contains(tokens[i - 1].lex)
            let beforeIsDeterminer = i > 1 && tokens[i - 2].kind == .word && words.determiners.contains(tokens[i - 2].lex)
            let afterPossessive = i > 0 && tokens[i - 1].isPunct(0x27)
            let afterDeterminerAndModifier = beforeIsDeterminer && i > 0 && tokens[i - 1].kind == .word
                && !lexicon.classes(tokens[i - 1].lex).contains(.pastVerb) && !verbForm
            if previousIsDeterminer || afterPossessive || afterDeterminerAndModifier {
                isNoun = true  // "the summit", "Biden's plans", "the swift fall"
            } else if VerbGroup.nounSuffixes.contains(where: { word.hasSuffix($0) }) && !verbForm {
                isNoun = true
            }
        }
        if isNoun { return }
        if auxiliaries.contains(where: { words.negations.contains($0) }) { polarity = .negative }
        if let modal = auxiliaries.first(where: { words.modals.contains($0) }) {
            modality = lexicon.word(modal)
            if words.futureModals.contains(modal) { tense = .future; modality = nil }
        }
        let has = auxiliaries.contains { words.have.contains($0) }
        let had = auxiliaries.contains(words.had)
        let be = auxiliaries.contains { words.beForms.contains($0) }
        let pastAux = auxiliaries.contains { words.pastAuxiliaries.contains($0) }
        let presentAux = auxiliaries.contains { words.presentAuxiliaries.contains($0) }
        if has || had { aspect = trigger.has(.endsInIng) ? .perfectiveProgressive : .perfective }
        else if be && trigger.has(.endsInIng) { aspect = .progressive }
        if auxiliaries.last == words.to || auxiliaries.first == words.to {
            tense = tense == .future ? .future : .infinitive
            // "plans to establish", "is expected to step down": not a fact yet
            if k >= 0, tokens[k].kind == .word {
                if lexicon.classes(tokens[k].lex).contains(.futureLeaning) || words.intensional.contains(tokens[k].lex) {
                    modality = modality ?? lexicon.word(tokens[k].lex) + " to"
                }
            }
            if auxiliaries.first == words.to, let verb = auxiliaries.dropFirst().first, words.modals.contains(verb) { modality = lexicon.word(verb) }
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

    static let nounSuffixes = ["tion", "sion", "ment", "ance", "ence", "ship", "ness", "ity", "ure", "ism", "al"]
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

    static let suffixes = ["ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ied", "ies", "ed", "es", "s"]

    static func kind(of word: String) -> String {
        if let kind = synonyms[word] { return kind }
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeStem(word) }
        // ASCII: characters are bytes, and a suffix is the same bytes at the end
        for suffix in suffixes where utf8.count > suffix.utf8.count + 2 && utf8.reversed().starts(with: suffix.utf8.reversed()) {
            return String(decoding: utf8.dropLast(suffix.utf8.count), as: UTF8.self)
        }
        return word
    }

    private static func unicodeStem(_ word: String) -> String {
        var stem = word
        for suffix in suffixes where stem.count > suffix.count + 2 && stem.hasSuffix(suffix) {
            stem.removeLast(suffix.count)
            break
        }
        return stem
    }
}
