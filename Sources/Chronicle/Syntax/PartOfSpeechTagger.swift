/// The part-of-speech tagger: an averaged perceptron over `TaggerFeatures`, decoding greedily
/// left to right. Its classes are the treebank's (UPOS, XPOS) pairs, so one decision gives both
/// the universal tag and the finer one the parser and the lemmatizer use (VBD against VBN).
struct PartOfSpeechTagger: Sendable {
    let weights: WeightTable
    let tagCount: Int

    /// Tags `words` (the keys of one sentence) into `tags` (0-based tag numbers).
    func tag(_ words: UnsafeBufferPointer<WordKeys>, into tags: UnsafeMutableBufferPointer<UInt8>, scratch: ScoringScratch) {
        let count = tagCount
        let scores = scratch.scores
        var previous = 0, previous2 = 0
        for i in 0..<words.count {
            scores.update(repeating: 0, count: weights.paddedClassCount)
            var keys = KeyBuffer(keys: scratch.keys)
            TaggerFeatures.extract(&keys, words: words, at: i, previous: previous, previous2: previous2)
            weights.addAll(scratch.keys, count: keys.count, to: scores, scratch: (scratch.sparseRows, scratch.denseRows))
            var best = 0
            for c in 1..<count where scores[c] > scores[best] { best = c }
            tags[i] = UInt8(best)
            previous2 = previous
            previous = best + 1
        }
    }
}

/// Memory a tagger or parser scores in: class scores, one decision's feature keys, the sparse and
/// dense rows they find, and the parser's scores of the buffer's features. Allocated once per
/// workspace.
struct ScoringScratch {
    static let capacity = 256
    let scores: UnsafeMutablePointer<Int32>
    let keys: UnsafeMutablePointer<UInt64>
    let sparseRows: UnsafeMutablePointer<UInt32>
    let denseRows: UnsafeMutablePointer<UInt32>
    let bufferScores: UnsafeMutablePointer<Int32>

    static func allocate() -> ScoringScratch {
        func buffer<T: FixedWidthInteger>(_: T.Type) -> UnsafeMutablePointer<T> {
            let buffer = UnsafeMutablePointer<T>.allocate(capacity: capacity)
            buffer.initialize(repeating: 0, count: capacity)
            return buffer
        }
        return ScoringScratch(scores: buffer(Int32.self), keys: buffer(UInt64.self), sparseRows: buffer(UInt32.self), denseRows: buffer(UInt32.self),
                              bufferScores: buffer(Int32.self))
    }

    func deallocate() {
        scores.deallocate()
        keys.deallocate()
        sparseRows.deallocate()
        denseRows.deallocate()
        bufferScores.deallocate()
    }
}
