import Chronicle
@testable import ChronicleIO
import Foundation
import Testing

/// The library surface: timelines from strings and files, looked up by id, merged, exported.
struct ChroniclerTests {
    static let chronicler = Chronicler(options: .init(dct: CalendarDate(year: 2024, month: 3, day: 13)))

    @Test func aTimelineFromAString() throws {
        let timeline = Self.chronicler.timeline(text: "The council approved a budget in January.", id: "council.minutes")
        #expect(timeline.documents.map(\.id) == ["council.minutes"])
        #expect(timeline.documents[0].dctSource == "option")
        let entry = try #require(timeline.entries.first)
        #expect(entry.display == "January 2024")
        let event = try #require(timeline.event(id: entry.events[0]))
        #expect(event.trigger == "approved")
        #expect(timeline.events(of: entry) == [event])
        #expect(timeline.eventsByID[event.id] == event)
        #expect(timeline.event(id: "council.minutes:e99") == nil)
    }

    @Test func theGenreOptionDecidesWhatRelativeDatesCountFrom() throws {
        let text = "The war began in 1939. In June, the army crossed the border."
        let narrative = Chronicler(options: .init(dct: CalendarDate(year: 2024, month: 3, day: 13), genre: .narrative)).timeline(text: text)
        let news = Chronicler(options: .init(dct: CalendarDate(year: 2024, month: 3, day: 13), genre: .news)).timeline(text: text)
        #expect(narrative.entries.map(\.display).contains("June 1939"))
        #expect(!news.entries.map(\.display).contains("June 1939"))
    }

    @Test func filesAndMergingGiveTheSameTimelineAsTexts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronicler-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [(id: "a", text: "Work started in March 2023."), (id: "b", text: "The ferry was expanded last spring.")]
        for (id, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(id + ".txt")) }
        let fromFiles = try Self.chronicler.timeline(files: texts.map { folder.appendingPathComponent($0.id + ".txt").path })
        let merged = Self.chronicler.timeline(text: texts[0].text, id: "a").merged(with: Self.chronicler.timeline(text: texts[1].text, id: "b"))
        #expect(fromFiles.entries == merged.entries)
        #expect(Self.chronicler.timeline(texts: texts).entries == merged.entries)
        #expect(throws: InputError.self) { try Self.chronicler.timeline(files: [folder.appendingPathComponent("missing.txt").path]) }
    }

    @Test func exportsAsStringDataOrFile() throws {
        let timeline = Self.chronicler.timeline(text: "The council approved a budget in January.", id: "council")
        #expect(timeline.export(as: .md) == MarkdownExport.markdown(timeline))
        #expect(timeline.exportData(as: .json) == Data(TimelineExport.json(timeline).utf8))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronicler-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try timeline.write(as: .svg, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == SVGExport.svg(timeline))
    }
}
