import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// The inputs of `tag` and `build`: files, folders, globs or `-`, how to read them, and how many
/// cores to use.
struct InputOptions: ParsableArguments {
    @Option(help: "Document creation time (YYYY-MM-DD); overrides the ones in the files.")
    var dct: String?

    @Flag(help: "Resolve relative dates against the last explicit date in the text instead of the DCT (default: decided per document from its text).")
    var narrative = false

    @Flag(help: "Resolve relative dates against the DCT, whatever the text looks like (default: decided per document from its text).")
    var news = false

    // unconditional: '--jobs -1' is a value to refuse, not a missing one
    @Option(name: .shortAndLong, parsing: .unconditional, help: "Documents processed in parallel (default: one per core). Output is the same for any value.")
    var jobs: Int = 0

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    @Flag(help: "Draw the progress bar on standard error even when it is not a terminal.")
    var progress = false

    @Argument(help: "Text, HTML, TimeML or JSON Lines (.jsonl, one document a line) files, folders (searched recursively), glob patterns, or '-' for standard input.")
    var files: [String] = []

    func validate() throws {
        _ = try parseDCT(dct)
        if jobs < 0 { throw ValidationError("--jobs must be 0 (all cores) or more") }
        if quiet && progress { throw ValidationError("--quiet and --progress contradict each other") }
        if news && narrative { throw ValidationError("--news and --narrative contradict each other") }
    }

    /// What `process` read: the results in input order, how many inputs failed, and the paths read.
    struct Processed<Result> {
        var results: [Result]
        var failed: Int
        var paths: [String]
    }

    /// The genre the options force, if any.
    var genre: Genre? { news ? .news : (narrative ? .narrative : nil) }

    /// Reads and processes every input in parallel, in input order. Inputs that name nothing or
    /// fail to read are reported on standard error; `failed` counts them. A document without a
    /// creation time gets a warning, in input order. Folders are searched without `skipping`
    /// (the folder the run writes to). When every input failed, says so and exits: nothing is
    /// written from nothing.
    func process<Result: Sendable>(skipping written: String? = nil, _ work: @escaping @Sendable (Document) -> Result) throws -> Processed<Result> {
        if files.isEmpty { throw ValidationError("give at least one file or folder, or '-' for standard input") }
        let reader = DocumentReader(dct: try parseDCT(dct), genre: genre)
        let items = InputFiles.expand(files, skipping: written.map { [$0] } ?? [])
        var paths: [String] = []
        var failed = 0
        for item in items {
            switch item {
            case .path(let path): paths.append(path)
            case .failed(let error):
                reportError(error.description)
                failed += 1
            }
        }
        let bar = Progress(total: paths.count, mode: quiet ? false : (progress ? true : nil))
        let outcomes = Batch.map(paths, reader: reader, jobs: jobs, progress: paths.count > 1 ? bar : nil) { document in
            (result: work(document), undated: document.dct == nil ? document.source ?? document.id : nil)
        }
        if paths.count > 1 { bar.finish() }
        var results: [Result] = []
        for outcome in outcomes {
            outcome.warnings.forEach(reportWarning)
            switch outcome.result {
            case .success(let (result, undated)):
                results.append(result)
                // a creation time the reader could not read was already reported, with the same consequence
                if let undated, outcome.warnings.isEmpty { warnNoCreationTime(undated) }
            case .failure(let error):
                reportError(error.description)
                failed += 1
            }
        }
        let total = items.count - paths.count + outcomes.count
        if results.isEmpty, failed > 0 {
            reportError(total == 1 ? "nothing written" : "all \(total) inputs failed; nothing written")
            throw ExitCode(inputFailureExitCode)
        }
        if failed > 0 && total > 1 {
            reportError("\(failed) of \(total) inputs failed; the others were processed")
        }
        return Processed(results: results, failed: failed, paths: paths)
    }
}

/// Gives documents that share an id (two `article.txt` in different folders) distinct ids, `-2`,
/// `-3`, … in input order, and says so, since ids name events and output files.
func distinctDocumentIDs(_ analyses: [DocumentAnalysis]) -> [DocumentAnalysis] {
    var seen: [String: Int] = [:]
    var taken = Set(analyses.map(\.document.id))
    return analyses.map { analysis in
        let id = analysis.document.id
        seen[id, default: 0] += 1
        guard seen[id]! > 1 else { return analysis }
        var n = seen[id]!
        while taken.contains("\(id)-\(n)") { n += 1 }
        let renamed = analysis.renamed(to: "\(id)-\(n)")
        taken.insert(renamed.document.id)
        reportWarning("\(analysis.document.source ?? id): document id '\(id)' is taken; using '\(renamed.document.id)'")
        return renamed
    }
}

/// The warning for a document that has no DCT: its relative dates can only count from its own dates.
func warnNoCreationTime(_ source: String) {
    reportWarning("\(source): no creation time found; relative dates left open; use --dct")
}
