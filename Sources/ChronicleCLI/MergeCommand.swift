import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle merge`: one timeline from partial ones (the output of `stream`, or JSON exports).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine partial timelines (JSON exports or 'chronicle stream' output) into one.",
        discussion: """
        The result does not depend on how the documents were split into parts or in which order \
        the parts come: merging shards gives the bytes 'chronicle build' gives for all the \
        documents at once. A document in several parts counts once.
        """
    )

    @Option(help: "Output format: json, xml, md, timelinejs, text, svg or html.")
    var format = "json"

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var markdown: MarkdownOptions

    @Argument(help: "JSON exports or JSON Lines files of partial timelines; '-' reads standard input.")
    var parts: [String]

    static let formats: [ExportFormat] = [.json, .xml, .md, .timelinejs, .text, .svg, .html]

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give at least one part, or '-' for standard input") }
        if try parseFormats(format, allowed: Self.formats).count > 1 { throw ValidationError("merge writes one format") }
    }

    func run() throws {
        let format = try parseFormats(format, allowed: Self.formats)[0]
        var timelines: [Timeline] = []
        var failed = 0
        for path in parts {
            do {
                timelines += try TimelineExport.readParts(DocumentReader.readBytes(path: path), path: path)
            } catch let error as InputError {
                reportError(error.description)
                failed += 1
            }
        }
        let rendered = ExportSet.render(Timeline(merging: timelines), as: format, markdown: markdown.options, jobs: 0)
        if let output {
            try writeFile(Data(rendered), to: output)
        } else {
            writeStandardOutput(rendered)
        }
        if failed > 0 { throw ExitCode(inputFailureExitCode) }
    }
}
