import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// Options of `chronicle train --syntax`.
struct SyntaxTrainingOptions: ParsableArguments {
    @Option(help: "With --syntax: passes of the tagger over the treebank.")
    var taggerEpochs = SyntaxTraining.Options().taggerEpochs

    @Option(help: "With --syntax: passes of the parser over the treebank.")
    var parserEpochs = SyntaxTraining.Options().parserEpochs

    @Option(help: "With --syntax: folds of tagger jackknifing for the parser's training tags (1: gold tags).")
    var folds = SyntaxTraining.Options().folds

    var options: SyntaxTraining.Options {
        var options = SyntaxTraining.Options()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.folds = folds
        return options
    }
}

/// Reading treebanks and the syntax model for the commands.
enum SyntaxCLI {
    static let defaultModelPath = "Sources/ChronicleModels/syntax.model"

    /// The sentences of CoNLL-U files; a missing or malformed file is reported (file and line)
    /// and ends the command with `inputFailureExitCode`.
    static func readTreebank(_ path: String) throws -> [CoNLLUSentence] {
        do {
            let bytes = try DocumentReader.readBytes(path: path)
            return try CoNLLU.read(try TextDecoding.decode(bytes, path: path), file: path)
        } catch let error as InputError {
            reportError(error.description)
            throw ExitCode(inputFailureExitCode)
        } catch let error as CoNLLUError {
            reportError(error.description)
            throw ExitCode(inputFailureExitCode)
        }
    }

    /// The model in `path`, or the one built into the program.
    static func model(_ path: String?) throws -> SyntaxModel {
        guard let path else { return SyntaxModel.shipped }
        do {
            return try SyntaxModel(data: try DocumentReader.readBytes(path: path))
        } catch let error as InputError {
            reportError(error.description)
            throw ExitCode(inputFailureExitCode)
        } catch let error as SyntaxModelError {
            reportError("\(path): \(error)")
            throw ExitCode(inputFailureExitCode)
        }
    }

    /// `chronicle train --syntax`: trains on the treebank files and writes the model.
    static func train(_ paths: [String], output: String, options: SyntaxTraining.Options) throws {
        var sentences: [CoNLLUSentence] = []
        for path in paths { sentences += try readTreebank(path) }
        let names = paths.map { ($0 as NSString).lastPathComponent }.joined(separator: " + ")
        let header = [
            "Chronicle part-of-speech tagger, lemmatizer and dependency parser, written by 'chronicle train --syntax'.",
            "Trained on \(names): \(sentences.count) sentences; tagger \(options.taggerEpochs) epochs, parser \(options.parserEpochs) epochs, \(options.folds) jackknife folds.",
            "Training data: Universal Dependencies English Web Treebank (UD_English-EWT) v2.15, by the Universal Dependencies",
            "contributors (Silveira et al. 2014, from the LDC English Web Treebank), licensed CC BY-SA 4.0",
            "(https://creativecommons.org/licenses/by-sa/4.0/). This model is derived from it and shared under the same licence.",
        ]
        let start = DispatchTime.now().uptimeNanoseconds
        let bytes = SyntaxTraining.train(sentences, options: options, header: header) { message in
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            writeStandardError(String(format: "[%6.1f s] ", seconds) + message)
        }
        try writeFile(bytes, to: output)
        try writeStandardOutput("wrote \(output): \(bytes.count) bytes, \(sentences.count) sentences\n")
    }

    /// `chronicle evaluate --syntax`: UPOS accuracy, UAS and LAS against gold CoNLL-U files.
    static func evaluate(_ paths: [String], model path: String?) throws {
        let model = try model(path)
        var out = "file                              words   UPOS   XPOS  lemma  feats    UAS    LAS\n"
        var total = SyntaxScore()
        for file in paths {
            let gold = try readTreebank(file)
            let score = SyntaxScorer.score(gold: gold, predicted: model.annotate(gold))
            total = total + score
            out += row((file as NSString).lastPathComponent, score)
        }
        if paths.count > 1 { out += row("total", total) }
        try writeStandardOutput(out)
    }

    private static func row(_ name: String, _ s: SyntaxScore) -> String {
        func pct(_ v: Double) -> String { String(format: "%7.2f", v * 100) }
        return name.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%7d", s.words)
            + pct(s.uposAccuracy) + pct(s.xposAccuracy) + pct(s.lemmaAccuracy) + pct(s.featsAccuracy) + pct(s.uas) + pct(s.las) + "\n"
    }
}
