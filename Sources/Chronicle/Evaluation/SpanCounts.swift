/// TempEval-3 span matching counts, shared by the time-expression and event scores.
///
/// A system item matches a gold one relaxed when their spans overlap and strict when the spans
/// are identical. Counts add up (micro-averaging); attribute accuracies are taken over `pairs`.
public struct SpanCounts: Sendable, Equatable {
    /// Gold items.
    public var gold = 0
    /// System items.
    public var system = 0
    /// System items that overlap a gold one.
    public var relaxedSystem = 0
    /// Gold items that a system one overlaps.
    public var relaxedGold = 0
    /// System items with the span of a gold one.
    public var strictSystem = 0
    /// Gold items with the span of a system one.
    public var strictGold = 0
    /// Relaxed pairs (each matched system item with the first gold one it overlaps).
    public var pairs = 0

    /// No items yet.
    public init() {}

    /// Both counts added (micro-averaging).
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

    /// `a / b`, or 0 when `b` is 0.
    public static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    /// System items overlapping gold over all system items.
    public var relaxedPrecision: Double { Self.ratio(relaxedSystem, system) }
    /// Gold items overlapped over all gold items.
    public var relaxedRecall: Double { Self.ratio(relaxedGold, gold) }
    /// The harmonic mean of relaxed precision and recall.
    public var relaxedF1: Double { Self.f1(relaxedPrecision, relaxedRecall) }
    /// System items with a gold span over all system items.
    public var strictPrecision: Double { Self.ratio(strictSystem, system) }
    /// Gold items with a system span over all gold items.
    public var strictRecall: Double { Self.ratio(strictGold, gold) }
    /// The harmonic mean of strict precision and recall.
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    /// Accuracy of an attribute over the relaxed pairs.
    public func accuracy(_ correct: Int) -> Double { Self.ratio(correct, pairs) }
}
