/// Dates events from the sentence's structure when the section was parsed. Each rule is named,
/// and `StructuralAnchoringTests` runs its small texts:
/// - **time modifies its predicate**: a time expression dates the word it attaches to in the
///   parse (its governor), not every event of its sentence ("the council will debate the budget
///   on Monday and publish it in June": debate on Monday, publish in June). A time attached to a
///   noun that is not an event dates the predicate that noun belongs to ("officials in July
///   said"); one attached to a copula's predicate dates the copula.
/// - **argument of a dated predicate**: an event noun that is the subject, object or oblique of
///   a dated predicate shares its time ("held elections in June").
/// - **coordinated predicate**: a conjunct without a time of its own shares the first conjunct's.
/// - **reporting verbs**: follow from the first rule: a time inside a reported clause attaches
///   inside it, so "said" is dated by its own time or, later, by the DCT, and the reported
///   events keep theirs.
/// - **relative clause of time**: "X after Y", "X before Y", "X since Y", "X when Y" (an
///   adverbial clause, or a prepositional phrase on an event noun: "closed after the flood") place
///   the undated one of the two relative to the dated one; a duration right before the marker
///   ("three days before the flood") is the distance between them.
/// - **dated clause describing it**: an event noun takes the time of the relative clause that
///   describes it ("the coup that left the US scrambling to evacuate this week").
/// - **main predicate, time in its sentence**: a sentence's main predicate, a fact, with no time
///   of its own takes the nearest time of its sentence that attaches to no verb and lies in no
///   reported clause ("Putin scoffed at plans ... during their June summit", however the
///   parser attached the summit); confidence 0.5.
/// - **complement of intention**: an infinitive complement ("promised to rebuild") or a future
///   complement ("expects that it will file") is after the event that governs it.
/// - **object of intention**: an event noun that an intensional action or state aims at ("demanded
///   an inquiry") is after it.
/// - **condition**: a present-tense clause of condition ("if diplomacy fails", "until the
///   talks end"), or of time under a future or modal predicate ("will leave when the talks
///   end"), looks ahead: after the report.
/// - **participle clause**: an adverbial participle clause with no marker of time ("marched on
///   Sunday, burning flags"; "Turning its back on the monarchy, the convention voted on Friday")
///   happens with its predicate: it takes the predicate's time, or is simultaneous with it.
extension EventAnchoring {
    /// An anchor to another event of the same section, resolved once every event has its own.
    struct RelativeAnchor: Sendable {
        var relation: TemporalRelation
        /// Index of the other event (in the section while local, then in the document).
        var event: Int
        var confidence: Double
        var rule: String
        /// "three days before the flood": how far from the other event.
        var offset: TimeOffset? = nil
    }

