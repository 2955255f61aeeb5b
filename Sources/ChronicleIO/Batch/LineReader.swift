import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line with a fixed buffer, so a stream of any length is read
/// in constant memory (plus the longest line).
public struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private let chunkSize: Int
    /// The 1-based number of the last line returned.
    public private(set) var lineNumber = 0

    public init(descriptor: Int32, chunkSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// The next line without its `\n` (or `\r\n`), or nil at the end of the input.
    public mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = buffer[start..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                start = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let old = buffer.count
        buffer += repeatElement(0, count: chunkSize)
        let count = buffer.withUnsafeMutableBytes { raw in
            read(descriptor, raw.baseAddress! + old, chunkSize)
        }
        if count < 0 {
            if errno == EINTR { buffer.removeLast(chunkSize); return }
            throw InputError.unreadable(path: "-", reason: String(cString: strerror(errno)))
        }
        buffer.removeLast(chunkSize - count)
        if count == 0 { finished = true }
    }
}
