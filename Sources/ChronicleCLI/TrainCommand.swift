import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle train`: retrains the event classifier from gold TimeML and writes its data file,
/// which the next build embeds. Training is deterministic: documents in name order, fixed
/// epochs, seeded shuffles, so the same data gives the same bytes.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the event classifier on gold TimeML and write its model file.",
        discussion: "swift run -c release chronicle train ../shared/corpora/tbaq/TimeBank ../shared/corpora/tbaq/AQUAINT"
    )

    @Argument(help: "Folders or files of gold TimeML (.tml).")
    var gold: [String]

    @Option(help: "Where to write the model (the file the next build embeds; default Sources/ChronicleModels/event.model, or with --syntax Sources/ChronicleModels/syntax.model).")
    var output: String?

    @Option(help: "Passes over the training data.")
    var epochs = EventTraining.epochs

    @Flag(help: "Train the part-of-speech tagger and dependency parser on CoNLL-U treebank files instead.")
    var syntax = false

    @OptionGroup var syntaxOptions: SyntaxTrainingOptions

    func run() throws {
        if syntax { return try SyntaxCLI.train(gold, output: output ?? SyntaxCLI.defaultModelPath, options: syntaxOptions.options) }
        let output = output ?? "Sources/ChronicleModels/event.model"
        let documents = try GoldCorpus.load(gold)
        let model = EventTraining.train(documents.map(\.annotated), epochs: epochs)
        let names = gold.map { ($0 as NSString).lastPathComponent }.joined(separator: " + ")
        let notes = [
            "Event detector (averaged perceptron, event or not) and event class model (averaged logistic SGD, TimeML",
            "classes), over hashed features of EventFeatures: the words around a token and its parse by the shipped",
            "syntax model (retrain when that model changes). Written by `chronicle train`; do not edit.",
            "Trained on \(names) (\(documents.count) documents, \(epochs) epochs), the TempEval-3 training data.",
            "Regenerate with: swift run -c release chronicle train ../shared/corpora/tbaq/TimeBank ../shared/corpora/tbaq/AQUAINT",
        ]
        try writeFile(model.file(notes: notes), to: output)
        try writeStandardOutput("wrote \(output): \(documents.count) documents, \(epochs) epochs\n")
    }
}
