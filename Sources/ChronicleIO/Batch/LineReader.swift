import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in time linear in its length and in memory bounded by
/// the longest line it returns (at most twice it): each byte is searched for a newline once,
/// and the buffer grows by doubling. A line longer than `maximumLength` is not kept: it is reported once (`.tooLong`)
/// and its bytes are read and dropped up to its newline, in constant memory, so one bad line
/// costs only itself.
public struct LineReader {
    /// One line: its bytes without the `\n` (or `\r\n`), or the news that it was too long.
    public enum Line {
        /// A line's bytes.
        case text(ArraySlice<UInt8>)
        /// A line longer than `maximumLength`, read and dropped.
        case tooLong
    }

    private let descriptor: Int32
    private let name: String
    private var buffer: [UInt8] = []
    /// The first byte of the line being read.
    private var start = 0
    /// How far past `start` the buffer is known to hold no newline.
    private var scanned = 0
    private var finished = false
    /// Dropping the rest of a line that was too long.
    private var dropping = false
    private let chunkSize: Int
    /// The longest line kept, in bytes.
    public let maximumLength: Int
    /// The 1-based number of the last line returned.
    public private(set) var lineNumber = 0

    /// A reader of `descriptor`, named `name` in errors, reading `chunkSize` bytes at a time.
    public init(descriptor: Int32, name: String = "-", chunkSize: Int = 1 << 16, maximumLength: Int = InputLimits.documentBytes) {
        self.descriptor = descriptor
        self.name = name
        self.chunkSize = chunkSize
        self.maximumLength = maximumLength
    }

    /// The next line, or nil at the end of the input. Throws when the descriptor cannot be read.
    public mutating func next() throws -> Line? {
        while true {
            let searchFrom = start + scanned
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let length = newline - start
                var line = buffer[start..<newline]
                start = newline + 1
                scanned = 0
                if dropping {
                    dropping = false
                    continue
                }
                lineNumber += 1
                if length > maximumLength { return .tooLong }
                if line.last == 0x0D { line = line.dropLast() }
                return .text(line)
            }
            scanned = buffer.count - start
            if !dropping, scanned > maximumLength {
                // report the line now; its remaining bytes are dropped as they come
                dropping = true
                lineNumber += 1
                discardBuffered()
                return .tooLong
            }
            if dropping { discardBuffered() }
            if finished {
                guard start < buffer.count, !dropping else { return nil }
                let line = buffer[start...]
                start = buffer.count
                scanned = 0
                lineNumber += 1
                return .text(line)
            }
            try fill()
        }
    }

    /// Drops what is buffered, and the memory that held it: a line too long can have grown the
    /// buffer to twice the limit.
    private mutating func discardBuffered() {
        buffer = []
        start = 0
        scanned = 0
    }

    /// Reads one more chunk: the consumed lines are dropped first when they fill half the
    /// buffer, so moving bytes costs no more than reading them.
    private mutating func fill() throws {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let old = buffer.count
        let wanted = max(chunkSize, min(old - start, maximumLength))
        buffer.append(contentsOf: repeatElement(0, count: wanted))
        let count = buffer.withUnsafeMutableBytes { raw in
            Glibc.read(descriptor, raw.baseAddress! + old, wanted)
        }
        if count < 0 {
            buffer.removeLast(wanted)
            if errno == EINTR { return }
            throw InputError.unreadable(path: name, reason: String(cString: strerror(errno)))
        }
        buffer.removeLast(wanted - count)
        if count == 0 { finished = true }
    }
}
