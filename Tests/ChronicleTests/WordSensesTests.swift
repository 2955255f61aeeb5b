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

    @Test func readsItsSerializedForm() {
        let senses = WordSenses(serialized: "alpha 1\nbeta 2c28b\n")
        #expect(senses.code(forWordHash: EventFeatures.wordHash("beta"))?.nounClass == 24)
        #expect(senses.code(forWordHash: EventFeatures.wordHash("alpha"))?.tag == 1)
        #expect(senses.code(forWordHash: EventFeatures.wordHash("gamma")) == nil)
    }
}
