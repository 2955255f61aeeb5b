/// Feature templates of the part-of-speech tagger: the word, its affixes, shape and lexicon tag,
/// two words either side (forms, suffixes, lexicon tags), and the two tags already chosen on the
/// left. Tags are numbered from 1; 0 stands for "before the sentence".
///
/// The templates come in two parts: `extractWord` reads only the word itself, so the tagger
/// keeps their scores for words it meets again (`WordScoreCache`); `extractContext` reads the
/// neighbours and the tags chosen. The order of the keys changes nothing (a weight is a sum
/// over keys).
enum TaggerFeatures {
    /// All the features of the word at `i`, for training.
    @inline(__always)
    static func extract<S: FeatureSink>(_ sink: inout S, words: UnsafeBufferPointer<WordKeys>, at i: Int, previous: Int, previous2: Int) {
        extractWord(&sink, words[i])
        extractContext(&sink, words: words, at: i, previous: previous, previous2: previous2)
    }

    /// The features of the word alone: its form, affixes, shape, casing and lexicon tag.
    @inline(__always)
    static func extractWord<S: FeatureSink>(_ sink: inout S, _ w: WordKeys) {
        let lex = w.lexicon & 63
        typealias H = FeatureHash
        sink.add(H.key(1, 0))
        sink.add(H.key(2, w.form))
        sink.add(H.key(3, w.suffix1))
        sink.add(H.key(4, w.suffix2))
        sink.add(H.key(5, w.suffix3))
        sink.add(H.key(6, w.suffix4))
        sink.add(H.key(7, w.prefix1))
        sink.add(H.key(8, w.prefix2))
        sink.add(H.key(9, w.prefix3))
        sink.add(H.key(10, w.shape))
        sink.add(H.key(11, w.casing))
        sink.add(H.key(12, w.lexicon))
        sink.add(H.key(13, lex, w.casing))
        sink.add(H.key(33, lex, w.suffix3))
        sink.add(H.key(36, w.shape, lex))
    }

    /// The features of the word with its neighbours and the two tags before it.
    @inline(__always)
    static func extractContext<S: FeatureSink>(_ sink: inout S, words: UnsafeBufferPointer<WordKeys>, at i: Int, previous: Int, previous2: Int) {
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : WordKeys.none
        let p2 = i >= 2 ? words[i - 2] : WordKeys.none
        let n1 = i + 1 < words.count ? words[i + 1] : WordKeys.none
        let n2 = i + 2 < words.count ? words[i + 2] : WordKeys.none
        let t1 = UInt64(previous), t2 = UInt64(previous2)
        let lex = w.lexicon & 63, lexP1 = p1.lexicon & 63, lexN1 = n1.lexicon & 63, lexN2 = n2.lexicon & 63
        typealias H = FeatureHash
        sink.add(H.key(14, p1.form))
        sink.add(H.key(15, n1.form))
        sink.add(H.key(16, p2.form))
        sink.add(H.key(17, n2.form))
        sink.add(H.key(18, p1.suffix3))
        sink.add(H.key(19, n1.suffix3))
        sink.add(H.key(20, n1.shape))
        sink.add(H.key(21, p1.shape))
        sink.add(H.key(22, lexP1))
        sink.add(H.key(23, lexN1))
        sink.add(H.key(24, lexN2))
        sink.add(H.key(25, t1))
        sink.add(H.key(26, t2, t1))
        sink.add(H.key(27, t1, w.form))
        sink.add(H.key(28, t1, w.suffix3))
        sink.add(H.key(29, t2))
        sink.add(H.key(30, t1, lexN1))
        sink.add(H.key(31, w.form, n1.form))
        sink.add(H.key(32, p1.form, w.form))
        sink.add(H.key(34, t1, lex))
        sink.add(H.key(35, w.form, lexN1))
        sink.add(H.key(37, n1.form, n2.form))
        sink.add(H.key(38, lex, lexN1, t1))
        sink.add(H.key(39, w.suffix2, n1.suffix2))
        sink.add(H.key(40, n1.suffix1))
    }
}
