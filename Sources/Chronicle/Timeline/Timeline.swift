/// One document, analysed: its time expressions, its events (with their anchors) and which
/// events are mentions of the same one.
public struct DocumentAnalysis: Sendable {
    /// The document analysed.
    public var document: Document
    /// Its time expressions, in text order, resolved.
    public var timexes: [TemporalExpression]
    /// Its events, in text order, each with its anchor.
    public var events: [Event]
    /// For each event, the index of the first event of its cluster (itself when alone).
    public var clusters: [Int]
    /// What the time expressions were resolved as (news, narrative, undated) and why.
    public var genre: GenreDecision?
    /// The target entities' mentions and events, when the analyzer was given entities.
    public var entities: EntityAnalysis?

    /// An analysis of `document` from its parts; `clusters[i]` is the index of the first event
    /// merged with event `i` (itself when alone).
    public init(document: Document, timexes: [TemporalExpression], events: [Event], clusters: [Int], genre: GenreDecision? = nil,
                entities: EntityAnalysis? = nil) {
        self.document = document
        self.timexes = timexes
        self.events = events
        self.clusters = clusters
        self.genre = genre
        self.entities = entities
    }
}

extension DocumentAnalysis {
    /// The same analysis under another document id (two inputs named `article.txt`).
    public func renamed(to id: String) -> DocumentAnalysis {
        var copy = self
        copy.document.id = id
        for i in copy.events.indices { copy.events[i].mention.document = id }
        return copy
    }

    /// The time of each event (merged mentions share their event's time).
    public func eventTimes() -> [EventTime?] {
        let merged = TimelineBuilder.MergedEvents(self)
        return events.indices.map { TimelineBuilder.resolve($0, in: self, merged: merged) }
    }
}

/// Where an event sits in time, as the timeline shows it.
public struct EventTime: Sendable, Hashable, Codable {
    /// The anchoring time expression's value (`2021-06`), or the DCT's date.
    public var value: String
    /// Its TIMEX3 modifier (`START`, `APPROX`, `BEFORE`, ...), when the expression has one.
    public var mod: TimexMod?
    /// The first day it may fall on, when the value names a span of the calendar.
    public var earliest: CalendarDate?
    /// The last day it may fall on.
    public var latest: CalendarDate?
    /// How fine its value is (day, month, year, decade, ...).
    public var granularity: Granularity?
    /// How the event relates to that time (`IS_INCLUDED` in June 2021, `BEFORE` Wednesday, ...).
    public var relation: TemporalRelation
    /// What it is anchored to: a time expression, the DCT, or another event.
    public var anchor: TimeAnchorReference
    /// 0...1: how sure the anchoring rule is.
    public var confidence: Double
    /// "June 2021", "on or before Wednesday, 18 August 2021".
    public var display: String

    /// Whether it is only a relation to the document's creation time ("said": before the DCT).
    public var isCreationTime: Bool {
        if case .creationTime = anchor { return true }
        return false
    }
}

/// What a timeline event's time was read from, by the id the timeline gives it; exports write
/// it as that id (`doc:t3`, `doc:dct`, `doc:e2`) and read it back.
public enum TimeAnchorReference: Sendable, Hashable, Codable {
    /// A time expression, by its id (`doc:t3`).
    case timex(String)
    /// The creation time of a document, by the document's id.
    case creationTime(document: String)
    /// Another event, by its id (`doc:e2`), whose time this one shares.
    case event(String)

    /// The id as exports write it.
    public var id: String {
        switch self {
        case .timex(let id), .event(let id): return id
        case .creationTime(let document): return document + ":dct"
        }
    }

    /// Reads an id an export wrote: what follows the last colon says what it names.
    public init?(id: String) {
        guard let colon = id.lastIndex(of: ":") else { return nil }
        let document = id[..<colon], local = id[id.index(after: colon)...]
        if local == "dct" {
            self = .creationTime(document: String(document))
        } else if local.count > 1, local.dropFirst().allSatisfy(\.isASCIIDigit), let kind = local.first, kind == "t" || kind == "e" {
            self = kind == "t" ? .timex(id) : .event(id)
        } else {
            return nil
        }
    }

    /// Reads an id written by `encode(to:)`; fails on a string that is no timex, event or DCT id.
    public init(from decoder: Decoder) throws {
        let id = try decoder.singleValueContainer().decode(String.self)
        guard let reference = TimeAnchorReference(id: id) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(id)' is not a time expression, event or DCT id"))
        }
        self = reference
    }

    /// Writes the id (`doc:t2`, `doc:e5`, `doc:dct`).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// A document of the timeline.
