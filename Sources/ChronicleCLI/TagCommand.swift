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
        abstract: "Find and normalize the time expressions of text, HTML or TimeML files."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, timeml, text
    }

    @Option(help: "Output format: json, timeml or text.")
    var format: Format = .json

    @OptionGroup var inputs: InputOptions

    func validate() throws {
        if format == .timeml, inputs.files.count > 1 || inputs.files.contains(where: isFolderOrPattern) {
            throw ValidationError("--format timeml writes one document; give one file (or use 'chronicle build --format timeml --output DIR')")
        }
    }

    func run() throws {
        if format == .timeml {
            // TimeML carries the events too: EVENT, MAKEINSTANCE and TLINK
            let analyzer = DocumentAnalyzer()
            let processed = try inputs.process { analyzer.analyze($0) }
            if let analysis = processed.results.first { try writeStandardOutput(TimeMLWriter.write(analysis)) }
            if processed.failed > 0 { throw ExitCode(inputFailureExitCode) }
            return
        }
        let tagger = TemporalTagger()
        let processed = try inputs.process { TaggedDocument(document: $0, tagging: tagger.tagging($0)) }
        let pairs = processed.results.map { ($0.document, $0.tagging) }
        try writeStandardOutput(format == .json ? TagExport.json(pairs) : Array(TagExport.text(pairs).utf8))
        if processed.failed > 0 { throw ExitCode(inputFailureExitCode) }
    }
}

struct TaggedDocument: Sendable {
    var document: Document
    var tagging: TemporalTagging
}

func isFolderOrPattern(_ argument: String) -> Bool {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) { return isDirectory.boolValue }
    return argument.contains(where: { "*?[".contains($0) })
}
