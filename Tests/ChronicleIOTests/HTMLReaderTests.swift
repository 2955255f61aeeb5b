import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleIO

struct PageDateTests {
    @Test func parsesTheFormsPagesUse() {
        let date = CalendarDate(year: 2021, month: 8, day: 20)
        for value in ["2021-08-20", "2021-08-20T14:03:00Z", " 2021-08-20 14:03 ", "20210820", "2021/08/20",
                      "Fri, 20 Aug 2021 14:03:00 GMT", "August 20, 2021", "Aug. 20th, 2021 2:03 PM", "20 August 2021"] {
            #expect(PageDate.parse(value) == date, "\(value)")
        }
        for value in ["", "yesterday", "2021", "August 2021", "2021-02-30", "14:03"] {
            #expect(PageDate.parse(value) == nil, "\(value)")
        }
        #expect(PageDate.year(in: "https://example.com/2021/08/story") == 2021)
        #expect(PageDate.isoTimestamp("2021-08-20T14:03:00.123+04:30") == "2021-08-20T14:03:00")
        #expect(PageDate.isoTimestamp("2021-08-20 14:03") == "2021-08-20T14:03")
        #expect(PageDate.isoTimestamp("2021-08-20") == nil)
    }

    @Test func readsDatelines() {
        #expect(Dateline.parse("WASHINGTON, Aug. 20 (Reuters) - Officials") == Dateline(month: 8, day: 20, year: nil))
        #expect(Dateline.parse("NEW YORK, Sept. 3, 2021 -- Officials") == Dateline(month: 9, day: 3, year: 2021))
        #expect(Dateline.parse("ST. LOUIS, Mo., March 1st (AP) — Officials") == Dateline(month: 3, day: 1, year: nil))
        #expect(Dateline.parse("LONDON, December 24 – Officials") == Dateline(month: 12, day: 24, year: nil))
        for text in ["Washington, Aug. 20 (Reuters) - lowercase place", "WASHINGTON (Reuters) - no date",
                     "WASHINGTON, Aug. 20 officials said, no dash", "In March, 20 people - not a dateline",
                     "WASHINGTON, Aug. 2021 - a month and year", "WASHINGTON, Feb. 30, 2021 - no such day"] {
            #expect(Dateline.parse(text) == nil, "\(text)")
        }
    }
}
