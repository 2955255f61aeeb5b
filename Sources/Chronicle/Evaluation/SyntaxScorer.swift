/// Accuracy of predicted CoNLL-U columns against gold, word by word (gold tokens, so words align
/// one to one): every word counts, punctuation included; LAS compares universal relations
/// (`nmod:poss` as `nmod`), as the CoNLL 2018 shared task's scorer does.
public struct SyntaxScore: Sendable, Equatable {
    /// Words scored.
    public var words = 0
    /// Words with the right UPOS.
    public var upos = 0
    /// Words with the right language-specific tag (XPOS).
    public var xpos = 0
    /// Words with the right lemma.
    public var lemmas = 0
    /// Words with the right features.
    public var feats = 0
    /// Correct heads; correct heads with the correct universal relation.
    public var attached = 0
    /// Words with the right head and universal relation.
    public var labeled = 0

    /// No words yet.
    public init() {}

    /// Right UPOS over all words.
    public var uposAccuracy: Double { ratio(upos) }
    /// Right XPOS over all words.
    public var xposAccuracy: Double { ratio(xpos) }
    /// Right lemmas over all words.
    public var lemmaAccuracy: Double { ratio(lemmas) }
    /// Right features over all words.
    public var featsAccuracy: Double { ratio(feats) }
    /// Unlabeled attachment score: right heads over all words.
    public var uas: Double { ratio(attached) }
    /// Labeled attachment score: right heads and relations over all words.
    public var las: Double { ratio(labeled) }

    private func ratio(_ n: Int) -> Double { words == 0 ? 0 : Double(n) / Double(words) }

    /// Both scores' counts added.
    public static func + (a: SyntaxScore, b: SyntaxScore) -> SyntaxScore {
        var s = a
        s.words += b.words; s.upos += b.upos; s.xpos += b.xpos; s.lemmas += b.lemmas; s.feats += b.feats
        s.attached += b.attached; s.labeled += b.labeled
        return s
    }
}

/// Scores predicted CoNLL-U columns against gold.
public enum SyntaxScorer {
    /// Scores `predicted` against `gold`; the two must have the same sentences and words.
    public static func score(gold: [CoNLLUSentence], predicted: [CoNLLUSentence]) -> SyntaxScore {
        precondition(gold.count == predicted.count, "gold and predicted sentences differ in number")
        var score = SyntaxScore()
        for (g, p) in zip(gold, predicted) {
            precondition(g.words.count == p.words.count, "gold and predicted words differ in number")
            for (gw, pw) in zip(g.words, p.words) {
                score.words += 1
                if gw.upos == pw.upos { score.upos += 1 }
                if gw.xpos == pw.xpos { score.xpos += 1 }
                if gw.lemma == pw.lemma { score.lemmas += 1 }
                if gw.feats == pw.feats { score.feats += 1 }
                if gw.head == pw.head {
                    score.attached += 1
                    if gw.universalRelation == pw.universalRelation { score.labeled += 1 }
                }
            }
        }
        return score
    }
}
