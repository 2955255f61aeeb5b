/// The trivial baseline of SemEval-2015 Task 4 that the entity timelines are compared with:
/// every verb of the sentences that name the entity (by the name rules of `EntityName`, without
/// pronouns or descriptions), dated by its document's creation time.
public enum EntityBaseline {
    /// The baseline timeline of `entity` over `documents`, parsed with `syntax`.
    public static func timeline(_ entity: EntityName, documents: [Document], syntax: SyntaxModel,
                                sentenceID: (String, Int) -> String?) -> SemEvalTimeline {
        var byDate: [CalendarDate: [String]] = [:]
        var undated: [String] = []
        for document in documents {
            var finder = EntityMentionFinder(entities: [entity])
            var verbs: [String] = []
            TextAnalysis.sections(of: document.text, syntax: syntax) { text in
                guard let parse = text.syntax else { return }
                let named = Set(finder.find(parse, bytes: text.bytes, sentenceBase: 0)
                    .filter { $0.rule != "pronoun" && $0.rule != "definite description" }
                    .map { parse.sentence(of: $0.words.lowerBound) })
                for w in 0..<parse.wordCount where parse.upos(w) == .verb && named.contains(parse.sentence(of: w)) {
                    let word = parse.words[w]
                    let form = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[word.byteRange]), as: UTF8.self)
                    let sentence = sentenceID(document.id, Int(word.scalarStart)) ?? String(text.firstSentence + parse.sentence(of: w) + 1)
                    verbs.append("\(document.id)-\(sentence)-\(form)")
                }
            }
            if let dct = document.dct { byDate[dct, default: []] += verbs } else { undated += verbs }
        }
        var lines = undated.map { SemEvalTimeline.Line(ordinal: 0, date: "XXXX-XX-XX", mentions: [$0]) }
        for (n, date) in byDate.keys.sorted().enumerated() {
            lines += byDate[date]!.map { SemEvalTimeline.Line(ordinal: n + 1, date: date.description, mentions: [$0]) }
        }
        return SemEvalTimeline(entity: entity.name, lines: lines)
    }
}
