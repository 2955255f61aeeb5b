/// Where an export's bytes go, a batch at a time: a file, standard output, or an array.
public typealias ByteSink = (UnsafeRawBufferPointer) throws -> Void

/// Writes JSON straight into bytes, for outputs too large to build as a `JSONValue` tree
/// first. Callers write each object's keys in sorted order. Pretty layout (two spaces,
/// `"key": value`, one item a line) matches `JSONValue.rendered()`; compact is one line.
public struct JSONWriter {
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []
    /// How many containers are open.
    public private(set) var depth = 0
    /// Whether the current container has an item already (so the next one needs a comma).
    private var hasItem: [Bool] = [false]
    /// Whether it writes one line (`chronicle stream`) rather than the pretty layout.
    public let compact: Bool

    /// `depth` and `afterItems` start a writer inside a container (`depth` levels deep, after
    /// other items or not): its bytes are a slice of items that `appendItems` splices in.
    public init(capacity: Int = 1 << 16, compact: Bool = false, depth: Int = 0, afterItems: Bool = false) {
        bytes.reserveCapacity(capacity)
        self.compact = compact
        self.depth = depth
        hasItem = Array(repeating: false, count: depth + 1)
        hasItem[depth] = afterItems
    }

    /// Splices in items written by a writer started at this depth.
    public mutating func appendItems(_ items: [UInt8]) {
        guard !items.isEmpty else { return }
        bytes += items
        hasItem[depth] = true
    }

    /// Passes what this writer holds, then items written by a writer started at this depth,
    /// to `sink`: the items are not copied into this writer first, so its buffer stays small.
    public mutating func flushItems(_ items: [UInt8], to sink: ByteSink) throws {
        guard !items.isEmpty else { return }
        try flush(to: sink)
        try items.withUnsafeBytes { try sink($0) }
        hasItem[depth] = true
    }

    /// Opens an object (`{`).
    public mutating func beginObject() { open(0x7B) }
    /// Closes the object opened last.
    public mutating func endObject() { close(0x7D) }
    /// Opens an array (`[`).
    public mutating func beginArray() { open(0x5B) }
    /// Closes the array opened last.
    public mutating func endArray() { close(0x5D) }

    /// Starts an object member: writes `"key": ` at the right place.
    public mutating func key(_ key: String) {
        separate()
        appendQuoted(key)
        bytes.append(0x3A)
        if !compact { bytes.append(0x20) }
        hasItem[depth] = true
        pendingValue = true
    }

    /// Writes a string value, escaped as JSON needs.
    public mutating func string(_ value: String) { beginValue(); appendQuoted(value) }
    /// Writes a string value, escaped as JSON needs, from a slice without copying it.
    public mutating func string(_ value: Substring) {
        beginValue()
        var value = value
        value.withUTF8 { appendQuoted($0) }
    }
    /// Writes an integer value.
    public mutating func int(_ value: Int) { beginValue(); appendDecimal(value) }
    /// Swift's shortest round-tripping form: the same on every machine and locale.
    public mutating func double(_ value: Double) { beginValue(); bytes.append(contentsOf: value.description.utf8) }
    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) { beginValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    /// Writes `null`.
    public mutating func null() { beginValue(); bytes.append(contentsOf: "null".utf8) }
    /// Writes a whole `JSONValue` tree at the current place.
    public mutating func value(_ value: JSONValue) {
        beginValue()
        var text = ""
        value.render(into: &text, indent: depth)
        bytes.append(contentsOf: text.utf8)
    }

    /// The document with a final newline.
    public mutating func finish() -> [UInt8] {
        endDocument()
        return bytes
    }

    /// Ends the document with its final newline.
    public mutating func endDocument() {
        bytes.append(0x0A)
    }

    /// Passes the bytes written so far to `sink` and forgets them, once there are more than
    /// `threshold` of them: a large document goes out a batch at a time.
    public mutating func flush(to sink: ByteSink, over threshold: Int = 0) throws {
        guard bytes.count > threshold, !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: layout

    private var pendingValue = false

    private mutating func beginValue() {
        if pendingValue { pendingValue = false; return }
        separate()
        hasItem[depth] = true
    }

    private mutating func separate() {
        if depth == 0 { return }
        if hasItem[depth] { bytes.append(0x2C) }
        newlineAndIndent(depth)
    }


    private mutating func newlineAndIndent(_ level: Int) {
        if compact { return }
        bytes.append(0x0A)
        // a handful of spaces: appending them one by one beats copying a slice of a shared array
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[k]) }
        }
    }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        depth += 1
        if hasItem.count <= depth { hasItem.append(false) } else { hasItem[depth] = false }
    }

    private mutating func close(_ bracket: UInt8) {
        let empty = !hasItem[depth]
        depth -= 1
        if !empty { newlineAndIndent(depth) }
        bytes.append(bracket)
    }

    private mutating func appendQuoted(_ s: String) {
        var s = s
        s.withUTF8 { appendQuoted($0) }
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        do {
            bytes.append(0x22)
            var clean = 0  // start of the run not yet copied
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<i]))
                clean = i + 1
                switch byte {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    let hex = JSONWriter.hexDigits
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
            bytes.append(0x22)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