public struct DocumentInfo: Sendable, Hashable, Codable {
    /// Its id, unique within a timeline (the file name, front matter `id:`, TimeML `DOCID`, or a
    /// JSON Lines record's `id`).
    public var id: String
    /// The path or URL it was read from, when it was read from one.
    public var source: String?
    /// Its creation time (DCT), when one was given or found.
    public var dct: CalendarDate?
    /// Where the DCT came from (`front matter`, `meta article:published_time`, `option`, …).
    public var dctSource: String?
    /// Its title (front matter, the HTML page's title).
    public var title: String?
    /// `html` when offsets count in the text extracted from a page, not in the file.
    public var extractedFrom: String?
    /// What its relative expressions were resolved as, and why.
    public var genre: GenreDecision?

    /// A document entry from its fields.
    public init(id: String, source: String? = nil, dct: CalendarDate? = nil, dctSource: String? = nil,
                title: String? = nil, extractedFrom: String? = nil, genre: GenreDecision? = nil) {
        self.id = id
        self.source = source
        self.dct = dct
        self.dctSource = dctSource
        self.title = title
        self.extractedFrom = extractedFrom
        self.genre = genre
    }

    /// The entry of `document`, with the genre its analysis decided.
    public init(_ document: Document, genre: GenreDecision? = nil) {
        self.init(id: document.id, source: document.source, dct: document.dct, dctSource: document.dctSource,
                  title: document.title, extractedFrom: document.extractedFrom, genre: genre)
    }
}

/// A time expression of a timeline document.
public struct TimelineTimex: Sendable, Hashable, Codable {
    /// Its id in the timeline (`doc:t3`).
    public var id: String
    /// The id of its document.
    public var document: String
    /// Its text as the document has it ("last spring").
    public var text: String
    /// Where it starts: a Unicode-scalar offset into the document's text.
    public var begin: Int
    /// Where it ends (exclusive), in Unicode scalars.
    public var end: Int
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// Its TIMEX3 value (`2024-03-18`, `P18M`, `XXXX-06`).
    public var value: String
    /// Its TIMEX3 modifier, when it has one.
    public var mod: TimexMod?
    /// What the value was counted from: `doc:dct` or another timex (`doc:t2`); nil when it is stated in full.
    public var anchor: String?
}

/// One mention of a timeline event.
public struct TimelineMention: Sendable, Hashable, Codable {
    /// The id of the document it is in.
    public var document: String
    /// The trigger word as the text has it.
    public var trigger: String
    /// Where the trigger starts, in Unicode scalars.
    public var begin: Int
    /// Where the trigger ends (exclusive), in Unicode scalars.
    public var end: Int
    /// The clause that carries it (a slice of the document's text when the timeline was built
    /// from it, so a large timeline does not copy its text per event).
    public var text: Substring

    enum CodingKeys: String, CodingKey { case document, trigger, begin, end, text }

    /// A mention from its fields.
    public init(document: String, trigger: String, begin: Int, end: Int, text: Substring) {
        self.document = document
        self.trigger = trigger
        self.begin = begin
        self.end = end
        self.text = text
    }

    /// Reads a mention written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try c.decode(String.self, forKey: .document), trigger: try c.decode(String.self, forKey: .trigger),
                  begin: try c.decode(Int.self, forKey: .begin), end: try c.decode(Int.self, forKey: .end),
                  text: Substring(try c.decode(String.self, forKey: .text)))
    }

    /// Writes the mention's fields, keys in sorted order.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(begin, forKey: .begin)
        try c.encode(document, forKey: .document)
        try c.encode(end, forKey: .end)
        try c.encode(String(text), forKey: .text)
        try c.encode(trigger, forKey: .trigger)
    }
}

