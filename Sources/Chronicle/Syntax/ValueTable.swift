/// A read-only map from 64-bit keys to 32-bit values, read straight from a model's bytes.
///
/// Layout: `slotCount: UInt64`, then `slotCount` slots of `UInt64` (the key's 32-bit fingerprint,
/// never 0, in the high half; the value in the low half; 0 for an empty slot). Probing is linear
/// from the key's home slot (its high 32 bits scaled to the table size), wrapping at the end.
struct ValueTable: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private let slotCount: UInt64

    static func read(_ bytes: UnsafeRawBufferPointer) throws -> (ValueTable, Int) {
        guard bytes.count >= 8 else { throw SyntaxModelError.truncated("value table header") }
        let slotCount = bytes.loadUnaligned(as: UInt64.self)
        let size = 8 + Int(slotCount) * 8
        guard slotCount > 0, slotCount < 1 << 32, bytes.count >= size else { throw SyntaxModelError.truncated("value table") }
        guard let base = bytes.baseAddress, Int(bitPattern: base) % 8 == 0 else { throw SyntaxModelError.misaligned }
        return (ValueTable(slots: (base + 8).assumingMemoryBound(to: UInt64.self), slotCount: slotCount), size)
    }

    @inline(__always)
    static func home(_ key: UInt64, slotCount: UInt64) -> Int {
        Int(((key >> 32) &* slotCount) >> 32)
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 {
        (key & 0xFFFF_FFFF) | 1
    }

    @inline(__always)
    func value(_ key: UInt64) -> UInt32? {
        let print = Self.fingerprint(key)
        var i = Self.home(key, slotCount: slotCount)
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if slot >> 32 == print { return UInt32(truncatingIfNeeded: slot) }
            i += 1
            if i == Int(slotCount) { i = 0 }
        }
    }

    /// Bytes of a table holding `entries` (sorted by key for deterministic output; a key whose
    /// fingerprint meets an earlier key's on its probe path is dropped).
    static func serialize(_ entries: [(key: UInt64, value: UInt32)]) -> [UInt8] {
        let sorted = entries.sorted { $0.key < $1.key }
        let slotCount = UInt64(max(1, sorted.count * 10 / 7 + 1))
        var slots = [UInt64](repeating: 0, count: Int(slotCount))
        entries: for entry in sorted {
            var i = Self.home(entry.key, slotCount: slotCount)
            while slots[i] != 0 {
                if slots[i] >> 32 == Self.fingerprint(entry.key) { continue entries }
                i = (i + 1) % Int(slotCount)
            }
            slots[i] = Self.fingerprint(entry.key) << 32 | UInt64(entry.value)
        }
        var out = ModelBytes()
        out.append(slotCount)
        for slot in slots { out.append(slot) }
        return out.bytes
    }
}
