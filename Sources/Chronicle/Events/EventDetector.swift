/// Finds event triggers: a classifier labels each word token as not an event or as one of the
/// TimeML classes. The model ships with Chronicle (`EventModel.shipped`) and is retrained with
/// `chronicle train`.
public struct EventDetector: Sendable {
    public let model: EventModel
    let features: EventFeatures
    public init(model: EventModel = .shipped, grammar: Grammar = .standard) {
        self.model = model
        features = EventFeatures(tables: grammar.tables)
    }

    /// A trigger found in a token buffer.
    public struct Trigger: Sendable {
        public var token: Int
        public var eventClass: EventClass
        public var score: Float
    }

    /// Labels each word token that is not part of a time expression.
    public func detect(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, inTimex: (Int) -> Bool) -> [Trigger] {
        var result: [Trigger] = []
        var buffer: [UInt32] = []
        buffer.reserveCapacity(32)
        var isEvent: [Float] = [0, 0]
        var classes = [Float](repeating: 0, count: EventClass.allCases.count)
        for i in 0..<tokens.count where tokens[i].kind == .word {
            let covered = inTimex(i)
            if covered { continue }
            features.features(of: i, tokens: tokens, bytes: bytes, inTimex: covered, into: &buffer)
            model.detector.scores(buffer, into: &isEvent)
            let possession = isEvent[1] <= isEvent[0] && features.isPossession(i, tokens: tokens, bytes: bytes)
            guard isEvent[1] > isEvent[0] || possession || features.isEventNoun(i, tokens: tokens, bytes: bytes) else { continue }
            model.classifier.scores(buffer, into: &classes)
            var best = 0
            for c in 1..<classes.count where classes[c] > classes[best] { best = c }
            if possession { best = EventClass.allCases.firstIndex(of: .state)! }
            // "according to" is a preposition, not a report
            if features.isAccordingTo(i, tokens: tokens, bytes: bytes) { continue }
            // a hyphenated compound's second part ("land-locked") describes, it does not happen
            if i > 0, tokens[i].isAttached, tokens[i - 1].isPunct(0x2D), tokens[i - 1].isAttached { continue }
            result.append(Trigger(token: i, eventClass: EventClass.allCases[best], score: isEvent[1] - isEvent[0]))
        }
        return result
    }

    /// Training examples from tokens whose gold labels are known (0 = not an event).
    static func examples(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, labels: [Int], inTimex: (Int) -> Bool,
                         features: EventFeatures) -> [(features: [UInt32], label: Int)] {
        var result: [(features: [UInt32], label: Int)] = []
        var buffer: [UInt32] = []
        for i in 0..<tokens.count where tokens[i].kind == .word {
            let covered = inTimex(i)
            if covered { continue }
            features.features(of: i, tokens: tokens, bytes: bytes, inTimex: covered, into: &buffer)
            result.append((buffer, labels[i]))
        }
        return result
    }
}

extension EventDetector {
    /// The triggers of a document as annotations (for scoring), given its time expressions.
    public func annotations(in document: Document, timexes: [TemporalExpression], grammar: Grammar = .standard) -> [AnnotatedEvent] {
        var text = document.text
        return text.withUTF8 { bytes in
            let tokens = grammar.tokenizer.tokenize(document.text)
            return tokens.withUnsafeBufferPointer { tokens in
                let covered = TimexCoverage(tokens: tokens, timexes: timexes)
                return detect(tokens: tokens, bytes: bytes, inTimex: covered.contains).enumerated().map { index, trigger in
                    let t = tokens[trigger.token]
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.byteStart)..<Int(t.byteEnd)]), as: UTF8.self)
                    return AnnotatedEvent(begin: Int(t.scalarStart), end: Int(t.scalarEnd), text: word, id: "e\(index + 1)",
                                          eventClass: trigger.eventClass.rawValue)
                }
            }
        }
    }
}
