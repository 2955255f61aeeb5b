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

    @Option(help: "Output format: json or text.")
    var format: Format = .json

    @Option(help: "Write NAME.json (or .txt) into this folder instead of standard output; NAME is the single input's id, or 'timeline'.")
    var output: String?

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let analyzer = DocumentAnalyzer()
        let (results, failed) = try inputs.process { analyzer.analyze($0) }
        let analyses = distinctDocumentIDs(results)
        let timeline = Timeline(documents: analyses)
        let rendered = format == .json ? TimelineExport.json(timeline) : TimelineExport.text(timeline)
        if let output {
            let name = analyses.count == 1 ? analyses[0].document.id : "timeline"
            let path = (output as NSString).appendingPathComponent(name + (format == .json ? ".json" : ".txt"))
            try writeFile(Data(rendered.utf8), to: path)
        } else {
            writeStandardOutput(rendered)
        }
        if failed > 0 { throw ExitCode(inputFailureExitCode) }
    }
}
