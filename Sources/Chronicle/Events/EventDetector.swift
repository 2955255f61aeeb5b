/// Finds event triggers: a classifier labels each word token as not an event or as one of the
/// TimeML classes. The model ships with Chronicle (`EventModel.shipped`) and is retrained with
/// `chronicle train`.
public struct EventDetector: Sendable {
    /// The learned detector and classifier the triggers are scored with.
    public let model: EventModel
    let features: EventFeatures
    /// A detector with `model` and the feature words of `grammar`.
    public init(model: EventModel = .shipped, grammar: Grammar = .standard) {
        self.model = model
        features = EventFeatures(grammar: grammar)
    }

    /// A trigger found in a token buffer.
    public struct Trigger: Sendable {
        /// The index of the trigger token in the buffer.
        public var token: Int
        /// Its TimeML class.
        public var eventClass: EventClass
        /// The detector's score for it (higher: more sure it is an event).
        public var score: Float
    }

    /// How far a word's event score moves toward the mean score of its other occurrences (same
    /// stem) in the document, and how much a trigger's class scores add those of its other
    /// occurrences: a document uses a word in one sense.
    static let documentDetection: Float = 0.3
    static let documentClass: Float = 1

    /// Labels each word token that is not part of a time expression. `syntax` is the parse of
    /// the section the tokens are (its features are left out without one).
    public func detect(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, syntax: DocumentSyntax?,
                       inTimex: (Int) -> Bool) -> [Trigger] {
        var result: [Trigger] = []
        var buffer: [UInt32] = []
        buffer.reserveCapacity(48)
        let classCount = EventClass.allCases.count
        var classes = [Float](repeating: 0, count: classCount)
        // first pass: each word's event score, and its stem's group in the document
        var margins = [Float](repeating: 0, count: tokens.count)
        var groups = [Int32](repeating: -1, count: tokens.count)
        var groupOf = HashedWordTable<Int32>(capacity: 1024)
        var groupSum: [Float] = []
        var groupCount: [Int32] = []
        for i in 0..<tokens.count where tokens[i].kind == .word && !inTimex(i) {
            let stem = features.features(of: i, tokens: tokens, bytes: bytes, inTimex: false, into: &buffer)
            if let syntax { features.syntaxFeatures(ofToken: i, syntax: syntax, into: &buffer) }
            let margin = model.detector.margin(buffer)
            margins[i] = margin
            let group: Int32
            if let g = groupOf[stem] { group = g } else {
                group = Int32(groupSum.count)
                groupOf[stem] = group
                groupSum.append(0)
                groupCount.append(0)
            }
            groups[i] = group
            groupSum[Int(group)] += margin
            groupCount[Int(group)] += 1
        }
        // second pass: triggers and their class scores, pooled by stem group
        var scores: [Float] = []
        var possessions: [Bool] = []
        var pooledRow = [Int32](repeating: -1, count: groupSum.count)
        var pooled: [Float] = []
        for i in 0..<tokens.count where groups[i] >= 0 {
            let group = Int(groups[i])
            var margin = margins[i]
            if groupCount[group] > 1 {
                margin += EventDetector.documentDetection * (groupSum[group] - margin) / Float(groupCount[group] - 1)
            }
            let possession = margin <= 0 && features.isPossession(i, tokens: tokens, bytes: bytes)
            guard margin > 0 || possession || features.isEventNoun(i, tokens: tokens, bytes: bytes) else { continue }
            // "according to" is a preposition, not a report
            if features.isAccordingTo(i, tokens: tokens, bytes: bytes) { continue }
            // a hyphenated compound's second part ("land-locked") describes, it does not happen
            if i > 0, tokens[i].isAttached, tokens[i - 1].isPunct(0x2D), tokens[i - 1].isAttached { continue }
            let stem = features.features(of: i, tokens: tokens, bytes: bytes, inTimex: false, into: &buffer)
            features.classFeatures(of: i, stem: stem, tokens: tokens, bytes: bytes, into: &buffer)
            if let syntax {
                features.syntaxFeatures(ofToken: i, syntax: syntax, into: &buffer)
                features.syntaxClassFeatures(ofToken: i, syntax: syntax, into: &buffer)
            }
            model.classifier.scores(buffer, into: &classes)
            if pooledRow[group] < 0 {
                pooledRow[group] = Int32(pooled.count / classCount)
                pooled.append(contentsOf: repeatElement(0, count: classCount))
            }
            let row = Int(pooledRow[group]) * classCount
            for c in 0..<classCount { pooled[row + c] += classes[c] }
            scores.append(contentsOf: classes)
            possessions.append(possession)
            result.append(Trigger(token: i, eventClass: .occurrence, score: margin))
        }
        let state = EventClass.allCases.firstIndex(of: .state)!
        for t in result.indices {
            let own = t * classCount
            let row = Int(pooledRow[Int(groups[result[t].token])]) * classCount
            for c in 0..<classCount { classes[c] = scores[own + c] + EventDetector.documentClass * (pooled[row + c] - scores[own + c]) }
            var best = 0
            for c in 1..<classCount where classes[c] > classes[best] { best = c }
            if possessions[t] { best = state }
            result[t].eventClass = EventClass.allCases[best]
        }
        return result
    }

