import Testing
@testable import Chronicle

/// Entity mentions, participation and the SemEval-2015 timeline scorer, each rule on small texts
/// of its own (DCT Friday 2021-08-20).
struct EntityTests {
    static let dct = CalendarDate(year: 2021, month: 8, day: 20)!

    func analysis(_ text: String, _ names: [String], id: String = "doc") -> DocumentAnalysis {
        DocumentAnalyzer(entities: names.map(EntityName.init)).analyze(Document(id: id, text: text, dct: Self.dct))
    }

    /// The mentions of entity 0 as "text/rule".
    func mentions(_ text: String, _ name: String) -> [String] {
        (analysis(text, [name]).entities?.mentions ?? []).filter { $0.entity == 0 }.map { "\($0.text)/\($0.rule)" }
    }

    /// The triggers of the events entity 0 takes part in (the events stage's and the entity stage's event nouns).
    func events(_ text: String, _ name: String) -> [String] {
        (analysis(text, [name]).entities?.participations ?? []).filter { $0.entity == 0 }.map(\.trigger)
    }

    @Test func nameForms() {
        #expect(EntityName("Steve Jobs").surfaceForms == ["Steve Jobs", "Jobs"])
        #expect(EntityName("Louis Gallois").surfaceForms == ["Louis Gallois", "Gallois"])
        #expect(EntityName("Airbus A380").surfaceForms == ["Airbus A380", "A380"])
        #expect(EntityName("Boeing 787").surfaceForms == ["Boeing 787", "787"])
        #expect(EntityName("iPhone 4").surfaceForms == ["iPhone 4"])
        #expect(EntityName("iPhone 3G").surfaceForms == ["iPhone 3G"])
        #expect(EntityName("iTunes store").surfaceForms == ["iTunes store", "iTunes"])
        #expect(EntityName("iPod").surfaceForms == ["iPod"])
    }

    @Test func mentionRules() {
        let examples: [(rule: String, name: String, text: String, expected: [String])] = [
            ("full name, any case", "iTunes store", "The iTunes Store opened in 2003.", ["iTunes Store/full name"]),
            ("surname", "Steve Jobs", "Steve Jobs spoke. Later Jobs left.", ["Steve Jobs/full name", "Jobs/short form"]),
            ("surname needs its capital", "Steve Jobs", "Steve Jobs said jobs were lost.", ["Steve Jobs/full name"]),
            ("model number", "Airbus A380", "The A380 flew on Monday.", ["A380/short form"]),
            ("a product's bare model digit is not a name", "iPhone 4", "Version 4 of the phone shipped.", []),
            ("acronym the text introduces", "General Motors", "General Motors (GM) cut jobs. GM said sales fell.",
             ["General Motors/full name", "GM/acronym", "GM/acronym"]),
            ("possessive", "Steve Jobs", "Jobs's keynote was long.", ["Jobs/short form"]),
            ("personal pronoun after a person subject", "Steve Jobs", "Steve Jobs spoke on Monday. He announced a phone.",
             ["Steve Jobs/full name", "He/pronoun"]),
            ("it after a thing subject", "Airbus A380", "The A380 landed in Sydney. It carried 450 people.",
             ["A380/short form", "It/pronoun"]),
            ("a pronoun takes the nearest subject", "Steve Jobs", "Steve Jobs spoke. Tim Cook, the new chief, said he agreed.",
             ["Steve Jobs/full name"]),
            ("definite description", "Louis Gallois", "Louis Gallois, the executive, spoke on Monday. The executive said sales rose.",
             ["Louis Gallois/full name", "executive/definite description"]),
        ]
        for example in examples {
            #expect(mentions(example.text, example.name) == example.expected, "\(example.rule): \(example.text)")
        }
    }