/// An event of the timeline: one real event with all its mentions and its time.
public struct TimelineEvent: Sendable, Hashable, Codable {
    /// Its id in the timeline (`doc:e12`).
    public var id: String
    /// The id of its document.
    public var document: String
    /// The first mention's trigger word.
    public var trigger: String
    /// Unicode-scalar span of the first mention's trigger.
    public var begin: Int
    /// Where the first mention's trigger ends (exclusive), in Unicode scalars.
    public var end: Int
    /// The clause of the first mention.
    public var text: Substring
    /// Its TimeML class.
    public var eventClass: EventClass
    /// The tense of its verb group.
    public var tense: EventTense
    /// The aspect of its verb group.
    public var aspect: EventAspect
    /// Whether the text asserts or negates it.
    public var polarity: EventPolarity
    /// The modal or intensional word that makes it not a plain fact ("could", "expected to").
    public var modality: String?
    /// The names its clause mentions (`Event.participants`).
    public var participants: [String]
    /// Where it happens, when its clause says (`Event.place`).
    public var place: String?
    /// Who did what to whom, in the text's words (`Event.description`).
    public var description: String
    /// Participants with roles, from the parse (`Event.roles`).
    public var roles: [EventParticipant]
    /// Who reports it ("the mayor said on Thursday"), when it is reported (`Event.attribution`).
    public var attribution: String?
    /// Every mention of it, the first included.
    public var mentions: [TimelineMention]
    /// Where it sits in time; nil when nothing anchors it.
    public var time: EventTime?
    /// How much it belongs on the timeline a reader looks at, 0...1 (`EventSalience`); the
    /// highest of its mentions'.
    public var salience: Double

    /// Whether the text asserts it happened or happens (positive, no modality).
    public var isFactual: Bool { polarity == .positive && modality == nil }
    /// Whether it belongs on the main timeline the exports show by default.
    public var isInMainTimeline: Bool { salience >= EventSalience.mainTimelineThreshold }

    enum CodingKeys: String, CodingKey {
        case id, document, trigger, begin, end, text, eventClass = "class", tense, aspect, polarity, modality, participants, place, mentions, time, factual
        case description, roles, attribution
        case salience, mainTimeline
    }

    /// The timeline's view of `event`, under `id`, placed at `time`.
    public init(id: String, event: Event, time: EventTime?) {
        self.id = id
        document = event.mention.document
        trigger = event.mention.trigger
        begin = event.mention.begin
        end = event.mention.end
        text = event.mention.clause
        eventClass = event.eventClass
        tense = event.tense
        aspect = event.aspect
        polarity = event.polarity
        modality = event.modality
        participants = event.participants
        place = event.place
        description = event.description.isEmpty ? event.mention.trigger : event.description
        roles = event.roles
        attribution = event.attribution
        mentions = event.mentions.map { TimelineMention(document: $0.document, trigger: $0.trigger, begin: $0.begin, end: $0.end, text: $0.clause) }
        self.time = time
        salience = event.salience
    }

    /// An event made from its parts, for views that are not built from one `Event` (an entity's
    /// timeline, whose items may be event nouns): a fact, no tense or aspect stated, no roles.
    init(id: String, document: String, trigger: String, begin: Int, end: Int, text: Substring, eventClass: EventClass,
         description: String, mentions: [TimelineMention], time: EventTime?, salience: Double = 1) {
        self.id = id
        self.document = document
        self.trigger = trigger
        self.begin = begin
        self.end = end
        self.text = text
        self.eventClass = eventClass
        (tense, aspect, polarity, modality) = (.none, .none, .positive, nil)
        (participants, place, roles, attribution) = ([], nil, [], nil)
        self.description = description
        self.mentions = mentions
        self.time = time
        self.salience = salience
    }

    /// Reads an event written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        document = try c.decode(String.self, forKey: .document)
        trigger = try c.decode(String.self, forKey: .trigger)
        begin = try c.decode(Int.self, forKey: .begin)
        end = try c.decode(Int.self, forKey: .end)
        text = Substring(try c.decode(String.self, forKey: .text))
        eventClass = try c.decode(EventClass.self, forKey: .eventClass)
        tense = try c.decode(EventTense.self, forKey: .tense)
        aspect = try c.decode(EventAspect.self, forKey: .aspect)
        polarity = try c.decode(EventPolarity.self, forKey: .polarity)
        modality = try c.decodeIfPresent(String.self, forKey: .modality)
        participants = try c.decode([String].self, forKey: .participants)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        description = try c.decode(String.self, forKey: .description)
        roles = try c.decode([EventParticipant].self, forKey: .roles)
        attribution = try c.decodeIfPresent(String.self, forKey: .attribution)
        mentions = try c.decode([TimelineMention].self, forKey: .mentions)
        time = try c.decodeIfPresent(EventTime.self, forKey: .time)
        // exports written before salience was scored put every event on the main timeline
        salience = try c.decodeIfPresent(Double.self, forKey: .salience) ?? 1
    }

    /// Writes the event's fields as the JSON export has them (`class`, `factual`, `mainTimeline`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(begin, forKey: .begin)
        try c.encode(end, forKey: .end)
        try c.encode(String(text), forKey: .text)
        try c.encode(eventClass, forKey: .eventClass)
        try c.encode(tense, forKey: .tense)
        try c.encode(aspect, forKey: .aspect)
        try c.encode(polarity, forKey: .polarity)
        try c.encodeIfPresent(modality, forKey: .modality)
        try c.encode(participants, forKey: .participants)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encode(description, forKey: .description)
        try c.encode(roles, forKey: .roles)
        try c.encodeIfPresent(attribution, forKey: .attribution)
        try c.encode(mentions, forKey: .mentions)
        try c.encodeIfPresent(time, forKey: .time)
        try c.encode(isFactual, forKey: .factual)
        try c.encode(salience, forKey: .salience)
        try c.encode(isInMainTimeline, forKey: .mainTimeline)
    }
}

