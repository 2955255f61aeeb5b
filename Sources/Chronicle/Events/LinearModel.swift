#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A multi-class linear model over hashed sparse features, trained as an averaged perceptron or
/// by averaged stochastic gradient descent on the logistic loss (`Update`).
///
/// Training is deterministic: examples are visited in the order given (or a seeded shuffle of
/// it), for a fixed number of epochs, and the averaged weights are what is kept. The trained model is a list of
/// (feature, class, weight) triples, written as text by `serialized` and read back by
/// `init(serialized:)` into an open-addressing table for fast scoring.
public struct LinearModel: Sendable {
    /// How many classes it scores.
    public let classCount: Int
    /// The features with weights, in increasing order; feature `k`'s weights are row `k` of
    /// `weights` (classCount floats per row).
    private var features: [UInt32] = []
    private var weights: [Float] = []
    /// Lookup table built for scoring: feature and row side by side, so a probe (a cache miss in
    /// a large model) reads one place, not two.
    private struct Slot {
        var feature: UInt32 = 0
        var row: Int32 = -1
    }
    private var slots: [Slot] = []
    private var mask = 0
    /// For two classes, the table of `weight(class 1) - weight(class 0)` per feature: deciding
    /// between two classes needs only the margin, and a probe then reads one place, not two.
    private struct MarginSlot {
        var feature: UInt32 = 0
        var weight: Float = .nan  // NaN: empty
    }
    private var marginSlots: [MarginSlot] = []

    /// An empty model of `classCount` classes, to train.
    public init(classCount: Int) {
        self.classCount = classCount
    }

    /// Scores of every class for a feature set.
    public func scores(_ features: [UInt32]) -> [Float] {
        var result = [Float](repeating: 0, count: classCount)
        scores(features, into: &result)
        return result
    }

