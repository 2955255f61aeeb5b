/// Training and scoring of the event classifier on gold TimeML documents.
public enum EventTraining {
    /// Passes over the training data.
    public static let epochs = 6

    /// Labels of each token of `document`: the gold event class that starts in it, else 0.
    static func labels(for annotated: AnnotatedDocument, tokens: UnsafeBufferPointer<Token>) -> [Int] {
        var labels = [Int](repeating: 0, count: tokens.count)
        var t = 0
        for event in annotated.events.sorted(by: { $0.begin < $1.begin }) {
            while t < tokens.count, Int(tokens[t].scalarEnd) <= event.begin { t += 1 }
            guard t < tokens.count, Int(tokens[t].scalarStart) < event.end else { continue }
            labels[t] = EventClass(rawValue: event.eventClass)?.label ?? EventClass.occurrence.label
        }
        return labels
    }

    /// Feature sets and gold labels of every word token outside the tagger's time expressions,
    /// the text parsed with `syntax` as the pipeline parses it.
    public static func examples(for annotated: AnnotatedDocument, grammar: Grammar = .standard, syntax: SyntaxModel? = .shipped)
        -> [(features: [UInt32], classFeatures: [UInt32], label: Int)] {
        let document = annotated.document
        let features = EventFeatures(grammar: grammar)
        var tagging = TemporalTagger.Run(tagger: TemporalTagger(grammar: grammar), dct: document.dct, genre: document.genre)
        var examples: [(features: [UInt32], classFeatures: [UInt32], label: Int)] = []
        TextAnalysis.sections(of: document.text, grammar: grammar, syntax: syntax) { text in
            let timexes = tagging.tag(text)
            text.tokens.withUnsafeBufferPointer { tokens in
                let covered = TimexCoverage(tokens: tokens, timexes: tagging.expressions[timexes])
                examples += EventDetector.examples(tokens: tokens, bytes: text.bytes, syntax: text.syntax, labels: labels(for: annotated, tokens: tokens),
                                                   inTimex: covered.contains, features: features)
            }
        }
        return examples
    }

    /// Step size of the class model's logistic updates (0.02-0.1 and 4-10 epochs all gave TimeBank
    /// class F1 0.681-0.685 under 5-fold cross-validation; the perceptron's best was 0.679).
    public static let classRate: Float = 0.05

    /// A model trained on `documents`: an averaged perceptron tells events from other words; a
    /// logistic model, trained on the events only with features of their complements, picks the class.
    public static func train(_ documents: [AnnotatedDocument], epochs: Int = epochs, grammar: Grammar = .standard) -> EventModel {
        let examples = documents.flatMap { EventTraining.examples(for: $0, grammar: grammar) }
        let detection = examples.map { (features: $0.features, label: $0.label > 0 ? 1 : 0) }
        let classes = examples.filter { $0.label > 0 }.map { (features: $0.classFeatures, label: $0.label - 1) }
        // both see their examples in a shuffled (seeded, so deterministic) order each epoch
        return EventModel(detector: LinearModel.train(classCount: 2, examples: detection, epochs: epochs, shuffle: true),
                          classifier: LinearModel.train(classCount: EventClass.allCases.count, examples: classes, epochs: epochs, shuffle: true,
                                                       update: .logistic(rate: classRate)))
    }
}

/// Which tokens lie inside time expressions.
struct TimexCoverage {
    private var covered: [Bool]

    init(tokens: UnsafeBufferPointer<Token>, timexes: ArraySlice<TemporalExpression>) {
        covered = Array(repeating: false, count: tokens.count)
        var t = 0
        for timex in timexes {
            while t < tokens.count, Int(tokens[t].byteEnd) <= timex.byteBegin { t += 1 }
            var k = t
            while k < tokens.count, Int(tokens[k].byteStart) < timex.byteEnd { covered[k] = true; k += 1 }
        }
    }

    func contains(_ i: Int) -> Bool { covered[i] }
}

/// The event classifier: a detector (event or not) and a classifier (which TimeML class).
public struct EventModel: Sendable {
    /// Tells events from other words.
    public var detector: LinearModel
    /// Picks an event's TimeML class.
    public var classifier: LinearModel

    /// A model of a detector and a classifier.
    public init(detector: LinearModel, classifier: LinearModel) {
        self.detector = detector
        self.classifier = classifier
    }

    /// The format line of the model's data file.
    public static let format = "chronicle event model 1"

    /// The model trained on TimeBank and AQUAINT (`Sources/ChronicleModels/event.model`, embedded
    /// in the binary). A file that does not read is a broken build, not an input error.
    public static let shipped: EventModel = {
        do {
            return try EventModel(UnsafeRawBufferPointer(ModelData.eventModel))
        } catch {
            fatalError("the embedded event model does not load: \(error)")
        }
    }()

    /// The model's data file: a header saying what it was trained on, then the detector and the classifier.
    public func file(notes: [String]) -> [UInt8] {
        var file = ModelFile.Writer(format: EventModel.format, notes: notes)
        detector.write(to: &file)
        classifier.write(to: &file)
        return file.bytes
    }

    /// Reads a model's data file.
    public init(_ bytes: UnsafeRawBufferPointer) throws {
        var file = try ModelFile.Reader(bytes, format: EventModel.format)
        let detector = try LinearModel(reading: &file)
        let classifier = try LinearModel(reading: &file)
        guard detector.classCount == 2, classifier.classCount == EventClass.allCases.count, file.atEnd else {
            throw ModelFile.Error.malformed("expected a two-class detector and a \(EventClass.allCases.count)-class classifier")
        }
        self.init(detector: detector, classifier: classifier)
    }
}