/// A point of the timeline: a time span and the events placed there.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// The first day the entry may cover.
    public var earliest: CalendarDate
    /// The last day the entry may cover.
    public var latest: CalendarDate
    /// How fine its date is.
    public var granularity: Granularity
    /// Its date in words ("June 2021", "early 2000s", "Monday, 18 August 2021").
    public var display: String
    /// Event ids, in document and text order.
    public var events: [String]
}

/// Events of one or many documents, in chronological order.
///
/// A timeline is a function of the set of its documents, their time expressions and their
/// events (each with its time): `merged(with:)` unions them by document and derives the order
/// and the entries again, so merging is associative and commutative, and the output is the same
/// however the documents were grouped or sharded.
public struct Timeline: Sendable, Hashable {
    /// The version of the export format `encode(to:)` writes and `init(from:)` reads.
    public static let version = 2

    /// Its documents, in id order.
    public private(set) var documents: [DocumentInfo]
    /// The time expressions of all its documents.
    public private(set) var timexes: [TimelineTimex]
    /// Events in timeline order: placed events entry by entry, then those only related to their
    /// DCT, then the unanchored.
    public private(set) var events: [TimelineEvent]
    /// Its entries in chronological order (ties in text order).
    public private(set) var entries: [TimelineEntry]
    /// Ids of events related only to their document's DCT ("said", "has risen").
    public private(set) var undated: [String]
    /// Ids of events with no defensible anchor.
    public private(set) var unanchored: [String]
    /// The position in `events` of each event id.
    private var eventPositions: [String: Int]
    /// The title the exports for reading give it, when its documents' titles do not say what
    /// it is ("Steve Jobs" for an entity's timeline); not part of the JSON or XML export, and
    /// not kept by merging.
    public var title: String?

    /// The timeline of analysed documents.
    public init(documents analyses: [DocumentAnalysis]) {
        var timexes: [TimelineTimex] = []
        var events: [TimelineEvent] = []
        for analysis in analyses {
            let doc = analysis.document.id
            timexes += analysis.timexes.enumerated().map { index, t in
                TimelineTimex(id: Timeline.timexID(doc, index), document: doc, text: t.text, begin: t.begin, end: t.end, type: t.type, value: t.value, mod: t.mod,
                              anchor: Timeline.anchorID(doc, t.anchor))
            }
            let merged = TimelineBuilder.MergedEvents(analysis)
            events.reserveCapacity(events.count + merged.items.count)
            for (k, item) in merged.items.enumerated() {
                events.append(TimelineEvent(id: Timeline.eventID(doc, k), event: item.event,
                                            time: TimelineBuilder.resolve(item.representative, in: analysis, merged: merged)))
            }
        }
        self.init(documents: analyses.map { DocumentInfo($0.document, genre: $0.genre) }, timexes: timexes, ordering: &events)
    }

    /// The timeline of documents, their time expressions and their timed events (as read back
    /// from an export).
    public init(documents: [DocumentInfo], timexes: [TimelineTimex], events: [TimelineEvent]) {
        var events = events
        self.init(documents: documents, timexes: timexes, ordering: &events)
    }

