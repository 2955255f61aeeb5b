import Foundation
import Testing
@testable import Chronicle

/// The rules of `EventStructure` (descriptions, roles, attribution), each with small texts of its
/// own (DCT Friday 2021-08-20): one table, one test that runs it all.
struct EventStructureTests {
    static let analyzer = DocumentAnalyzer()

    struct Example: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        /// The trigger whose event is checked.
        var trigger: String
        var description: String
        /// Role name and participant text, in text order; nil leaves roles unchecked.
        var roles: [String]? = nil
        var attribution: String? = nil
        var testDescription: String { "\(rule): \(trigger) in \(text)" }
    }

    static let examples: [Example] = [
        // clause core: subject, verb group, object, obliques that are not times
        Example(rule: "clause core", text: "In July, the White House sent Elizabeth Sherwood-Randall, Homeland Security Advisor, to Uzbekistan.",
                trigger: "sent", description: "the White House sent Elizabeth Sherwood-Randall to Uzbekistan",
                roles: ["agent the White House", "patient Elizabeth Sherwood-Randall", "goal Uzbekistan"]),
        Example(rule: "clause core", text: "The US had bases in Uzbekistan and Kyrgyzstan in the early 2000s.",
                trigger: "had", description: "the US had bases in Uzbekistan and Kyrgyzstan",
                roles: ["agent The US", "patient bases", "place Uzbekistan", "place Kyrgyzstan"]),
        Example(rule: "clause core", text: "The ferry sank near the harbour on Monday.",
                trigger: "sank", description: "the ferry sank near the harbour"),
        // the verb group stays grammatical: auxiliaries, negation, particles
        Example(rule: "verb group", text: "Without bases, the US would be forced to operate out of Qatar.",
                trigger: "forced", description: "the US would be forced to operate out of Qatar",
                roles: ["patient the US"]),
        Example(rule: "verb group", text: "The inspectors could not finish the survey.",
                trigger: "finish", description: "the inspectors could not finish the survey"),
        Example(rule: "verb group", text: "The rebels gave up their weapons last year.",
                trigger: "gave", description: "the rebels gave up their weapons", roles: ["agent The rebels", "patient their weapons"]),
        // relative clauses and appositions are cut
        Example(rule: "cut relative clauses", text: "Putin scoffed at plans that the Pentagon drafted in May.",
                trigger: "scoffed", description: "Putin scoffed at plans"),
        Example(rule: "cut appositions", text: "Paul Goble, a former State Department expert, criticized the deal.",
                trigger: "criticized", description: "Paul Goble criticized the deal",
                roles: ["agent Paul Goble", "patient the deal"]),
        // coordination: a second verb shares the first one's subject and auxiliaries
        Example(rule: "shared subject", text: "The US had bases in Uzbekistan but phased out operations there.",
                trigger: "phased", description: "the US phased out operations"),
        Example(rule: "shared subject", text: "The council will debate the budget on Monday and publish it in June.",
                trigger: "publish", description: "the council will publish it"),
        Example(rule: "coordinated subjects", text: "Blinken and Austin met the ministers in Washington.",
                trigger: "met", description: "Blinken and Austin met the ministers in Washington",
                roles: ["agent Blinken", "agent Austin", "patient the ministers", "place Washington"]),
        // pronoun subjects take their antecedent when it is plain
        Example(rule: "pronoun subject", text: "A ferry left the port at dawn. It sank two hours later.",
                trigger: "sank", description: "a ferry sank", roles: ["agent a ferry"]),
        Example(rule: "pronoun subject", text: "The ministers arrived in Geneva. They signed the treaty.",
                trigger: "signed", description: "the ministers signed the treaty"),
        Example(rule: "pronoun subject, no plain antecedent", text: "It rained all day.",
                trigger: "rained", description: "It rained"),
        // a relative pronoun subject is the noun its clause modifies
        Example(rule: "relative pronoun subject", text: "Amid the coup that left the country in chaos, the embassies stayed open.",
                trigger: "left", description: "the coup left the country in chaos", roles: ["agent the coup", "patient the country"]),
        // event nouns are described by their noun phrase
        Example(rule: "event noun", text: "With the swift fall of Kabul to the Taliban, Biden admitted the risk.",
                trigger: "fall", description: "the swift fall of Kabul to the Taliban", roles: ["patient Kabul", "goal the Taliban"]),
        Example(rule: "event noun", text: "Biden was criticized for his summit with Putin.",
                trigger: "summit", description: "his summit with Putin", roles: ["companion Putin"]),
        // roles from prepositions and voice
        Example(rule: "passive agent", text: "The bridge was closed by the city council.",
                trigger: "closed", description: "the bridge was closed by the city council",
                roles: ["patient The bridge", "agent the city council"]),
        Example(rule: "recipient beside a reported clause", text: "Putin told Biden that China would object.",
                trigger: "told", description: "Putin told Biden that China would object", roles: ["agent Putin", "recipient Biden"]),
        // attribution: reported events name who reports them
        Example(rule: "attribution", text: "The mayor said on Thursday that the bridge will reopen in May.",
                trigger: "reopen", description: "the bridge will reopen", attribution: "The mayor said on Thursday"),
        Example(rule: "attribution", text: "The plant closed in March, according to local officials.",
                trigger: "closed", description: "the plant closed", attribution: "according to local officials"),
        Example(rule: "no attribution", text: "The plant closed in March.",
                trigger: "closed", description: "the plant closed", attribution: nil),
    ]

    @Test(arguments: examples) func rule(_ example: Example) throws {
        let analysis = Self.analyzer.analyze(Document(id: "d", text: example.text, dct: CalendarDate(year: 2021, month: 8, day: 20)))
        let event = try #require(analysis.events.first { $0.mention.trigger == example.trigger }, "no event '\(example.trigger)'")
        #expect(event.description == example.description)
        if let roles = example.roles {
            #expect(event.roles.map { "\($0.role.rawValue) \($0.text)" } == roles)
        }
        #expect(event.attribution == example.attribution)
    }

    @Test func withoutAParseTheDescriptionIsTheTrigger() throws {
        let analysis = DocumentAnalyzer(syntax: nil).analyze(Document(id: "d", text: "The ferry sank on Monday.", dct: nil))
        let event = try #require(analysis.events.first { $0.mention.trigger == "sank" })
        #expect(event.description == "sank")
        #expect(event.roles.isEmpty)
    }

    @Test func participantSpansPointAtTheirHeadWords() throws {
        let text = "Blinken and Austin met the ministers in Washington."
        let analysis = Self.analyzer.analyze(Document(id: "d", text: text, dct: nil))
        let event = try #require(analysis.events.first { $0.mention.trigger == "met" })
        let scalars = Array(text.unicodeScalars)
        let heads = event.roles.map { String(String.UnicodeScalarView(scalars[$0.begin..<$0.end])) }
        #expect(heads == ["Blinken", "Austin", "ministers", "Washington"])
    }
}
