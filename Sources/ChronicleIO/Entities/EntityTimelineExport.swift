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
    /// The version of the layout `json(_:)` writes.
    public static let version = 1

    /// The whole export.
    public struct File: Codable, Equatable {
        /// The layout's version (`version`).
        public var version: Int
        /// One timeline per entity, in the order they were asked for.
        public var entities: [Entity]
    }

    /// One entity's timeline.
    public struct Entity: Codable, Equatable {
        /// The name it was asked for ("Steve Jobs").
        public var name: String
        /// The forms its mentions were looked for by ("Steve Jobs", "Jobs").
        public var forms: [String]
        /// Its dated lines, in chronological order.
        public var timeline: [Line]
        /// Its events with no date.
        public var undated: [Item]
    }

    /// The events of one date.
    public struct Line: Codable, Equatable {
        /// The task's date (`2005-06-06`, `2005-06`, `2005`).
        public var date: String
        /// The date in words ("6 June 2005").
        public var display: String
        /// The events of that date.
        public var events: [Item]
    }

    /// One event, with every mention of it across the documents.
    public struct Item: Codable, Equatable {
        /// The event's kind: its stem, shared by mentions of one event ("announce").
        public var kind: String
        /// Its TimeML class (`OCCURRENCE`, `REPORTING`, ...).
        public var eventClass: String
        /// Where the documents mention it.
        public var mentions: [Mention]

        enum CodingKeys: String, CodingKey { case kind, eventClass = "class", mentions }
    }

    /// One mention of an event the entity takes part in.
    public struct Mention: Codable, Equatable {
        /// The id of its document.
        public var document: String
        /// The trigger word as the text has it.
        public var trigger: String
        /// Where the trigger starts, in Unicode scalars.
        public var begin: Int
        /// Where the trigger ends (exclusive), in Unicode scalars.
        public var end: Int
        /// Its sentence, counted from 1.
        public var sentence: Int
        /// How the entity takes part: the rule that tied it to the event (`nsubj`, `obj`, ...).
        public var participation: String
        /// The entity's mention as the text has it ("He").
        public var entityText: String
    }

    /// The export of `timelines`.
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

    /// `timelines` as JSON, keys sorted, pretty-printed, with a final newline.
    public static func json(_ timelines: [EntityTimeline]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(file(timelines))) + [0x0A]
    }
}
