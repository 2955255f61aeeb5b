/// Scores event-time relations against TimeBank-Dense pairs (`doc id1 id2 rel`, rel one of
/// a b i ii s v), on the pairs whose relation is not vague.
///
/// Each gold event and time is aligned to the analysis by span; the predicted relation comes
/// from the event's anchor when it is that time, else from comparing the event's interval with
/// the time's, else from their relations to the DCT. A pair that cannot be aligned or decided
/// counts as wrong.
public struct TLinkScore: Sendable, Equatable {
    /// Event-time gold pairs scored (not vague).
    public var pairs = 0
    /// Pairs whose event and time were both found in the analysis.
    public var aligned = 0
    /// Pairs whose relation was predicted right.
    public var correct = 0
    /// Gold relation → predicted relation → count.
    public var confusion: [String: [String: Int]] = [:]
    /// The pairs scored wrong, one line each: document, ids, gold and predicted relation, the
    /// event's and the time's text and the rule that anchored the event.
    public var mistakes: [String] = []

    /// No pairs yet.
    public init() {}

    /// Right relations over all scored pairs.
    public var accuracy: Double { SpanCounts.ratio(correct, pairs) }

    /// Both scores' counts added.
    public static func + (a: TLinkScore, b: TLinkScore) -> TLinkScore {
        var s = TLinkScore()
        s.pairs = a.pairs + b.pairs
        s.aligned = a.aligned + b.aligned
        s.correct = a.correct + b.correct
        s.confusion = a.confusion.merging(b.confusion) { x, y in x.merging(y, uniquingKeysWith: +) }
        s.mistakes = a.mistakes + b.mistakes
        return s
    }
}

/// Scores event-time relations of an analysis against TimeBank-Dense pairs.
public enum TLinkScorer {
    /// One gold pair of a TimeBank-Dense file.
    public struct GoldPair: Sendable {
        /// The document's id.
        public var document: String
        /// The first id of the pair: an event's `eid` or a time's `tid`.
        public var first: String
        /// The second id of the pair.
        public var second: String
        /// The gold relation of the first to the second: `a` (after), `b` (before), `i` (includes),
        /// `ii` (is included), `s` (simultaneous) or `v` (vague).
        public var relation: String

        /// A pair from its fields.
        public init(document: String, first: String, second: String, relation: String) {
            self.document = document
            self.first = first
            self.second = second
            self.relation = relation
        }
    }

    /// Parses the TimeBank-Dense file format.
    public static func parse(_ text: String) -> [GoldPair] {
        text.split(separator: "\n").compactMap { line in
            let f = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard f.count == 4 else { return nil }
            return GoldPair(document: String(f[0]), first: String(f[1]), second: String(f[2]), relation: String(f[3]))
        }
    }

    static func inverse(_ r: String) -> String {
        switch r {
        case "a": return "b"
        case "b": return "a"
        case "i": return "ii"
        case "ii": return "i"
        default: return r
        }
    }

    /// The counts of `pairs` (those of one document) for `analysis` of the `gold` document.
    public static func score(_ pairs: [GoldPair], gold: AnnotatedDocument, analysis: DocumentAnalysis) -> TLinkScore {
        var score = TLinkScore()
        let times = analysis.eventTimes()
        let dct = analysis.document.dct
        func event(_ id: String) -> Int? {
            guard let g = gold.events.first(where: { $0.id == id }) else { return nil }
            return analysis.events.firstIndex { $0.mention.begin < g.end && g.begin < $0.mention.end }
        }
        func timex(_ id: String) -> Int?? {
            if id == "t0" { return .some(nil) }  // the DCT
            guard let g = gold.timexes.first(where: { $0.id == id }) else { return nil }
            guard let t = analysis.timexes.firstIndex(where: { $0.begin < g.end && g.begin < $0.end }) else { return nil }
            return .some(t)
        }
        for pair in pairs where pair.relation != "v" {
            // event-time pairs only, seen from the event
            var eventID = pair.first, timeID = pair.second, relation = pair.relation
            if pair.first.hasPrefix("t"), pair.second.hasPrefix("e") {
                (eventID, timeID, relation) = (pair.second, pair.first, inverse(pair.relation))
            }
            guard eventID.hasPrefix("e"), timeID.hasPrefix("t") else { continue }
            score.pairs += 1
            guard let e = event(eventID), let t = timex(timeID) else {
                score.confusion[relation, default: [:]]["unaligned", default: 0] += 1
                continue
            }
            score.aligned += 1
            let predicted = predict(event: analysis.events[e], time: times[e], timex: t, analysis: analysis, dct: dct)
                ?? fallback(event: analysis.events[e], timex: t, analysis: analysis)
            score.confusion[relation, default: [:]][predicted, default: 0] += 1
            if predicted == relation {
                score.correct += 1
            } else {
                let timeText = t.map { analysis.timexes[$0].text } ?? "DCT"
                let anchor = analysis.events[e].anchor?.rule ?? "no anchor"
                score.mistakes.append("\(pair.document)\t\(eventID)\t\(timeID)\t\(relation)->\(predicted)\t\(analysis.events[e].mention.trigger)\t\(timeText)\t\(anchor)")
            }
        }
        return score
    }

