import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output that could not be written: the file (or stream) and why.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// The file written, or `standard output`.
    public var path: String
    /// Why it failed, in words (the system's message for an `errno`).
    public var reason: String
    /// The `errno` behind the failure, when there was one (`EPIPE`: the reader went away).
    public var code: Int32?

    /// An error for `path`, with the `errno` behind it when there is one.
    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)), code: code)
    }

    /// `PATH: cannot write: REASON`.
    public var description: String { "\(path): cannot write: \(reason)" }
}

/// Writes files so that a reader (or a killed run) sees the old file or the new one, never half
/// of one, and so that nobody else who can write to the folder can redirect the write.
///
/// The bytes go to a temporary file created in the target's folder with `O_CREAT | O_EXCL |
/// O_NOFOLLOW` under a random name (`.NAME.RANDOM.tmp`), so a file or link planted there in
/// advance makes the creation fail instead of being written through. It gets the permissions of
/// the file it replaces (a new file: 0666 less the umask), and is renamed over the target, which
/// replaces a link at the target rather than writing where it points. While it exists it is listed
/// in `TemporaryFiles.shared`, which a signal handler empties (`SignalCleanup`).
public enum AtomicFile {
    /// Writes `data` to `path` atomically (see above); throws `OutputError`.
    public static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes `bytes` to `path` atomically (see above); throws `OutputError`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename; throws
    /// `OutputError`, leaving the old file (or none) in place.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try write(to: path) { sink in try sink(bytes) }
    }

    /// Writes to `path` atomically what `body` passes to the sink it is given, a batch at a
    /// time, so a large export never has to be whole in memory: the batches go to the temporary
    /// file, which is renamed over `path` once `body` returns. When `body` or a write throws, the
    /// temporary file is removed, the old file (or none) stays in place, and the error is
    /// rethrown (writes throw `OutputError`).
    public static func write(to path: String, _ body: (ByteSink) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, reason: "cannot create the folder \(directory): \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
        }
        var existing = stat()
        let replaces = lstat(path, &existing) == 0
        if replaces, existing.st_mode & S_IFMT == S_IFDIR { throw OutputError(path: path, reason: "is a directory") }
        let (descriptor, temporary) = try createTemporary(in: directory, for: url.lastPathComponent, path: path)
        var open = true
        do {
            if replaces, existing.st_mode & S_IFMT == S_IFREG, fchmod(descriptor, existing.st_mode & 0o7777) != 0 {
                throw OutputError(path: path, errno: errno)
            }
            try body { bytes in try writeAll(bytes, to: descriptor, name: path) }
            open = false
            if close(descriptor) != 0 { throw OutputError(path: path, errno: errno) }
            if rename(temporary, path) != 0 { throw OutputError(path: path, errno: errno) }
            TemporaryFiles.shared.remove(temporary)
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            TemporaryFiles.shared.remove(temporary)
            throw error
        }
    }

    /// Creates `.NAME.RANDOM.tmp` in `directory`, exclusively and without following links, and
    /// lists it in `TemporaryFiles.shared`.
    static func createTemporary(in directory: String, for name: String, path: String) throws -> (Int32, String) {
        // the list first: a signal between creating the file and listing it would leave it
        for _ in 0..<16 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = (directory as NSString).appendingPathComponent(".\(name).\(random).tmp")
            TemporaryFiles.shared.add(temporary)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, temporary) }
            let code = errno
            TemporaryFiles.shared.remove(temporary)
            if code != EEXIST { throw OutputError(path: path, errno: code) }
        }
        throw OutputError(path: path, reason: "could not create a temporary file in \(directory)")
    }

    /// Writes all of `bytes` to an open descriptor (standard output), retrying short writes.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String = "standard output") throws {
        try bytes.withUnsafeBytes { try writeAll($0, to: descriptor, name: name) }
    }

    /// Writes all of `bytes` to an open descriptor, retrying short and interrupted writes; throws
    /// `OutputError` naming `name` (with `EPIPE` when the reader went away).
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String = "standard output") throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: name, errno: errno)
            }
            offset += written
        }
    }
}

/// The temporary files being written, so a signal handler can remove them before the process ends.
public final class TemporaryFiles: @unchecked Sendable {
    /// The one list, shared by every writer of the process.
    public static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var set: Set<String> = []

    /// The temporary files being written now, sorted.
    public var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return set.sorted()
    }

    func add(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        set.insert(path)
    }

    func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        set.remove(path)
    }

    /// Removes every listed file and keeps the lock, so no write can start or finish afterwards:
    /// for the signal handler, just before the process exits.
    public func removeAllAndHold() {
        lock.lock()
        for path in set { unlink(path) }
        set.removeAll()
    }
}

/// SIGINT and SIGTERM end the process with 130 and 143 (128 + the signal), after removing the
/// temporary files being written; SIGPIPE is ignored, so a write to a reader that went away
/// fails with `EPIPE` and the caller decides (Chronicle exits quietly with 141).
///
/// The signals are blocked in every thread and taken by one thread with `sigwait`, so the cleanup
/// runs as ordinary code instead of in a signal handler, where taking a lock is not allowed.
/// `install()` must run before any other thread starts (threads inherit the blocked set).
public enum SignalCleanup {
    /// Blocks SIGINT and SIGTERM in every thread, starts the thread that handles them, and ignores
    /// SIGPIPE. Call it first in `main`, before any other thread starts.
    public static func install() {
        signal(SIGPIPE, SIG_IGN)
        var signals = sigset_t()
        sigemptyset(&signals)
        // a signal the process was started ignoring (nohup, a shell's background job) stays
        // ignored: blocked, Linux would queue it for sigwait all the same
        for number in [SIGINT, SIGTERM] where !isIgnored(number) { sigaddset(&signals, number) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let blocked = signals
        let waiter = Thread {
            var received: Int32 = 0
            var waited = blocked
            while sigwait(&waited, &received) != 0 {}
            TemporaryFiles.shared.removeAllAndHold()
            _exit(128 + received)
        }
        waiter.stackSize = 1 << 16
        waiter.start()
    }

    private static func isIgnored(_ number: Int32) -> Bool {
        var current = sigaction()
        sigaction(number, nil, &current)
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
