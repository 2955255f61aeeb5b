/// Quantized perceptron weights read straight from a model's bytes: an open-addressing table of
/// feature keys, each pointing at a contiguous row of (class, weight) entries.
///
/// Layout (little-endian, 8-byte aligned): `slotCount: UInt64`, `entryCount: UInt64`,
/// `classCount: UInt64`, then `slotCount` slots of `UInt64` (high 32 bits: the key's
/// fingerprint, never 0 in a used slot; low 32 bits: the row's first entry << 8 | its length),
/// then `entryCount` entries of `UInt32`. A sparse row is `length` entries (class << 16 | weight
/// as Int16); a row with weights for at least half the classes is dense, length 255: one Int16
/// per class, two to an entry, added with vector instructions. A key's home slot is its high 32
/// bits scaled to the table size; probing is linear. Nothing is parsed at load time.
struct WeightTable: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private let slotCount: UInt64
    private let entries: UnsafePointer<UInt32>
    private let classCount: Int
    static let denseRow: UInt32 = 0xFF

    /// Reads the table at the start of `bytes`; returns the table and the number of bytes it takes.
    static func read(_ bytes: UnsafeRawBufferPointer) throws -> (WeightTable, Int) {
        guard bytes.count >= 24 else { throw SyntaxModelError.truncated("weight table header") }
        let slotCount = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let entryCount = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let classCount = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let size = 24 + Int(slotCount) * 8 + Int((entryCount * 4 + 7) / 8 * 8)
        guard slotCount > 0, slotCount < 1 << 32, entryCount < 1 << 24, classCount < 255, bytes.count >= size else {
            throw SyntaxModelError.truncated("weight table")
        }
        guard let base = bytes.baseAddress, Int(bitPattern: base) % 8 == 0 else { throw SyntaxModelError.misaligned }
        let slots = (base + 24).assumingMemoryBound(to: UInt64.self)
        let entries = (base + 24 + Int(slotCount) * 8).assumingMemoryBound(to: UInt32.self)
        return (WeightTable(slots: slots, slotCount: slotCount, entries: entries, classCount: Int(classCount)), size)
    }

    @inline(__always)
    static func home(_ key: UInt64, slotCount: UInt64) -> Int {
        Int(((key >> 32) &* slotCount) >> 32)
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 {
        (key & 0xFFFF_FFFF) | 1
    }

    /// Adds the weights of the features `keys[0..<count]` to `scores`. The table is larger than
    /// the caches and each key lands in a random place, so the work goes in rounds: touch every
    /// key's slot, then find the rows, touch their entries, then add. The loads of one round do
    /// not depend on each other, so the processor overlaps their cache misses instead of
    /// waiting for each in turn. `rows` has room for `count` values.
    @inline(__always)
    func addAll(_ keys: UnsafePointer<UInt64>, count: Int, to scores: UnsafeMutablePointer<Int32>, rows: UnsafeMutablePointer<UInt32>) {
        var touched: UInt64 = 0
        for k in 0..<count { touched &+= slots[Self.home(keys[k], slotCount: slotCount)] }
        var found = 0
        let size = Int(slotCount)
        for k in 0..<count {
            let key = keys[k]
            let print = Self.fingerprint(key)
            var i = Self.home(key, slotCount: slotCount)
            while true {
                let slot = slots[i]
                if slot == 0 { break }
                if slot >> 32 == print {
                    rows[found] = UInt32(truncatingIfNeeded: slot)
                    found += 1
                    break
                }
                i += 1
                if i == size { i = 0 }
            }
        }
        for r in 0..<found { touched &+= UInt64(entries[Int(rows[r] >> 8)]) }
        for r in 0..<found {
            let row = rows[r]
            let start = Int(row >> 8)
            if row & 0xFF == Self.denseRow {
                let weights = UnsafeRawPointer(entries + start)
                var c = 0
                while c + 8 <= classCount {
                    let w = weights.loadUnaligned(fromByteOffset: 2 * c, as: SIMD8<Int16>.self)
                    let target = UnsafeMutableRawPointer(scores + c)
                    target.storeBytes(of: target.loadUnaligned(as: SIMD8<Int32>.self) &+ SIMD8<Int32>(truncatingIfNeeded: w), as: SIMD8<Int32>.self)
                    c += 8
                }
                while c < classCount {
                    scores[c] &+= Int32(weights.loadUnaligned(fromByteOffset: 2 * c, as: Int16.self))
                    c += 1
                }
                continue
            }
            for k in start..<start + Int(row & 0xFF) {
                let e = entries[k]
                scores[Int(e >> 16)] &+= Int32(Int16(truncatingIfNeeded: e))
            }
        }
        // keeps the touching loads: `touched` is never this value in practice
        if touched == 0x5eed_5eed_5eed_5eed { scores[0] &+= 1 }
    }

    /// Serializes averaged perceptron rows over `classCount` classes: weights are scaled so the
    /// largest magnitude is 32767, then rounded; weights below `pruning` times the largest are
    /// dropped, and rows left empty. Rows must be sorted by key (deterministic bytes).
    static func serialize(_ rows: [(key: UInt64, weights: [(cls: UInt8, weight: Double)])], classCount: Int, pruning: Double = 0) -> [UInt8] {
        var largest = 0.0
        for row in rows { for w in row.weights { largest = max(largest, abs(w.weight)) } }
        let scale = largest > 0 ? 32767 / largest : 1
        let threshold = max(1, (32767 * pruning).rounded())
        var kept: [(key: UInt64, entries: [UInt32], dense: Bool)] = []
        var entryCount = 0
        for row in rows {
            var weights: [(cls: UInt8, weight: Int16)] = []
            for w in row.weights {
                let q = (w.weight * scale).rounded()
                if abs(q) >= threshold { weights.append((w.cls, Int16(q))) }
            }
            if weights.isEmpty { continue }
            let entries: [UInt32]
            let dense = weights.count >= (classCount + 1) / 2
            if dense {
                var vector = [Int16](repeating: 0, count: classCount + classCount % 2)
                for w in weights { vector[Int(w.cls)] = w.weight }
                entries = stride(from: 0, to: vector.count, by: 2).map {
                    UInt32(UInt16(bitPattern: vector[$0])) | UInt32(UInt16(bitPattern: vector[$0 + 1])) << 16
                }
            } else {
                entries = weights.map { UInt32($0.cls) << 16 | UInt32(UInt16(bitPattern: $0.weight)) }
            }
            kept.append((row.key, entries, dense))
            entryCount += entries.count
        }
        let slotCount = UInt64(max(1, kept.count * 10 / 7 + 1))
        var slots = [UInt64](repeating: 0, count: Int(slotCount))
        var flat: [UInt32] = []
        flat.reserveCapacity(entryCount)
        rows: for row in kept {
            var i = home(row.key, slotCount: slotCount)
            while slots[i] != 0 {
                // a later feature whose 32-bit fingerprint meets an earlier one's on its probe path
                // would read the earlier row: such a (vanishingly rare) feature is dropped
                if slots[i] >> 32 == fingerprint(row.key) { continue rows }
                i = (i + 1) % Int(slotCount)
            }
            let length = row.dense ? UInt64(denseRow) : UInt64(row.entries.count)
            slots[i] = fingerprint(row.key) << 32 | UInt64(flat.count) << 8 | length
            flat += row.entries
        }
        var out = ModelBytes()
        out.append(slotCount)
        out.append(UInt64(flat.count))
        out.append(UInt64(classCount))
        for slot in slots { out.append(slot) }
        for entry in flat { out.append(entry) }
        out.pad(to: 8)
        return out.bytes
    }
}

/// Little-endian byte writer for model files.
struct ModelBytes {
    var bytes: [UInt8] = []

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func pad(to alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }
}