    /// The timeline of documents, their time expressions and `events`, which it puts in
    /// timeline order in place: a large timeline's events, held only by the caller, are never
    /// copied (the public initializer copies them once, to leave its argument alone).
    private init(documents: [DocumentInfo], timexes: [TimelineTimex], ordering events: inout [TimelineEvent]) {
        var byID: [String: DocumentInfo] = [:]
        for d in documents { byID[d.id] = d }
        self.documents = byID.keys.sorted().map { byID[$0]! }
        let order = Dictionary(uniqueKeysWithValues: self.documents.enumerated().map { ($1.id, $0) })
        // one copy of each document's items: the last part to name a document wins
        self.timexes = Timeline.lastOfEachID(timexes, \.id)
            .map { (key: (order[$0.document] ?? 0, $0.begin, $0.id), timex: $0) }
            .sorted { $0.key < $1.key }
            .map(\.timex)
        Timeline.keepLastOfEachID(&events, \.id)
        (entries, undated, unanchored) = TimelineBuilder.derive(&events, documentOrder: order)
        self.events = events
        eventPositions = Dictionary(self.events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The event with this id (`doc:e3`), as entries, `undated` and `unanchored` name them.
    public func event(id: String) -> TimelineEvent? {
        eventPositions[id].map { events[$0] }
    }

    /// Every event by its id.
    public var eventsByID: [String: TimelineEvent] {
        eventPositions.mapValues { events[$0] }
    }

    /// The events of an entry, in its order.
    public func events(of entry: TimelineEntry) -> [TimelineEvent] {
        entry.events.compactMap(event(id:))
    }

    /// The last item of each id, in input order; the array itself (not a copy of its items,
    /// which are large) when no id repeats.
    static func lastOfEachID<Item>(_ items: [Item], _ id: (Item) -> String) -> [Item] {
        var kept = items
        keepLastOfEachID(&kept, id)
        return kept
    }

    /// Keeps the last item of each id, in input order; leaves `items` untouched (not copied)
    /// when no id repeats.
    static func keepLastOfEachID<Item>(_ items: inout [Item], _ id: (Item) -> String) {
        var seen = Set<String>(minimumCapacity: items.count)
        var keep: [Int] = []
        for k in items.indices.reversed() where seen.insert(id(items[k])).inserted { keep.append(k) }
        if keep.count < items.count { items = keep.reversed().map { items[$0] } }
    }

    /// The timeline of all the parts' documents (a document in several parts counts once): the
    /// same whatever the grouping and order of the parts.
    public init(merging parts: [Timeline]) {
        var events = parts.flatMap(\.events)
        self.init(documents: parts.flatMap(\.documents), timexes: parts.flatMap(\.timexes), ordering: &events)
    }

    /// The same timeline with only the events on the main timeline (`TimelineEvent.isInMainTimeline`):
    /// what the exports for reading show unless asked for every event.
    public var mainTimeline: Timeline {
        guard events.contains(where: { !$0.isInMainTimeline }) else { return self }
        return Timeline(documents: documents, timexes: timexes, events: events.filter(\.isInMainTimeline))
    }

    /// The timeline of both timelines' documents.
    public func merged(with other: Timeline) -> Timeline {
        Timeline(merging: [self, other])
    }

    /// The id of a document's time expression at `index` (`doc:t1` for the first).
    public static func timexID(_ document: String, _ index: Int) -> String { "\(document):t\(index + 1)" }
    /// The id of a document's event at `index` (`doc:e1` for the first).
    public static func eventID(_ document: String, _ index: Int) -> String { "\(document):e\(index + 1)" }
    /// The id of what a timex's value was counted from: `doc:dct`, or another timex's id.
    public static func anchorID(_ document: String, _ anchor: TimeAnchor) -> String? {
        switch anchor {
        case .none: return nil
        case .creationTime: return document + ":dct"
        case .expression(let index): return timexID(document, index)
        }
    }
}

extension Timeline: Codable {
    enum CodingKeys: String, CodingKey {
        case version, documents, timexes, timeline, events, undated, unanchored
    }

    /// Reads an export back: documents, time expressions and events; the order and the entries
    /// are derived again (and so come out the same).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .version)
        guard version == Timeline.version else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription: "timeline version \(version); this Chronicle reads \(Timeline.version)")
        }
        self.init(documents: try c.decode([DocumentInfo].self, forKey: .documents),
                  timexes: try c.decode([TimelineTimex].self, forKey: .timexes),
                  events: try c.decode([TimelineEvent].self, forKey: .events))
    }

    /// Writes the timeline as the JSON export has it: version, documents, time expressions, the
    /// entries, events, and the undated and unanchored ids.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Timeline.version, forKey: .version)
        try c.encode(documents, forKey: .documents)
        try c.encode(timexes, forKey: .timexes)
        try c.encode(entries, forKey: .timeline)
        try c.encode(events, forKey: .events)
        try c.encode(undated, forKey: .undated)
        try c.encode(unanchored, forKey: .unanchored)
    }
}

