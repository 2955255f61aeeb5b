import Foundation
import Chronicle

/// Reads and processes many documents on all cores, with results in input order whatever the
/// number of jobs, so `--jobs 1` and `--jobs 8` write the same bytes.
public enum Batch {
    /// The outcome of one input: its result, or why it could not be read.
    public typealias Outcome<Result> = Swift.Result<Result, InputError>

    /// Reads each of `paths` with `reader` and applies `process` to the document, with `jobs`
    /// workers (0: one per core). A failed input does not stop the others.
    public static func map<Result: Sendable>(
        _ paths: [String], reader: DocumentReader, jobs: Int = 0, progress: Progress? = nil,
        _ process: @escaping @Sendable (Document) -> Result
    ) -> [Outcome<Result>] {
        let count = paths.count
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount, count))
        let results = OrderedSlots<Outcome<Result>>(count: count)
        let next = Counter()
        let work: @Sendable (Int) -> Void = { _ in
            while let i = next.take(below: count) {
                var size = 0
                let outcome: Outcome<Result>
                do {
                    let bytes = try DocumentReader.readBytes(path: paths[i])
                    size = bytes.count
                    outcome = .success(process(try reader.read(bytes: bytes, path: paths[i]).document))
                } catch let error as InputError {
                    outcome = .failure(error)
                } catch {
                    outcome = .failure(.unreadable(path: paths[i], reason: "\(error)"))
                }
                results.store(outcome, at: i)
                progress?.advance(bytes: size)
            }
        }
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
        return results.values.map { $0! }
    }

    /// Hands out indices to workers.
    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// One slot per input, filled by parallel workers (each index by exactly one), read in order.
final class OrderedSlots<Value>: @unchecked Sendable {
    private(set) var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        values[index] = value
    }
}
