/// Quantized perceptron weights read straight from a model's bytes: an open-addressing table of
/// feature keys, each pointing at a contiguous row of (class, weight) entries.
///
/// Layout (little-endian, 8-byte aligned): `slotCount: UInt64`, `entryCount: UInt64`, then
/// `slotCount` slots of `UInt64` (high 32 bits: the key's fingerprint, never 0 in a used slot;
/// low 32 bits: the row's first entry << 8 | its length), then `entryCount` entries of `UInt32`
/// (class << 16 | weight as Int16). A key's home slot is its high 32 bits scaled to the table
/// size; probing is linear. Nothing is parsed at load time.
struct WeightTable: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private let slotCount: UInt64
    private let entries: UnsafePointer<UInt32>

    /// Reads the table at the start of `bytes`; returns the table and the number of bytes it takes.
    static func read(_ bytes: UnsafeRawBufferPointer) throws -> (WeightTable, Int) {
        guard bytes.count >= 16 else { throw SyntaxModelError.truncated("weight table header") }
        let slotCount = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let entryCount = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let size = 16 + Int(slotCount) * 8 + Int((entryCount * 4 + 7) / 8 * 8)
        guard slotCount > 0, slotCount < 1 << 32, entryCount < 1 << 24, bytes.count >= size else {
            throw SyntaxModelError.truncated("weight table")
        }
        guard let base = bytes.baseAddress, Int(bitPattern: base) % 8 == 0 else { throw SyntaxModelError.misaligned }
        let slots = (base + 16).assumingMemoryBound(to: UInt64.self)
        let entries = (base + 16 + Int(slotCount) * 8).assumingMemoryBound(to: UInt32.self)
        return (WeightTable(slots: slots, slotCount: slotCount, entries: entries), size)
    }

    @inline(__always)
    static func home(_ key: UInt64, slotCount: UInt64) -> Int {
        Int(((key >> 32) &* slotCount) >> 32)
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 {
        (key & 0xFFFF_FFFF) | 1
    }

    /// Adds the weights of feature `key` (if it has any) to `scores`.
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let print = Self.fingerprint(key)
        var i = Self.home(key, slotCount: slotCount)
        let count = Int(slotCount)
        while true {
            let slot = slots[i]
            if slot == 0 { return }
            if slot >> 32 == print {
                let row = UInt32(truncatingIfNeeded: slot)
                let start = Int(row >> 8)
                for k in start..<start + Int(row & 0xFF) {
                    let e = entries[k]
                    scores[Int(e >> 16)] &+= Int32(Int16(truncatingIfNeeded: e))
                }
                return
            }
            i += 1
            if i == count { i = 0 }
        }
    }

    /// Serializes averaged perceptron rows: weights are scaled so the largest magnitude is 32767,
    /// then rounded; weights below `pruning` times the largest are dropped, and rows left empty.
    /// Rows must be sorted by key (deterministic bytes).
    static func serialize(_ rows: [(key: UInt64, weights: [(cls: UInt8, weight: Double)])], pruning: Double = 0) -> [UInt8] {
        var largest = 0.0
        for row in rows { for w in row.weights { largest = max(largest, abs(w.weight)) } }
        let scale = largest > 0 ? 32767 / largest : 1
        var kept: [(key: UInt64, entries: [UInt32])] = []
        var entryCount = 0
        for row in rows {
            var entries: [UInt32] = []
            for w in row.weights {
                let q = (w.weight * scale).rounded()
                guard abs(q) >= max(1, (32767 * pruning).rounded()) else { continue }
                entries.append(UInt32(w.cls) << 16 | UInt32(UInt16(bitPattern: Int16(q))))
            }
            if entries.isEmpty { continue }
            kept.append((row.key, entries))
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
            slots[i] = fingerprint(row.key) << 32 | UInt64(flat.count) << 8 | UInt64(row.entries.count)
            flat += row.entries
        }
        var out = ModelBytes()
        out.append(slotCount)
        out.append(UInt64(flat.count))
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
