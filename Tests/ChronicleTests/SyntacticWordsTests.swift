import Testing
@testable import Chronicle

/// Chronicle tokens to UD words, each rule with its examples: the words' forms, and their spans.
struct SyntacticWordsTests {
    /// The words of `text` as (form, scalar start, scalar end), and the first word of each sentence.
    static func words(_ text: String) -> (forms: [String], spans: [Range<Int>], starts: [Int]) {
        var text = text
        let grammar = Grammar.standard
        let tokens = grammar.tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let (words, starts) = text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { t in
                SyntacticWordSplitter.words(tokens: t, bytes: bytes) { $0.lex != Lexicon.unknown && grammar.lexicon.classes($0.lex).contains(.abbreviation) }
            }
        }
        let forms = words.map { w in
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[w.scalarRange])
            return String(s)
        }
        return (forms, words.map(\.scalarRange), starts)
    }

    static let examples: [(text: String, words: [String])] = [
        ("I don't know.", ["I", "do", "n't", "know", "."]),
        ("They can't and won't.", ["They", "ca", "n't", "and", "wo", "n't", "."]),
        ("Biden's plan", ["Biden", "'s", "plan"]),
        ("Biden’s plan", ["Biden", "’s", "plan"]),
        ("We'll see; I'm sure they're right, I've said he'd come.",
         ["We", "'ll", "see", ";", "I", "'m", "sure", "they", "'re", "right", ",", "I", "'ve", "said", "he", "'d", "come", "."]),
        ("the Smiths' house", ["the", "Smiths", "'", "house"]),
        ("at this year 's Apple conference , Jobs 's keynote", ["at", "this", "year", "'s", "Apple", "conference", ",", "Jobs", "'s", "keynote"]),
        ("we 'll see and they 're sure in the 1990 's .", ["we", "'ll", "see", "and", "they", "'re", "sure", "in", "the", "1990", "'s", "."]),
        ("he said 'sup 'sicko' , the 'd' key", ["he", "said", "'", "sup", "'", "sicko", "'", ",", "the", "'", "d", "'", "key"]),
        ("O'Brien said", ["O'Brien", "said"]),
        ("You cannot go, we're gonna win", ["You", "can", "not", "go", ",", "we", "'re", "gon", "na", "win"]),
        ("Mr. Smith met Dr. Jones at Apple Corp. in the U.S. yesterday.",
         ["Mr.", "Smith", "met", "Dr.", "Jones", "at", "Apple", "Corp.", "in", "the", "U.S.", "yesterday", "."]),
        ("In the 1990s, on the 5th, at 10:30 or 1/2 past", ["In", "the", "1990s", ",", "on", "the", "5th", ",", "at", "10:30", "or", "1/2", "past"]),
        ("Wait... what?! No -- never.", ["Wait", "...", "what", "?!", "No", "--", "never", "."]),
        ("a well-known fact", ["a", "well", "-", "known", "fact"]),
        ("He said, \"It works.\"", ["He", "said", ",", "\"", "It", "works", ".", "\""]),
        ("Write to jo.smith@example.com or see http://example.org/a/b today.",
         ["Write", "to", "jo.smith@example.com", "or", "see", "http://example.org/a/b", "today", "."]),
    ]

    @Test func splitsAndJoinsTokensAsUDDoes() {
        for example in Self.examples {
            #expect(Self.words(example.text).forms == example.words, "\(example.text)")
        }
    }

    @Test func spansAreExactScalarOffsets() {
        let text = "“I don’t,” Biden’s aide said — in the U.S."
        let (forms, spans, _) = Self.words(text)
        #expect(forms == ["“", "I", "do", "n’t", ",", "”", "Biden", "’s", "aide", "said", "—", "in", "the", "U.S."])
        let scalars = Array(text.unicodeScalars)
        for (form, span) in zip(forms, spans) {
            #expect(String(String.UnicodeScalarView(scalars[span])) == form)
        }
        // the words tile the text: "do" and "n’t" share the token "don" without a gap
        #expect(spans[2] == 3..<5 && spans[3] == 5..<8)
    }

    @Test func sentenceStartsFollowTheTokenizer() {
        let (forms, _, starts) = Self.words("It rained. Then it didn't.")
        #expect(starts == [0, 3])
        #expect(forms[3...] == ["Then", "it", "did", "n't", "."])
    }

    @Test func aPeriodThatEndsTheSentenceIsNotAnAbbreviations() {
        let (forms, _, starts) = Self.words("He works at Apple Corp.\n\nThe end.")
        #expect(forms == ["He", "works", "at", "Apple", "Corp", ".", "The", "end", "."])
        #expect(starts == [0, 6])
    }
}
