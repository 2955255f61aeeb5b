/// TempEval-3 style counts for time expressions: span matching, and type and value accuracy
/// over relaxed matches. Attribute F1 is that accuracy times relaxed F1.
public struct TimexScore: Sendable, Equatable {
    /// Span matching counts.
    public var spans = SpanCounts()
    /// Relaxed matches with the right type.
    public var typeCorrect = 0
    /// Relaxed matches with the right value.
    public var valueCorrect = 0

    /// No items yet.
    public init() {}

    /// Both scores' counts added (micro-averaging).
    public static func + (a: TimexScore, b: TimexScore) -> TimexScore {
        var s = TimexScore()
        s.spans = a.spans + b.spans
        s.typeCorrect = a.typeCorrect + b.typeCorrect
        s.valueCorrect = a.valueCorrect + b.valueCorrect
        return s
    }

    /// Right types over relaxed matches.
    public var typeAccuracy: Double { spans.accuracy(typeCorrect) }
    /// Right values over relaxed matches.
    public var valueAccuracy: Double { spans.accuracy(valueCorrect) }
    /// Type accuracy times relaxed F1 (TempEval-3's type F1).
    public var typeF1: Double { typeAccuracy * spans.relaxedF1 }
    /// Value accuracy times relaxed F1 (TempEval-3's value F1).
    public var valueF1: Double { valueAccuracy * spans.relaxedF1 }
}

/// One disagreement between the tagger and the gold annotation, for `--verbose` reports.
public struct TimexDisagreement: Sendable {
    /// What kind of disagreement.
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

    /// What kind it is.
    public var kind: Kind
    /// The gold expression, unless the tagger's is spurious.
    public var gold: AnnotatedTimex?
    /// The tagger's expression, unless the gold one was missed.
    public var system: AnnotatedTimex?
}

/// Scores the tagger's time expressions against gold annotations, TempEval-3 style.
public enum TimexScorer {
    /// Scores `system` against `gold` for one document.
    public static func score(gold: [AnnotatedTimex], system: [AnnotatedTimex]) -> (TimexScore, [TimexDisagreement]) {
        var score = TimexScore()
        var disagreements: [TimexDisagreement] = []
        score.spans.gold = gold.count
        score.spans.system = system.count
        func overlaps(_ a: AnnotatedTimex, _ b: AnnotatedTimex) -> Bool { a.begin < b.end && b.begin < a.end }
        func same(_ a: AnnotatedTimex, _ b: AnnotatedTimex) -> Bool { a.begin == b.begin && a.end == b.end }
        for g in gold {
            if system.contains(where: { overlaps($0, g) }) { score.spans.relaxedGold += 1 } else {
                disagreements.append(TimexDisagreement(kind: .missed, gold: g, system: nil))
            }
            if system.contains(where: { same($0, g) }) { score.spans.strictGold += 1 }
        }
        for s in system {
            guard let g = gold.first(where: { overlaps($0, s) }) else {
                disagreements.append(TimexDisagreement(kind: .spurious, gold: nil, system: s))
                continue
            }
            score.spans.relaxedSystem += 1
            score.spans.pairs += 1
            if gold.contains(where: { same($0, s) }) { score.spans.strictSystem += 1 } else {
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
