/// The dependency parser: a greedy arc-eager parser (`ArcEagerState`) whose moves an averaged
/// perceptron over `ParserFeatures` scores, labeled moves included, so a relation is chosen
/// with its arc and later decisions see it.
struct DependencyParser: Sendable {
    let weights: WeightTable
    let labelCount: Int
    let rootLabel: Int
    /// Label of a word left without a head at the end: `punct` for punctuation, else `fallbackLabel`.
    let punctLabel: Int
    let fallbackLabel: Int
    /// Whether each tag is punctuation.
    let isPunct: [Bool]

    var classCount: Int { 2 + 2 * labelCount }

    /// Form and tag values of the root in parser features.
    static let rootForm: UInt64 = 0x5eed_0000_0003
    static let rootTag: UInt64 = 0x5eed_0000_0004

    /// Parses one sentence whose words have form hashes `forms` and tag values `tagValues` (index
    /// 0 is the root; tag values are tag numbers + 1), returning the final state.
    ///
    /// The scores of the buffer's features are kept while n0 stays, and those of the stack top's
    /// fixed features for each word (see `ParserFeatures`), so a decision looks up only the rest.
    /// Scores are sums of integers, so the result is the same as summing all features each time.
    func parse(forms: UnsafeBufferPointer<UInt64>, tagValues: UnsafeBufferPointer<UInt64>, tags: UnsafeBufferPointer<UInt8>,
               scratch: ScoringScratch) -> ArcEagerState {
        var state = ArcEagerState(wordCount: forms.count - 1, labelCount: labelCount)
        let rows = (sparse: scratch.sparseRows, dense: scratch.denseRows)
        let classes = weights.paddedClassCount
        var scoredNext = -1
        let topScores = UnsafeMutablePointer<Int32>.allocate(capacity: state.size * classes)
        defer { topScores.deallocate() }
        var topScored = [Bool](repeating: false, count: state.size)
        while !state.isFinal {
            let best = bestClass(state: state, scores: scratch.scores) { scores in
                if state.next != scoredNext {
                    scratch.bufferScores.update(repeating: 0, count: classes)
                    var keys = KeyBuffer(keys: scratch.keys)
                    ParserFeatures.extractBuffer(&keys, next: state.next, size: state.size, forms: forms, tagValues: tagValues)
                    weights.addAll(scratch.keys, count: keys.count, to: scratch.bufferScores, scratch: rows)
                    scoredNext = state.next
                }
                let top = topScores + state.top * classes
                if !topScored[state.top] {
                    top.update(repeating: 0, count: classes)
                    var keys = KeyBuffer(keys: scratch.keys)
                    ParserFeatures.extractStackTop(&keys, state: state, forms: forms, tagValues: tagValues)
                    weights.addAll(scratch.keys, count: keys.count, to: top, scratch: rows)
                    topScored[state.top] = true
                }
                for c in 0..<classes { scores[c] = scratch.bufferScores[c] &+ top[c] }
                var keys = KeyBuffer(keys: scratch.keys)
                ParserFeatures.extractRest(&keys, state: state, forms: forms, tagValues: tagValues)
                weights.addAll(scratch.keys, count: keys.count, to: scores, scratch: rows)
            }
            let (move, label) = state.move(ofClass: best)
            state.apply(move, label: label)
        }
        state.finish(rootLabel: rootLabel) { d in
            Int(tags[d - 1]) < isPunct.count && isPunct[Int(tags[d - 1])] ? punctLabel : fallbackLabel
        }
        return state
    }

    /// The allowed class with the highest score (the first of equals); `score` fills `scores`
    /// only when there is a choice to make.
    @inline(__always)
    func bestClass(state: ArcEagerState, scores: UnsafeMutablePointer<Int32>, score: (UnsafeMutablePointer<Int32>) -> Void) -> Int {
        let shift = state.isValid(.shift), reduce = state.isValid(.reduce)
        let left = state.isValid(.left), right = state.isValid(.right)
        if !left && !right && shift != reduce { return shift ? 0 : 1 }
        score(scores)
        var best = -1
        var bestScore = Int32.min
        @inline(__always) func consider(_ classes: Range<Int>, except skipped: Int = -1) {
            for c in classes where c != skipped {
                let value = scores[c]
                if best < 0 || value > bestScore { best = c; bestScore = value }
            }
        }
        if shift { consider(0..<1) }
        if reduce { consider(1..<2) }
        let lefts = 2, rights = 2 + labelCount
        if left { consider(lefts..<lefts + labelCount, except: lefts + rootLabel) }
        if right {
            if state.top == 0 {
                consider(rights + rootLabel..<rights + rootLabel + 1)
            } else {
                consider(rights..<rights + labelCount, except: rights + rootLabel)
            }
        }
        return best
    }

    /// A parser that knows only the rules of its moves (`allows`), for training and oracle checks.
    static func withoutWeights(labelCount: Int, rootLabel: Int) -> DependencyParser {
        DependencyParser(weights: try! WeightTable.read(WeightTable.serialize([], classCount: 2 + 2 * labelCount).copyAligned()).0, labelCount: labelCount,
                         rootLabel: rootLabel, punctLabel: 0, fallbackLabel: 0, isPunct: [])
    }

    /// Whether class `c` may be taken in `state`: its move is valid, and the root label is used
    /// exactly for the arc from the root.
    func allows(_ c: Int, in state: ArcEagerState) -> Bool {
        let (move, label) = state.move(ofClass: c)
        guard state.isValid(move) else { return false }
        switch move {
        case .left: return label != rootLabel
        case .right: return (label == rootLabel) == (state.top == 0)
        default: return true
        }
    }
}
