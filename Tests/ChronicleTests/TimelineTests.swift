import Foundation
import Testing
@testable import Chronicle

/// Anchoring, merging and ordering rules, each on a small text of its own (DCT Friday 2021-08-20).
struct TimelineTests {
    static let dct = CalendarDate(year: 2021, month: 8, day: 20)!
    static let analyzer = DocumentAnalyzer()

    func timeline(_ text: String, id: String = "doc") -> Timeline {
        Timeline(documents: [Self.analyzer.analyze(Document(id: id, text: text, dct: Self.dct))])
    }

    func event(_ timeline: Timeline, _ trigger: String) throws -> TimelineEvent {
        try #require(timeline.events.first { $0.mentions.contains { $0.trigger == trigger } }, "no event '\(trigger)'")
    }

    @Test func anchorsToATimeInTheClause() throws {
        let t = timeline("Foreign ministers met in Washington in July.")
        let met = try event(t, "met")
        #expect(met.time?.value == "2021-07")
        #expect(met.time?.relation == .isIncluded)
        #expect(met.place == "Washington")
        #expect(t.entries.map(\.display) == ["July 2021"])
    }

    @Test func separateClausesGetTheirOwnTimes() throws {
        let t = timeline("Regulators fined the bank on Tuesday, capping an investigation that began in the autumn of 2018.")
        #expect(try event(t, "fined").time?.value == "2021-08-17")
        #expect(try event(t, "began").time?.value == "2018-FA")
        #expect(t.entries.first?.display == "autumn 2018")
    }

    @Test func atTheSameTimeCarriesThePreviousTime() throws {
        let t = timeline("In July, the White House sent an adviser to Uzbekistan. At the same time, the two ministers met in Washington.")
        let met = try event(t, "met")
        #expect(met.time?.value == "2021-07")
        guard case .event(let id)? = met.time?.anchor else { Issue.record("not anchored to an event: \(String(describing: met.time?.anchor))"); return }
        #expect(id.hasPrefix("doc:e"))
    }

    @Test func aSettingEventLendsItsTime() throws {
        let t = timeline("Putin and Biden held a summit in Geneva in June. Putin told Biden at their Geneva meeting that China would object.")
        let told = try event(t, "told")
        #expect(told.time?.value == "2021-06")
        let summit = try event(t, "summit")
        #expect(summit.mentions.map(\.trigger).contains("meeting"))
    }

    @Test func mergesMentionsOfOneEvent() throws {
        let t = timeline("""
        Putin scoffed at the plans during their June summit.
        Putin told Biden at their Geneva meeting that China would object.
        Biden was criticized for his June summit with Vladimir Putin.
        """)
        let summit = try event(t, "summit")
        #expect(summit.mentions.map(\.trigger) == ["summit", "meeting", "summit"])
        #expect(t.events.filter { ["summit", "meeting"].contains($0.trigger) }.count == 1)
    }

    @Test func anEventsMentionsAreItsFirstThenTheMergedOnes() throws {
        let analysis = Self.analyzer.analyze(Document(id: "doc", text: "The council met on Friday.", dct: Self.dct))
        var met = try #require(analysis.events.first)
        #expect(met.mentions == [met.mention])
        var later = met.mention
        later.trigger = "meeting"
        met.mentions = [later, met.mention]
        #expect(met.mention == later)
        #expect(met.mentions.map(\.trigger) == ["meeting", "met"])
        met.mentions = []
        #expect(met.mentions == [later])
    }

    @Test func permutingPutsEachItemWhereTheOrderSays() {
        var items = ["a", "b", "c", "d", "e", "f"]
        TimelineBuilder.permute(&items, to: [2, 0, 1, 3, 5, 4])
        #expect(items == ["c", "a", "b", "d", "f", "e"])
        var none: [String] = []
        TimelineBuilder.permute(&none, to: [])
        #expect(none.isEmpty)
    }

