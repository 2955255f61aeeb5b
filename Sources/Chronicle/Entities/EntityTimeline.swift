/// The timeline of one entity across many documents: the events it takes part in, each event
/// reported by several articles merged into one item with every mention, in time order.
///
/// An event is dated at story time: by the time expression it is anchored to; else, when the
/// pipeline relates it only to the DCT, by the story's occasion if it is a past event or a
/// report and the story has one (`occasion(of:)`: "Apple unveiled the phone on Monday", published
/// on Tuesday, dates the later "Jobs said" on Monday), or by the DCT; else it is undated and
/// listed apart, unless the clause of a dated event holds it: a participle clause takes that
/// event's date ("Jobs unveiled it on Monday, saying ..." dates "saying" on Monday).
/// An event noun the entity stage found takes the story date of the event it is an argument of
/// ("announced his resignation"), or the DCT.
///
/// Cross-document coreference: two events of different documents are the same real event when
/// they are the same kind of event (`Event.kind`: "launch"/"launched"/"launching" share one) at
/// the same date; the entity is the participant they share by construction.
public struct EntityTimeline: Sendable {
    /// One mention of an item's event in a document.
    public struct Mention: Sendable, Hashable {
        /// The id of its document.
        public var document: String
        /// The trigger word as the text has it.
        public var trigger: String
        /// Unicode-scalar span of the trigger in its document.
        public var begin: Int
        /// Where the trigger ends (exclusive), in Unicode scalars.
        public var end: Int
        /// The sentence of the document that holds it (0-based, as the tokenizer splits sentences).
        public var sentence: Int
        /// How the entity takes part ("nsubj", "possessor", ...), and the words that name it there.
        public var pattern: String
        /// The entity's words there ("He", "Jobs").
        public var entityText: String
        /// The clause that carries it (for an event noun, the clause of the event it is an
        /// argument of; empty when there is none).
        public var clause: String
    }

    /// A real event the entity takes part in.
    public struct Item: Sendable, Hashable {
        /// The event's kind: its stem, shared by mentions of one event (`Event.kind`).
        public var kind: String
        /// Its TimeML class.
        public var eventClass: EventClass
        /// Who did what, in the first mention's words (`Event.description`; the trigger for an event noun).
        public var description: String
        /// Its story date as an interval, nil when undated.
        public var earliest: CalendarDate?
        /// The last day of its story date.
        public var latest: CalendarDate?
        /// How fine its story date is.
        public var granularity: Granularity?
        /// "June 2021", or "undated".
        public var display: String
        /// Every mention of it, across the documents.
        public var mentions: [Mention]
    }

    /// The entity's name as given.
    public let entity: String
    /// Dated items in time order (ties in input order), then the undated ones.
    public let items: [Item]

    /// Items that share a date interval: one line of the timeline each, in order.
    public var lines: [[Item]] {
        var lines: [[Item]] = []
        for item in items where item.earliest != nil {
            if let last = lines.last?.first, last.earliest == item.earliest, last.latest == item.latest { lines[lines.count - 1].append(item) }
            else { lines.append([item]) }
        }
        return lines
    }

    /// The undated items, in input order.
    public var undated: [Item] { items.filter { $0.earliest == nil } }