/// Derives a timeline's events and entries from its documents.
enum TimelineBuilder {
    /// Where an event is told: document, then position; the id breaks ties so that the order
    /// never depends on the order events arrive in.
    struct TextOrder: Comparable {
        var document: Int
        var begin: Int
        var id: String

        static func < (a: TextOrder, b: TextOrder) -> Bool { (a.document, a.begin, a.id) < (b.document, b.begin, b.id) }
    }

    /// The entries by span, and by start for "the latest entry starting before a day and
    /// ending on or after another", so placing many events stays near linear.
    struct EntryIndex {
        private struct Key: Hashable {
            var earliest: CalendarDate
            var latest: CalendarDate
            var granularity: Granularity
        }
        private var bySpan: [Key: Int] = [:]
        /// (start, end day, entry) sorted by start then entry; `reach[k]`: the latest end day among
        /// the first k + 1, so a search stops where nothing earlier reaches far enough.
        private var byStart: [(start: CalendarDate, end: Int, entry: Int)] = []
        private var reach: [Int] = []
        private var reachIsCurrent = true

        func entry(_ e: CalendarDate, _ l: CalendarDate, _ g: Granularity) -> Int? { bySpan[Key(earliest: e, latest: l, granularity: g)] }

        mutating func add(_ entry: Int, _ e: CalendarDate, _ l: CalendarDate, _ g: Granularity) {
            bySpan[Key(earliest: e, latest: l, granularity: g)] = entry
            let position = firstIndex { ($0.start, $0.entry) >= (e, entry) }
            byStart.insert((e, l.dayNumber, entry), at: position)
            reachIsCurrent = false
        }

        /// The entry with the latest start before `bound` among those ending on or after day
        /// `end` (the first such entry when several start on the same day).
        mutating func latestStarting(before bound: CalendarDate, endingFrom end: Int) -> Int? {
            if !reachIsCurrent {
                reach = []
                reach.reserveCapacity(byStart.count)
                for item in byStart { reach.append(max(reach.last ?? Int.min, item.end)) }
                reachIsCurrent = true
            }
            var k = firstIndex { $0.start >= bound } - 1
            var found: (start: CalendarDate, entry: Int)?
            while k >= 0, reach[k] >= end {
                let item = byStart[k]
                if let f = found, f.start != item.start { break }
                if item.end >= end { found = (item.start, item.entry) }
                k -= 1
            }
            return found?.entry
        }

        /// Binary search: the first position whose item satisfies `isAtOrAfter` (a monotone test).
        private func firstIndex(where isAtOrAfter: ((start: CalendarDate, end: Int, entry: Int)) -> Bool) -> Int {
            var low = 0, high = byStart.count
            while low < high {
                let mid = (low + high) / 2
                if isAtOrAfter(byStart[mid]) { high = mid } else { low = mid + 1 }
            }
            return low
        }
    }

    /// How far back an event known only to be on or before a time may be placed in an earlier entry.
    static let recentWindow = 14

