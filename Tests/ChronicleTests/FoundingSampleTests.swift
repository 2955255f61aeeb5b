import Foundation
import Testing
@testable import Chronicle

/// The founding sample (Samples/central-asia-bases.txt, published 2021-08-20) must come out as
/// the product brief says, by the general rules.
struct FoundingSampleTests {
    static let samplePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples/central-asia-bases.txt").standardized.path

    static func timexes() throws -> [TemporalExpression] {
        let raw = try String(contentsOfFile: samplePath, encoding: .utf8)
        // drop the front matter (tested in ChronicleIOTests)
        let body = raw.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
        return TemporalTagger().tag(text: body, dct: CalendarDate(year: 2021, month: 8, day: 20))
    }

    @Test func valuesTheBriefLists() throws {
        let found = try Self.timexes()
        func value(of text: String, occurrence: Int = 0) -> String? {
            found.filter { $0.text == text }.dropFirst(occurrence).first?.value
        }
        #expect(value(of: "Wednesday") == "2021-08-18")
        #expect(value(of: "18 months") == "P18M")
        #expect(value(of: "June") == "2021-06")  // "their June summit": the past June, not next year's
        #expect(value(of: "this week") == "2021-W33")
        #expect(value(of: "last") == "2021-W32")  // "this week and last"
        #expect(value(of: "the early 2000s") == "200")
        #expect(found.first { $0.text == "the early 2000s" }?.mod == .start)
        #expect(value(of: "July") == "2021-07")
        #expect(value(of: "these days") == "PRESENT_REF")
    }

    @Test func thisWeekAndLastIsOneRange() throws {
        let found = try Self.timexes()
        let index = try #require(found.firstIndex { $0.text == "this week" })
        #expect(found[index].rangeRole == .start)
        #expect(found[index].rangePartner.map { found[$0].text } == "last")
    }

    @Test func nothingElseIsTaggedAsADate() throws {
        // page furniture and numbers that are not dates stay untagged
        let found = try Self.timexes()
        #expect(!found.contains { $0.text.contains("60%") || $0.text.contains("Comment") })
    }
}
