/// Ties each event to a time, in three passes.
///
/// 1. A time expression in the event's clause (`met in Washington in July`), or, for an event
///    in a main clause, the nearest one elsewhere in its sentence, when the tenses agree (a past
///    event is not anchored to a future date, a present state not to a past one). A fronted
///    "With X," or "After X," phrase puts X on or before (before) the time of the main clause.
/// 2. (after merging) An event whose clause holds another event already anchored — "told Biden
///    at their Geneva meeting" — shares that event's time; an event in a clause that says "at the
///    time", "at the same time" or "then" takes the time of the event its sentence talks about,
///    else of the last anchored event before it.
/// 3. Otherwise a tensed event relates to the DCT by its tense (past: BEFORE); the rest stay
///    unanchored, listed, never dropped.
enum EventAnchoring {
    /// What an anaphoric clause signals.
    static let anaphoricRules: Set<String> = ["at-the-time"]

    static func anchorToTimexes(_ analysis: inout EventExtractor.Analysis, timexes: [TemporalExpression], dct: CalendarDate?, words: (Token) -> String) {
        let tokens = analysis.tokens
        for e in analysis.events.indices {
            let trigger = analysis.triggerTokens[e]
            let clause = analysis.clauses.clause[trigger]
            let sentence = analysis.clauses.sentence[trigger]
            let event = analysis.events[e]
            var best: (index: Int, distance: Int, sameClause: Bool)?
            for (t, timex) in timexes.enumerated() where timex.type == .date || timex.type == .time {
                guard analysis.timexSentences[t] == sentence, !anaphoricRules.contains(timex.rule) else { continue }
                let sameClause = analysis.timexClauses[t] == clause
                if !sameClause {
                    // only an event of a main clause, and a fact, looks beyond its clause
                    let clauseStart = analysis.clauses.clauseRanges[Int(clause)].lowerBound
                    let subordinate = clauseStart != analysis.clauses.sentenceRanges[Int(sentence)].lowerBound
                        && tokens[clauseStart].kind == .word && isSubordinator(words(tokens[clauseStart]))
                    if subordinate || event.modality != nil { continue }
                }
                guard tenseAgrees(event, timex, dct: dct) else { continue }
                let distance = abs(analysis.timexTokens[t] - trigger) + (sameClause ? 0 : 100)
                if best == nil || distance < best!.distance { best = (t, distance, sameClause) }
            }
            guard let best else { continue }
            var relation = relation(signalledBefore: analysis.timexTokens[best.index], tokens: tokens, words: words)
            if let fronted = frontedRelation(trigger: trigger, timexToken: analysis.timexTokens[best.index], sentenceStart: analysis.clauses.sentenceRanges[Int(sentence)].lowerBound, tokens: tokens, words: words) {
                relation = fronted
            }
            let confidence = best.sameClause ? (max(0.6, 0.95 - Double(min(best.distance, 20)) * 0.02) * 100).rounded() / 100 : 0.55
            analysis.events[e].anchor = EventAnchor(relation: relation, target: .timex(best.index), confidence: confidence,
                                                    rule: best.sameClause ? "same clause" : "same sentence")
        }
    }