    /// Writes the score of every class for `features` into `result` (of `classCount` items),
    /// without allocating.
    public func scores(_ features: [UInt32], into result: inout [Float]) {
        for c in 0..<classCount { result[c] = 0 }
        guard mask > 0 else { return }
        weights.withUnsafeBufferPointer { w in
            slots.withUnsafeBufferPointer { slots in
                for f in features {
                    var i = Int(f &* 2654435761) & mask
                    while slots[i].row >= 0 {
                        if slots[i].feature == f {
                            let row = Int(slots[i].row) * classCount
                            for c in 0..<classCount { result[c] += w[row + c] }
                            break
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// Score of class 1 minus score of class 0, for a two-class model.
    public func margin(_ features: [UInt32]) -> Float {
        precondition(classCount == 2, "margin needs a two-class model")
        guard mask > 0 else { return 0 }
        var total: Float = 0
        marginSlots.withUnsafeBufferPointer { slots in
            for f in features {
                var i = Int(f &* 2654435761) & mask
                while !slots[i].weight.isNaN {
                    if slots[i].feature == f {
                        total += slots[i].weight
                        break
                    }
                    i = (i + 1) & mask
                }
            }
        }
        return total
    }

    /// The class with the highest score for `features` (the first on a tie).
    public func predict(_ features: [UInt32]) -> Int {
        let s = scores(features)
        var best = 0
        for c in 1..<classCount where s[c] > s[best] { best = c }
        return best
    }

    /// Builds the scoring table from `features`.
    private mutating func index() {
        var size = 16
        while size < features.count * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        for (row, feature) in features.enumerated() {
            var i = Int(feature &* 2654435761) & mask
            while slots[i].row >= 0 { i = (i + 1) & mask }
            slots[i] = Slot(feature: feature, row: Int32(row))
        }
        if classCount == 2 {
            marginSlots = slots.map { slot in
                slot.row < 0 ? MarginSlot() : MarginSlot(feature: slot.feature, weight: weights[Int(slot.row) * 2 + 1] - weights[Int(slot.row) * 2])
            }
        }
    }

    // MARK: training

    /// How the weights move on each example.
    public enum Update: Sendable {
        /// On a wrong guess only: +1 for the gold class, -1 for the guess.
        case perceptron
        /// On every example, each class by `rate` times (gold indicator - softmax probability):
        /// confident right answers barely move it, so rare classes are not drowned by frequent ones.
        case logistic(rate: Float)
    }

    /// Trains on `examples` (feature sets with their gold class) for `epochs` passes.
    public static func train(classCount: Int, examples: [(features: [UInt32], label: Int)], epochs: Int, shuffle: Bool = false,
                             update rule: Update = .perceptron) -> LinearModel {
        var model = LinearModel(classCount: classCount)
        var current: [UInt32: [Float]] = [:]
        var totals: [UInt32: [Float]] = [:]
        var stamps: [UInt32: [Int]] = [:]
        var step = 0
        func weight(_ f: UInt32, _ c: Int) -> Float { current[f]?[c] ?? 0 }
        func update(_ f: UInt32, _ c: Int, _ delta: Float) {
            if current[f] == nil {
                current[f] = Array(repeating: 0, count: classCount)
                totals[f] = Array(repeating: 0, count: classCount)
                stamps[f] = Array(repeating: 0, count: classCount)
            }
            totals[f]![c] += Float(step - stamps[f]![c]) * current[f]![c]
            stamps[f]![c] = step
            current[f]![c] += delta
        }
        var order = Array(examples.indices)
        var seed: UInt64 = 0x2545F4914F6CDD1D
        for _ in 0..<epochs {
            if shuffle {
                for k in stride(from: order.count - 1, to: 0, by: -1) {
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    let j = Int((seed >> 33) % UInt64(k + 1))
                    order.swapAt(k, j)
                }
            }
            for index in order {
                let example = examples[index]
                step += 1
                var scores = [Float](repeating: 0, count: classCount)
                for f in example.features {
                    if let row = current[f] { for c in 0..<classCount { scores[c] += row[c] } }
                }
                if case .logistic(let rate) = rule {
                    let top = scores.max() ?? 0
                    var sum: Float = 0
                    for c in 0..<classCount {
                        scores[c] = Float(exp(Double(scores[c] - top)))
                        sum += scores[c]
                    }
                    for c in 0..<classCount {
                        let delta = rate * ((c == example.label ? 1 : 0) - scores[c] / sum)
                        if abs(delta) < 1e-5 { continue }  // a sure answer: skip the sparse writes
                        for f in example.features { update(f, c, delta) }
                    }
                    continue
                }
                var guess = 0
                for c in 1..<classCount where scores[c] > scores[guess] { guess = c }
                if guess != example.label {
                    for f in example.features {
                        update(f, example.label, 1)
                        update(f, guess, -1)
                    }
                }
            }
        }
        // average: each weight's sum over all steps, divided by the number of steps
        var features: [UInt32] = []
        var weights: [Float] = []
        for f in current.keys.sorted() {
            var averaged = [Float](repeating: 0, count: classCount)
            var nonzero = false
            for c in 0..<classCount {
                let total = totals[f]![c] + Float(step - stamps[f]![c]) * current[f]![c]
                averaged[c] = (total / Float(max(step, 1)) * 10000).rounded() / 10000
                if averaged[c] != 0 { nonzero = true }
            }
            guard nonzero else { continue }
            features.append(f)
            weights += averaged
        }
        model.features = features
        model.weights = weights
        model.index()
        return model
    }

    // MARK: serialization

    /// Appends the model in binary: class count, feature count, the sorted feature ids, then each
    /// feature's row of weights (little-endian 32-bit words; weights rounded to four decimals in
    /// training, so retraining on the same data gives the same bytes).
    public func write(to file: inout ModelFile.Writer) {
        file.word(UInt32(classCount))
        file.word(UInt32(features.count))
        for feature in features { file.word(feature) }
        for weight in weights { file.word(weight.bitPattern) }
    }

    /// Reads a model that `write(to:)` wrote.
    public init(reading file: inout ModelFile.Reader) throws {
        let classCount = Int(try file.word())
        let count = Int(try file.word())
        guard classCount > 0, classCount < 1 << 16 else { throw ModelFile.Error.malformed("class count \(classCount)") }
        self.init(classCount: classCount)
        features = try file.words(count)
        guard zip(features, features.dropFirst()).allSatisfy({ $0 < $1 }) else { throw ModelFile.Error.malformed("features out of order") }
        weights = try file.words(count * classCount).map { Float(bitPattern: $0) }
        index()
    }
}

