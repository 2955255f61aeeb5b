/// A multiclass averaged perceptron over hashed features, for training only: the tagger and the
/// parser train one each, then `weightRows` turns it into a `WeightTable`.
///
/// Weights are sparse: each feature keeps a chain of small blocks holding only the classes an
/// update touched, so a feature seen with two tags out of fifty costs two entries. Averaging uses
/// the running-sum trick (Daumé 2006): `average = w - u / t`, where every update at time `t` also
/// adds `t * delta` to `u`, so no per-weight timestamps are needed. The feature table is an
/// open-addressing map with a fixed hash, so training is deterministic.
struct AveragedPerceptron {
    let classCount: Int
    /// Training steps so far (one per decision), the `t` of the averaging.
    private(set) var time: Int64 = 1

    private var keys: [UInt64]
    private var slotFeature: [Int32]
    private var mask: Int
    private(set) var featureCount = 0
    private var firstBlock: [Int32] = []
    private var featureKeys: [UInt64] = []

    private static let blockSize = 4
    private var blockClass: [UInt8] = []
    private var blockWeight: [Int32] = []
    private var blockSum: [Int64] = []
    private var blockNext: [Int32] = []

    init(classCount: Int) {
        precondition(classCount < 255)
        self.classCount = classCount
        keys = Array(repeating: 0, count: 1 << 16)
        slotFeature = Array(repeating: -1, count: 1 << 16)
        mask = (1 << 16) - 1
    }

    /// Feature number of `key`, or -1 when no update has touched it.
    @inline(__always)
    func feature(_ key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key >> 20) & mask
        while true {
            let f = slotFeature[i]
            if f < 0 || keys[i] == key { return f }
            i = (i + 1) & mask
        }
    }

    /// Adds the current (not averaged) weights of `features` to `scores`.
    func score(_ features: [UInt64], into scores: inout [Int64]) {
        for key in features {
            let f = feature(key)
            if f < 0 { continue }
            var b = Int(firstBlock[Int(f)])
            while b >= 0 {
                for k in b * Self.blockSize..<(b + 1) * Self.blockSize {
                    let c = blockClass[k]
                    if c == 255 { break }
                    scores[Int(c)] &+= Int64(blockWeight[k])
                }
                b = Int(blockNext[b])
            }
        }
    }

    /// Marks the end of one decision (the averaging counts decisions, updated or not).
    mutating func tick() { time += 1 }

    /// Rewards `truth` and penalizes `guess` on every feature.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in features {
            let f = featureOrInsert(key)
            add(f, UInt8(truth), 1)
            add(f, UInt8(guess), -1)
        }
    }

    private mutating func add(_ f: Int32, _ cls: UInt8, _ delta: Int32) {
        var b = Int(firstBlock[Int(f)])
        var last = -1
        while b >= 0 {
            for k in b * Self.blockSize..<(b + 1) * Self.blockSize {
                if blockClass[k] == cls {
                    blockWeight[k] += delta
                    blockSum[k] += Int64(delta) * time
                    return
                }
                if blockClass[k] == 255 {
                    blockClass[k] = cls
                    blockWeight[k] = delta
                    blockSum[k] = Int64(delta) * time
                    return
                }
            }
            last = b
            b = Int(blockNext[b])
        }
        let block = Int32(blockNext.count)
        blockNext.append(-1)
        for _ in 0..<Self.blockSize {
            blockClass.append(255); blockWeight.append(0); blockSum.append(0)
        }
        if last >= 0 { blockNext[last] = block } else { firstBlock[Int(f)] = block }
        let k = Int(block) * Self.blockSize
        blockClass[k] = cls
        blockWeight[k] = delta
        blockSum[k] = Int64(delta) * time
    }

    private mutating func featureOrInsert(_ key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key >> 20) & mask
        while true {
            let f = slotFeature[i]
            if f < 0 { break }
            if keys[i] == key { return f }
            i = (i + 1) & mask
        }
        let f = Int32(featureCount)
        featureCount += 1
        keys[i] = key
        slotFeature[i] = f
        firstBlock.append(-1)
        featureKeys.append(key)
        if featureCount * 2 > keys.count { grow() }
        return f
    }

    private mutating func grow() {
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        slotFeature = Array(repeating: -1, count: size)
        mask = size - 1
        for (f, key) in featureKeys.enumerated() {
            var i = Int(truncatingIfNeeded: key >> 20) & mask
            while slotFeature[i] >= 0 { i = (i + 1) & mask }
            keys[i] = key
            slotFeature[i] = Int32(f)
        }
    }

    /// The averaged weights of every feature, by key in increasing order, classes in increasing order.
    func averagedRows() -> [(key: UInt64, weights: [(cls: UInt8, weight: Double)])] {
        let order = featureKeys.indices.sorted { featureKeys[$0] < featureKeys[$1] }
        let t = Double(time)
        return order.map { f in
            var weights: [(cls: UInt8, weight: Double)] = []
            var b = Int(firstBlock[f])
            while b >= 0 {
                for k in b * Self.blockSize..<(b + 1) * Self.blockSize where blockClass[k] != 255 {
                    let average = Double(blockWeight[k]) - Double(blockSum[k]) / t
                    if average != 0 { weights.append((blockClass[k], average)) }
                }
                b = Int(blockNext[b])
            }
            weights.sort { $0.cls < $1.cls }
            return (featureKeys[f], weights)
        }
    }
}