    static func isSubordinator(_ word: String) -> Bool {
        ["which", "who", "whom", "whose", "that", "when", "while", "after", "before", "because", "although", "though", "since",
         "until", "if", "where", "whereas", "unless", "as"].contains(word)
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
    static func relation(signalledBefore timexToken: Int, tokens: [Token], words: (Token) -> String) -> TemporalRelation {
        guard timexToken > 0, tokens[timexToken - 1].kind == .word else { return .isIncluded }
        switch words(tokens[timexToken - 1]) {
        case "before", "until", "till", "by": return .before
        case "after", "following": return .after
        case "since": return .begunBy
        default: return .isIncluded
        }
    }

    /// "With the fall of Kabul, Biden admitted Wednesday": an event in a fronted phrase relates to
    /// a time in the main part of the sentence by the phrase's preposition.
    static func frontedRelation(trigger: Int, timexToken: Int, sentenceStart: Int, tokens: [Token], words: (Token) -> String) -> TemporalRelation? {
        guard trigger < timexToken, tokens[sentenceStart].kind == .word else { return nil }
        let opener = words(tokens[sentenceStart])
        let relation: TemporalRelation
        switch opener {
        case "with": relation = .onOrBefore
        case "after", "following", "since": relation = .before
        default: return nil
        }
        // the phrase must end (at a comma) between the event and the time
        guard (trigger..<timexToken).contains(where: { tokens[$0].isPunct(0x2C) }) else { return nil }
        return relation
    }

    /// Pass two: events anchored through other events.
    static func anchorThroughEvents(_ analysis: inout EventExtractor.Analysis, clusters: [Int], timexes: [TemporalExpression],
                                    words: (Token) -> String) {
        let tokens = analysis.tokens
        func hasTimeAnchor(_ e: Int) -> Bool {
            if case .timex? = analysis.events[e].anchor?.target { return true }
            if case .event? = analysis.events[e].anchor?.target { return true }
            return false
        }
        // the anchored event that stands for each cluster
        var clusterAnchor: [Int: Int] = [:]
        for e in analysis.events.indices where hasTimeAnchor(e) && clusterAnchor[clusters[e]] == nil { clusterAnchor[clusters[e]] = e }
        for e in analysis.events.indices where !hasTimeAnchor(e) {
            let trigger = analysis.triggerTokens[e]
            let clause = analysis.clauses.clause[trigger]
            let sentence = analysis.clauses.sentence[trigger]
            // an event of its own cluster already anchored elsewhere
            if let other = clusterAnchor[clusters[e]], other != e {
                analysis.events[e].anchor = EventAnchor(relation: .identity, target: .event(other), confidence: 0.8, rule: "same event")
                continue
            }
            guard analysis.events[e].modality == nil else { continue }
            // another anchored event in the same clause, as its setting ("told Biden at their Geneva meeting")
            if let other = analysis.events.indices.first(where: { o in
                o != e && analysis.clauses.clause[analysis.triggerTokens[o]] == clause && analysis.events[o].isSetting
                    && clusterAnchor[clusters[o]] != nil
            }) {
                analysis.events[e].anchor = EventAnchor(relation: .isIncluded, target: .event(clusterAnchor[clusters[other]]!),
                                                        confidence: 0.65, rule: "event in the same clause")
                continue
            }
            // "at the time", "at the same time", "then"
            let range = analysis.clauses.clauseRanges[Int(clause)]
            let anaphoric = signalsSameTime(range, tokens: tokens, words: words)
                || timexes.indices.contains { analysis.timexClauses[$0] == clause && anaphoricRules.contains(timexes[$0].rule) }
            guard anaphoric else { continue }
            let inSentence = analysis.events.indices.first { o in
                o != e && analysis.clauses.sentence[analysis.triggerTokens[o]] == sentence && clusters[o] != clusters[e]
                    && clusterAnchor[clusters[o]] != nil && analysis.events[o].isNoun
            }
            let earlier = analysis.events.indices.last { o in o < e && hasTimeAnchor(o) && analysis.clauses.sentence[analysis.triggerTokens[o]] < sentence }
            if let target = inSentence.map({ clusterAnchor[clusters[$0]]! }) ?? earlier {
                analysis.events[e].anchor = EventAnchor(relation: .isIncluded, target: .event(target), confidence: 0.6,
                                                        rule: inSentence != nil ? "at the time of the event in the sentence" : "at the same time as the last dated event")
            }
        }
    }

    /// "at the same time", "at that time", "then", "meanwhile" in a clause.
    static func signalsSameTime(_ range: Range<Int>, tokens: [Token], words: (Token) -> String) -> Bool {
        let w = range.map { tokens[$0].kind == .word ? words(tokens[$0]) : "" }
        for k in w.indices {
            if ["then", "meanwhile", "simultaneously"].contains(w[k]) { return true }
            if w[k] == "at", k + 2 < w.count, ["the", "that"].contains(w[k + 1]) {
                if w[k + 2] == "time", k + 3 >= w.count || w[k + 3] != "of" { return true }
                if w[k + 2] == "same", k + 3 < w.count, w[k + 3] == "time" { return true }
            }
        }
        return false
    }

    /// Pass three: the DCT by tense, for tensed events still without a time.
    static func anchorToCreationTime(_ analysis: inout EventExtractor.Analysis, hasDCT: Bool) {
        guard hasDCT else { return }
        for e in analysis.events.indices where analysis.events[e].anchor == nil && !analysis.events[e].isNoun {
            let event = analysis.events[e]
            let relation: TemporalRelation
            switch event.tense {
            case .past: relation = .before
            case .future: relation = .after
            case .present: relation = event.aspect == .perfective ? .before : .includes
            default: continue
            }
            analysis.events[e].anchor = EventAnchor(relation: relation, target: .creationTime, confidence: 0.5, rule: "tense and DCT")
        }
    }
}
