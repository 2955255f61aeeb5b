import Testing
@testable import Chronicle

/// The salience rules, each on its own small texts (`EventSalience.rules`), and the main
/// timeline they make.
struct EventSalienceTests {
    static let dct = CalendarDate(year: 2021, month: 8, day: 20)!

    /// The salience rules that apply to the event whose trigger is `trigger` in `text`; nil
    /// when the detector finds no such event.
    static func appliedRules(_ text: String, trigger: String) -> [String]? {
        let document = Document(id: "doc", text: text, dct: dct)
        var tagging = TemporalTagger.Run(tagger: TemporalTagger(), dct: document.dct, genre: document.genre)
        var applied: [String]?
        TextAnalysis.sections(of: text, syntax: .shipped) { analysis in
            let timexes = tagging.tag(analysis)
            let events = EventExtractor().extract(analysis, timexes: tagging.expressions[timexes], document: "doc")
            let tokens = events.map { event in analysis.tokens.firstIndex { Int($0.scalarStart) == event.mention.begin }! }
            let scores = EventSalience.scores(events, tokens: tokens, analysis: analysis)
            if applied == nil, let e = events.firstIndex(where: { $0.mention.trigger == trigger }) { applied = scores[e].rules }
        }
        return applied
    }

    @Test(arguments: EventSalience.rules.flatMap { rule in rule.examples.map { (rule.name, $0.text, $0.trigger, $0.applies) } })
    func ruleExamples(rule: String, text: String, trigger: String, applies: Bool) throws {
        let rules = try #require(Self.appliedRules(text, trigger: trigger), "'\(trigger)' is not an event in \"\(text)\"")
        #expect(rules.contains(rule) == applies, "\"\(text)\" \(trigger): rules \(rules)")
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in EventSalience.rules {
            #expect(rule.examples.contains { $0.applies }, "\(rule.name) has no example it applies to")
            #expect(rule.examples.contains { !$0.applies }, "\(rule.name) has no example it leaves alone")
            #expect(rule.factor < EventSalience.mainTimelineThreshold, "\(rule.name) alone does not take an event off the main timeline")
        }
    }

    @Test func theMainTimelineHoldsTheReportedEventNotTheReport() throws {
        let analysis = DocumentAnalyzer().analyze(Document(id: "doc", text: "The mayor said on Thursday that the bridge collapsed on Monday.", dct: Self.dct))
        let timeline = Timeline(documents: [analysis])
        let said = try #require(timeline.events.first { $0.trigger == "said" })
        let collapsed = try #require(timeline.events.first { $0.trigger == "collapsed" })
        #expect(!said.isInMainTimeline && said.salience < EventSalience.mainTimelineThreshold)
        #expect(collapsed.isInMainTimeline && collapsed.salience == 1)
        let main = timeline.mainTimeline
        #expect(main.events.map(\.trigger) == ["collapsed"])
        #expect(main.entries.flatMap(\.events) == [collapsed.id])
        // every event stays in the whole timeline, with its score
        #expect(timeline.events.count == main.events.count + 1)
    }

    @Test func aMergedEventTakesItsMostSalientMention() throws {
        var analysis = DocumentAnalyzer().analyze(Document(id: "doc", text: "The ferry sank on Monday.", dct: Self.dct))
        let sank = try #require(analysis.events.first { $0.mention.trigger == "sank" })
        var doubted = sank
        doubted.salience = 0.3
        analysis.events = [doubted, sank]
        analysis.clusters = [0, 0]
        let events = Timeline(documents: [analysis]).events
        #expect(events.count == 1)
        #expect(events.first?.salience == 1)
    }
}
