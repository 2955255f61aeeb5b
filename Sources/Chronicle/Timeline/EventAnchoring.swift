/// Ties each event to a time, in three passes.
///
/// 1. (per section, `local`) A time expression in the event's clause (`met in Washington in
///    July`), or, for an event in a main clause, the nearest one elsewhere in its sentence, when
///    the tenses agree (a past event is not anchored to a future date, a present state not to a
///    past one). A fronted "With X," or "After X," phrase puts X on or before (before) the time
///    of the main clause.
/// 2. (over the document, after merging) An event whose clause holds another event already
///    anchored — "told Biden at their Geneva meeting" — shares that event's time; an event in a
///    clause that says "at the time", "at the same time" or "then" takes the time of the event
///    its sentence talks about, else of the last anchored event before it.
/// 3. Otherwise a tensed event relates to the DCT by its tense (past: BEFORE), except that a
///    news report's own statements ("said", "says") are on the day of the report, and what a
///    modal considers ("would recover"), an infinitive ("plans to build", "sent a team to
///    recover"), the object of an intention ("demanded an inquiry") and the present of a
///    condition ("if diplomacy fails") look ahead, after it; an event noun setting such a
///    statement ("said at a news conference") is on its day too. The rest stay unanchored,
///    listed, never dropped. Last, an event the parse places relative to
///    another ("after the flood", "promised to rebuild") takes that place when the other has a
///    time and it has none better than the DCT.
///
/// When the section was parsed, pass one reads the parse instead (`structural`).
enum EventAnchoring {
    /// What pass one learns of an event from its section.
    struct Local: Sendable {
        /// A time expression that dates it.
        var anchor: EventAnchor?
        /// Its clause puts it at the time just talked about ("at the time", "then").
        var atTheSameTime: Bool
        /// Its place relative to another event of the document, used when it has no time of its own.
        var relative: RelativeAnchor? = nil
        /// With a parse: the setting event noun that modifies it ("told Biden at their Geneva
        /// meeting"), the only one that may lend it a time; without, any setting of its clause may.
        var setting: Setting = .anyOfItsClause
        /// With a parse, for an event noun in an oblique phrase ("said at a news conference"): the
        /// event predicate the phrase belongs to.
        var obliqueOf: Int? = nil
        /// With a parse, for an event noun that is the object of an intention ("demanded an
        /// inquiry"): it looks ahead, like an infinitive.
        var isIntended = false
        /// With a parse: the present of a condition ("if diplomacy fails") looks ahead.
        var isCondition = false

        enum Setting: Sendable {
            case anyOfItsClause
            case none
            case event(Int)
        }

        /// The same, with the other events' indices counted from `first` (the section's first event in the document).
        func offset(by first: Int) -> Local {
            var copy = self
            copy.relative?.event += first
            if case .event(let s) = setting { copy.setting = .event(s + first) }
            copy.obliqueOf? += first
            return copy
        }
    }

    /// How far from its trigger, in tokens, a time expression of the same sentence may date an
    /// event: past it, the sentence is a run-on the nearest-time rule knows nothing about.
    static let sentenceReach = 200

    /// Pass one over a section: `events` are the section's, `timexes` the document's, of which
    /// `sectionTimexes` lie in the section.
    static func local(_ events: ArraySlice<Event>, analysis: TextAnalysis, timexes: [TemporalExpression], sectionTimexes: Range<Int>,
                      dct: CalendarDate?) -> [Local] {
        guard let syntax = analysis.syntax else {
            return nearest(events, analysis: analysis, timexes: timexes, sectionTimexes: sectionTimexes, dct: dct)
        }
        var found = structural(events, analysis: analysis, syntax: syntax, timexes: timexes, sectionTimexes: sectionTimexes, dct: dct)
        // where the parse decides nothing, the nearest time of the clause or sentence, unless a verb other than the event claims it
        let undecided = found.indices.filter { found[$0].anchor == nil && found[$0].relative == nil }
        guard !undecided.isEmpty else { return found }
        let fallback = nearest(events, analysis: analysis, timexes: timexes, sectionTimexes: sectionTimexes, dct: dct)
        for e in undecided {
            guard var anchor = fallback[e].anchor, case .timex(let t) = anchor.target else { continue }
            let word = syntax.word(containingToken: analysis.firstToken(endingAfter: events[events.startIndex + e].mention.byteBegin))
            if let governor = syntax.governor(ofScalars: timexes[t].begin..<timexes[t].end), governor != word, syntax.upos(governor).isVerbal { continue }
            anchor.confidence = min(anchor.confidence, 0.5)
            anchor.rule += " (the parse undecided)"
            found[e].anchor = anchor
        }
        return found
    }

