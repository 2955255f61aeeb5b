/// The whole pipeline for one document: the text analysed once, section by section, then time
/// expressions, events and their times from each section, then mentions merged and the
/// remaining anchors found over the whole document.
///
/// ```swift
/// let analysis = DocumentAnalyzer().analyze(document)
/// let timeline = Timeline(documents: [analysis])
/// for entry in timeline.entries { print(entry.display, entry.events) }
/// ```
///
/// Each stage returns its own result and none changes another's: the analyzer composes them.
public struct DocumentAnalyzer: Sendable {
    /// Finds and resolves the time expressions.
    public let tagger: TemporalTagger
    /// Finds the events and their class, tense, aspect, polarity and modality.
    public let extractor: EventExtractor
    /// The part-of-speech and dependency model each section is parsed with; nil skips syntax.
    public let syntax: SyntaxModel?
    /// The entities whose mentions and events the entity stage finds (needs `syntax`); none skips it.
    public let entities: [EntityName]

    /// An analyzer with these stages; the defaults are the shipped models and rules.
    public init(tagger: TemporalTagger = TemporalTagger(), extractor: EventExtractor = EventExtractor(), syntax: SyntaxModel? = .shipped,
                entities: [EntityName] = []) {
        self.tagger = tagger
        self.extractor = extractor
        self.syntax = syntax
        self.entities = entities
    }

    /// Analyses `document`: its time expressions, events, their anchors and merged mentions,
    /// its genre, and the entities' events when `entities` were given.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        var tagging = TemporalTagger.Run(tagger: tagger, dct: document.dct, genre: document.genre)
        var sectionEvents: [[Event]] = []
        var sectionLocal: [[EventAnchoring.Local]] = []
        var eventCount = 0
        var entityStage = entities.isEmpty ? nil : EntityStage(entities: entities)
        TextAnalysis.sections(of: document.text, grammar: tagger.grammar, syntax: syntax) { text in
            let timexes = tagging.tag(text)
            let found = extractor.extract(text, timexes: tagging.expressions[timexes], document: document.id)
            entityStage?.read(text, events: found, firstEvent: eventCount)
            sectionLocal.append(EventAnchoring.local(found[...], analysis: text, timexes: tagging.expressions, sectionTimexes: timexes, dct: document.dct)
                .map { $0.offset(by: eventCount) })
            sectionEvents.append(Self.exactlySized(found))
            eventCount += found.count
        }
        var events = Self.joined(&sectionEvents)
        let local = Self.joined(&sectionLocal)
        let genre = tagging.tagging.genre
        let timexes = Self.exactlySized(tagging.expressions)
        let clusters = EventCoreference.clusters(events, anchors: local.map(\.anchor), timexes: timexes)
        let anchors = EventAnchoring.complete(events, local: local, clusters: clusters, hasDCT: document.dct != nil)
        for e in events.indices { events[e].anchor = anchors[e] }
        return DocumentAnalysis(document: document, timexes: timexes, events: events, clusters: clusters, genre: genre,
                                entities: entityStage?.result)
    }

    /// `items` in an array with room for exactly their number: an array built by appending may
    /// have room for twice as many, and a long document's analysis keeps its events and time
    /// expressions to the end.
    private static func exactlySized<Item>(_ items: [Item]) -> [Item] {
        guard items.capacity > items.count else { return items }
        return Array(unsafeUninitializedCapacity: items.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: items)
        }
    }

    /// The sections' items in one array of exactly their number, each section's array freed as
    /// soon as it is copied: a long document's events are never held twice, as appending them
    /// section by section would (an array grows by doubling, copying everything each time).
    private static func joined<Item>(_ sections: inout [[Item]]) -> [Item] {
        var all: [Item] = []
        all.reserveCapacity(sections.reduce(0) { $0 + $1.count })
        for k in sections.indices {
            all += sections[k]
            sections[k] = []
        }
        sections = []
        return all
    }
}