    /// Puts `all` in timeline order, in place, and returns the entries and the ids of the
    /// undated and unanchored events.
    static func derive(_ all: inout [TimelineEvent], documentOrder: [String: Int]) -> ([TimelineEntry], [String], [String]) {
        // indices into `all`, sorted by where each event is told (events are large to move)
        let orders = all.map { TextOrder(document: documentOrder[$0.document] ?? 0, begin: $0.begin, id: $0.id) }
        var placed: [Int] = [], beforeOnly: [(event: Int, bound: CalendarDate)] = [], undated: [Int] = [], unanchored: [Int] = []
        for (k, event) in all.enumerated() {
            guard let time = event.time else { unanchored.append(k); continue }
            if time.earliest != nil, time.latest != nil, [.isIncluded, .identity, .simultaneous, .during, .includes].contains(time.relation) {
                placed.append(k)
            } else if let latest = time.latest, [.before, .onOrBefore].contains(time.relation), !time.isCreationTime {
                beforeOnly.append((k, latest))
            } else if time.isCreationTime || time.earliest == nil || time.latest == nil {
                undated.append(k)
            } else {
                placed.append(k)
            }
        }
        placed.sort { orders[$0] < orders[$1] }
        beforeOnly.sort { orders[$0.event] < orders[$1.event] }
        undated.sort { orders[$0] < orders[$1] }
        unanchored.sort { orders[$0] < orders[$1] }
        // entries of the events placed at a span; members are event indices
        var entries: [TimelineEntry] = []
        var members: [[Int]] = []
        var index = EntryIndex()
        func entryIndex(_ e: CalendarDate, _ l: CalendarDate, _ g: Granularity, _ display: String) -> Int {
            if let i = index.entry(e, l, g) { return i }
            entries.append(TimelineEntry(earliest: e, latest: l, granularity: g, display: display, events: []))
            members.append([])
            index.add(entries.count - 1, e, l, g)
            return entries.count - 1
        }
        for k in placed {
            let t = all[k].time!
            members[entryIndex(t.earliest!, t.latest!, t.granularity ?? .day, t.display)].append(k)
        }
        // "on or before Wednesday": the latest entry that starts before then and ends within the
        // recent window before it
        for (k, bound) in beforeOnly {
            if let i = index.latestStarting(before: bound, endingFrom: bound.dayNumber - recentWindow) {
                members[i].append(k)
            } else {
                let t = all[k].time!
                members[entryIndex(t.earliest ?? bound, bound, t.granularity ?? .day, t.display)].append(k)
            }
        }
        for i in entries.indices {
            members[i].sort { orders[$0] < orders[$1] }
            entries[i].events = members[i].map { all[$0].id }
        }
        let order = entries.indices.sorted { a, b in
            let x = entries[a], y = entries[b]
            if x.earliest != y.earliest { return x.earliest < y.earliest }
            if x.latest != y.latest { return x.latest < y.latest }
            return orders[members[a][0]] < orders[members[b][0]]
        }
        entries = order.map { entries[$0] }
        let ordered = order.flatMap { members[$0] } + undated + unanchored
        let ids = (undated.map { all[$0].id }, unanchored.map { all[$0].id })
        permute(&all, to: ordered)
        return (entries, ids.0, ids.1)
    }