    /// Pass one over a parsed section: the anchor of each of `events` from the parse.
    static func structural(_ events: ArraySlice<Event>, analysis: TextAnalysis, syntax: DocumentSyntax, timexes: [TemporalExpression],
                           sectionTimexes: Range<Int>, dct: CalendarDate?) -> [Local] {
        analysis.tokens.withUnsafeBufferPointer { tokens in
            let words = analysis.functionWords
            let clauses = analysis.clauses
            var anaphoricClauses = Set<Int32>()
            let eventWords = events.map { syntax.word(containingToken: analysis.firstToken(endingAfter: $0.mention.byteBegin)) }
            var eventAt: [Int: Int] = [:]
            for (e, w) in eventWords.enumerated() where eventAt[w] == nil { eventAt[w] = e }
            // the words each time expression dates
            var timesOf: [Int: [Int]] = [:]
            var timesInSentence: [Int: [(governor: Int, timex: Int)]] = [:]
            for t in sectionTimexes {
                let timex = timexes[t]
                let span = syntax.words(overlappingScalars: timex.begin..<timex.end)
                if timex.isAnaphoric, let first = span.first {
                    anaphoricClauses.insert(clauses.clause[syntax.words[first].tokens.lowerBound])
                }
                guard timex.type == .date || timex.type == .time, !timex.isAnaphoric, var governor = syntax.governor(of: span) else { continue }
                // a noun that is not an event passes the time to its predicate ("officials in July said")
                var steps = 0
                while eventAt[governor] == nil, syntax.upos(governor).isNominal || syntax.upos(governor) == .num, steps < 3,
                      [.nsubj, .obj, .iobj, .obl, .nmod, .appos].contains(syntax.relation(governor)), let up = syntax.head(governor) {
                    governor = up
                    steps += 1
                }
                timesOf[governor, default: []].append(t)
                timesInSentence[syntax.sentence(of: governor), default: []].append((governor, t))
            }
            // durations by their last word: "three days" in "three days before the flood"
            var offsetEndingAt: [Int: TimeOffset] = [:]
            for t in sectionTimexes where timexes[t].type == .duration {
                guard let offset = TimeOffset(durationValue: timexes[t].value),
                      let last = syntax.words(overlappingScalars: timexes[t].begin..<timexes[t].end).last else { continue }
                offsetEndingAt[last] = offset
            }
            /// The distance a duration right before its marker gives a clause or phrase of time ("three days before").
            func offset(ofTimeClause w: Int) -> TimeOffset? {
                guard let marker = timeMarker(w, syntax: syntax, bytes: analysis.bytes)?.word, marker > 0 else { return nil }
                return offsetEndingAt[marker - 1]
            }
            /// The time expressions that date word `w` itself (or the predicate of its copula or auxiliary).
            func ownTimes(_ w: Int) -> [Int] {
                var times = timesOf[w] ?? []
                if [.cop, .aux].contains(syntax.relation(w)), let h = syntax.head(w) { times += timesOf[h] ?? [] }
                return times
            }
            func timeAnchor(_ w: Int, event: Event, confidence: Double, rule: String, relation fixed: TemporalRelation? = nil) -> EventAnchor? {
                let candidates = ownTimes(w).filter { tenseAgrees(event, timexes[$0], dct: dct) }
                guard let t = candidates.min(by: { abs(timexes[$0].begin - Int(syntax.words[w].scalarStart)) < abs(timexes[$1].begin - Int(syntax.words[w].scalarStart)) })
                else { return nil }
                let timexToken = min(analysis.firstToken(endingAfter: timexes[t].byteBegin), max(tokens.count - 1, 0))
                return EventAnchor(relation: fixed ?? relation(signalledBefore: timexToken, tokens: tokens, words: words), target: .timex(t),
                                   confidence: confidence, rule: rule)
            }

            /// An open complement ("to evacuate"), or an adverbial clause that is no clause of time
            /// ("left the US scrambling", "to establish" as parsers often attach it).
            func isOpenComplement(_ c: Int) -> Bool {
                syntax.relation(c) == .xcomp || syntax.relation(c) == .advcl && timeRelation(marker: c, syntax: syntax, bytes: analysis.bytes) == nil
                    && syntax.features(c).verbForm != "Fin"
            }
            /// The word whose time dates an event noun's describing clause ("that left the US scrambling to
            /// evacuate this week"): the clause's predicate or an open complement of it, two levels down.
            func describingClauseTime(_ noun: Int) -> Int? {
                for clause in syntax.children(noun, .acl) {
                    var predicate = clause
                    for _ in 0..<3 {
                        if !ownTimes(predicate).isEmpty { return predicate }
                        guard let next = syntax.children(predicate).lazy.map(Int.init).first(where: { isOpenComplement($0) }) else { break }
                        predicate = next
                    }
                }
                return nil
            }
            /// The nearest time of `root`'s sentence whose governor is not a verb and whose path up to
            /// the root passes no reported clause, parenthetical or clause of time.
            func unclaimedTime(inSentenceOf root: Int) -> Int? {
                var best: (t: Int, distance: Int)?
                for (governor, t) in timesInSentence[syntax.sentence(of: root)] ?? [] where !syntax.upos(governor).isVerbal {
                    var w = governor, open = true
                    for _ in 0..<12 {
                        guard let h = syntax.head(w) else { break }
                        if [.ccomp, .parataxis, .csubj].contains(syntax.relation(w)) || syntax.relation(w) == .advcl && !isOpenComplement(w)
                            || syntax.quotation(containing: w) != nil { open = false; break }
                        w = h
                    }
                    guard open, w == root else { continue }
                    let distance = abs(timexes[t].begin - Int(syntax.words[root].scalarStart))
                    if best == nil || distance < best!.distance { best = (t, distance) }
                }
                return best?.t
            }

            var result: [Local] = []
            result.reserveCapacity(events.count)
            for (e, event) in zip(events.indices, events).map({ ($0.0 - events.startIndex, $0.1) }) {
                let w = eventWords[e]
                let trigger = analysis.firstToken(endingAfter: event.mention.byteBegin)
                let atTheSameTime = signalsSameTime(clauses.clauseRanges[Int(clauses.clause[trigger])], tokens: tokens, words: words)
                    || anaphoricClauses.contains(clauses.clause[trigger])
                var local = Local(anchor: timeAnchor(w, event: event, confidence: 0.9, rule: "time modifies the predicate"), atTheSameTime: atTheSameTime)
                // only a setting phrase of its own ("told Biden at their Geneva meeting"), not one inside what it reports
                local.setting = syntax.children(w).lazy.map(Int.init)
                    .first { [.obl, .nmod].contains(syntax.relation($0)) && eventAt[$0].map { events[events.startIndex + $0].isSetting } == true }
                    .map { .event(eventAt[$0]!) } ?? .none
                defer { result.append(local) }
                if local.anchor != nil { continue }
                let head = syntax.head(w)
                let relationToHead = syntax.relation(w)
                let headEvent = head.flatMap { eventAt[$0] }
                if event.isNoun, let headEvent, [.obl, .nmod].contains(relationToHead) {
                    local.obliqueOf = headEvent
                }
                // "would retaliate if they boost production": the present of a condition looks ahead
                if relationToHead == .advcl, let headEvent {
                    let governor = events[events.startIndex + headEvent]
                    switch markerText(w, syntax: syntax, bytes: analysis.bytes) {
                    case "if", "unless", "once", "until", "till": local.isCondition = true
                    case "when", "before", "after", "as": local.isCondition = governor.tense == .future || governor.modality != nil
                    default: break
                    }
                }
                // an event noun as an argument of a dated predicate
                // ("With the fall of Kabul, Biden admitted Wednesday": a fronted "with" phrase is on or before)
                // ("demanded an inquiry in July": what an intention aims at is after its time)
                let isAimedAt = [.obj, .obl].contains(relationToHead) && headEvent.map { [.iAction, .iState].contains(events[events.startIndex + $0].eventClass) } == true
                if event.isNoun || syntax.upos(w) == .noun, let head, [.nsubj, .obj, .iobj, .obl, .nmod, .compound].contains(relationToHead), timeRelation(marker: w, syntax: syntax, bytes: analysis.bytes) == nil,
                   let anchor = timeAnchor(head, event: event, confidence: 0.7, rule: "argument of a dated predicate",
                                           relation: isFrontedWith(w, head: head, syntax: syntax, bytes: analysis.bytes) ? .onOrBefore : isAimedAt && event.isNoun ? .after : nil) {
                    local.anchor = anchor
                    continue
                }
                // "the coup that left the US scrambling to evacuate this week": an event noun takes the time of the clause describing it
                if syntax.upos(w) == .noun, let described = describingClauseTime(w), let anchor = timeAnchor(described, event: event, confidence: 0.6, rule: "dated clause describing it") {
                    local.anchor = anchor
                    continue
                }
                // a conjunct shares the first conjunct's time
                if relationToHead == .conj, let head, let anchor = timeAnchor(head, event: event, confidence: 0.65, rule: "coordinated with a dated predicate") {
                    local.anchor = anchor
                    continue
                }
                // "marched Sunday, burning flags": a participle clause happens with its predicate
                if relationToHead == .advcl, let head, ["Part", "Ger"].contains(syntax.features(w).verbForm ?? ""),
                   timeRelation(marker: w, syntax: syntax, bytes: analysis.bytes) == nil {
                    if let anchor = timeAnchor(head, event: event, confidence: 0.6, rule: "participle clause of a dated predicate") {
                        local.anchor = anchor
                        continue
                    }
                    if let other = eventAt[head] {
                        local.relative = RelativeAnchor(relation: .simultaneous, event: other, confidence: 0.6, rule: "participle clause")
                        continue
                    }
                }
                // relative to the event it is a clause or phrase of time to ("after the flood", "when they met")
                if let head, let other = eventAt[head], let relation = timeRelation(marker: w, syntax: syntax, bytes: analysis.bytes),
                   [.advcl, .obl, .nmod].contains(relationToHead) {
                    local.relative = RelativeAnchor(relation: relation, event: other, confidence: 0.7, rule: "clause of time",
                                                    offset: offset(ofTimeClause: w))
                    continue
                }
                // the other way round: a predicate with a clause or phrase of time ("closed after the flood")
                if let (child, relation) = syntax.children(w).lazy.map(Int.init).compactMap({ c -> (Int, TemporalRelation)? in
                    guard [.advcl, .obl, .nmod].contains(syntax.relation(c)), eventAt[c] != nil,
                          let r = timeRelation(marker: c, syntax: syntax, bytes: analysis.bytes) else { return nil }
                    return (c, r.inverse)
                }).first {
                    local.relative = RelativeAnchor(relation: relation, event: eventAt[child]!, confidence: 0.7, rule: "clause of time",
                                                    offset: offset(ofTimeClause: child))
                    continue
                }
                // "promised to rebuild", "expects that it will file": after the event that governs it
                if let head, let other = eventAt[head], relationToHead == .xcomp || relationToHead == .ccomp && event.tense == .future {
                    local.relative = RelativeAnchor(relation: .after, event: other, confidence: 0.6, rule: "complement of intention")
                    continue
                }
                // "demanded an inquiry", "hopes for a settlement": after the intention that aims at it
                if event.isNoun, isAimedAt, let other = headEvent {
                    local.relative = RelativeAnchor(relation: .after, event: other, confidence: 0.5, rule: "object of intention")
                    local.isIntended = true
                    continue
                }
                // the main predicate of a sentence takes a time of its sentence that no verb claims and no reported clause holds
                if relationToHead == .root, event.isFactual, let t = unclaimedTime(inSentenceOf: w) {
                    let timexToken = min(analysis.firstToken(endingAfter: timexes[t].byteBegin), max(tokens.count - 1, 0))
                    if tenseAgrees(event, timexes[t], dct: dct) {
                        local.anchor = EventAnchor(relation: relation(signalledBefore: timexToken, tokens: tokens, words: words), target: .timex(t),
                                                   confidence: 0.5, rule: "main predicate, time in its sentence")
                    }
                }
            }
            return result
        }
    }