    @Test func doesNotMergeEventsWithDifferentObjectsOrPlaces() throws {
        let t = timeline("Apple opened a store in Paris on Monday. Apple opened a factory on Monday. Apple opened a store in Texas on Monday.")
        #expect(t.events.filter { $0.trigger == "opened" }.count == 3)
        // a pronoun object does not tell two events apart
        let same = timeline("Apple opened a store on Monday. Apple opened it on Monday.")
        #expect(same.events.filter { $0.mentions.contains { $0.trigger == "opened" } }.count == 1)
    }

    @Test func doesNotMergeEventsAtDifferentTimes() throws {
        let t = timeline("The leaders met in June in Geneva. They met again in July in Geneva.")
        #expect(t.events.filter { $0.trigger == "met" }.count == 2)
    }

    @Test func flagsWhatIsNotAFact() throws {
        let t = timeline("Officials warned that al-Qaeda could reestablish a presence. The minister did not attend the ceremony.")
        let reestablish = try event(t, "reestablish")
        #expect(reestablish.modality == "could")
        #expect(!reestablish.isFactual)
        let attend = try event(t, "attend")
        #expect(attend.polarity == .negative)
    }

    @Test func infinitivesAfterPlansAreNotFacts() throws {
        let t = timeline("The minister is expected to step down.")
        #expect(try event(t, "step").modality == "expected to")
    }

    @Test func tensedEventsWithoutATimeRelateToTheDCT() throws {
        let t = timeline("The company said profits rose sharply.")
        let rose = try event(t, "rose")
        #expect(rose.time?.relation == .before)
        #expect(rose.time?.anchor == .creationTime(document: "doc"))
        #expect(t.undated.contains(rose.id))
        // the report's own statement is on its day
        let said = try event(t, "said")
        #expect(said.time?.relation == .isIncluded)
        #expect(said.time?.anchor == .creationTime(document: "doc"))
        #expect(t.entries.map(\.events) == [[said.id]])
    }

    @Test func anEventOnlyAfterAnotherThatIsAfterTheReportIsUndated() throws {
        // "rebuild" is after "try", which is after the DCT: no span to place it in (this crashed)
        let t = timeline("The council will try to rebuild the bridge.")
        let rebuild = try event(t, "rebuild")
        #expect(rebuild.time?.relation == .after)
        #expect(rebuild.time?.latest == nil)
        #expect(t.undated.contains(rebuild.id))
    }

    @Test func theParseTellsAVerbAfterItsSubjectFromANoun() throws {
        let events = DocumentAnalyzer().analyze(Document(id: "doc", text: "The mayor says the swift fall of the bridge was a warning.",
                                                        dct: CalendarDate(year: 2021, month: 8, day: 20))).events
        let says = try #require(events.first { $0.mention.trigger == "says" })
        #expect(!says.isNoun)
        #expect(says.tense == .present)
        #expect(try #require(events.first { $0.mention.trigger == "fall" }).isNoun)
    }

    @Test func keepsUnanchoredEventsApart() throws {
        let t = timeline("The withdrawal could give rivals an opening.")
        let withdrawal = try event(t, "withdrawal")
        #expect(withdrawal.time == nil)
        #expect(t.unanchored.contains(withdrawal.id))
    }

    @Test func anEventOnOrBeforeADateJoinsTheRecentEntry() throws {
        let t = timeline("Amid the coup that left the army scrambling this week and last, embassies stayed open. With the fall of the city, the president admitted Wednesday that he was wrong.")
        let fall = try event(t, "fall")
        #expect(fall.time?.relation == .onOrBefore)
        let weeks = try #require(t.entries.first { $0.display == "weeks of 9 and 16 August 2021" })
        #expect(weeks.events.contains(fall.id))
        #expect(t.entries.last?.display == "Wednesday, 18 August 2021")
    }

    @Test func ordersEntriesByTimeAndKeepsTextOrderForTies() throws {
        let t = timeline("Troops withdrew in July. Rebels attacked in 2001. The talks resumed in July.")
        #expect(t.entries.map(\.display) == ["2001", "July 2021"])
        // "talks" is an event too (TimeML annotates talks as one); ties keep the text's order
        let july = t.entries[1].events.compactMap { id in t.events.first { $0.id == id }?.trigger }
        #expect(july == ["withdrew", "talks", "resumed"])
    }