    /// Pass one without a parse: the nearest time of the event's clause or, for a main clause, its sentence.
    static func nearest(_ events: ArraySlice<Event>, analysis: TextAnalysis, timexes: [TemporalExpression], sectionTimexes: Range<Int>,
                        dct: CalendarDate?) -> [Local] {
        analysis.tokens.withUnsafeBufferPointer { tokens in
            let words = analysis.functionWords
            let clauses = analysis.clauses
            // the first token, sentence and clause of each of the section's time expressions
            let timexTokens = sectionTimexes.map { min(analysis.firstToken(endingAfter: timexes[$0].byteBegin), max(tokens.count - 1, 0)) }
            func sentenceOfTimex(_ k: Int) -> Int32 { tokens.isEmpty ? 0 : clauses.sentence[timexTokens[k]] }
            // clauses that hold "at the time"
            var anaphoricClauses = Set<Int32>()
            for k in timexTokens.indices where timexes[sectionTimexes.lowerBound + k].isAnaphoric && !tokens.isEmpty {
                anaphoricClauses.insert(clauses.clause[timexTokens[k]])
            }
            return events.map { event in
                let trigger = analysis.firstToken(endingAfter: event.mention.byteBegin)
                let clause = clauses.clause[trigger]
                let sentence = clauses.sentence[trigger]
                let clauseRange = clauses.clauseRanges[Int(clause)]
                let atTheSameTime = signalsSameTime(clauseRange, tokens: tokens, words: words) || anaphoricClauses.contains(clause)
                // the time expressions of the sentence within reach, found by binary search in text order
                var low = 0, high = timexTokens.count
                while low < high {
                    let mid = (low + high) / 2
                    if sentenceOfTimex(mid) < sentence || timexTokens[mid] < trigger - sentenceReach { low = mid + 1 } else { high = mid }
                }
                var best: (index: Int, distance: Int, sameClause: Bool)?
                var k = low
                while k < timexTokens.count, sentenceOfTimex(k) == sentence, timexTokens[k] <= trigger + sentenceReach {
                    defer { k += 1 }
                    let t = sectionTimexes.lowerBound + k
                    let timex = timexes[t]
                    guard timex.type == .date || timex.type == .time, !timex.isAnaphoric else { continue }
                    let sameClause = clauses.clause[timexTokens[k]] == clause
                    if !sameClause {
                        // only an event of a main clause, and a fact, looks beyond its clause
                        let clauseStart = clauseRange.lowerBound
                        let subordinate = clauseStart != clauses.sentenceRanges[Int(sentence)].lowerBound
                            && tokens[clauseStart].kind == .word && words.subordinators.contains(tokens[clauseStart].lex)
                        if subordinate || event.modality != nil { continue }
                    }
                    guard tenseAgrees(event, timex, dct: dct) else { continue }
                    let distance = abs(timexTokens[k] - trigger) + (sameClause ? 0 : 100)
                    if best == nil || distance < best!.distance { best = (k, distance, sameClause) }
                }
                guard let best else { return Local(anchor: nil, atTheSameTime: atTheSameTime) }
                var relation = relation(signalledBefore: timexTokens[best.index], tokens: tokens, words: words)
                if let fronted = frontedRelation(trigger: trigger, timexToken: timexTokens[best.index],
                                                 sentenceStart: clauses.sentenceRanges[Int(sentence)].lowerBound, tokens: tokens, words: words) {
                    relation = fronted
                }
                let confidence = best.sameClause ? (max(0.6, 0.95 - Double(min(best.distance, 20)) * 0.02) * 100).rounded() / 100 : 0.55
                let anchor = EventAnchor(relation: relation, target: .timex(sectionTimexes.lowerBound + best.index), confidence: confidence,
                                         rule: best.sameClause ? "same clause" : "same sentence")
                return Local(anchor: anchor, atTheSameTime: atTheSameTime)
            }
        }
    }

    /// A past event is not dated in the future, a future one not in the past, and a present
    /// state (not a perfect) not in the past.
    static func tenseAgrees(_ event: Event, _ timex: TemporalExpression, dct: CalendarDate?) -> Bool {
        guard let dct, let span = timex.point?.interval else { return true }
        let past = span.latest < dct, future = span.earliest > dct
        switch event.tense {
        case .past, .pastParticiple: return !future
        case .future: return !past
        case .present: return !past || event.aspect == .perfective || event.eventClass == .reporting
        default: return true
        }
    }