    static func code(_ r: TemporalRelation) -> String? {
        switch r {
        case .before, .onOrBefore: return "b"
        case .after, .begunBy: return "a"
        case .includes: return "i"
        case .isIncluded, .during: return "ii"
        case .simultaneous, .identity: return "ii"
        default: return nil
        }
    }

    /// When nothing decides: a time in the event's own sentence includes it; otherwise, as most
    /// events a news report tells, the event comes before the time (the DCT or a later one).
    static func fallback(event: Event, timex: Int?, analysis: DocumentAnalysis) -> String {
        if let timex {
            let t = analysis.timexes[timex]
            let sentenceStart = event.mention.clauseBegin
            if t.begin >= sentenceStart - 200, t.end <= event.mention.clauseEnd + 200,
               abs(t.begin - event.mention.begin) < 80 { return "ii" }
        }
        return "b"
    }

    /// The relation of an event to a time (nil timex: the DCT).
    static func predict(event: Event, time: EventTime?, timex: Int?, analysis: DocumentAnalysis, dct: CalendarDate?) -> String? {
        if let anchor = event.anchor {
            switch (anchor.target, timex) {
            case (.timex(let t), let x?) where t == x: return code(anchor.relation)
            case (.creationTime, nil): return code(anchor.relation)
            default: break
            }
        }
        let target: (earliest: CalendarDate, latest: CalendarDate)?
        if let timex, analysis.timexes[timex].value == "PRESENT_REF" {
            // "now" (PRESENT_REF) is the moment of writing
            target = dct.map { ($0, $0) }
        } else if let timex {
            target = analysis.timexes[timex].point.flatMap { ModifiedInterval.interval(of: $0, mod: analysis.timexes[timex].mod) }
        } else {
            target = dct.map { ($0, $0) }
        }
        guard let target else { return nil }
        guard let time else {
            // no time for the event: a verb's tense still orders it against the DCT
            switch event.tense {
            case .past, .pastParticiple: return timex == nil || target.earliest > (dct ?? target.earliest) ? "b" : nil
            case .future: return timex == nil ? "a" : nil
            default: return nil
            }
        }
        // the event's own bounds: a time's span holds the event unless the event is only before or after it
        var bounds = (earliest: time.earliest, latest: time.latest)
        if !time.isCreationTime {
            switch time.relation {
            case .before, .onOrBefore: bounds = (nil, time.earliest)
            case .after: bounds = (time.latest, nil)
            case .begunBy: bounds = (time.earliest, nil)
            default: break
            }
        }
        switch bounds {
        case let (earliest?, latest?):
            if latest < target.earliest { return "b" }
            if earliest > target.latest { return "a" }
            // an event dated by a time is inside it, even when the spans are the same day
            if earliest >= target.earliest && latest <= target.latest { return "ii" }
            if earliest <= target.earliest && latest >= target.latest { return "i" }
            return nil
        case let (nil, latest?):
            if latest <= target.earliest { return "b" }
            // a past event of a news report is recent; a time well before the report is older than it
            if let dct, time.isCreationTime, target.latest.dayNumber < dct.dayNumber - 7 { return "a" }
            return nil
        case let (earliest?, nil):
            return earliest >= target.latest ? "a" : nil
        default:
            return nil
        }
    }
}
