/// The whole pipeline for one document: time expressions, events, anchors, merged mentions.
///
/// ```swift
/// let analysis = DocumentAnalyzer().analyze(document)
/// let timeline = Timeline(documents: [analysis])
/// for entry in timeline.entries { print(entry.display, entry.events) }
/// ```
public struct DocumentAnalyzer: Sendable {
    public let tagger: TemporalTagger
    public let extractor: EventExtractor

    public init(tagger: TemporalTagger = TemporalTagger(), extractor: EventExtractor = EventExtractor()) {
        self.tagger = tagger
        self.extractor = extractor
    }

    public func analyze(_ document: Document) -> DocumentAnalysis {
        let tagging = tagger.tagging(document)
        let timexes = tagging.expressions
        var analysis = extractor.extract(document, timexes: timexes)
        let bytes = Array(document.text.utf8)
        let lexicon = tagger.grammar.lexicon
        let words: (Token) -> String = { t in
            guard t.kind == .word else { return "" }
            if t.lex != Lexicon.unknown { return lexicon.word(t.lex) }
            return String(decoding: bytes[Int(t.byteStart)..<Int(t.byteEnd)], as: UTF8.self).lowercased()
        }
        EventAnchoring.anchorToTimexes(&analysis, timexes: timexes, dct: document.dct, words: words)
        let clusters = EventCoreference.clusters(analysis.events, timexes: timexes)
        EventAnchoring.anchorThroughEvents(&analysis, clusters: clusters, timexes: timexes, words: words)
        EventAnchoring.anchorToCreationTime(&analysis, hasDCT: document.dct != nil)
        return DocumentAnalysis(document: document, timexes: timexes, events: analysis.events, clusters: clusters, genre: tagging.genre)
    }
}
