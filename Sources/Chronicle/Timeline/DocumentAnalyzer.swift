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
        var events: [Event] = []
        var local: [EventAnchoring.Local] = []
        var entityStage = entities.isEmpty ? nil : EntityStage(entities: entities)
        TextAnalysis.sections(of: document.text, grammar: tagger.grammar, syntax: syntax) { text in
            let timexes = tagging.tag(text)
            let sectionEvents = extractor.extract(text, timexes: tagging.expressions[timexes], document: document.id)
            entityStage?.read(text, events: sectionEvents, firstEvent: events.count)
            local += EventAnchoring.local(sectionEvents[...], analysis: text, timexes: tagging.expressions, sectionTimexes: timexes, dct: document.dct)
                .map { $0.offset(by: events.count) }
            events += sectionEvents
        }
        let timexes = tagging.expressions
        let clusters = EventCoreference.clusters(events, anchors: local.map(\.anchor), timexes: timexes)
        let anchors = EventAnchoring.complete(events, local: local, clusters: clusters, hasDCT: document.dct != nil)
        for e in events.indices { events[e].anchor = anchors[e] }
        return DocumentAnalysis(document: document, timexes: timexes, events: events, clusters: clusters, genre: tagging.tagging.genre,
                                entities: entityStage?.result)
    }
}
