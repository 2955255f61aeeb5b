/// Trains the syntax model from a CoNLL-U treebank: the tagger, the parser (on tags predicted by
/// taggers that did not see the sentence, so it learns from the tags it will get), and the
/// lemma and feature tables. Deterministic: fixed-seed shuffles, no hashed-collection order.
public enum SyntaxTraining {
    /// How to train: passes, folds, exploration, seed and pruning. The defaults made the shipped
    /// model.
    public struct Options: Sendable {
        /// Passes of the tagger over the treebank.
        public var taggerEpochs = 8
        /// Passes of the parser over the treebank.
        public var parserEpochs = 12
        /// Folds for the parser's training tags (each fold tagged by a tagger trained on the rest).
        public var folds = 5
        /// From this epoch on, the parser follows its own wrong moves (with `explorationRate`) and
        /// learns from the dynamic oracle where they lead.
        public var explorationEpoch = 2
        /// How often, from `explorationEpoch` on, the parser follows its own move rather than the
        /// oracle's.
        public var explorationRate = 0.9
        /// The seed of the shuffles.
        public var seed: UInt64 = 12
        /// Weights smaller than these fractions of a table's largest weight are dropped (features
        /// left without weights go too): they change almost no decision and make most of the size.
        public var taggerPruning = 0.01
        /// The fraction of the parser's largest weight below which its weights are dropped.
        public var parserPruning = 0.015

        /// The options that made the shipped model.
        public init() {}
    }

    /// Model file bytes trained on `sentences`; `header` lines go into the file's header
    /// (training data, licence, credit); `log` hears progress.
    public static func train(_ sentences: [CoNLLUSentence], options: Options = Options(), header: [String],
                             log: (String) -> Void = { _ in }) -> [UInt8] {
        let inventory = Inventory(sentences)
        let data = sentences.map { TrainingSentence($0, inventory: inventory) }
        log("\(data.count) sentences, \(data.reduce(0) { $0 + $1.keys.count }) words, \(inventory.tags.count) tags, \(inventory.labels.count) labels")

        var predicted = [[UInt8]](repeating: [], count: data.count)
        if options.folds > 1 {
            for fold in 0..<options.folds {
                let rest = data.indices.filter { $0 % options.folds != fold }
                let tagger = trainTagger(data, on: rest, tagCount: inventory.tags.count, options: options).tagger
                for i in data.indices where i % options.folds == fold { predicted[i] = tagger.tags(data[i].keys) }
                log("tagger fold \(fold + 1)/\(options.folds) done")
            }
        } else {
            predicted = data.map(\.tags)
        }
        let (tagger, taggerBytes) = trainTagger(data, on: Array(data.indices), tagCount: inventory.tags.count, options: options)
        _ = tagger
        log("tagger: \(taggerBytes.count) bytes")
        let accuracy = zip(data, predicted).reduce(into: (0, 0)) { sum, pair in
            sum.0 += zip(pair.0.tags, pair.1).filter { $0 == $1 }.count
            sum.1 += pair.0.tags.count
        }
        log("jackknifed tag accuracy \(Double(accuracy.0) / Double(max(1, accuracy.1)))")

        let parserBytes = trainParser(data, tags: predicted, inventory: inventory, options: options, log: log)
        log("parser: \(parserBytes.count) bytes")

        var lemmas = LemmatizerBuilder()
        for (sentence, training) in zip(sentences, data) {
            for (word, tag) in zip(sentence.words, training.tags) { lemmas.add(form: word.form, tag: Int(tag), lemma: word.lemma, feats: word.feats) }
        }
        let morphology = lemmas.build(tagCount: inventory.tags.count)
        var tagLines = ""
        for (i, tag) in inventory.tags.enumerated() { tagLines += "\(tag.upos)\t\(tag.xpos)\t\(morphology.tagFeatures[i])\n" }
        return SyntaxModelFile.write(header: header, sections: [
            ("tags", Array(tagLines.utf8)),
            ("labels", Array(inventory.labels.map { $0 + "\n" }.joined().utf8)),
            ("feats", Array(morphology.feats.map { $0 + "\n" }.joined().utf8)),
            ("rules", Array(morphology.rules.map { $0.line + "\n" }.joined().utf8)),
            ("lemforms", morphology.formRules),
            ("lemsufx", morphology.suffixRules),
            ("featform", morphology.formFeatures),
            ("tagger", taggerBytes),
            ("parser", parserBytes),
        ])
    }

    // MARK: inventory

