import Testing
@testable import Chronicle

struct TokenizerTests {
    let tokenizer = Grammar.standard.tokenizer
    let lexicon = Grammar.standard.lexicon

    func texts(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return tokenizer.tokenize(text).map { String(decoding: utf8[Int($0.byteStart)..<Int($0.byteEnd)], as: UTF8.self) }
    }

    @Test func splitsWordsNumbersAndPunctuation() {
        #expect(texts("Biden's June summit, 2021-06-16.") == ["Biden", "'", "s", "June", "summit", ",", "2021", "-", "06", "-", "16", "."])
        #expect(texts("at 5:30 p.m. ET") == ["at", "5", ":", "30", "p.m.", "ET"])
        #expect(texts("U.S. troops") == ["U.S.", "troops"])
        #expect(texts("$2,019 and 3.5%") == ["$", "2,019", "and", "3.5", "%"])
    }

    @Test func keepsUnicodeScalarOffsets() {
        let text = "Café – on “Friday”"
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let friday = tokens.first { $0.kind == .word && lexicon.word($0.lex) == "friday" }!
        #expect(String(String.UnicodeScalarView(scalars[Int(friday.scalarStart)..<Int(friday.scalarEnd)])) == "Friday")
        // the en dash and curly quotes are punctuation, normalized
        #expect(tokens.contains { $0.isPunct(0x2D) })
        #expect(tokens.filter { $0.isPunct(0x22) }.count == 2)
    }

    @Test func looksUpWordsCaseInsensitively() {
        let tokens = tokenizer.tokenize("JUNE june June")
        #expect(Set(tokens.map(\.lex)).count == 1)
        #expect(lexicon.month(tokens[0].lex) == 6)
    }

    @Test func marksSentenceStarts() {
        let tokens = tokenizer.tokenize("He left on Sept. 3. She stayed.\nNew line here")
        let starts = tokens.filter { $0.has(.sentenceStart) }.map { lexicon.word($0.lex) }
        #expect(starts == ["he", "she", "new"])
    }

    @Test func flagsNumbersWithSeparators() {
        let tokens = tokenizer.tokenize("1,000 2019 3.5")
        #expect(tokens[0].has(.groupedNumber) && tokens[0].number == 1000)
        #expect(!tokens[1].has(.groupedNumber) && tokens[1].number == 2019 && tokens[1].length == 4)
        #expect(tokens[2].has(.groupedNumber))
    }
}
