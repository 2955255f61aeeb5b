import Testing
@testable import Chronicle

/// How `TLinkScorer` decides an event-time relation: from the event's anchor, from the two
/// intervals, from the tense, else the fallback.
struct TLinkScorerTests {
    static let text = "The talks are over now. The council will try to rebuild the bridge. The ferry sank near the port."

    /// The gold document with events and times at the spans of `words` (the first occurrence of each).
    static func gold(events: [(id: String, word: String)], timexes: [(id: String, text: String, value: String)]) -> AnnotatedDocument {
        func span(_ word: String) -> (Int, Int) {
            let range = text.range(of: word)!
            return (text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound),
                    text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound))
        }
        let dct = CalendarDate(year: 2021, month: 8, day: 20)
        return AnnotatedDocument(document: Document(id: "d", text: text, dct: dct),
                                 timexes: timexes.map { let (b, e) = span($0.text); return AnnotatedTimex(begin: b, end: e, text: $0.text, id: $0.id, type: "DATE", value: $0.value) },
                                 events: events.map { let (b, e) = span($0.word); return AnnotatedEvent(begin: b, end: e, text: $0.word, id: $0.id, eventClass: "OCCURRENCE") })
    }

    @Test func relationsComeFromAnchorsTensesAndNow() throws {
        let gold = Self.gold(events: [("e1", "rebuild"), ("e2", "sank"), ("e3", "port")], timexes: [("t1", "now", "PRESENT_REF")])
        let analysis = DocumentAnalyzer().analyze(gold.document)
        let pairs = TLinkScorer.parse("""
            d\te1\tt0\ta
            d\te1\tt1\ta
            d\tt1\te2\ta
            d\te2\tt0\tb
            d\te3\tt0\tv
            d\te9\tt0\tb

            """)
        let score = TLinkScorer.score(pairs, gold: gold, analysis: analysis)
        // the vague pair is not scored; e9 is in no analysis
        #expect(score.pairs == 5)
        #expect(score.aligned == 4)
        // "to rebuild" looks ahead of the report and so of "now", the moment of writing; "sank" is before both
        #expect(score.correct == 4, "\(score.mistakes)")
        #expect(score.confusion["a"]?["a"] == 2)
        #expect(score.confusion["b"]?["b"] == 2)
        #expect(score.confusion["b"]?["unaligned"] == 1)
    }
}
