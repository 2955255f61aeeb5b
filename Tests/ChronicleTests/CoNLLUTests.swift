import Testing
@testable import Chronicle

struct CoNLLUTests {
    @Test func readsWordsAndKeepsOtherLines() throws {
        let sentences = try SyntaxFixtures.sample()
        #expect(sentences.count == 40)
        let first = sentences[0]
        #expect(first.words.map(\.form) == ["From", "the", "AP", "comes", "this", "story", ":"])
        #expect(first.words[3].head == 0 && first.words[3].deprel == "root")
        #expect(first.words[2].upos == "PROPN" && first.words[2].lemma == "AP")
        #expect(first.firstLine == 1)
    }

    @Test func writesBackWhatItRead() throws {
        let text = try String(contentsOfFile: SyntaxFixtures.samplePath, encoding: .utf8)
        #expect(CoNLLU.write(try CoNLLU.read(text)) == text)
    }

    @Test func keepsMultiwordTokenLines() throws {
        let text = "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n"
        let sentences = try CoNLLU.read(text)
        #expect(sentences[0].words.map(\.form) == ["do", "n't", "go"])
        #expect(CoNLLU.write(sentences) == text)
    }

    @Test func namesTheLineOfAMalformedWord() {
        let text = "# text = a b\n1\ta\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tb\tb\tNOUN\tNN\t_\n"
        #expect(throws: CoNLLUError.self) { try CoNLLU.read(text, file: "bad.conllu") }
        do {
            _ = try CoNLLU.read(text, file: "bad.conllu")
        } catch let error as CoNLLUError {
            #expect(error.description == "bad.conllu:3: expected 10 tab-separated columns, found 6")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func rejectsIdsOutOfOrderAndHeadsOutsideTheSentence() {
        func message(_ text: String) -> String? {
            do { _ = try CoNLLU.read(text, file: "f"); return nil } catch { return "\(error)" }
        }
        #expect(message("2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n") == "f:1: ID '2' should be 1")
        #expect(message("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n\n") == "f:2: HEAD 7 is past the sentence's last word 2")
        #expect(message("1\ta\ta\tX\tX\t_\tone\troot\t_\t_\n") == "f:1: HEAD 'one' is not another word's index or 0")
    }

    @Test func projectivity() throws {
        let crossing = try CoNLLU.read("1\ta\t_\t_\t_\t_\t3\tx\t_\t_\n2\tb\t_\t_\t_\t_\t0\troot\t_\t_\n3\tc\t_\t_\t_\t_\t2\tx\t_\t_\n4\td\t_\t_\t_\t_\t1\tx\t_\t_\n\n")
        #expect(!crossing[0].isProjective)
        #expect(try SyntaxFixtures.sample()[0].isProjective)
    }
}