    /// The tag and label sets of the treebank. Tags are (UPOS, XPOS) pairs seen at least
    /// `minimumTagCount` times (rarer pairs become their UPOS's most frequent pair); relations
    /// seen at least `minimumLabelCount` times keep their subtype, rarer ones lose it.
    struct Inventory {
        static let minimumTagCount = 10
        static let minimumLabelCount = 20

        var tags: [(upos: String, xpos: String)] = []
        var labels: [String] = []
        private var tagIndex: [String: UInt8] = [:]
        private var labelIndex: [String: UInt8] = [:]

        init(_ sentences: [CoNLLUSentence]) {
            var tagCounts: [String: Int] = [:]
            var labelCounts: [String: Int] = [:]
            for sentence in sentences {
                for word in sentence.words {
                    tagCounts[word.upos + "\t" + word.xpos, default: 0] += 1
                    labelCounts[word.deprel, default: 0] += 1
                }
            }
            let valid = tagCounts.filter { UPOS(name: $0.key.split(separator: "\t", omittingEmptySubsequences: false)[0]) != nil }
            let threshold = min(Self.minimumTagCount, valid.values.max() ?? 0)
            var kept = valid.filter { $0.value >= threshold }
            if kept.isEmpty { kept = ["X\t_": 0] }  // a treebank without tags (trees only)
            for key in kept.keys.sorted() {
                let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
                tagIndex[key] = UInt8(tags.count)
                tags.append((String(parts[0]), String(parts[1])))
            }
            // a rare pair: the most frequent kept pair of its UPOS (else the most frequent tag)
            let byFrequency = kept.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            for key in tagCounts.keys.sorted() where tagIndex[key] == nil {
                let upos = key.split(separator: "\t", omittingEmptySubsequences: false)[0]
                let target = byFrequency.first { $0.split(separator: "\t", omittingEmptySubsequences: false)[0] == upos } ?? byFrequency[0]
                tagIndex[key] = tagIndex[target]
            }
            var names = Set(labelCounts.filter { $0.value >= Self.minimumLabelCount }.keys)
            names.insert("root"); names.insert("punct")
            for label in labelCounts.keys where !names.contains(label) {
                names.insert(String(label.split(separator: ":", maxSplits: 1)[0]))
            }
            labels = names.sorted()
            precondition(labels.count <= 64, "label sets are 64-bit sets")
            for (i, name) in labels.enumerated() { labelIndex[name] = UInt8(i) }
            for label in labelCounts.keys where labelIndex[label] == nil {
                labelIndex[label] = labelIndex[String(label.split(separator: ":", maxSplits: 1)[0])]
            }
        }

        func tag(of word: CoNLLUWord) -> UInt8 { tagIndex[word.upos + "\t" + word.xpos] ?? 0 }
        func label(of word: CoNLLUWord) -> UInt8 { labelIndex[word.deprel] ?? labelIndex["punct"]! }
    }

    /// One treebank sentence as the trainers read it.
    struct TrainingSentence {
        var keys: [WordKeys]
        var tags: [UInt8]
        /// Gold head and label of each word, 1-based (index 0 is the root's, unused).
        var heads: [Int32]
        var labels: [UInt8]

        init(_ sentence: CoNLLUSentence, inventory: Inventory) {
            let (bytes, ranges) = sentence.formBytes
            keys = bytes.withUnsafeBufferPointer { b in
                ranges.enumerated().map { WordKeys(bytes: b, range: $1, first: $0 == 0, senses: WordSenses.standard) }
            }
            tags = sentence.words.map(inventory.tag(of:))
            heads = [-1] + sentence.words.map { Int32(max($0.head, 0)) }
            labels = [0] + sentence.words.map(inventory.label(of:))
        }
    }

    // MARK: tagger

    static func trainTagger(_ data: [TrainingSentence], on indices: [Int], tagCount: Int, options: Options) -> (tagger: TrainedTagger, bytes: [UInt8]) {
        var model = AveragedPerceptron(classCount: tagCount)
        var random = SplitMix64(seed: options.seed)
        var order = indices
        var features = FeatureList()
        var scores = [Int64](repeating: 0, count: tagCount)
        for _ in 0..<options.taggerEpochs {
            random.shuffle(&order)
            for s in order {
                let sentence = data[s]
                var previous = 0, previous2 = 0
                sentence.keys.withUnsafeBufferPointer { keys in
                    for i in 0..<keys.count {
                        features.removeAll()
                        TaggerFeatures.extract(&features, words: keys, at: i, previous: previous, previous2: previous2)
                        for c in 0..<tagCount { scores[c] = 0 }
                        model.score(features.keys, into: &scores)
                        var guess = 0
                        for c in 1..<tagCount where scores[c] > scores[guess] { guess = c }
                        model.update(features.keys, truth: Int(sentence.tags[i]), guess: guess)
                        model.tick()
                        previous2 = previous
                        previous = guess + 1
                    }
                }
            }
        }
        let bytes = WeightTable.serialize(model.averagedRows(), classCount: tagCount, pruning: options.taggerPruning)
        let table = try! WeightTable.read(bytes.copyAligned()).0
        return (TrainedTagger(tagger: PartOfSpeechTagger(weights: table, tagCount: tagCount)), bytes)
    }

