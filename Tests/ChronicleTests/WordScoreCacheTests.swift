import Testing
@testable import Chronicle

/// The tagger's cache of word-only feature scores: a hit must be exactly the sum it replaces.
struct WordScoreCacheTests {
    /// The keys of the words of `sentence` (separated by spaces).
    static func keys(_ sentence: String) -> [WordKeys] {
        let bytes = Array(sentence.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
            ranges.append(start..<i)
            start = i + 1
        }
        return bytes.withUnsafeBufferPointer { b in
            ranges.enumerated().map { WordKeys(bytes: b, range: $1, first: $0 == 0, senses: WordSenses.standard) }
        }
    }

    /// The scores of the word-only features of `word`, summed without the cache.
    static func uncachedScores(_ word: WordKeys, weights: WeightTable) -> [Int32] {
        var keys = FeatureList()
        TaggerFeatures.extractWord(&keys, word)
        var scores = [Int32](repeating: 0, count: weights.paddedClassCount)
        let scratch = ScoringScratch.allocate()
        defer { scratch.deallocate() }
        keys.keys.withUnsafeBufferPointer { k in
            scores.withUnsafeMutableBufferPointer { weights.addAll(k.baseAddress!, count: k.count, to: $0.baseAddress!, scratch: (scratch.sparseRows, scratch.denseRows)) }
        }
        return scores
    }

    @Test func aKeptEntryHoldsTheWordsOwnScores() {
        let tagger = SyntaxModel.shipped.tagger
        let words = Self.keys("The court said the ruling stands and the court will rule again .")
        let scratch = ScoringScratch.allocate()
        defer { scratch.deallocate() }
        var tags = [UInt8](repeating: 0, count: words.count)
        words.withUnsafeBufferPointer { w in tags.withUnsafeMutableBufferPointer { tagger.tag(w, into: $0, scratch: scratch) } }
        // "the" (twice, not first) and "court" (twice) come back; "The" (first, capitalized) is another entry
        for index in [3, 7, 8, 0] {
            let (cached, known) = scratch.wordScores.entry(for: words[index])
            #expect(known)
            #expect(Array(UnsafeBufferPointer(start: cached, count: tagger.weights.paddedClassCount)) == Self.uncachedScores(words[index], weights: tagger.weights))
        }
        #expect(words[0] != words[3])
    }

    @Test func taggingWithAWarmCacheGivesTheSameTags() throws {
        let tagger = SyntaxModel.shipped.tagger
        let sentences = try SyntaxFixtures.sample().map { sentence in Self.keys(sentence.words.map(\.form).joined(separator: " ")) }
        func tagAll(sharing: Bool) -> [[UInt8]] {
            let shared = ScoringScratch.allocate()
            defer { shared.deallocate() }
            return sentences.map { words in
                let scratch = sharing ? shared : ScoringScratch.allocate()
                defer { if !sharing { scratch.deallocate() } }
                var tags = [UInt8](repeating: 0, count: words.count)
                words.withUnsafeBufferPointer { w in tags.withUnsafeMutableBufferPointer { tagger.tag(w, into: $0, scratch: scratch) } }
                return tags
            }
        }
        #expect(tagAll(sharing: true) == tagAll(sharing: false))
    }
}