    /// The relation a preposition right before the time expression signals.
    static func relation(signalledBefore timexToken: Int, tokens: UnsafeBufferPointer<Token>, words: FunctionWords) -> TemporalRelation {
        guard timexToken > 0, tokens[timexToken - 1].kind == .word else { return .isIncluded }
        let word = tokens[timexToken - 1].lex
        if words.beforeWords.contains(word) { return .before }
        if words.afterWords.contains(word) { return .after }
        if word == words.since { return .begunBy }
        return .isIncluded
    }

    /// "With the fall of Kabul, Biden admitted Wednesday": an event in a fronted phrase relates to
    /// a time in the main part of the sentence by the phrase's preposition.
    static func frontedRelation(trigger: Int, timexToken: Int, sentenceStart: Int, tokens: UnsafeBufferPointer<Token>,
                                words: FunctionWords) -> TemporalRelation? {
        guard trigger < timexToken, tokens[sentenceStart].kind == .word else { return nil }
        let opener = tokens[sentenceStart].lex
        let relation: TemporalRelation
        if opener == words.with { relation = .onOrBefore }
        else if words.frontedBefore.contains(opener) { relation = .before }
        else { return nil }
        // the phrase must end (at a comma) between the event and the time
        guard (trigger..<timexToken).contains(where: { tokens[$0].isPunct(0x2C) }) else { return nil }
        return relation
    }

    /// "at the same time", "at that time", "then", "meanwhile" in a clause.
    static func signalsSameTime(_ range: Range<Int>, tokens: UnsafeBufferPointer<Token>, words: FunctionWords) -> Bool {
        func word(_ k: Int) -> UInt16? { k < range.upperBound && tokens[k].kind == .word ? tokens[k].lex : nil }
        for k in range {
            guard let w = word(k) else { continue }
            if words.sameTimeAdverbs.contains(w) { return true }
            if w == words.at, let next = word(k + 1), next == words.the || next == words.that {
                if word(k + 2) == words.time, word(k + 3) != words.of { return true }
                if word(k + 2) == words.same, word(k + 3) == words.time { return true }
            }
        }
        return false
    }

