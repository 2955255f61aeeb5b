import Foundation
import Testing
@testable import Chronicle

/// The dating rules of `EventAnchoring.structural`, each with small texts of its own (DCT Friday
/// 2021-08-20): one table, one test that runs it all.
struct StructuralAnchoringTests {
    static let analyzer = DocumentAnalyzer()

    struct Example: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var trigger: String
        /// The value of the event's time; nil: the event has no time but its tense's relation to the DCT (or none).
        var value: String?
        var relation: TemporalRelation?
        /// Whether the time comes through another event.
        var throughEvent = false
        var testDescription: String { "\(rule): \(trigger) in \(text)" }
    }

    static let examples: [Example] = [
        // a time dates the predicate it modifies, not every event of its sentence
        Example(rule: "time modifies the predicate", text: "The council will debate the budget on Monday and publish it in June.",
                trigger: "debate", value: "2021-08-23", relation: .isIncluded),
        Example(rule: "time modifies the predicate", text: "The council will debate the budget on Monday and publish it in June.",
                trigger: "publish", value: "2022-06", relation: .isIncluded),
        Example(rule: "time modifies the predicate", text: "Regulators fined the bank on Tuesday, capping an investigation that began in 2018.",
                trigger: "fined", value: "2021-08-17", relation: .isIncluded),
        Example(rule: "time modifies the predicate", text: "Regulators fined the bank on Tuesday, capping an investigation that began in 2018.",
                trigger: "began", value: "2018", relation: .isIncluded),
        // a reporting verb is dated by its own time or the DCT, the reported event by its own
        Example(rule: "reporting verb", text: "The mayor said on Thursday that the bridge closed in March.",
                trigger: "said", value: "2021-08-19", relation: .isIncluded),
        Example(rule: "reporting verb", text: "The mayor said on Thursday that the bridge closed in March.",
                trigger: "closed", value: "2021-03", relation: .isIncluded),
        Example(rule: "reporting verb", text: "The mayor said that the bridge closed in March.",
                trigger: "said", value: "2021-08-20", relation: .isIncluded),
        Example(rule: "reported event", text: "Officials said on Tuesday that the ferry sank.",
                trigger: "sank", value: "2021-08-20", relation: .before),
        // an event noun shares the time of the predicate it is an argument of
        Example(rule: "argument of a dated predicate", text: "The country held its elections in March.",
                trigger: "elections", value: "2021-03", relation: .isIncluded),
        Example(rule: "argument of a dated predicate", text: "Talks resumed in July.",
                trigger: "Talks", value: "2021-07", relation: .isIncluded),
        // a conjunct without a time shares the first conjunct's
        Example(rule: "coordinated predicate", text: "The ministers met in Geneva on Monday and signed the treaty.",
                trigger: "signed", value: "2021-08-16", relation: .isIncluded),
        // clauses and phrases of time place one event by another
        Example(rule: "clause of time", text: "The ferry sank after it left the port on Monday.",
                trigger: "sank", value: "2021-08-16", relation: .after, throughEvent: true),
        Example(rule: "clause of time", text: "When the storm hit the coast on Monday, the ferry sank.",
                trigger: "sank", value: "2021-08-16", relation: .simultaneous, throughEvent: true),
        Example(rule: "clause of time", text: "The road closed in March, before the flood.",
                trigger: "flood", value: "2021-03", relation: .after, throughEvent: true),
        // a duration before the marker is the distance between the two
        Example(rule: "clause of time, with its distance", text: "On Monday, the ministers met, two days after the vote.",
                trigger: "vote", value: "2021-08-14", relation: .isIncluded, throughEvent: true),
        Example(rule: "clause of time, with its distance", text: "In 2020, the treaty was signed, a year after the war.",
                trigger: "war", value: "2019", relation: .isIncluded, throughEvent: true),
        // no amount, no distance: only before
        Example(rule: "clause of time, with its distance", text: "On Monday, the ministers met, days after the vote.",
                trigger: "vote", value: "2021-08-16", relation: .before, throughEvent: true),
        // a distance finer than the other event's time moves nothing: only before
        Example(rule: "clause of time, with its distance", text: "In June, the bridge reopened, two days after the flood.",
                trigger: "flood", value: "2021-06", relation: .before, throughEvent: true),
        // a setting phrase lends its time to the predicate it modifies, not to the verb that reports it
        Example(rule: "setting of its own", text: "The company said the phone would go on sale on September 24.",
                trigger: "said", value: "2021-08-20", relation: .isIncluded),
        // with nothing else, the DCT: a report's statements on its day, what a modal or a present intention looks to after it
        Example(rule: "reporting verb, the day of the report", text: "The mayor says the bridge is safe.",
                trigger: "says", value: "2021-08-20", relation: .isIncluded),
        Example(rule: "reporting verb, the day of the report", text: "The mayor has said the bridge is safe.",
                trigger: "said", value: "2021-08-20", relation: .before),
        Example(rule: "modal, after the report", text: "The storm could damage the harbour.",
                trigger: "damage", value: "2021-08-20", relation: .after),
        Example(rule: "modal, after the report", text: "The storm could have damaged the harbour.",
                trigger: "damaged", value: "2021-08-20", relation: .before),
        Example(rule: "intention, after the report", text: "The council will try to rebuild the bridge.",
                trigger: "rebuild", value: "2021-08-20", relation: .after),
        // an infinitive looks ahead, whatever governs it
        Example(rule: "infinitive, after the report", text: "The army sent a team to recover the bodies.",
                trigger: "recover", value: "2021-08-20", relation: .after),
        Example(rule: "infinitive, after the report", text: "The council refused to rebuild the bridge.",
                trigger: "rebuild", value: "2021-08-20", relation: .after),
        // what an intention aims at is after it: after the report, or after the intention's own time
        Example(rule: "object of intention", text: "The mayor demanded an investigation.",
                trigger: "investigation", value: "2021-08-20", relation: .after),
        Example(rule: "object of intention", text: "In July, the mayor demanded an investigation.",
                trigger: "investigation", value: "2021-07", relation: .after),
        Example(rule: "object of intention", text: "The police completed the investigation.",
                trigger: "investigation", value: nil, relation: nil),
        // the present of a condition looks ahead; of a clause of time only under a future or modal
        Example(rule: "condition", text: "Officials would leave the city if the talks fail.",
                trigger: "fail", value: "2021-08-20", relation: .after),
        Example(rule: "condition", text: "The council will reopen the road when the storm passes.",
                trigger: "passes", value: "2021-08-20", relation: .after),
        Example(rule: "condition", text: "The ferry stops when the storm arrives.",
                trigger: "arrives", value: "2021-08-20", relation: .includes),
        // an event noun setting a statement of the report's day is on that day
        Example(rule: "setting of a statement of the report", text: "The mayor said at a news conference that the bridge was safe.",
                trigger: "conference", value: "2021-08-20", relation: .isIncluded),
        Example(rule: "setting of a statement of the report", text: "The mayor has said at a news conference that the bridge was safe.",
                trigger: "conference", value: nil, relation: nil),
        // a participle clause happens with its predicate
        Example(rule: "participle clause", text: "Protesters marched on Sunday, burning flags.",
                trigger: "burning", value: "2021-08-15", relation: .isIncluded),
        Example(rule: "participle clause", text: "Turning its back on the monarchy, the convention voted on Thursday for a republic.",
                trigger: "Turning", value: "2021-08-19", relation: .isIncluded),
        Example(rule: "participle clause", text: "Speaking to reporters, the mayor said the bridge was safe.",
                trigger: "Speaking", value: "2021-08-20", relation: .simultaneous, throughEvent: true),
        // a participle clause of time is no participle clause: "after leaving" is after
        Example(rule: "participle clause", text: "After leaving the port, the ferry sank on Monday.",
                trigger: "leaving", value: "2021-08-16", relation: .before, throughEvent: true),
        // an infinitive complement is after the event that governs it
        Example(rule: "complement of intention", text: "In July, the council promised to rebuild the bridge.",
                trigger: "rebuild", value: "2021-07", relation: .after, throughEvent: true),
    ]

    @Test(arguments: examples) func rule(_ example: Example) throws {
        let timeline = Timeline(documents: [Self.analyzer.analyze(Document(id: "d", text: example.text, dct: CalendarDate(year: 2021, month: 8, day: 20)))])
        let event = try #require(timeline.events.first { $0.trigger == example.trigger }, "no event '\(example.trigger)'")
        #expect(event.time?.value == example.value)
        #expect(event.time?.relation == example.relation)
        if case .event? = event.time?.anchor { #expect(example.throughEvent) } else { #expect(!example.throughEvent) }
    }

    @Test func anEventWithNoDefensibleAnchorStaysUnanchored() throws {
        let timeline = Timeline(documents: [Self.analyzer.analyze(Document(id: "d", text: "The ferry sank.", dct: nil))])
        let event = try #require(timeline.events.first { $0.trigger == "sank" })
        #expect(event.time == nil)
        #expect(timeline.unanchored == [event.id])
    }
}
