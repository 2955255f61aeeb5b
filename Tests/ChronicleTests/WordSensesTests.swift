@testable import Chronicle
import Testing

struct WordSensesTests {
    private func code(_ word: String) -> WordSenses.Code? {
        WordSenses.standard.code(forWordHash: EventFeatures.wordHash(word))
    }

    @Test func knowsPartsOfSpeechAndWordNetClasses() throws {
        let said = try #require(code("said"))
        #expect(said.tag == 23)  // VBD in the generator's tag list
        #expect(said.verbClass == 32 - 28)  // verb.communication
        let decision = try #require(code("decision"))
        #expect(decision.nounClass == 4 - 2)  // noun.act
        #expect(decision.derivedVerbClass == 31 - 28)  // from "decide", verb.cognition
        #expect(code("Testified")?.verbClass == 32 - 28)  // looked up lowercase, inflection resolved by the generator
    }

    @Test func unknownWordsHaveNoCode() {
        #expect(code("qwzxv") == nil)
        #expect(code("") == nil)
    }

    @Test func readsItsDataFileFormatSkippingComments() {
        var text = "# comment with words: beta 1\nalpha 1\nbeta 2c28b\n"
        let senses = text.withUTF8 { WordSenses($0) }
        #expect(senses.code(forWordHash: EventFeatures.wordHash("beta"))?.nounClass == 24)
        #expect(senses.code(forWordHash: EventFeatures.wordHash("alpha"))?.tag == 1)
        #expect(senses.code(forWordHash: EventFeatures.wordHash("gamma")) == nil)
    }
}

@Suite struct EventModelFileTests {
    @Test func shippedModelLoadsFromTheEmbeddedFile() {
        #expect(EventModel.shipped.detector.classCount == 2)
        #expect(EventModel.shipped.classifier.classCount == EventClass.allCases.count)
    }

    @Test func writtenModelReadsBackToTheSameScores() throws {
        let examples: [(features: [UInt32], label: Int)] = [([1, 2], 1), ([3], 0), ([2, 4], 1), ([3, 5], 0)]
        let model = EventModel(detector: LinearModel.train(classCount: 2, examples: examples, epochs: 3),
                               classifier: LinearModel.train(classCount: EventClass.allCases.count, examples: examples, epochs: 3))
        let file = model.file(notes: ["a test model"])
        #expect(String(decoding: file.prefix(24), as: UTF8.self) == "chronicle event model 1\n")
        let read = try file.withUnsafeBytes { try EventModel($0) }
        for features: [UInt32] in [[1, 2], [3, 5], [4], [9]] {
            #expect(read.detector.margin(features) == model.detector.margin(features))
            #expect(read.classifier.scores(features) == model.classifier.scores(features))
        }
        #expect(read.file(notes: ["a test model"]) == file)
    }

    @Test func refusesAnotherFormatAndATruncatedFile() {
        let file = EventModel.shipped.file(notes: [])
        #expect(throws: ModelFile.Error.self) { try Array("chronicle syntax model 1\n\n".utf8).withUnsafeBytes { try EventModel($0) } }
        #expect(throws: ModelFile.Error.self) { try Array(file.prefix(file.count - 3)).withUnsafeBytes { try EventModel($0) } }
    }
}
