/// TempEval-3 span matching counts, shared by the time-expression and event scores.
///
/// A system item matches a gold one relaxed when their spans overlap and strict when the spans
/// are identical. Counts add up (micro-averaging); attribute accuracies are taken over `pairs`.
public struct SpanCounts: Sendable, Equatable {
    public var gold = 0
    public var system = 0
    public var relaxedSystem = 0
    public var relaxedGold = 0
    public var strictSystem = 0
    public var strictGold = 0
    /// Relaxed pairs (each matched system item with the first gold one it overlaps).
    public var pairs = 0

    public init() {}

    public static func + (a: SpanCounts, b: SpanCounts) -> SpanCounts {
        var s = SpanCounts()
        s.gold = a.gold + b.gold
        s.system = a.system + b.system
        s.relaxedSystem = a.relaxedSystem + b.relaxedSystem
        s.relaxedGold = a.relaxedGold + b.relaxedGold
        s.strictSystem = a.strictSystem + b.strictSystem
        s.strictGold = a.strictGold + b.strictGold
        s.pairs = a.pairs + b.pairs
        return s
    }

    public static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    public var relaxedPrecision: Double { Self.ratio(relaxedSystem, system) }
    public var relaxedRecall: Double { Self.ratio(relaxedGold, gold) }
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    public var strictPrecision: Double { Self.ratio(strictSystem, system) }
    public var strictRecall: Double { Self.ratio(strictGold, gold) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    /// Accuracy of an attribute over the relaxed pairs.
    public func accuracy(_ correct: Int) -> Double { Self.ratio(correct, pairs) }
}
