/// TempEval-3 style counts for events: span matching, and class accuracy over relaxed matches
/// (class F1 is that accuracy times relaxed F1).
public struct EventScore: Sendable, Equatable {
    /// Span matching counts.
    public var spans = SpanCounts()
    /// Relaxed matches whose class is right.
    public var classCorrect = 0
    /// Matched pairs by gold class, then system class.
    public var confusion: [String: [String: Int]] = [:]

    /// No items yet.
    public init() {}

    /// Both scores' counts added (micro-averaging).
    public static func + (a: EventScore, b: EventScore) -> EventScore {
        var s = EventScore()
        s.spans = a.spans + b.spans
        s.classCorrect = a.classCorrect + b.classCorrect
        s.confusion = a.confusion.merging(b.confusion) { x, y in x.merging(y, uniquingKeysWith: +) }
        return s
    }

    /// Right classes over relaxed matches.
    public var classAccuracy: Double { spans.accuracy(classCorrect) }
    /// Class accuracy times relaxed F1.
    public var classF1: Double { classAccuracy * spans.relaxedF1 }
}

/// Scores events against gold annotations.
public enum EventScorer {
    /// The counts of `system` events against `gold` events of one document.
    public static func score(gold: [AnnotatedEvent], system: [AnnotatedEvent]) -> EventScore {
        var s = EventScore()
        s.spans.gold = gold.count
        s.spans.system = system.count
        func overlaps(_ a: AnnotatedEvent, _ b: AnnotatedEvent) -> Bool { a.begin < b.end && b.begin < a.end }
        for g in gold {
            if system.contains(where: { overlaps($0, g) }) { s.spans.relaxedGold += 1 }
            if system.contains(where: { $0.begin == g.begin && $0.end == g.end }) { s.spans.strictGold += 1 }
        }
        for e in system {
            guard let g = gold.first(where: { overlaps($0, e) }) else { continue }
            s.spans.relaxedSystem += 1
            s.spans.pairs += 1
            if g.begin == e.begin && g.end == e.end { s.spans.strictSystem += 1 }
            if g.eventClass == e.eventClass { s.classCorrect += 1 }
            s.confusion[g.eventClass, default: [:]][e.eventClass, default: 0] += 1
        }
        return s
    }
}
