import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle check`: are committed exports what the samples give today?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Regenerate the exports of sample documents and compare them with committed ones.",
        discussion: """
        Each input document gets its exports in every format (NAME.json, NAME.xml, NAME.md, \
        NAME.timelinejs.json, NAME.svg, NAME.html and NAME.tml), regenerated in memory and compared byte for byte \
        with the files in the --against folder. Sources are recorded relative to the folder \
        that holds the inputs ('Samples/article.txt'), so the result does not depend on the \
        working directory. An export is left over when no input gives it any more and its JSON \
        names only documents from the inputs given; nothing else in the folder is looked at.
        Exit codes: 0 every export is current; 1 an export is stale, missing or left over (a \
        unified diff of each stale file on standard output), an input could not be read, or the \
        --against folder does not exist.
        --update rewrites the stale files (atomically) and removes the left-over ones, naming \
        each on standard output ('wrote PATH', 'removed PATH'). It changes nothing when any input \
        failed to read or the folder is missing. --dry-run says what --update would do.
        In CI:  swift build -c release && .build/release/chronicle check Samples --against Exports
        """
    )

    @Option(help: "The folder of committed exports.")
    var against: String

    @Flag(help: "Regenerate the exports in the --against folder instead of failing.")
    var update = false

    @Flag(help: "With --update: print what would be written and removed, and change nothing.")
    var dryRun = false

    @Flag(help: "Show every event in the formats for reading (md, timelinejs, text, svg, html), not only the main timeline; JSON and XML always hold every event with its salience.")
    var allEvents = false

    @OptionGroup var inputs: InputOptions

    func validate() throws {
        if dryRun && !update { throw ValidationError("--dry-run goes with --update") }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: against, isDirectory: &isDirectory), isDirectory.boolValue else {
            reportError("\(against): no such folder\(update ? "; nothing updated (create it first if it is new)" : "")")
            throw ExitCode(inputFailureExitCode)
        }
        let sources = relativeSources(inputs.files)
        let relative = sources.relative
        let analyzer = DocumentAnalyzer()
        let processed = try inputs.process(skipping: against) { document in
            var document = document
            if let path = document.source, let relative = relative[path] { document.source = relative }
            return analyzer.analyze(document)
        }
        let analyses = distinctDocumentIDs(processed.results)
        let expected = try exportFiles {
            let files = try Batch.parallelMap(analyses, jobs: inputs.jobs) { analysis in
                Result { try ExportSet.files(Timeline(documents: [analysis]), analyses: [analysis], name: analysis.document.id, formats: ExportFormat.exported,
                                          allEvents: allEvents) }
            }.flatMap { try $0.get() }
            try ExportSet.requireDistinctNames(files)
            return files
        }
        let checked = ExportCheck.compare(expected, against: against, isListedSource: sources.isListed)
        let stale = checked.filter { $0.status != .current }
        if update {
            if processed.failed > 0 {
                reportError("nothing updated in \(against): an input could not be read, and its exports would look left over")
                throw ExitCode(inputFailureExitCode)
            }
            try apply(stale, expected: expected)
            let summary = "\(stale.count) of \(checked.count) exports \(dryRun ? "would be updated" : "updated") in \(against)"
            writeStandardError("chronicle: " + summary + (dryRun ? " (--dry-run: nothing changed)" : ""))
        } else {
            var report = ""
            for result in stale {
                switch result.status {
                case .changed(let diff): report += diff
                case .missing: report += "missing: \(result.file)\n"
                case .extra: report += "left over (no input gives it): \(result.file)\n"
                case .current: break
                }
            }
            try writeStandardOutput(report)
            if processed.failed > 0 {
                reportError("\(stale.count) of \(checked.count) exports in \(against) differ, but an input could not be read: fix it before updating")
            } else if stale.isEmpty {
                writeStandardError("chronicle: all \(checked.count) exports in \(against) are current")
            } else {
                reportError("\(stale.count) of \(checked.count) exports in \(against) are stale; regenerate them with 'chronicle check \(inputs.files.joined(separator: " ")) --against \(against) --update' (add --dry-run to see what it would change)")
            }
        }
        if processed.failed > 0 || (!update && !stale.isEmpty) { throw ExitCode(inputFailureExitCode) }
    }

    /// Writes the stale and missing exports and removes the left-over ones, naming each on
    /// standard output (with --dry-run, only names them).
    private func apply(_ stale: [ExportCheck.Result], expected: [ExportSet.File]) throws {
        let bytes = Dictionary(uniqueKeysWithValues: expected.map { ((against as NSString).appendingPathComponent($0.name), $0.bytes) })
        let verb = dryRun ? "would " : ""
        for result in stale {
            if result.status == .extra {
                if !dryRun {
                    do {
                        try FileManager.default.removeItem(atPath: result.file)
                    } catch {
                        reportError("\(result.file): cannot remove: \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
                        throw ExitCode(outputFailureExitCode)
                    }
                }
                try writeStandardOutput("\(verb)remove\(dryRun ? "" : "d") \(result.file)\n")
            } else if let content = bytes[result.file] {
                if !dryRun { try writeFile(content, to: result.file) }
                try writeStandardOutput("\(dryRun ? "would write" : "wrote") \(result.file)\n")
            }
        }
    }

    /// Each input file's path → its path from the folder holding it: `Samples/a.txt` for
    /// `/work/Samples/a.txt` given as a file or within the folder `/work/Samples`; and whether a
    /// recorded source belongs to the arguments (is such a file, or lies in such a folder).
    func relativeSources(_ arguments: [String]) -> (relative: [String: String], isListed: (String) -> Bool) {
        var sources: [String: String] = [:]
        var folders: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else { continue }
            let url = URL(fileURLWithPath: argument).standardized
            if isDirectory.boolValue {
                folders.append(url.lastPathComponent + "/")
                for path in InputFiles.files(in: argument) {
                    let relative = String(path.dropFirst((argument as NSString).standardizingPath.count)).drop { $0 == "/" }
                    sources[path] = url.lastPathComponent + "/" + relative
                }
            } else {
                sources[argument] = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
            }
        }
        let files = Set(sources.values)
        return (sources, { source in files.contains(source) || folders.contains { source.hasPrefix($0) } })
    }
}

/// `chronicle validate`: XML exports against the shipped XSD, through libxml2.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate XML timeline exports against Chronicle's XML Schema (libxml2).",
        discussion: """
        Prints libxml2's messages with their line numbers. Exit codes: 0 every file is valid; 1 a \
        file is invalid or cannot be read. Entity timelines (root element entityTimelines) \
        validate against Schemas/chronicle-entities.xsd, the others against \
        Schemas/chronicle-timeline.xsd. JSON exports validate against \
        Schemas/chronicle-timeline.schema.json or Schemas/chronicle-entities.schema.json with any \
        JSON Schema (2020-12) validator.
        """
    )

    @Argument(help: "XML exports to validate.")
    var files: [String]

    func run() throws {
        var failed = 0
        for path in files {
            do {
                let messages = try XMLValidator.validateExport(DocumentReader.readBytes(path: path), path: path)
                if messages.isEmpty {
                    try writeStandardOutput("\(path): valid\n")
                } else {
                    failed += 1
                    for message in messages { reportError("\(path): \(message)") }
                }
            } catch let error as InputError {
                reportError(error.description)
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode(inputFailureExitCode) }
    }
}
