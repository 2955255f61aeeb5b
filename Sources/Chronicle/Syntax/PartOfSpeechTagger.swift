/// The part-of-speech tagger: an averaged perceptron over `TaggerFeatures`, decoding greedily
/// left to right. Its classes are the treebank's (UPOS, XPOS) pairs, so one decision gives both
/// the universal tag and the finer one the parser and the lemmatizer use (VBD against VBN).
struct PartOfSpeechTagger: Sendable {
    let weights: WeightTable
    let tagCount: Int

    /// Tags `words` (the keys of one sentence) into `tags` (0-based tag numbers); `scores` has
    /// room for `tagCount` values.
    func tag(_ words: UnsafeBufferPointer<WordKeys>, into tags: UnsafeMutableBufferPointer<UInt8>, scores: UnsafeMutablePointer<Int32>) {
        let count = tagCount
        var previous = 0, previous2 = 0
        for i in 0..<words.count {
            scores.update(repeating: 0, count: count)
            var sink = ScoringSink(table: weights, scores: scores)
            TaggerFeatures.extract(&sink, words: words, at: i, previous: previous, previous2: previous2)
            var best = 0
            for c in 1..<count where scores[c] > scores[best] { best = c }
            tags[i] = UInt8(best)
            previous2 = previous
            previous = best + 1
        }
    }
}
