import Foundation
import Chronicle

/// Reads and processes many documents on all cores, with results in input order whatever the
/// number of jobs, so `--jobs 1` and `--jobs 8` write the same bytes.
public enum Batch {
    /// The outcome of one input: its result or why it could not be read, and what its reader
    /// passed over (`AnnotatedDocument.warnings`).
    public struct Outcome<Result: Sendable>: Sendable {
        /// What `process` returned for the input, or why the input could not be read.
        public var result: Swift.Result<Result, InputError>
        /// What the reader passed over in it, one message each.
        public var warnings: [String] = []
    }

    /// Reads each of `paths` with `reader` and applies `process` to the document, with `jobs`
    /// workers (0: one per core). A JSON Lines file (`.jsonl`, the records `chronicle stream`
    /// reads) gives one document per line. A failed input or record does not stop the others.
    public static func map<Result: Sendable>(
        _ paths: [String], reader: DocumentReader, jobs: Int = 0, progress: Progress? = nil,
        _ process: @escaping @Sendable (Document) -> Result
    ) -> [Outcome<Result>] {
        parallelMap(paths, jobs: jobs) { path -> [Outcome<Result>] in
            var size = 0
            defer { progress?.advance(bytes: size) }
            do {
                let bytes = try DocumentReader.readBytes(path: path)
                size = bytes.count
                if path.lowercased().hasSuffix(".jsonl") {
                    return records(bytes, path: path, reader: reader).map { Outcome(result: $0.map(process)) }
                }
                let read = try reader.read(bytes: bytes, path: path)
                return [Outcome(result: .success(process(read.document)), warnings: read.warnings)]
            } catch let error as InputError {
                return [Outcome(result: .failure(error))]
            } catch {
                return [Outcome(result: .failure(.unreadable(path: path, reason: "\(error)")))]
            }
        }.flatMap { $0 }
    }

    /// The documents of a JSON Lines file, one per non-blank line.
    static func records(_ bytes: [UInt8], path: String, reader: DocumentReader) -> [Swift.Result<Document, InputError>] {
        var outcomes: [Swift.Result<Document, InputError>] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            do {
                let record = try StreamRecord.decode(line, source: path, line: index + 1)
                outcomes.append(.success(try record.document(reader: reader, input: path, line: index + 1)))
            } catch {
                outcomes.append(.failure(error as? InputError ?? .invalidRecord(path: path, line: index + 1, reason: "\(error)")))
            }
        }
        return outcomes
    }

    /// `transform` applied to every item by `jobs` workers (0: one per core), results in order.
    public static func parallelMap<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int = 0, _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(workerCount(jobs), items.count))
        if workers == 1 { return items.map(transform) }
        let results = OrderedSlots<Result>(count: items.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: items.count) { results.store(transform(items[i]), at: i) }
        }
        return results.values.map { $0! }
    }

    /// Frees `items` on `jobs` workers (0: one per core). Freeing the per-document results of
    /// a large batch is otherwise a serial tail of a parallel job: the partial timelines of a
    /// thousand articles take a fifth of a second to free on one core.
    public static func free<Item>(_ items: consuming [Item], jobs: Int = 0) {
        let workers = max(1, min(workerCount(jobs), items.count))
        guard workers > 1 else { return }
        var slots = items.map(Optional.some)
        items = []
        slots.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedBuffer(buffer: buffer)
            // each worker frees its own stride of slots: no slot is touched twice
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for i in stride(from: worker, to: slots.buffer.count, by: workers) { slots.buffer[i] = nil }
            }
        }
    }

    private struct UncheckedBuffer<Item>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Item?>
    }

    /// The workers `jobs` asks for: itself, or one per core for 0.
    static func workerCount(_ jobs: Int) -> Int {
        jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount
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
