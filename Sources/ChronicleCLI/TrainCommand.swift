import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle train`: retrains the event classifier from gold TimeML and writes the Swift file
/// that embeds it. Training is deterministic: documents in name order, fixed epochs.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the event classifier on gold TimeML and write the model as Swift source.",
        discussion: "swift run -c release chronicle train ../shared/corpora/tbaq/TimeBank ../shared/corpora/tbaq/AQUAINT"
    )

    @Argument(help: "Folders or files of gold TimeML (.tml).")
    var gold: [String]

    @Option(help: "Where to write the model source.")
    var output = "Sources/Chronicle/Events/EventModelData.swift"

    @Option(help: "Passes over the training data.")
    var epochs = EventTraining.epochs

    func run() throws {
        let documents = try GoldCorpus.load(gold)
        let model = EventTraining.train(documents.map(\.annotated), epochs: epochs)
        let names = gold.map { ($0 as NSString).lastPathComponent }.joined(separator: " + ")
        let source = EventTraining.swiftSource(for: model, trainedOn: "\(names) (\(documents.count) documents, \(epochs) epochs)")
        try writeFile(Array(source.utf8), to: output)
        try writeStandardOutput("wrote \(output): \(documents.count) documents, \(epochs) epochs\n")
    }
}
