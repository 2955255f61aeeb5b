import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle build`: the timeline of one or many documents.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the timeline of text or TimeML files: events anchored in time, merged and ordered."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Option(help: "Document creation time (YYYY-MM-DD); overrides the ones in the files.")
    var dct: String?

    @Flag(help: "Resolve relative dates against the last explicit date in the text instead of the DCT.")
    var narrative = false

    @Option(help: "Output format: json or text.")
    var format: Format = .json

    @Option(help: "Write NAME.json (or .txt) into this folder instead of standard output; NAME is the single input's id, or 'timeline'.")
    var output: String?

    @Argument(help: "Text or TimeML files; '-' reads standard input.")
    var files: [String]

    func validate() throws {
        _ = try parseDCT(dct)
        if files.isEmpty { throw ValidationError("give at least one file, or '-' for standard input") }
    }

    func run() throws {
        let reader = DocumentReader(dct: try parseDCT(dct), narrative: narrative)
        let analyzer = DocumentAnalyzer()
        var analyses: [DocumentAnalysis] = []
        var failed = false
        for path in files {
            do {
                analyses.append(analyzer.analyze(try reader.read(path: path).document))
            } catch let error as InputError {
                reportError(error.description)
                failed = true
            }
        }
        let timeline = Timeline(documents: analyses)
        let rendered = format == .json ? TimelineExport.json(timeline) : TimelineExport.text(timeline)
        if let output {
            let name = analyses.count == 1 ? analyses[0].document.id : "timeline"
            let path = (output as NSString).appendingPathComponent(name + (format == .json ? ".json" : ".txt"))
            try AtomicFile.write(Data(rendered.utf8), to: path)
        } else {
            writeStandardOutput(rendered)
        }
        if failed { throw ExitCode(inputFailureExitCode) }
    }
}