    final class TrainedTagger {
        let tagger: PartOfSpeechTagger
        private let scratch = ScoringScratch.allocate()

        init(tagger: PartOfSpeechTagger) { self.tagger = tagger }

        deinit { scratch.deallocate() }

        func tags(_ keys: [WordKeys]) -> [UInt8] {
            var tags = [UInt8](repeating: 0, count: keys.count)
            keys.withUnsafeBufferPointer { k in
                tags.withUnsafeMutableBufferPointer { tagger.tag(k, into: $0, scratch: scratch) }
            }
            return tags
        }
    }

    // MARK: parser

    static func trainParser(_ data: [TrainingSentence], tags: [[UInt8]], inventory: Inventory, options: Options, log: (String) -> Void) -> [UInt8] {
        let labelCount = inventory.labels.count
        let rootLabel = inventory.labels.firstIndex(of: "root")!
        let rules = DependencyParser.withoutWeights(labelCount: labelCount, rootLabel: rootLabel)
        let classCount = rules.classCount
        var model = AveragedPerceptron(classCount: classCount)
        var random = SplitMix64(seed: options.seed &+ 1)
        var order = Array(data.indices)
        var features = FeatureList()
        var scores = [Int64](repeating: 0, count: classCount)
        var costs = [Int](repeating: 0, count: classCount)
        for epoch in 1...max(1, options.parserEpochs) {
            random.shuffle(&order)
            var decisions = 0, errors = 0
            for s in order {
                let sentence = data[s]
                let forms = [DependencyParser.rootForm] + sentence.keys.map(\.form)
                let tagValues = [DependencyParser.rootTag] + tags[s].map { UInt64($0) + 1 }
                var state = ArcEagerState(wordCount: sentence.keys.count, labelCount: labelCount)
                sentence.heads.withUnsafeBufferPointer { gold in
                    sentence.labels.withUnsafeBufferPointer { goldLabels in
                        forms.withUnsafeBufferPointer { forms in
                            tagValues.withUnsafeBufferPointer { tagValues in
                                while !state.isFinal {
                                    state.classCosts(gold: gold, goldLabels: goldLabels, into: &costs)
                                    var allowed = 0, only = 0
                                    for c in 0..<classCount where costs[c] != .max && rules.allows(c, in: state) { allowed += 1; only = c }
                                    if allowed == 1 {
                                        let (move, label) = state.move(ofClass: only)
                                        state.apply(move, label: label)
                                        continue
                                    }
                                    features.removeAll()
                                    ParserFeatures.extract(&features, state: state, forms: forms, tagValues: tagValues)
                                    for c in 0..<classCount { scores[c] = 0 }
                                    model.score(features.keys, into: &scores)
                                    var guess = -1, truth = -1, minimum = Int.max
                                    for c in 0..<classCount where costs[c] != .max && rules.allows(c, in: state) {
                                        if guess < 0 || scores[c] > scores[guess] { guess = c }
                                        if costs[c] < minimum || costs[c] == minimum && scores[c] > scores[truth] { minimum = costs[c]; truth = c }
                                    }
                                    decisions += 1
                                    var next = guess
                                    if costs[guess] > minimum {
                                        errors += 1
                                        model.update(features.keys, truth: truth, guess: guess)
                                        if epoch < options.explorationEpoch || random.nextDouble() >= options.explorationRate { next = truth }
                                    }
                                    model.tick()
                                    let (move, label) = state.move(ofClass: next)
                                    state.apply(move, label: label)
                                }
                            }
                        }
                    }
                }
            }
            log("parser epoch \(epoch): \(errors) of \(decisions) decisions wrong, \(model.featureCount) features")
        }
        return WeightTable.serialize(model.averagedRows(), classCount: classCount, pruning: options.parserPruning)
    }
}

/// A small fixed-seed generator (SplitMix64), so shuffles are the same on every run and platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Fisher-Yates.
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
