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
        let classes = weights.paddedClassCount
        let rows = (scratch.sparseRows, scratch.denseRows)
        let cache = scratch.wordScores
        cache.prepare(for: weights)
        for i in 0..<words.count {
            let word = words[i]
            let (wordScores, known) = cache.entry(for: word)
            if !known {
                wordScores.update(repeating: 0, count: classes)
                var keys = KeyBuffer(keys: scratch.keys)
                TaggerFeatures.extractWord(&keys, word)
                weights.addAll(scratch.keys, count: keys.count, to: wordScores, scratch: rows)
            }
            scores.update(from: wordScores, count: classes)
            var keys = KeyBuffer(keys: scratch.keys)
            TaggerFeatures.extractContext(&keys, words: words, at: i, previous: previous, previous2: previous2)
            weights.addAll(scratch.keys, count: keys.count, to: scores, scratch: rows)
            var best = 0
            for c in 1..<count where scores[c] > scores[best] { best = c }
            tags[i] = UInt8(best)
            previous2 = previous
            previous = best + 1
        }
    }
}

/// The tagger's scores of the word-only features (`TaggerFeatures.extractWord`) of the words
/// met lately, so a word that comes back ("the", "said", a name) costs one lookup here instead
/// of fifteen in the weight table. Direct-mapped by a hash of the word's keys; an entry keeps
/// the whole `WordKeys` it was made from and is used only for equal keys, so a hit is exactly
/// the sum it replaces.
final class WordScoreCache {
    static let indexBits = 10
    private var words: UnsafeMutablePointer<WordKeys>?
    private var occupied: [Bool] = []
    private var scores: UnsafeMutablePointer<Int32>?
    private var classCount = 0
    /// The weights the kept scores come from.
    private var table: UnsafeRawPointer?

    /// Readies the cache for scores from `weights`: called once per sentence, it empties the
    /// cache only when the weights are not those of the kept scores.
    func prepare(for weights: WeightTable) {
        guard weights.address != table else { return }
        release()
        table = weights.address
        classCount = weights.paddedClassCount
        words = .allocate(capacity: 1 << Self.indexBits)
        scores = .allocate(capacity: (1 << Self.indexBits) * classCount)
        occupied = Array(repeating: false, count: 1 << Self.indexBits)
    }

    /// The scores kept for `word`, and whether they are its scores (`known`); when not, the
    /// entry now belongs to `word` and the caller fills the scores.
    @inline(__always)
    func entry(for word: WordKeys) -> (scores: UnsafeMutablePointer<Int32>, known: Bool) {
        let slot = Int(truncatingIfNeeded: FeatureHash.mix(word.form, word.shape &+ word.casing) >> (64 - UInt64(Self.indexBits)))
        let row = scores! + slot * classCount
        if occupied[slot] && words![slot] == word { return (row, true) }
        occupied[slot] = true
        (words! + slot).initialize(to: word)
        return (row, false)
    }

    private func release() {
        words?.deallocate()
        scores?.deallocate()
    }

    deinit { release() }
}

/// Memory a tagger or parser scores in: class scores, one decision's feature keys, the sparse and
/// dense rows they find, the parser's scores of the buffer's features and the tagger's
/// `WordScoreCache`. Allocated once per workspace.
struct ScoringScratch {
    static let capacity = 256
    let scores: UnsafeMutablePointer<Int32>
    let keys: UnsafeMutablePointer<UInt64>
    let sparseRows: UnsafeMutablePointer<UInt32>
    let denseRows: UnsafeMutablePointer<UInt32>
    let bufferScores: UnsafeMutablePointer<Int32>
    let wordScores = WordScoreCache()

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
