import Foundation

/// A progress line on standard error for batches: documents done, throughput, time left.
/// Drawn only when standard error is a terminal (or when forced), at most ten times a second.
public final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var bytes = 0
    private var lastDraw: UInt64 = 0
    private let start = DispatchTime.now().uptimeNanoseconds

    /// `mode`: nil draws when standard error is a terminal; true always; false never.
    public init(total: Int, mode: Bool?) {
        self.total = total
        enabled = mode ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Counts one document done, of `count` bytes, and redraws the line when it is due.
    public func advance(bytes count: Int) {
        guard enabled else { return }
        lock.lock()
        done += 1
        bytes += count
        let now = DispatchTime.now().uptimeNanoseconds
        let draw = now - lastDraw > 100_000_000 || done == total
        if draw { lastDraw = now }
        let (d, b) = (done, bytes)
        lock.unlock()
        if draw { render(done: d, bytes: b, now: now) }
    }

    /// Ends the line.
    public func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func render(done: Int, bytes: Int, now: UInt64) {
        let seconds = max(Double(now - start) / 1e9, 0.001)
        let rate = Double(bytes) / 1_000_000 / seconds
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let width = 24
        let filled = Int(fraction * Double(width))
        let remaining = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r[\(bar)] \(done)/\(total) documents  \(String(format: "%.1f", rate)) MB/s  ETA \(Int(remaining.rounded()))s "
        FileHandle.standardError.write(Data(line.utf8))
    }
}
