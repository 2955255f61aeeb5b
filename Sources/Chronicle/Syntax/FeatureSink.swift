/// Where feature templates put their keys: a list while training, the weight table's scores
/// directly when tagging or parsing (no intermediate buffer).
protocol FeatureSink {
    mutating func add(_ key: UInt64)
}

/// Collects keys, for training.
struct FeatureList: FeatureSink {
    var keys: [UInt64] = []

    mutating func add(_ key: UInt64) { keys.append(key) }
    mutating func removeAll() { keys.removeAll(keepingCapacity: true) }
}

/// Adds each key's weights to a score vector.
struct ScoringSink: FeatureSink {
    let table: WeightTable
    let scores: UnsafeMutablePointer<Int32>

    @inline(__always) mutating func add(_ key: UInt64) { table.add(key, to: scores) }
}