    @Test func modifiersNarrowTheInterval() {
        let early2000s = ModifiedInterval.interval(of: TimePoint(granularity: .decade, year: 2000), mod: .start)
        #expect(early2000s?.earliest == CalendarDate(year: 2000, month: 1, day: 1))
        #expect(early2000s?.latest == CalendarDate(year: 2003, month: 5, day: 1))  // the first third of the decade
        #expect(DisplayDate.text(for: TimePoint(granularity: .decade, year: 2000), mod: .start) == "early 2000s")
        #expect(DisplayDate.text(for: TimePoint(granularity: .month, year: 2021, month: 6)) == "June 2021")
        #expect(DisplayDate.text(for: TimePoint(CalendarDate(year: 2021, month: 8, day: 18)!, at: .day)) == "Wednesday, 18 August 2021")
        #expect(DisplayDate.text(for: TimePoint(CalendarDate(year: 2021, month: 8, day: 11)!, at: .week)) == "week of 9 August 2021")
    }

    @Test func mergingIsAssociativeAndOrderIndependent() {
        let a = timeline("Troops withdrew in July.", id: "a")
        let b = timeline("Rebels attacked in 2001.", id: "b")
        let c = timeline("Talks resumed in July in Geneva.", id: "c")
        let left = a.merged(with: b).merged(with: c)
        let right = a.merged(with: b.merged(with: c))
        let shuffled = c.merged(with: a).merged(with: b)
        for other in [right, shuffled] { #expect(left == other) }
        #expect(left.entries.map(\.display) == ["2001", "July 2021"])
    }
}

/// The founding sample's timeline, as the brief describes it.
struct FoundingTimelineTests {
    @Test func readsInTheBriefsOrder() throws {
        let raw = try String(contentsOfFile: FoundingSampleTests.samplePath, encoding: .utf8)
        let body = raw.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
        let analysis = DocumentAnalyzer().analyze(Document(id: "cab", text: body, dct: CalendarDate(year: 2021, month: 8, day: 20)))
        let timeline = Timeline(documents: [analysis])
        #expect(timeline.entries.map(\.display) == [
            "early 2000s", "June 2021", "July 2021", "weeks of 9 and 16 August 2021", "Wednesday, 18 August 2021",
            // the article's own statements ("said", "told") on its day
            "Friday, 20 August 2021",
        ])
        func triggers(_ entry: Int) -> [String] {
            timeline.entries[entry].events.compactMap { id in timeline.events.first { $0.id == id } }.flatMap { $0.mentions.map(\.trigger) }
        }
        #expect(triggers(0).contains("had"))                                   // the US had bases in the early 2000s
        let summit = try #require(timeline.events.first { $0.mentions.contains { $0.trigger == "summit" } })
        #expect(summit.mentions.count >= 3)                                // June summit, Geneva meeting, meeting with Putin
        #expect(timeline.entries[1].events.contains(summit.id))
        for trigger in ["scoffed", "told", "criticized"] { #expect(triggers(1).contains(trigger)) }
        for trigger in ["sent", "met"] { #expect(triggers(2).contains(trigger)) }
        for trigger in ["fall", "coup", "evacuate"] { #expect(triggers(3).contains(trigger)) }
        #expect(triggers(4) == ["admitted"])
        let reestablish = try #require(timeline.events.first { $0.trigger == "reestablish" })
        #expect(!reestablish.isFactual)
        #expect(!timeline.events.contains { $0.trigger == "Post" })  // "Post a Comment" is page furniture
    }
}

@Suite struct TimeAnchorReferenceTests {
    @Test func idsReadBackToWhatTheyName() {
        for reference: TimeAnchorReference in [.timex("a:b:t12"), .event("doc:e3"), .creationTime(document: "x:y")] {
            #expect(TimeAnchorReference(id: reference.id) == reference)
        }
        #expect(TimeAnchorReference(id: "doc:dct") == .creationTime(document: "doc"))
        #expect(TimeAnchorReference(id: "doc") == nil)
        #expect(TimeAnchorReference(id: "doc:t") == nil)
        #expect(TimeAnchorReference(id: "doc:x3") == nil)
    }
}