    /// Reorders `items` in place so that position `i` holds what was at `order[i]` (`order` is a
    /// permutation of the indices): each cycle of the permutation is a run of swaps, so the
    /// items, which are large, are never copied into a second array.
    static func permute<Item>(_ items: inout [Item], to order: [Int]) {
        precondition(order.count == items.count, "the order must name every item once")
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var i = start
            placed[i] = true
            while order[i] != start {
                items.swapAt(i, order[i])
                i = order[i]
                placed[i] = true
            }
        }
    }

    /// One merged event per cluster: the first mention stands for it and carries every mention.
    struct MergedEvents {
        private(set) var items: [(event: Event, representative: Int)] = []
        /// The index in `items` of each cluster's event, by cluster.
        private var slot: [Int: Int] = [:]

        init(_ analysis: DocumentAnalysis) {
            for (index, event) in analysis.events.enumerated() {
                let cluster = analysis.clusters[index]
                if let s = slot[cluster] {
                    items[s].event.mergedMentions.append(event.mention)
                    items[s].event.participants += event.participants.filter { !items[s].event.participants.contains($0) }
                    if items[s].event.place == nil { items[s].event.place = event.place }
                    items[s].event.salience = max(items[s].event.salience, event.salience)
                    // the best-dated mention dates the event
                    if TimelineBuilder.betterAnchor(event.anchor, than: items[s].event.anchor) {
                        items[s].event.anchor = event.anchor
                        items[s].representative = index
                    }
                } else {
                    slot[cluster] = items.count
                    items.append((event, index))
                }
            }
        }

        /// The merged event's index for a cluster.
        func index(ofCluster cluster: Int) -> Int? { slot[cluster] }
    }

    static func rank(_ anchor: EventAnchor?) -> Int {
        switch anchor?.target {
        case .timex?: return 3
        case .event?: return 2
        case .creationTime?: return 1
        case nil: return 0
        }
    }

    static func betterAnchor(_ a: EventAnchor?, than b: EventAnchor?) -> Bool {
        let ra = rank(a), rb = rank(b)
        return ra > rb || (ra == rb && (a?.confidence ?? 0) > (b?.confidence ?? 0))
    }

    /// The time `offset` before or after another event's ("three days before the flood of 9 May":
    /// 6 May), when that time is a span at least as fine as the offset's unit and the event lies
    /// within it; nil otherwise (then the event is only before or after the other).
    static func shifted(_ time: EventTime, by offset: TimeOffset, forwards: Bool) -> EventTime? {
        guard let earliest = time.earliest, let latest = time.latest, let granularity = time.granularity, granularity >= offset.unit,
              withinItsSpan.contains(time.relation) else { return nil }
        var result = time
        result.earliest = offset.shift(earliest, forwards: forwards)
        result.latest = offset.shift(latest, forwards: forwards)
        result.granularity = min(granularity, .day)
        let start = TimePoint(result.earliest!, at: result.granularity!)
        result.value = start.value
        result.mod = nil
        result.display = DisplayDate.text(for: start)
        return result
    }

    /// The relations that put an event inside its time's span (not only before or after it).
    static let withinItsSpan: Set<TemporalRelation> = [.isIncluded, .identity, .simultaneous, .during]

    /// The time of an event from its anchor, following links to other events.
    static func resolve(_ index: Int, in analysis: DocumentAnalysis, merged: MergedEvents, depth: Int = 0) -> EventTime? {
        let doc = analysis.document.id
        let event = merged.index(ofCluster: analysis.clusters[index]).map { merged.items[$0].event } ?? analysis.events[index]
        guard let anchor = event.anchor, depth < 8 else { return nil }
        switch anchor.target {
        case .timex(let t):
            let timex = analysis.timexes[t]
            guard let point = timex.point else {
                return EventTime(value: timex.value, mod: timex.mod, earliest: nil, latest: nil, granularity: nil, relation: anchor.relation,
                                 anchor: .timex(Timeline.timexID(doc, t)), confidence: anchor.confidence,
                                 display: DisplayDate.text(forValue: timex.value))
            }
            var span = ModifiedInterval.interval(of: point, mod: timex.mod)
            var display = DisplayDate.text(for: point, mod: timex.mod)
            // one end of a range: the event spans the whole range ("this week and last")
            if let partner = timex.rangePartner, partner < analysis.timexes.count, let other = analysis.timexes[partner].point,
               let otherSpan = ModifiedInterval.interval(of: other, mod: analysis.timexes[partner].mod), let s = span {
                span = (min(s.earliest, otherSpan.earliest), max(s.latest, otherSpan.latest))
                display = timex.rangeRole == .start ? DisplayDate.text(from: point, to: other) : DisplayDate.text(from: other, to: point)
            }
            switch anchor.relation {
            case .before: display = "before " + display
            case .onOrBefore: display = "on or before " + display
            case .after: display = "after " + display
            case .begunBy: display = "since " + display
            default: break
            }
            return EventTime(value: timex.value, mod: timex.mod, earliest: span?.earliest, latest: span?.latest, granularity: point.granularity,
                             relation: anchor.relation, anchor: .timex(Timeline.timexID(doc, t)), confidence: (anchor.confidence * 100).rounded() / 100, display: display)
        case .event(let other):
            guard var time = resolve(other, in: analysis, merged: merged, depth: depth + 1) else { return nil }
            time.anchor = .event(Timeline.eventID(doc, merged.index(ofCluster: analysis.clusters[other]) ?? other))
            time.confidence = (min(time.confidence, anchor.confidence) * 100).rounded() / 100
            if let offset = anchor.offset, let shifted = shifted(time, by: offset, forwards: anchor.relation == .after) {
                return shifted
            }
            if anchor.relation != .identity, anchor.relation != .isIncluded {
                // before something that is itself before a time is before that time; before something only known to be after one is nowhere
                let within = withinItsSpan.contains(time.relation)
                if [.before, .onOrBefore, .after].contains(anchor.relation) {
                    if within {
                        let display = time.display.hasPrefix("around ") ? String(time.display.dropFirst(7)) : time.display
                        time.display = (anchor.relation == .after ? "after " : "before ") + display
                    } else if time.relation != anchor.relation {
                        return nil
                    }
                }
                time.relation = anchor.relation
            }
            return time
        case .creationTime:
            guard let dct = analysis.document.dct else { return nil }
            let display: String
            switch anchor.relation {
            case .before: display = "before " + DisplayDate.text(for: TimePoint(dct, at: .day))
            case .after: display = "after " + DisplayDate.text(for: TimePoint(dct, at: .day))
            case .isIncluded: display = DisplayDate.text(for: TimePoint(dct, at: .day))
            default: display = "around " + DisplayDate.text(for: TimePoint(dct, at: .day))
            }
            // on the day of the report, after it, or before it
            return EventTime(value: dct.description, mod: nil, earliest: [.after, .isIncluded].contains(anchor.relation) ? dct : nil,
                             latest: [.before, .isIncluded].contains(anchor.relation) ? dct : nil, granularity: .day, relation: anchor.relation,
                             anchor: .creationTime(document: doc), confidence: anchor.confidence, display: display)
        }
    }
}