    @Test func participationPatterns() {
        let examples: [(pattern: String, name: String, text: String, expected: [String])] = [
            ("subject", "Steve Jobs", "Steve Jobs announced a new phone.", ["announced"]),
            ("passive subject", "Steve Jobs", "Steve Jobs was fired in 1985.", ["fired"]),
            ("object", "Steve Jobs", "The board fired Steve Jobs in 1985.", ["fired"]),
            ("oblique", "Steve Jobs", "The company was sold to Steve Jobs in 1986.", ["sold"]),
            ("possessor of an event noun", "Steve Jobs", "Crowds cheered during Jobs's keynote.", ["keynote"]),
            ("possessor written apart, as tokenized corpora print it", "Steve Jobs", "Crowds cheered during Jobs 's keynote .", ["keynote"]),
            ("shared subject of coordinated verbs", "Steve Jobs", "Jobs welcomed the crowd and announced a phone.", ["welcomed", "announced"]),
            ("light verb object: the noun is the event", "Steve Jobs", "Steve Jobs gave a speech.", ["speech"]),
            ("light verb object, made", "Steve Jobs", "Steve Jobs made a decision on Monday.", ["decision"]),
            ("the possessor of a light verb's event noun", "Steve Jobs", "Tim Cook gave Steve Jobs's keynote.", ["keynote"]),
            ("a light verb with another object is an event", "Steve Jobs", "Steve Jobs made a phone.", ["made"]),
            ("another verb keeps its event beside the noun", "Steve Jobs", "Steve Jobs announced his resignation.", ["announced", "resignation"]),
            ("shared subject of an adverbial clause", "Steve Jobs", "Steve Jobs unveiled the phone, saying it was thin.", ["unveiled", "saying"]),
            ("an adverbial clause with its own subject", "Steve Jobs", "Steve Jobs left after the board fired Tim Cook.", ["left"]),
            ("apposition to the subject", "Steve Jobs", "The founder of Apple, Steve Jobs, died on Wednesday.", ["died"]),
            ("reduced relative", "Steve Jobs", "Steve Jobs, fired in 1985, founded a company.", ["fired", "founded"]),
            ("phrasal verb with its particle", "Steve Jobs", "Steve Jobs stepped down in August.", ["stepped_down"]),
            ("same sentence is not enough", "Steve Jobs", "Analysts who met Jobs expected that prices would fall.", ["met"]),
        ]
        for example in examples {
            let found = events(example.text, example.name)
            #expect(example.expected.allSatisfy(found.contains) && found.allSatisfy(example.expected.contains),
                    "\(example.pattern): \(example.text) gave \(found)")
        }
    }

    @Test func crossDocumentEventsMerge() throws {
        let a = analysis("Apple launched the iPhone 3G on June 9, 2008.", ["iPhone 3G"], id: "a")
        let b = analysis("The iPhone 3G was launched on June 9, 2008, by Apple.", ["iPhone 3G"], id: "b")
        let timeline = EntityTimeline(entity: 0, analyses: [a, b])
        #expect(timeline.entity == "iPhone 3G")
        let launch = try #require(timeline.items.first { $0.kind == a.events.first { $0.mention.trigger == "launched" }?.kind })
        #expect(Set(launch.mentions.map(\.document)) == ["a", "b"])
        #expect(SemEvalTimeline.date(launch) == "2008-06-09")
    }

    @Test func oneDocumentsDistinctEventsStayApart() throws {
        // same kind, same day, one document that tells two events: two items
        let a = analysis("Apple opened a store in Paris on Monday. Apple opened a factory on Monday.", ["Apple"], id: "a")
        let timeline = EntityTimeline(entity: 0, analyses: [a])
        #expect(timeline.items.filter { $0.mentions.contains { $0.trigger == "opened" } }.count == 2)
    }

    @Test func aParticipleClauseTakesTheDateOfItsClause() throws {
        let monday = CalendarDate(year: 2021, month: 8, day: 16)!
        let timeline = EntityTimeline(entity: 0, analyses: [analysis("Steve Jobs unveiled the phone on Monday, saying it was thin.", ["Steve Jobs"])])
        let saying = try #require(timeline.items.first { $0.mentions.first?.trigger == "saying" })
        #expect(saying.earliest == monday && saying.latest == monday)
        // an infinitive may look ahead: it keeps no date of its own and takes none
        let later = EntityTimeline(entity: 0, analyses: [analysis("On Monday, Steve Jobs said he wanted to remain chairman.", ["Steve Jobs"])])
        let remain = try #require(later.items.first { $0.mentions.first?.trigger == "remain" })
        #expect(remain.earliest == nil)
    }

    @Test func eventNounWithoutAnEventAboveIsDatedByTheDCT() throws {
        let timeline = EntityTimeline(entity: 0, analyses: [analysis("Steve Jobs's keynote.", ["Steve Jobs"])])
        let keynote = try #require(timeline.items.first { $0.mentions.first?.trigger == "keynote" })
        #expect(keynote.earliest == Self.dct && keynote.latest == Self.dct)
    }

    // MARK: scorer

    static let gold = """
        Steve Jobs
        0\tXXXX-XX-XX\td-4-said
        1\t1955-02-24\td-5-born
        2\t1976\td-6-started\te-2-founding
        2\t1976\td-5-built
        3\t1985\td-7-fired

        """

    @Test func goldAgainstItselfScoresOne() throws {
        let gold = try SemEvalTimeline(parsing: Self.gold)
        let score = TimelineScorer.score(gold: gold, system: gold)
        #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
        #expect(try SemEvalTimeline(parsing: gold.text) == gold)
    }

    @Test func emptySystemScoresZero() throws {
        let gold = try SemEvalTimeline(parsing: Self.gold)
        let score = TimelineScorer.score(gold: gold, system: SemEvalTimeline(entity: "Steve Jobs", lines: []))
        #expect(score.recall == 0 && score.f1 == 0)
    }

    @Test func shuffledOrderScoresLower() throws {
        let gold = try SemEvalTimeline(parsing: Self.gold)
        var shuffled = gold
        shuffled.lines = gold.lines.map { line in
            var line = line
            if line.ordinal > 0 { line.ordinal = 4 - line.ordinal }
            return line
        }
        let score = TimelineScorer.score(gold: gold, system: shuffled)
        #expect(score.f1 < 1 && score.f1 > 0)
        // unscored line 0: leaving it out changes nothing
        var without = gold
        without.lines.removeFirst()
        #expect(TimelineScorer.score(gold: gold, system: without).f1 == 1)
    }

    @Test func badTimelineLineIsAnError() {
        #expect(throws: SemEvalTimelineError.badLine(2, "one\ttwo")) { try SemEvalTimeline(parsing: "X\none\ttwo\n") }
        #expect(throws: SemEvalTimelineError.empty) { try SemEvalTimeline(parsing: "") }
    }

    @Test func baselineTakesEveryVerbOfNamingSentences() {
        let document = Document(id: "d", text: "Steve Jobs founded Apple and sold computers. Markets rose.", dct: Self.dct)
        let timeline = EntityBaseline.timeline(EntityName("Steve Jobs"), documents: [document], syntax: .shipped) { _, _ in nil }
        #expect(timeline.lines.map(\.mentions) == [["d-1-founded"], ["d-1-sold"]])
        #expect(timeline.lines.allSatisfy { $0.date == "2021-08-20" && $0.ordinal == 1 })
    }
}