    /// Word `w` as written, lowercased.
    static func lowercasedForm(_ w: Int, syntax: DocumentSyntax, bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[syntax.words[w].byteRange]), as: UTF8.self).lowercased()
    }

    /// The lowercased text of the first marker of the clause at `w` ("if"; "when", an adverb in UD).
    static func markerText(_ w: Int, syntax: DocumentSyntax, bytes: UnsafeBufferPointer<UInt8>) -> String? {
        syntax.children(w).lazy.map(Int.init).first { syntax.relation($0) == .mark || syntax.xpos($0) == "WRB" && $0 < w }
            .map { lowercasedForm($0, syntax: syntax, bytes: bytes) }
    }

    /// "With X, Y ...": a "with" phrase before its predicate and the predicate's subject.
    static func isFrontedWith(_ w: Int, head: Int, syntax: DocumentSyntax, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w < head, syntax.children(head, .nsubj).allSatisfy({ w < $0 }) else { return false }
        return syntax.children(w, .case).contains {
            lowercasedForm($0, syntax: syntax, bytes: bytes) == "with"
        }
    }

    /// The relation of the event at word `w` to the predicate its clause or phrase modifies, by
    /// the clause's marker or the phrase's preposition: "after Y" (Y before), "before Y" (Y
    /// after), "since Y" (Y before), "when Y", "while Y", "as Y" (Y at the same time), "during Y" (Y includes it).
    static func timeRelation(marker w: Int, syntax: DocumentSyntax, bytes: UnsafeBufferPointer<UInt8>) -> TemporalRelation? {
        timeMarker(w, syntax: syntax, bytes: bytes)?.relation
    }

    /// The marker word that makes the clause or phrase at `w` one of time, and the relation it signals.
    static func timeMarker(_ w: Int, syntax: DocumentSyntax, bytes: UnsafeBufferPointer<UInt8>) -> (word: Int, relation: TemporalRelation)? {
        let markers = syntax.children(w).lazy.map(Int.init).filter { [.mark, .case].contains(syntax.relation($0)) || syntax.xpos($0) == "WRB" && $0 < w }
        for m in markers {
            switch lowercasedForm(m, syntax: syntax, bytes: bytes) {
            case "after", "following", "since": return (m, .before)
            case "before", "until", "till": return (m, .after)
            case "when", "while", "as": return (m, .simultaneous)
            case "during", "amid": return (m, .includes)
            default: continue
            }
        }
        return nil
    }
}
