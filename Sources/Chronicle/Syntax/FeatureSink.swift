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

/// Collects the keys of one decision in fixed memory, for `WeightTable.addAll`.
struct KeyBuffer: FeatureSink {
    let keys: UnsafeMutablePointer<UInt64>
    var count = 0

    init(keys: UnsafeMutablePointer<UInt64>) { self.keys = keys }

    @inline(__always) mutating func add(_ key: UInt64) {
        keys[count] = key
        count += 1
    }
}