    /// Training examples from tokens whose gold labels are known (0 = not an event).
    static func examples(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, syntax: DocumentSyntax?, labels: [Int],
                         inTimex: (Int) -> Bool, features: EventFeatures) -> [(features: [UInt32], classFeatures: [UInt32], label: Int)] {
        var result: [(features: [UInt32], classFeatures: [UInt32], label: Int)] = []
        var buffer: [UInt32] = []
        for i in 0..<tokens.count where tokens[i].kind == .word {
            let covered = inTimex(i)
            if covered { continue }
            let stem = features.features(of: i, tokens: tokens, bytes: bytes, inTimex: covered, into: &buffer)
            if let syntax { features.syntaxFeatures(ofToken: i, syntax: syntax, into: &buffer) }
            let detection = buffer
            if labels[i] > 0 {
                features.classFeatures(of: i, stem: stem, tokens: tokens, bytes: bytes, into: &buffer)
                if let syntax { features.syntaxClassFeatures(ofToken: i, syntax: syntax, into: &buffer) }
            }
            result.append((detection, labels[i] > 0 ? buffer : [], labels[i]))
        }
        return result
    }
}

extension EventDetector {
    /// A document's time expressions and its triggers as annotations (for scoring), from one
    /// analysis of its text, parsed with `syntax` as the pipeline parses it.
    public func annotate(_ document: Document, grammar: Grammar = .standard, syntax: SyntaxModel? = .shipped)
        -> (timexes: [TemporalExpression], events: [AnnotatedEvent]) {
        var tagging = TemporalTagger.Run(tagger: TemporalTagger(grammar: grammar), dct: document.dct, genre: document.genre)
        var result: [AnnotatedEvent] = []
        TextAnalysis.sections(of: document.text, grammar: grammar, syntax: syntax) { text in
            let timexes = tagging.tag(text)
            text.tokens.withUnsafeBufferPointer { tokens in
                let covered = TimexCoverage(tokens: tokens, timexes: tagging.expressions[timexes])
                for trigger in detect(tokens: tokens, bytes: text.bytes, syntax: text.syntax, inTimex: covered.contains) {
                    let t = tokens[trigger.token]
                    result.append(AnnotatedEvent(begin: Int(t.scalarStart), end: Int(t.scalarEnd), text: text.original(trigger.token..<(trigger.token + 1)),
                                                 id: "e\(result.count + 1)", eventClass: trigger.eventClass.rawValue))
                }
            }
        }
        return (tagging.expressions, result)
    }
}
