import Testing
@testable import Chronicle

/// The shipped model on small fixed sentences, and the structure helpers the event stages use.
struct DocumentSyntaxTests {
    /// The parse of `text` and a finder for the n-th word with a given form.
    static func parse(_ text: String) -> (DocumentSyntax, (String) -> Int) {
        let syntax = DocumentSyntax(text: text)
        let scalars = Array(text.unicodeScalars)
        let forms = syntax.words.map { String(String.UnicodeScalarView(scalars[$0.scalarRange])) }
        return (syntax, { form in forms.firstIndex(of: form) ?? -1 })
    }

    @Test func tagsLemmasAndFeatures() {
        let (s, w) = Self.parse("The children went to school and studies began.")
        #expect(s.upos(w("The")) == .det)
        #expect(s.upos(w("children")) == .noun && s.lemma(w("children")) == "child" && s.features(w("children")).number == "Plur")
        #expect(s.upos(w("went")) == .verb && s.lemma(w("went")) == "go" && s.features(w("went")).tense == "Past")
        #expect(s.xpos(w("went")) == "VBD")
        #expect(s.lemma(w("studies")) == "study")
        #expect(s.upos(w(".")) == .punct)
    }

    @Test func coordinatedPredicatesShareTheirSubject() {
        let (s, w) = Self.parse("The council will debate the budget on Monday and publish it in June.")
        let debate = w("debate"), publish = w("publish")
        #expect(s.head(debate) == nil && s.relation(debate) == .root)
        #expect(s.subjects(of: debate) == [w("council")])
        #expect(s.objects(of: debate) == [w("budget")])
        #expect(s.relation(publish) == .conj && s.head(publish) == debate)
        #expect(s.subjects(of: publish) == [w("council")])
        #expect(s.objects(of: publish) == [w("it")])
        #expect(s.conjuncts(of: publish) == [debate, publish])
        // each time expression modifies its own verb
        #expect(s.governor(of: w("Monday")..<w("Monday") + 1) == debate)
        #expect(s.governor(of: w("June")..<w("June") + 1) == publish)
        #expect(s.obliques(of: publish).map(\.word) == [w("June")])
        #expect(s.obliques(of: publish).first?.marker == w("in"))
    }

    @Test func aQuotationKnowsItsReportingVerb() {
        let text = "\"Sales have doubled since we opened the store in 2016,\" the owner said."
        let (s, w) = Self.parse(text)
        let quote = s.quotation(containing: w("doubled"))
        #expect(quote?.introducer == w("said"))
        #expect(quote?.words == w("Sales")..<w(",") + 1)  // the comma is inside the marks
        #expect(s.quotation(containing: w("owner")) == nil)
        #expect(s.subjects(of: w("said")) == [w("owner")])
        // the date inside the quote belongs to "opened", not to "said"
        let year = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "2016")!.lowerBound)
        #expect(s.governor(ofScalars: year..<year + 4) == w("opened"))
        #expect(s.adverbialClauses(of: w("doubled")).map(\.marker) == [w("since")])
    }

    @Test func aQuotedComplementKnowsItsVerb() {
        let (s, w) = Self.parse("\"We are proud of it,\" the owner said.")
        #expect(s.quotation(containing: w("proud"))?.introducer == w("said"))
        #expect(s.quotation(containing: w("said")) == nil)
    }

    @Test func singleQuotesQuoteButApostrophesDoNot() {
        let (s, w) = Self.parse("'We do not see it,' the minister told the Journal. The Smiths' house is 'tiny' now.")
        let quote = s.quotation(containing: w("see"))
        #expect(quote?.words == w("We")..<w(",") + 1)
        #expect(quote?.introducer == w("told"))
        #expect(s.quotation(containing: w("house")) == nil)
        #expect(s.quotation(containing: w("tiny"))?.words == w("tiny")..<w("tiny") + 1)
    }

    @Test func aTimeInsideANounPhraseGovernsTheNoun() {
        let (s, w) = Self.parse("The warning came three days before the flood of 9 May.")
        #expect(s.governor(of: w("9")..<w("May") + 1) == w("flood"))
        #expect(s.subjects(of: w("came")) == [w("warning")])
    }

    @Test func complementsAndAdverbialClauses() {
        let (s, w) = Self.parse("She said that he had resigned.")
        #expect(s.complements(of: w("said")) == [w("resigned")])
        #expect(s.children(w("resigned"), .mark) == [w("that")])
        let (t, v) = Self.parse("He resigned when the scandal broke.")
        #expect(t.adverbialClauses(of: v("resigned")).map(\.clause) == [v("broke")])
        #expect(t.adverbialClauses(of: v("resigned")).first?.marker == v("when"))
        #expect(t.subjects(of: v("broke")) == [v("scandal")])
    }

    @Test func tokensMapToWords() {
        let (s, w) = Self.parse("I don't know.")
        // tokens: I don ' t know . ; words: I do n't know .
        #expect(s.word(containingToken: 1) == w("do"))
        #expect(s.word(containingToken: 2) == w("n't"))
        #expect(s.words[w("n't")].tokens == 1..<4)
        #expect(s.upos(w("n't")) == .part && s.lemma(w("n't")) == "not")
        #expect(s.sentence(of: w("know")) == 0)
        #expect(s.words(overlappingScalars: 2..<5) == w("do")..<w("n't") + 1)
    }

    @Test func everySentenceIsOneTree() {
        let text = "Al-Zaman: American forces killed Shaikh Abdullah al-Ani, the preacher at the mosque. Then what? Nothing at all..."
        let (s, _) = Self.parse(text)
        for sentence in s.sentences {
            #expect(sentence.filter { s.head($0) == nil }.count == 1)
            for word in sentence {
                var w = word, steps = 0
                while let h = s.head(w), steps <= sentence.count { #expect(sentence.contains(h)); w = h; steps += 1 }
                #expect(steps <= sentence.count)
            }
        }
    }
}
