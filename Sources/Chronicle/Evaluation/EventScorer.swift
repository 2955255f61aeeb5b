/// TempEval-3 style counts for events: strict and relaxed span matching, and class accuracy
/// over relaxed matches (class F1 is that accuracy times relaxed F1).
public struct EventScore: Sendable, Equatable {
    public var gold = 0
    public var system = 0
    public var relaxedSystem = 0
    public var relaxedGold = 0
    public var strictSystem = 0
    public var strictGold = 0
    public var pairs = 0
    public var classCorrect = 0
    /// Matched pairs by gold class, then system class.
    public var confusion: [String: [String: Int]] = [:]

    public init() {}

    public static func + (a: EventScore, b: EventScore) -> EventScore {
        var s = EventScore()
        s.gold = a.gold + b.gold
        s.system = a.system + b.system
        s.relaxedSystem = a.relaxedSystem + b.relaxedSystem
        s.relaxedGold = a.relaxedGold + b.relaxedGold
        s.strictSystem = a.strictSystem + b.strictSystem
        s.strictGold = a.strictGold + b.strictGold
        s.pairs = a.pairs + b.pairs
        s.classCorrect = a.classCorrect + b.classCorrect
        s.confusion = a.confusion.merging(b.confusion) { x, y in x.merging(y, uniquingKeysWith: +) }
        return s
    }

    public var precision: Double { TimexScore.ratio(relaxedSystem, system) }
    public var recall: Double { TimexScore.ratio(relaxedGold, gold) }
    public var f1: Double { TimexScore.f1(precision, recall) }
    public var strictF1: Double { TimexScore.f1(TimexScore.ratio(strictSystem, system), TimexScore.ratio(strictGold, gold)) }
    public var classAccuracy: Double { TimexScore.ratio(classCorrect, pairs) }
    public var classF1: Double { classAccuracy * f1 }
}

public enum EventScorer {
    public static func score(gold: [AnnotatedEvent], system: [AnnotatedEvent]) -> EventScore {
        var s = EventScore()
        s.gold = gold.count
        s.system = system.count
        func overlaps(_ a: AnnotatedEvent, _ b: AnnotatedEvent) -> Bool { a.begin < b.end && b.begin < a.end }
        for g in gold {
            if system.contains(where: { overlaps($0, g) }) { s.relaxedGold += 1 }
            if system.contains(where: { $0.begin == g.begin && $0.end == g.end }) { s.strictGold += 1 }
        }
        for e in system {
            guard let g = gold.first(where: { overlaps($0, e) }) else { continue }
            s.relaxedSystem += 1
            s.pairs += 1
            if g.begin == e.begin && g.end == e.end { s.strictSystem += 1 }
            if g.eventClass == e.eventClass { s.classCorrect += 1 }
            s.confusion[g.eventClass, default: [:]][e.eventClass, default: 0] += 1
        }
        return s
    }
}