    /// The timeline of entity number `entity` of the analyses' `EntityAnalysis` (the same entity
    /// list in every analysis), over the documents in the order given.
    public init(entity: Int, analyses: [DocumentAnalysis]) {
        var items: [Item] = []
        var slots: [String: [Int]] = [:]
        // for each item, the event cluster it holds in each document: one document's mentions join an
        // item only when that document's coreference made them one event
        var clusterIn: [[String: Int]] = []
        var order: [(document: Int, begin: Int)] = []  // where each item was first mentioned
        for (documentIndex, analysis) in analyses.enumerated() {
            guard let entities = analysis.entities, entities.entities.indices.contains(entity) else { continue }
            let times = analysis.eventTimes()
            let occasion = Self.occasion(of: analysis)
            func storyDate(_ e: Int) -> (CalendarDate?, CalendarDate?, Granularity?, String) {
                let event = analysis.events[e]
                let past = event.tense == .past || event.eventClass == .reporting
                return Self.storyDate(times[e], dct: analysis.document.dct, occasion: past ? occasion : nil)
            }
            let doc = analysis.document.id
            for participation in entities.participations where participation.entity == entity {
                let date: (CalendarDate?, CalendarDate?, Granularity?, String), kind: String, eventClass: EventClass, description: String
                let begin: Int, end: Int, sentence: Int, cluster: Int, clause: Substring
                switch participation.target {
                case .event(let e):
                    let event = analysis.events[e]
                    let own = storyDate(e)
                    date = own.0 == nil ? participation.governor.map(storyDate) ?? own : own
                    (kind, eventClass, description) = (event.kind, event.eventClass, event.description.isEmpty ? event.mention.trigger : event.description)
                    (begin, end, sentence, cluster, clause) = (event.mention.begin, event.mention.end, event.mention.sentence, analysis.clusters[e], event.mention.clause)
                case .noun(let n):
                    let noun = entities.nounEvents[n]
                    (date, kind, eventClass, description) = (noun.governor.map(storyDate) ?? Self.day(analysis.document.dct), noun.lemma, .occurrence, noun.trigger)
                    (begin, end, sentence, cluster) = (noun.begin, noun.end, noun.sentence, -1 - n)
                    clause = noun.governor.map { analysis.events[$0].mention.clause } ?? ""
                }
                let (earliest, latest, granularity, display) = date
                let mention = Mention(document: doc, trigger: participation.trigger, begin: begin, end: end, sentence: sentence,
                                      pattern: participation.pattern, entityText: entities.mentions[participation.mention].text, clause: String(clause))
                // undated events are one item per document cluster; dated ones merge across documents
                let key = earliest == nil ? "\(doc)\u{1}\(cluster)" : "\(kind)\u{1}\(earliest!)\u{1}\(latest!)"
                if let s = slots[key]?.first(where: { clusterIn[$0][doc].map { $0 == cluster } ?? true }) {
                    items[s].mentions.append(mention)
                    clusterIn[s][doc] = cluster
                } else {
                    slots[key, default: []].append(items.count)
                    clusterIn.append([doc: cluster])
                    order.append((documentIndex, begin))
                    items.append(Item(kind: kind, eventClass: eventClass, description: description, earliest: earliest, latest: latest,
                                      granularity: granularity, display: display, mentions: [mention]))
                }
            }
        }
        let sorted = items.indices.sorted { a, b in
            switch (items[a].earliest, items[b].earliest) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                if let x = items[a].latest, let y = items[b].latest, x != y { return x < y }
                return order[a] < order[b]
            }
        }
        self.entity = analyses.lazy.compactMap { $0.entities?.entities }.first { $0.indices.contains(entity) }?[entity].name ?? ""
        self.items = sorted.map { items[$0] }
    }

    /// The timelines of every entity the analyses looked for, in the order given.
    public static func all(_ analyses: [DocumentAnalysis]) -> [EntityTimeline] {
        let count = analyses.lazy.compactMap { $0.entities?.entities.count }.first ?? 0
        return (0..<count).map { EntityTimeline(entity: $0, analyses: analyses) }
    }

    /// The interval an event is placed at: its time expression's, or the DCT's day for an event
    /// related only to the DCT, unless it is only after it ("to rebuild"): no day the story gives.
    static func storyDate(_ time: EventTime?, dct: CalendarDate?, occasion: CalendarDate?) -> (CalendarDate?, CalendarDate?, Granularity?, String) {
        guard let time else { return (nil, nil, nil, "undated") }
        if time.isCreationTime, time.relation == .after { return (nil, nil, nil, "undated") }
        if time.isCreationTime, let day = occasion ?? dct { return Self.day(day) }
        guard let earliest = time.earliest, let latest = time.latest else { return (nil, nil, nil, "undated") }
        return (earliest, latest, time.granularity, time.display)
    }

    /// A day as a story date; undated for nil.
    static func day(_ day: CalendarDate?) -> (CalendarDate?, CalendarDate?, Granularity?, String) {
        guard let day else { return (nil, nil, nil, "undated") }
        return (day, day, .day, DisplayDate.text(for: TimePoint(day, at: .day)))
    }

    /// The occasion a news story reports: the first day it names in the week before its creation
    /// time ("on Monday" in a story of Tuesday), nil when it names none.
    public static func occasion(of analysis: DocumentAnalysis) -> CalendarDate? {
        guard let dct = analysis.document.dct else { return nil }
        for timex in analysis.timexes where timex.type == .date {
            guard let point = timex.point, point.granularity == .day, let y = point.year, let m = point.month, let d = point.day,
                  let day = CalendarDate(year: y, month: m, day: d) else { continue }
            if day < dct && dct.dayNumber - day.dayNumber <= 7 { return day }
        }
        return nil
    }
}
