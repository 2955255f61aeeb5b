import Chronicle
import Foundation

/// Entity timelines as JSON (version 1, keys sorted): for each entity its name, the forms it was
/// looked for by, its dated lines in order and its undated events, each event with every source
/// mention (document, trigger, span, sentence) and how the entity takes part there.
///
/// ```json
/// {"entities": [{"name": "Steve Jobs", "forms": ["Steve Jobs", "Jobs"],
///   "timeline": [{"date": "2005-06-06", "display": "6 June 2005", "events": [{"kind": "announce", ...}]}],
///   "undated": []}], "version": 1}
/// ```
public enum EntityTimelineExport {
    public static let version = 1

    public struct File: Codable, Equatable {
        public var version: Int
        public var entities: [Entity]
    }

    public struct Entity: Codable, Equatable {
        public var name: String
        public var forms: [String]
        public var timeline: [Line]
        public var undated: [Item]
    }

    public struct Line: Codable, Equatable {
        /// The task's date (`2005-06-06`, `2005-06`, `2005`).
        public var date: String
        public var display: String
        public var events: [Item]
    }

    public struct Item: Codable, Equatable {
        public var kind: String
        public var eventClass: String
        public var mentions: [Mention]

        enum CodingKeys: String, CodingKey { case kind, eventClass = "class", mentions }
    }

    public struct Mention: Codable, Equatable {
        public var document: String
        public var trigger: String
        public var begin: Int
        public var end: Int
        public var sentence: Int
        public var participation: String
        public var entityText: String
    }

    public static func file(_ timelines: [EntityTimeline]) -> File {
        File(version: version, entities: timelines.map { timeline in
            Entity(name: timeline.entity, forms: EntityName(timeline.entity).surfaceForms,
                   timeline: timeline.lines.map { line in
                       Line(date: SemEvalTimeline.date(line[0]), display: line[0].display, events: line.map(item))
                   },
                   undated: timeline.undated.map(item))
        })
    }

    static func item(_ item: EntityTimeline.Item) -> Item {
        Item(kind: item.kind, eventClass: item.eventClass.rawValue, mentions: item.mentions.map {
            Mention(document: $0.document, trigger: $0.trigger, begin: $0.begin, end: $0.end, sentence: $0.sentence + 1,
                    participation: $0.pattern, entityText: $0.entityText)
        })
    }

    public static func json(_ timelines: [EntityTimeline]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(file(timelines))) + [0x0A]
    }
}
