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
        working directory.
        Exit codes: 0 every export is current; 1 an export is stale, missing or left over (a \
        unified diff of each stale file on standard output), or an input could not be read. \
        --update rewrites the stale files (atomically) and removes the left-over ones.
        In CI:  swift build -c release && .build/release/chronicle check Samples --against Exports
        """
    )

    @Option(help: "The folder of committed exports.")
    var against: String

    @Flag(help: "Regenerate the exports in the --against folder instead of failing.")
    var update = false

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let sources = relativeSources(inputs.files)
        let analyzer = DocumentAnalyzer()
        let (results, failed) = try inputs.process { document in
            var document = document
            if let path = document.source, let relative = sources[path] { document.source = relative }
            return analyzer.analyze(document)
        }
        let analyses = distinctDocumentIDs(results)
        let expected = Batch.parallelMap(analyses, jobs: inputs.jobs) { analysis in
            ExportSet.files(Timeline(documents: [analysis]), analyses: [analysis], name: analysis.document.id, formats: ExportFormat.exported)
        }.flatMap { $0 }
        let checked = ExportCheck.compare(expected, against: against)
        let stale = checked.filter { $0.status != .current }
        if update {
            for file in expected {
                try writeFile(Data(file.bytes), to: (against as NSString).appendingPathComponent(file.name))
            }
            for result in stale where result.status == .extra { try? FileManager.default.removeItem(atPath: result.file) }
            FileHandle.standardError.write(Data("chronicle: \(stale.count) of \(checked.count) exports updated in \(against)\n".utf8))
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
            writeStandardOutput(report)
            if stale.isEmpty {
                FileHandle.standardError.write(Data("chronicle: all \(checked.count) exports in \(against) are current\n".utf8))
            } else {
                reportError("\(stale.count) of \(checked.count) exports in \(against) are stale; regenerate them with 'chronicle check \(inputs.files.joined(separator: " ")) --against \(against) --update'")
            }
        }
        if failed > 0 || (!update && !stale.isEmpty) { throw ExitCode(inputFailureExitCode) }
    }

    /// Each input file's path → its path from the folder holding it: `Samples/a.txt` for
    /// `/work/Samples/a.txt` given as a file or within the folder `/work/Samples`.
    func relativeSources(_ arguments: [String]) -> [String: String] {
        var sources: [String: String] = [:]
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else { continue }
            let url = URL(fileURLWithPath: argument).standardized
            if isDirectory.boolValue {
                for path in InputFiles.files(in: argument) {
                    let relative = String(path.dropFirst((argument as NSString).standardizingPath.count)).drop { $0 == "/" }
                    sources[path] = url.lastPathComponent + "/" + relative
                }
            } else {
                sources[argument] = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
            }
        }
        return sources
    }
}

/// `chronicle validate`: XML exports against the shipped XSD, through libxml2.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate XML timeline exports against Chronicle's XML Schema (libxml2).",
        discussion: """
        Prints libxml2's messages with their line numbers. Exit codes: 0 every file is valid; 1 a \
        file is invalid or cannot be read. JSON exports validate against \
        Schemas/chronicle-timeline.schema.json with any JSON Schema (2020-12) validator.
        """
    )

    @Argument(help: "XML exports to validate.")
    var files: [String]

    func run() throws {
        var failed = 0
        for path in files {
            do {
                let messages = try XMLValidator.validate(DocumentReader.readBytes(path: path), path: path)
                if messages.isEmpty {
                    writeStandardOutput("\(path): valid\n")
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
