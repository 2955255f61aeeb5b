import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle stream`: JSON Lines of documents in, one timeline per line out.
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Read JSON Lines documents on standard input; write one partial timeline per line.",
        discussion: """
        Each input line is {"id": ..., "text": ..., "dct": "YYYY-MM-DD"} or {"id": ..., "html": ...} \
        (optional "title", "narrative"). Each output line is the compact JSON timeline of that \
        document, in input order, flushed as it is done, in constant memory: the contract of Hadoop \
        Streaming and Spark's RDD.pipe. 'chronicle merge' joins the outputs into one timeline.
        A bad line is reported on standard error with its number and skipped, and so is a line \
        longer than 256 MiB (read and dropped in constant memory); the exit code is 1 when any \
        line was bad, unless --allow-bad-lines. Empty input gives empty output, which 'merge' \
        reads as a part with no documents.
        """
    )

    @Option(help: "Document creation time (YYYY-MM-DD) for every record; overrides the records' own.")
    var dct: String?

    @Flag(help: "Resolve relative dates against the last explicit date in the text instead of the DCT (default: decided per document from its text).")
    var narrative = false

    @Flag(help: "Resolve relative dates against the DCT, whatever the text looks like.")
    var news = false

    @Option(name: .shortAndLong, parsing: .unconditional, help: "Documents processed in parallel (default: one per core). Output is the same for any value.")
    var jobs: Int = 0

    @Flag(help: "Report bad lines but exit 0 (for cluster tasks where one bad record must not fail the task).")
    var allowBadLines = false

    func validate() throws {
        _ = try parseDCT(dct)
        if jobs < 0 { throw ValidationError("--jobs must be 0 (all cores) or more") }
        if news && narrative { throw ValidationError("--news and --narrative contradict each other") }
    }

    func run() throws {
        let stream = TimelineStream(reader: DocumentReader(dct: try parseDCT(dct), genre: news ? .news : (narrative ? .narrative : nil)), jobs: jobs)
        let failed: Int
        do {
            failed = try stream.run(input: STDIN_FILENO, output: STDOUT_FILENO, reportError: { reportError($0.description) },
                                    reportUndated: warnNoCreationTime)
        } catch let error as OutputError {
            throw standardOutputFailure(error)
        }
        if failed > 0 {
            reportError("\(failed) bad line\(failed == 1 ? "" : "s") skipped")
            if !allowBadLines { throw ExitCode(inputFailureExitCode) }
        }
    }
}
