/// Quantized perceptron weights read straight from a model's bytes: an open-addressing table of
/// feature keys, each pointing at a row of (class, weight) entries.
///
/// Layout (little-endian): `homeCount`, `slotCount`, `rowBytes`, `classCount` (each `UInt64`),
/// then `slotCount` slots of `UInt64`, then (from the next multiple of 16 bytes) `rowBytes` bytes
/// of rows. A key's home slot is its high 32 bits scaled to `homeCount`; slots hold keys in the
/// order of their homes (linear probing, filled in key order, never wrapping: the table ends
/// with room for the longest displacement and an empty slot), so a search stops at the first
/// slot whose key lives nearer its home than the searched key would: a missing feature, the
/// common case, costs about as little as a present one. A used slot is never 0:
///
///     bits 36...63  fingerprint: the key's low 28 bits, | 1
///     bits 30...35  displacement from the home slot + 1 (1...63; 0 in an empty slot)
///     bits 24...29  row length: 0 dense, 1 a single entry held in the slot, else a sparse row
///     bits  0...23  the single entry (class << 16 | weight as Int16), or the row's offset in the rows
///
/// A sparse row is `length` entries of 3 bytes (class, weight as Int16). A dense row, for a
/// feature with weights for a quarter of the classes or more (the frequent ones), is one Int32
/// per class, padded to a multiple of 16 classes and 16-byte aligned: the dense rows of a
/// decision are summed 16 classes at a time in vector registers. Nothing is parsed at load time.
struct WeightTable: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private let homeCount: UInt64
    private let rows: UnsafeRawPointer
    /// Classes rounded up to a multiple of 16: the length of a dense row, and the room `addAll`
    /// needs in `scores`.
    let paddedClassCount: Int
    /// Where the table lies in memory: tables at the same address are the same table.
    var address: UnsafeRawPointer { UnsafeRawPointer(slots) }

    private static let headerBytes = 32
    private static let maximumDisplacement = 62
    private static let maximumSparseLength = 63

    /// Reads the table at the start of `bytes`; returns the table and the number of bytes it takes.
    static func read(_ bytes: UnsafeRawBufferPointer) throws -> (WeightTable, Int) {
        guard bytes.count >= headerBytes else { throw SyntaxModelError.truncated("weight table header") }
        let homeCount = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let slotCount = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let rowBytes = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let classCount = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        guard homeCount > 0, homeCount < 1 << 32, slotCount == homeCount + UInt64(maximumDisplacement) + 1,
              rowBytes < 1 << 24, classCount < 255 else {
            throw SyntaxModelError.malformed("weight table header")
        }
        let rowsOffset = rowsStart(slotCount: Int(slotCount))
        let size = rowsOffset + Int((rowBytes + 15) / 16 * 16)
        guard bytes.count >= size else { throw SyntaxModelError.truncated("weight table") }
        guard let base = bytes.baseAddress, Int(bitPattern: base) % 16 == 0 else { throw SyntaxModelError.misaligned }
        let slots = (base + headerBytes).assumingMemoryBound(to: UInt64.self)
        return (WeightTable(slots: slots, homeCount: homeCount, rows: base + rowsOffset, paddedClassCount: (Int(classCount) + 15) / 16 * 16), size)
    }

    private static func rowsStart(slotCount: Int) -> Int {
        (headerBytes + slotCount * 8 + 15) / 16 * 16
    }

    @inline(__always)
    static func home(_ key: UInt64, homeCount: UInt64) -> Int {
        Int(((key >> 32) &* homeCount) >> 32)
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 {
        (key & 0xFFF_FFFF) | 1
    }

    /// Adds the weights of the features `keys[0..<count]` to `scores` (room for
    /// `paddedClassCount`). The table is larger than the caches and each key lands in a random
    /// place, so the work goes in rounds: touch every key's home slot, then find the rows
    /// (adding single entries on the way), touch the rows, then add them. The loads of one round
    /// do not depend on each other, so the processor overlaps their cache misses instead of
    /// waiting for each in turn. `scratch` has room for `count` sparse and `count` dense rows.
    @inline(__always)
    func addAll(_ keys: UnsafePointer<UInt64>, count: Int, to scores: UnsafeMutablePointer<Int32>, scratch: (sparse: UnsafeMutablePointer<UInt32>, dense: UnsafeMutablePointer<UInt32>)) {
        var touched: UInt64 = 0
        for k in 0..<count { touched &+= slots[Self.home(keys[k], homeCount: homeCount)] }
        var sparseCount = 0, denseCount = 0
        for k in 0..<count {
            let key = keys[k]
            let print = Self.fingerprint(key)
            var i = Self.home(key, homeCount: homeCount)
            var displacement: UInt64 = 1
            while true {
                let slot = slots[i]
                let stored = (slot >> 30) & 63
                if stored < displacement { break }
                if stored == displacement && slot >> 36 == print {
                    let row = UInt32(truncatingIfNeeded: slot) & 0x3FFF_FFFF
                    switch row >> 24 {
                    case 0:
                        scratch.dense[denseCount] = row
                        denseCount &+= 1
                    case 1:
                        scores[Int((row >> 16) & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: row))
                    default:
                        scratch.sparse[sparseCount] = row
                        sparseCount &+= 1
                    }
                    break
                }
                i &+= 1
                displacement &+= 1
            }
        }
        // (a dense row's first line: the processor fetches the lines after it)
        for r in 0..<denseCount { touched &+= UInt64(rows.load(fromByteOffset: Int(scratch.dense[r]), as: UInt8.self)) }
        for r in 0..<sparseCount { touched &+= UInt64(rows.load(fromByteOffset: Int(scratch.sparse[r] & 0xFF_FFFF), as: UInt8.self)) }
        for r in 0..<sparseCount {
            let row = scratch.sparse[r]
            let start = rows + Int(row & 0xFF_FFFF)
            for e in 0..<Int(row >> 24) {
                let entry = UInt32(littleEndian: (start + 3 &* e).loadUnaligned(as: UInt32.self))
                scores[Int(entry & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: entry >> 8))
            }
        }
        if denseCount > 0 {
            for block in stride(from: 0, to: paddedClassCount &* 4, by: 64) {
                let target = UnsafeMutableRawPointer(scores) + block
                var sum = target.loadUnaligned(as: SIMD16<Int32>.self)
                for r in 0..<denseCount {
                    sum &+= rows.load(fromByteOffset: Int(scratch.dense[r]) &+ block, as: SIMD16<Int32>.self)
                }
                target.storeBytes(of: sum, as: SIMD16<Int32>.self)
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
        var kept: [(key: UInt64, weights: [(cls: UInt8, weight: Int16)])] = []
        for row in rows {
            var weights: [(cls: UInt8, weight: Int16)] = []
            for w in row.weights {
                let q = (w.weight * scale).rounded()
                if abs(q) >= threshold { weights.append((w.cls, Int16(q))) }
            }
            if !weights.isEmpty { kept.append((row.key, weights)) }
        }
        // 70% full; more room while some key would land too far from its home
        var homeCount = UInt64(max(1, kept.count * 10 / 7 + 1))
        var placed = layOut(kept, classCount: classCount, homeCount: homeCount)
        while placed == nil {
            homeCount += homeCount / 16 + 1
            placed = layOut(kept, classCount: classCount, homeCount: homeCount)
        }
        let (slots, rowBytes) = placed!
        var out = ModelBytes()
        out.append(homeCount)
        out.append(UInt64(slots.count))
        out.append(UInt64(rowBytes.count))
        out.append(UInt64(classCount))
        for slot in slots { out.append(slot) }
        out.pad(to: 16)
        precondition(out.bytes.count == rowsStart(slotCount: slots.count))
        out.bytes += rowBytes
        out.pad(to: 16)
        return out.bytes
    }

    /// Slots and rows of `rows` (sorted by key, so by home) in a table of `homeCount` homes, or
    /// nil when a key would land more than `maximumDisplacement` slots past its home.
    private static func layOut(_ rows: [(key: UInt64, weights: [(cls: UInt8, weight: Int16)])], classCount: Int, homeCount: UInt64) -> (slots: [UInt64], rows: [UInt8])? {
        var slots = [UInt64](repeating: 0, count: Int(homeCount) + maximumDisplacement + 1)
        var bytes: [UInt8] = []
        let paddedClassCount = (classCount + 15) / 16 * 16
        var next = 0
        var firstOfHome = 0
        var previousHome = -1
        rows: for row in rows {
            let home = self.home(row.key, homeCount: homeCount)
            precondition(home >= previousHome, "weight rows must be sorted by key")
            if home != previousHome { firstOfHome = max(home, next) }
            previousHome = home
            let print = fingerprint(row.key)
            // a key whose home and 28-bit fingerprint are an earlier key's would read the
            // earlier row: such a (vanishingly rare) feature is dropped
            for i in firstOfHome..<max(firstOfHome, next) where slots[i] >> 36 == print { continue rows }
            let i = max(home, next)
            guard i - home <= maximumDisplacement else { return nil }
            next = i + 1
            let count = row.weights.count
            let length: UInt64
            let payload: UInt64
            if count * 4 >= classCount || count > maximumSparseLength {
                while bytes.count % 16 != 0 { bytes.append(0) }
                length = 0
                payload = UInt64(bytes.count)
                var vector = [Int32](repeating: 0, count: paddedClassCount)
                for w in row.weights { vector[Int(w.cls)] = Int32(w.weight) }
                for w in vector { withUnsafeBytes(of: w.littleEndian) { bytes.append(contentsOf: $0) } }
            } else if count == 1 {
                length = 1
                payload = UInt64(row.weights[0].cls) << 16 | UInt64(UInt16(bitPattern: row.weights[0].weight))
            } else {
                length = UInt64(count)
                payload = UInt64(bytes.count)
                for w in row.weights {
                    bytes.append(w.cls)
                    withUnsafeBytes(of: w.weight.littleEndian) { bytes.append(contentsOf: $0) }
                }
            }
            precondition(bytes.count < 1 << 24, "weight rows over 16 MB")
            slots[i] = print << 36 | UInt64(i - home + 1) << 30 | length << 24 | payload
        }
        // a sparse entry is read as 4 bytes
        bytes.append(0)
        return (slots, bytes)
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
