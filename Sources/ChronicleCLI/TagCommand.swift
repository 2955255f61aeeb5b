import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle tag`: the time expressions of each input.
///
/// ```
/// $ swift run chronicle tag --format text Samples/central-asia-bases.txt
/// # central-asia-bases (DCT 2021-08-20)
/// 178-182	DATE	2021-06	June
/// ...
/// ```
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Find and normalize the time expressions of text or TimeML files."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, timeml, text
    }

    @Option(help: "Document creation time (YYYY-MM-DD); overrides the one in the file.")
    var dct: String?

    @Flag(help: "Resolve relative dates against the last explicit date in the text instead of the DCT.")
    var narrative = false

    @Option(help: "Output format: json, timeml or text.")
    var format: Format = .json

    @Argument(help: "Text or TimeML files; '-' reads standard input.")
    var files: [String]

    func validate() throws {
        _ = try parseDCT(dct)
        if files.isEmpty { throw ValidationError("give at least one file, or '-' for standard input") }
        if format == .timeml, files.count > 1 {
            throw ValidationError("--format timeml writes one document; give one file")
        }
    }

    func run() throws {
        let reader = DocumentReader(dct: try parseDCT(dct), narrative: narrative)
        let tagger = TemporalTagger()
        var results: [(Document, [TemporalExpression])] = []
        var failed = false
        for path in files {
            do {
                let document = try reader.read(path: path).document
                results.append((document, tagger.tag(document)))
            } catch let error as InputError {
                reportError(error.description)
                failed = true
            }
        }
        switch format {
        case .json: writeStandardOutput(TagExport.json(results))
        case .text: writeStandardOutput(TagExport.text(results))
        case .timeml:
            // TimeML carries the events too: EVENT, MAKEINSTANCE and TLINK
            if let (document, _) = results.first { writeStandardOutput(TimeMLWriter.write(DocumentAnalyzer().analyze(document))) }
        }
        if failed { throw ExitCode(inputFailureExitCode) }
    }
}
