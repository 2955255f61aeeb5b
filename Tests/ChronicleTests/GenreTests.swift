import Testing
@testable import Chronicle

/// The genre decision (news, narrative, undated) and what it changes, each on a small text of its own.
struct GenreTests {
    static let tagger = TemporalTagger()
    static let dct = CalendarDate(year: 2021, month: 8, day: 20)!

    func tagging(_ text: String, dct: CalendarDate? = GenreTests.dct, genre: Genre? = nil) -> TemporalTagging {
        Self.tagger.tagging(text: text, dct: dct, genre: genre)
    }

    func value(of span: String, in tagging: TemporalTagging) throws -> String {
        try #require(tagging.expressions.first { $0.text == span }, "'\(span)' not tagged: \(tagging.expressions.map(\.text))").value
    }

    static let history = """
        The war broke out in 1939. In September 1939, Germany invaded Poland, and in April 1940 it turned north. \
        In June, France fell. The next year, in 1941, the fighting spread east; in December, Japan attacked. \
        By 1943 the tide had turned, and in May 1945 the war in Europe ended.
        """

    @Test func aHistoryWithACreationTimeIsANarrative() throws {
        let t = tagging(Self.history)
        #expect(t.genre.genre == .narrative)
        #expect(!t.genre.forced)
        #expect(t.genre.reasons.contains("creation time 2021-08-20"))
        #expect(t.genre.reasons.contains { $0.hasSuffix("explicit dates from 1939 to 1945") })
        // each bare month takes the year of the time the story has reached
        #expect(try value(of: "June", in: t) == "1940-06")
        #expect(try value(of: "December", in: t) == "1941-12")
    }

    @Test func aStoryToldFromItsCreationTimeIsNews() throws {
        let t = tagging("The council met on Monday and will vote next week. Prices rose in July, officials said today.")
        #expect(t.genre.genre == .news)
        #expect(try value(of: "July", in: t) == "2021-07")
        #expect(try value(of: "Monday", in: t) == "2021-08-16")
        #expect(t.expressions.first { $0.text == "July" }?.anchor == .creationTime)
    }

    @Test func manyDatesStillMakeNewsWhenTheTextCountsFromToday() throws {
        let text = "Sales rose in 2019 and 2020, fell in 2018 and 2017, and the firm said yesterday that this year and next week look better."
        #expect(tagging(text).genre.genre == .news)
    }

    @Test func optionsForceTheGenre() throws {
        let news = tagging(Self.history, genre: .news)
        #expect(news.genre == GenreDecision(genre: .news, forced: true, reasons: ["forced by --news"]))
        // "In June" still follows "April 1940" in the same paragraph; "December" after the bare year 1941 counts from the DCT
        #expect(try value(of: "June", in: news) == "1940-06")
        #expect(try value(of: "December", in: news) == "2020-12")
        let narrative = tagging("Prices rose in July, officials said today.", genre: .narrative)
        #expect(narrative.genre.forced && narrative.genre.genre == .narrative)
    }

    @Test func withoutACreationTimeOrADateTheTextIsUndated() throws {
        // the founding sample without its front matter: "the early 2000s" cannot give July a year
        let t = tagging("The US had bases there in the early 2000s. In July, the White House sent an adviser. They met Wednesday.", dct: nil)
        #expect(t.genre.genre == .undated)
        #expect(try value(of: "July", in: t) == "XXXX-07")
        #expect(try value(of: "Wednesday", in: t) == "XXXX-WXX-3")
        #expect(t.expressions.first { $0.text == "July" }?.anchor == TimeAnchor.none)
    }

    @Test func withoutACreationTimeExplicitDatesAnchorWhatFollowsThem() throws {
        let t = tagging("On Friday the board met. On June 3, 1998, it voted. The next day the chairman resigned. In August, shares fell.", dct: nil)
        #expect(t.genre.genre == .narrative)
        #expect(t.genre.reasons.first == "no creation time")
        #expect(try value(of: "Friday", in: t) == "XXXX-WXX-5")  // nothing before it to count from
        #expect(try value(of: "The next day", in: t) == "1998-06-04")
        #expect(try value(of: "August", in: t) == "1998-08")
        #expect(t.expressions.first { $0.text == "August" }?.anchor == .expression(2))
    }

    @Test func aNewsStorysHistoricalParagraphCountsFromItsOwnDates() throws {
        let text = """
            Troops left the capital on Monday.

            The last invasion began on April 27, 1978, when the army seized the palace. In December, rebels took the east.
            """
        let t = tagging(text)
        #expect(t.genre.genre == .news)
        #expect(try value(of: "Monday", in: t) == "2021-08-16")
        #expect(try value(of: "December", in: t) == "1978-12")
    }

    @Test func aHistoricalDateModifyingANounIsNoStretch() throws {
        let t = tagging("He accepted the borders he had rejected after the August 1988 cease-fire. Iran had condemned the invasion on Aug. 2.")
        #expect(try value(of: "Aug. 2", in: t) == "2021-08-02")
    }

    @Test func aDateStatedInAnotherParagraphDoesNotAnchorAClockTime() throws {
        let t = tagging("Remember 10/31/1974.\n\nCall me at 4:00pm.", dct: CalendarDate(year: 2024, month: 3, day: 13))
        #expect(try value(of: "10/31/1974", in: t) == "1974-10-31")
        #expect(try value(of: "4:00pm", in: t) == "2024-03-13T16:00")
        #expect(t.expressions.last?.anchor == .creationTime)
    }

    @Test func theStorysOwnDayCarriesAcrossParagraphs() throws {
        let t = tagging("London shares closed lower Friday.\n\nThe index was down 4.5% from the previous Friday.", dct: CalendarDate(year: 1989, month: 10, day: 30))
        #expect(try value(of: "Friday", in: t) == "1989-10-27")
        #expect(try value(of: "the previous Friday", in: t) == "1989-10-20")
    }

    @Test func inANarrativeDatesCarryAcrossParagraphs() throws {
        let t = tagging(Self.history + "\n\nOn May 8, 1945, crowds filled the streets.\n\nThe next day, troops paraded.")
        #expect(t.genre.genre == .narrative)
        #expect(try value(of: "The next day", in: t) == "1945-05-09")
    }
}
