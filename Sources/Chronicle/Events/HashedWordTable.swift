/// A map from 64-bit word hashes to values: open addressing with linear probing, no hashing of
/// the (already hashed) keys and no per-lookup allocation. Swift's `Dictionary` rehashes every
/// key with SipHash, which costs more than the rest of a feature lookup.
struct HashedWordTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        get {
            var i = Int(truncatingIfNeeded: key) & mask
            while let value = values[i] {
                if keys[i] == key { return value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("HashedWordTable does not remove keys") }
            var i = Int(truncatingIfNeeded: key) & mask
            while values[i] != nil {
                if keys[i] == key { values[i] = newValue; return }
                i = (i + 1) & mask
            }
            keys[i] = key
            values[i] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    private mutating func grow() {
        let old = zip(keys, values)
        var bigger = HashedWordTable(capacity: keys.count)
        for (key, value) in old { if let value { bigger[key] = value } }
        self = bigger
    }
}
