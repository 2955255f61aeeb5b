import Testing
@testable import Chronicle

struct SyntaxTrainingTests {
    static func smallOptions() -> SyntaxTraining.Options {
        var options = SyntaxTraining.Options()
        options.taggerEpochs = 3
        options.parserEpochs = 3
        options.folds = 2
        return options
    }

    @Test func trainingTwiceGivesTheSameBytes() throws {
        let sample = try SyntaxFixtures.sample()
        let first = SyntaxTraining.train(sample, options: Self.smallOptions(), header: ["test"])
        let second = SyntaxTraining.train(sample, options: Self.smallOptions(), header: ["test"])
        #expect(first == second)
        #expect(first.starts(with: Array("chronicle-syntax 2\n# test\n".utf8)))
    }

    @Test func aTrainedModelLoadsAndLearnsItsTrainingData() throws {
        let sample = try SyntaxFixtures.sample()
        var options = Self.smallOptions()
        options.taggerEpochs = 8
        options.parserEpochs = 8
        let model = try SyntaxModel(data: SyntaxTraining.train(sample, options: options, header: []))
        let score = SyntaxScorer.score(gold: sample, predicted: model.annotate(sample))
        #expect(score.words == sample.reduce(0) { $0 + $1.words.count })
        #expect(score.uposAccuracy > 0.9)
        #expect(score.uas > 0.8)
        #expect(score.lemmaAccuracy > 0.95)
    }

    @Test func aFileThatIsNotAModelIsRefused() {
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(data: Array("hello".utf8)) }
        let truncated = Array(SyntaxModelFile.write(header: [], sections: [("tags", Array("NOUN\tNN\t0\n".utf8))]).dropLast(8))
        #expect(throws: SyntaxModelError.self) { try SyntaxModel(data: truncated) }
    }
}
