import Chronicle
import Foundation

/// `chronicle stream`: JSON Lines of documents in, JSON Lines of one-document timelines out, in
/// input order, in constant memory. The contract of Hadoop Streaming and Spark's `RDD.pipe`.
///
/// Lines are read in windows (a few per worker, at most a few megabytes), analysed in parallel,
/// and written in order; each window's output is written and flushed before the next is read.
public struct TimelineStream: Sendable {
    /// Reads each record's text or page into a document.
    public var reader: DocumentReader
    /// Analyses each document.
    public var analyzer: DocumentAnalyzer
    /// Parallel workers (0: one per core).
    public var jobs: Int
    /// The name of the input in error messages.
    public var source: String
    /// How many bytes of input a window holds at most before it is analysed and written.
    public var windowBytes = 4 << 20
    /// The longest line read (`InputLimits.documentBytes`); a longer one is reported and skipped.
    public var maximumLineBytes = InputLimits.documentBytes

    /// A stream with these stages; `source` names the input in errors.
    public init(reader: DocumentReader = DocumentReader(), analyzer: DocumentAnalyzer = DocumentAnalyzer(), jobs: Int = 0, source: String = "stdin") {
        self.reader = reader
        self.analyzer = analyzer
        self.jobs = jobs
        self.source = source
    }

    /// The timeline line for one input line, with its newline.
    public func timelineLine(for line: ArraySlice<UInt8>, number: Int) throws -> [UInt8] {
        try timeline(for: line, number: number).line
    }

    /// The timeline line for one input line, and the document it read.
    private func timeline(for line: ArraySlice<UInt8>, number: Int) throws -> (line: [UInt8], document: Document) {
        let record = try StreamRecord.decode(line, source: source, line: number)
        let document = try record.document(reader: reader, input: source, line: number)
        return (TimelineExport.jsonBytes(Timeline(documents: [analyzer.analyze(document)]), compact: true), document)
    }

    /// Streams `input` to `output`; bad records go to `reportError` and are counted; each
    /// document without a creation time is named to `reportUndated` ("stdin:3 (id)"), in
    /// input order. Returns the number of bad records.
    public func run(input: Int32, output: Int32, reportError: (InputError) -> Void, reportUndated: (String) -> Void = { _ in }) throws -> Int {
        var lines = LineReader(descriptor: input, name: source, maximumLength: maximumLineBytes)
        let workers = Batch.workerCount(jobs)
        var failed = 0
        while true {
            var window: [(number: Int, line: ArraySlice<UInt8>)] = []
            var size = 0
            while window.count < 4 * workers, size < windowBytes, let next = try lines.next() {
                guard case .text(let line) = next else {
                    reportError(InputLimits.lineTooLong(source, line: lines.lineNumber, limit: maximumLineBytes))
                    failed += 1
                    continue
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                window.append((lines.lineNumber, line))
                size += line.count
            }
            if window.isEmpty { return failed }
            let results = Batch.parallelMap(window, jobs: workers) { item in
                Result { try timeline(for: item.line, number: item.number) }
            }
            var out: [UInt8] = []
            for (item, result) in zip(window, results) {
                switch result {
                case .success(let (line, document)):
                    out += line
                    if document.dct == nil { reportUndated("\(source):\(item.number) (\(document.id))") }
                case .failure(let error as InputError): reportError(error); failed += 1
                case .failure(let error): reportError(.unreadable(path: source, reason: "\(error)")); failed += 1
                }
            }
            try AtomicFile.writeAll(out, to: output)
        }
    }
}