    /// Passes two and three over a document's events (in text order), given what pass one found
    /// and which events are mentions of one (`clusters`): the final anchor of each event.
    static func complete(_ events: [Event], local: [Local], clusters: [Int], hasDCT: Bool) -> [EventAnchor?] {
        var anchors = local.map(\.anchor)
        // the first time-anchored event of each cluster stands for it
        var clusterAnchor: [Int: Int] = [:]
        for e in events.indices where anchors[e] != nil && clusterAnchor[clusters[e]] == nil { clusterAnchor[clusters[e]] = e }
        let settings = FirstTwo(events, key: \.clause) { events[$0].isSetting && clusterAnchor[clusters[$0]] != nil }
        let nouns = FirstTwo(events, key: \.mention.sentence, distinct: { clusters[$0] }) { events[$0].isNoun && clusterAnchor[clusters[$0]] != nil }
        // the last event with a time in the sentences before the current one
        var lastAnchoredBefore: Int?
        var lastAnchoredInSentence: Int?
        var currentSentence = -1
        for e in events.indices {
            let sentence = events[e].mention.sentence
            if sentence != currentSentence {
                if let last = lastAnchoredInSentence { lastAnchoredBefore = last }
                lastAnchoredInSentence = nil
                currentSentence = sentence
            }
            defer { if anchors[e] != nil { lastAnchoredInSentence = e } }
            guard anchors[e] == nil else { continue }
            // an event of its own cluster already anchored elsewhere
            if let other = clusterAnchor[clusters[e]], other != e {
                anchors[e] = EventAnchor(relation: .identity, target: .event(other), confidence: 0.8, rule: "same event")
                continue
            }
            guard events[e].modality == nil else { continue }
            // another anchored event in the same clause, as its setting ("told Biden at their Geneva meeting")
            let setting: Int?
            switch local[e].setting {
            case .anyOfItsClause: setting = settings.first(for: events[e].clause, excluding: e)
            case .none: setting = nil
            case .event(let s): setting = events[s].isSetting && clusterAnchor[clusters[s]] != nil ? s : nil
            }
            if let other = setting {
                anchors[e] = EventAnchor(relation: .isIncluded, target: .event(clusterAnchor[clusters[other]]!), confidence: 0.65,
                                         rule: "event in the same clause")
                continue
            }
            // "at the time", "at the same time", "then"
            guard local[e].atTheSameTime else { continue }
            let inSentence = nouns.first(for: sentence, excluding: e, distinctFrom: clusters[e])
            if let target = inSentence.map({ clusterAnchor[clusters[$0]]! }) ?? lastAnchoredBefore {
                anchors[e] = EventAnchor(relation: .isIncluded, target: .event(target), confidence: 0.6,
                                         rule: inSentence != nil ? "at the time of the event in the sentence" : "at the same time as the last dated event")
            }
        }
        // relative to another event ("after the flood", "promised to rebuild"), when that one has a time
        func placeRelative() {
            for e in events.indices {
                guard let relative = local[e].relative, anchors[e] == nil || anchors[e]!.isCreationTimeOnly,
                      let other = anchors[relative.event], !other.isCreationTimeOnly || anchors[e] == nil else { continue }
                if case .event(let back) = other.target, back == e { continue }
                anchors[e] = EventAnchor(relation: relative.relation, target: .event(relative.event), confidence: relative.confidence, rule: relative.rule,
                                         offset: relative.offset)
            }
        }
        // pass three: the DCT by tense, for tensed events still without a time
        guard hasDCT else {
            placeRelative()
            return anchors
        }
        for e in events.indices where anchors[e] == nil && (!events[e].isNoun || local[e].isIntended) {
            let event = events[e]
            let relation: TemporalRelation
            var rule = dctRule
            let reportsNow = event.eventClass == .reporting && event.aspect != .perfective
            switch event.tense {
            // a news report's own statements: "said", "says", "saying" on the day of the report
            case .past where reportsNow, .present where reportsNow, .presentParticiple where reportsNow:
                relation = .isIncluded
                rule = reportingRule
            // "if diplomacy fails", "when the talks end" (under "will" or a modal): the present of a condition looks ahead
            case .present where local[e].isCondition && event.aspect == .none:
                relation = .after
                rule = lookingAheadRule
            case .past: relation = .before
            case .future: relation = .after
            case .present: relation = event.aspect == .perfective ? .before : .includes
            // "would recover", "could change": what a modal considers is after the report
            case .none where event.modality != nil && event.aspect == .none:
                relation = .after
                rule = modalRule
            // "plans to build", "sent a team to recover", "demanded an inquiry": an infinitive or what an
            // intention aims at looks ahead (TimeBank-Dense, infinitives against the DCT: after 62, before 16, on or around it 15)
            case .infinitive, _ where local[e].isIntended:
                relation = .after
                rule = lookingAheadRule
            default: continue
            }
            anchors[e] = EventAnchor(relation: relation, target: .creationTime, confidence: 0.5, rule: rule)
        }
        // "said at a news conference": an event noun setting a statement of the report's day is on that day
        for e in events.indices where anchors[e] == nil && events[e].isNoun {
            guard let predicate = local[e].obliqueOf, let anchor = anchors[predicate], anchor.isCreationTimeOnly,
                  anchor.relation == .isIncluded else { continue }
            anchors[e] = EventAnchor(relation: .isIncluded, target: .creationTime, confidence: 0.4, rule: settingOfTheReportRule)
        }
        placeRelative()
        return anchors
    }

    static let dctRule = "tense and DCT"
    static let reportingRule = "reporting verb, the day of the report"
    static let modalRule = "modal, after the report"
    static let lookingAheadRule = "looks ahead, after the report"
    static let settingOfTheReportRule = "setting of a statement of the report"

    /// For each group of events (a clause, a sentence), the first two that pass a test, the
    /// second chosen with a key distinct from the first's when `distinct` is given: enough to find
    /// "the first other one" for any member in constant time.
    private struct FirstTwo {
        private var first: [Int: (Int, Int?)] = [:]
        private let distinct: ((Int) -> Int)?

        init(_ events: [Event], key: (Event) -> Int, distinct: ((Int) -> Int)? = nil, where test: (Int) -> Bool) {
            self.distinct = distinct
            for e in events.indices where test(e) {
                let k = key(events[e])
                guard let (one, two) = first[k] else { first[k] = (e, nil); continue }
                if two == nil, distinct.map({ $0(e) != $0(one) }) ?? true { first[k] = (one, e) }
            }
        }

        /// The first event of group `key` other than `e` (with a key other than `value`, when distinct).
        func first(for key: Int, excluding e: Int, distinctFrom value: Int? = nil) -> Int? {
            guard let (one, two) = first[key] else { return nil }
            if one != e, value == nil || distinct?(one) != value { return one }
            return two
        }
    }
}

extension EventAnchor {
    /// Only a relation to the document's creation time, which any better anchor replaces.
    var isCreationTimeOnly: Bool { target == .creationTime }
}
