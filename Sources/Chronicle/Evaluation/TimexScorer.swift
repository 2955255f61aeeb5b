/// TempEval-3 style counts for time expressions: strict and relaxed span matching, and type and
/// value accuracy over relaxed matches.
///
/// A system expression matches a gold one relaxed when their spans overlap and strict when the
/// spans are identical. Precision and recall are micro-averaged by adding `TimexScore`s;
/// attribute F1 is accuracy over relaxed matches times relaxed F1.
public struct TimexScore: Sendable, Equatable {
    public var gold = 0
    public var system = 0
    public var relaxedSystem = 0
    public var relaxedGold = 0
    public var strictSystem = 0
    public var strictGold = 0
    /// Relaxed pairs (each matched system expression with the first gold one it overlaps).
    public var pairs = 0
    public var typeCorrect = 0
    public var valueCorrect = 0

    public init() {}

    public static func + (a: TimexScore, b: TimexScore) -> TimexScore {
        var s = TimexScore()
        s.gold = a.gold + b.gold
        s.system = a.system + b.system
        s.relaxedSystem = a.relaxedSystem + b.relaxedSystem
        s.relaxedGold = a.relaxedGold + b.relaxedGold
        s.strictSystem = a.strictSystem + b.strictSystem
        s.strictGold = a.strictGold + b.strictGold
        s.pairs = a.pairs + b.pairs
        s.typeCorrect = a.typeCorrect + b.typeCorrect
        s.valueCorrect = a.valueCorrect + b.valueCorrect
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
    public var typeAccuracy: Double { Self.ratio(typeCorrect, pairs) }
    public var valueAccuracy: Double { Self.ratio(valueCorrect, pairs) }
    public var typeF1: Double { typeAccuracy * relaxedF1 }
    public var valueF1: Double { valueAccuracy * relaxedF1 }
}

/// One disagreement between the tagger and the gold annotation, for `--verbose` reports.
public struct TimexDisagreement: Sendable {
    public enum Kind: String, Sendable {
        /// A gold expression the tagger did not find.
        case missed
        /// A tagger expression with no gold expression over it.
        case spurious
        /// Overlapping, but not the same span.
        case span
        /// Matched, with another type or value.
        case attribute
    }

    public var kind: Kind
    public var gold: AnnotatedTimex?
    public var system: AnnotatedTimex?
}

public enum TimexScorer {
    /// Scores `system` against `gold` for one document.
    public static func score(gold: [AnnotatedTimex], system: [AnnotatedTimex]) -> (TimexScore, [TimexDisagreement]) {
        var score = TimexScore()
        var disagreements: [TimexDisagreement] = []
        score.gold = gold.count
        score.system = system.count
        func overlaps(_ a: AnnotatedTimex, _ b: AnnotatedTimex) -> Bool { a.begin < b.end && b.begin < a.end }
        func same(_ a: AnnotatedTimex, _ b: AnnotatedTimex) -> Bool { a.begin == b.begin && a.end == b.end }
        for g in gold {
            if system.contains(where: { overlaps($0, g) }) { score.relaxedGold += 1 } else {
                disagreements.append(TimexDisagreement(kind: .missed, gold: g, system: nil))
            }
            if system.contains(where: { same($0, g) }) { score.strictGold += 1 }
        }
        for s in system {
            guard let g = gold.first(where: { overlaps($0, s) }) else {
                disagreements.append(TimexDisagreement(kind: .spurious, gold: nil, system: s))
                continue
            }
            score.relaxedSystem += 1
            score.pairs += 1
            if gold.contains(where: { same($0, s) }) { score.strictSystem += 1 } else {
                disagreements.append(TimexDisagreement(kind: .span, gold: g, system: s))
            }
            if g.type == s.type { score.typeCorrect += 1 }
            if g.value == s.value { score.valueCorrect += 1 }
            if g.type != s.type || g.value != s.value {
                disagreements.append(TimexDisagreement(kind: .attribute, gold: g, system: s))
            }
        }
        return (score, disagreements)
    }
}
