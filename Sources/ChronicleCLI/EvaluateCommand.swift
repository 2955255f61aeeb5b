import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle evaluate`: TempEval-3 scores of the tagger against a folder of gold TimeML.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the tagger against gold TimeML files (TempEval-3 rules).",
        discussion: """
        Strict and relaxed span precision, recall and F1, and type and value F1 (accuracy over \
        relaxed matches times relaxed F1), micro-averaged over all documents, DCT excluded.
        """
    )

    @Argument(help: "A folder of gold .tml files (or single files).")
    var gold: [String]

    @Flag(help: "List every missed, spurious and wrongly valued expression.")
    var verbose = false

    @Flag(help: "Hide the per-document table.")
    var summary = false

    @Flag(help: "Resolve relative dates against the last explicit date in the text instead of the DCT (default: decided per document from its text).")
    var narrative = false

    @Flag(help: "Resolve relative dates against the DCT, whatever the text looks like.")
    var news = false

    @Flag(help: "Also score event detection and classes.")
    var events = false

    @Option(help: "Score events by K-fold cross-validation over documents: each fold is tagged by a model trained on the others.")
    var folds: Int?

    @Option(help: "Score event-time relations against a TimeBank-Dense pair file (doc id1 id2 rel); accuracy on non-vague pairs.")
    var tlinks: String?

    @Option(help: "Compare the timeline of the gold documents with a SemEval-2015 TimeLine gold file for one entity.")
    var timeline: String?

    @Option(help: "Score the entity timelines built from the gold documents against the SemEval-2015 Task 4 timeline files of this folder (one per entity; the first line names it).")
    var entityTimelines: String?

    @Flag(help: "With --entity-timelines: score the trivial baseline instead (every verb of the sentences naming the entity, dated by the DCT).")
    var baseline = false

    @Option(help: "With --entity-timelines: also write each system timeline into this folder, in the task's format.")
    var writeTimelines: String?

    @Flag(help: "Score the part-of-speech tagger and dependency parser against gold CoNLL-U files instead (UPOS accuracy, UAS, LAS).")
    var syntax = false

    @Option(help: "With --syntax: a syntax model file to score instead of the built-in one.")
    var syntaxModel: String?

    func validate() throws {
        if let folds, folds < 2 { throw ValidationError("--folds needs at least 2 folds") }
        if folds != nil && !events { throw ValidationError("--folds applies to --events") }
        if news && narrative { throw ValidationError("--news and --narrative contradict each other") }
    }

    func run() throws {
        if syntax { return try SyntaxCLI.evaluate(gold, model: syntaxModel) }
        let corpus = try GoldCorpus.load(gold)
        if let tlinks { return try scoreTLinks(tlinks, corpus: corpus) }
        if let timeline { return try compareTimeline(timeline, corpus: corpus) }
        if let entityTimelines { return try scoreEntityTimelines(entityTimelines, corpus: corpus) }
        let eventModels = events ? eventModels(for: corpus) : []
        let tagger = TemporalTagger()
        var out = ""
        var report = ""
        var eventMisses: [String: Int] = [:]
        var eventSpurious: [String: Int] = [:]
        for group in orderedGroups(corpus) {
            var total = TimexScore()
            var eventTotal = EventScore()
            var rows: [(String, TimexScore, EventScore)] = []
            for (index, entry) in corpus.enumerated() where entry.group == group {
                var document = entry.annotated.document
                if news || narrative { document.genre = news ? .news : .narrative }
                let (timexes, found) = events ? EventDetector(model: eventModels[folds.map { index % $0 } ?? 0]).annotate(document)
                                              : (tagger.tag(document), [])
                let system = timexes.enumerated().map { index, t in
                    AnnotatedTimex(begin: t.begin, end: t.end, text: t.text, id: "t\(index + 1)", type: t.type.rawValue, value: t.value, mod: t.mod?.rawValue)
                }
                let (score, disagreements) = TimexScorer.score(gold: entry.annotated.timexes, system: system)
                var eventScore = EventScore()
                if events {
                    eventScore = EventScorer.score(gold: entry.annotated.events, system: found)
                    if verbose {
                        for g in entry.annotated.events where !found.contains(where: { $0.begin < g.end && g.begin < $0.end }) {
                            eventMisses[g.text.lowercased(), default: 0] += 1
                        }
                        for e in found where !entry.annotated.events.contains(where: { $0.begin < e.end && e.begin < $0.end }) {
                            eventSpurious[e.text.lowercased(), default: 0] += 1
                        }
                    }
                }
                total = total + score
                eventTotal = eventTotal + eventScore
                rows.append((document.id, score, eventScore))
                if verbose, !disagreements.isEmpty {
                    report += "\n\(document.id) (DCT \(document.dct?.description ?? "none"))\n"
                    for d in disagreements { report += "  " + describe(d, in: document.text) + "\n" }
                }
            }
            if corpus.contains(where: { $0.group != group }) { out += "== \(group)\n" }
            out += table(rows, total: total, eventTotal: eventTotal)
        }
        if verbose && events {
            func top(_ counts: [String: Int]) -> String {
                counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(60).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            }
            report += "\nmost missed events: " + top(eventMisses) + "\n\nmost spurious events: " + top(eventSpurious) + "\n"
        }
        try writeStandardOutput(out + report)
    }

    private func scoreTLinks(_ path: String, corpus: [GoldCorpus.Entry]) throws {
        let bytes: [UInt8]
        do { bytes = try DocumentReader.readBytes(path: path) } catch let error as InputError {
            reportError(error.description)
            throw ExitCode(inputFailureExitCode)
        }
        let pairs = Dictionary(grouping: TLinkScorer.parse(String(decoding: bytes, as: UTF8.self)), by: \.document)
        let analyzer = DocumentAnalyzer()
        var total = TLinkScore()
        var out = pad("document", 32) + pad("pairs", 7, right: true) + pad("aligned", 9, right: true) + pad("accuracy", 10, right: true) + "\n"
        for entry in corpus {
            guard let docPairs = pairs[entry.annotated.document.id] else { continue }
            let score = TLinkScorer.score(docPairs, gold: entry.annotated, analysis: analyzer.analyze(entry.annotated.document))
            total = total + score
            if !summary {
                out += pad(entry.annotated.document.id, 32) + pad(String(score.pairs), 7, right: true) + pad(String(score.aligned), 9, right: true)
                    + pad(f(score.accuracy), 10, right: true) + "\n"
            }
        }
        out += "event-time pairs (non-vague) \(total.pairs), aligned \(total.aligned), correct \(total.correct): accuracy \(f(total.accuracy))\n"
        let relations = ["b", "a", "i", "ii", "s"]
        out += "confusion (rows gold, columns predicted):\n" + pad("", 6) + (relations + ["v", "unaligned"]).map { pad($0, 10, right: true) }.joined() + "\n"
        for g in relations {
            out += pad(g, 6) + (relations + ["v", "unaligned"]).map { pad(String(total.confusion[g]?[$0] ?? 0), 10, right: true) }.joined() + "\n"
        }
        if verbose {
            out += "wrong pairs (document, event, time, gold->predicted, event text, time text, anchor rule):\n"
            out += total.mistakes.map { $0 + "\n" }.joined()
        }
        try writeStandardOutput(out)
    }

    /// SemEval-2015 Task 4: the entity's events in our multi-document timeline next to the gold
    /// timeline (`order<TAB>date<TAB>doc-sentence-word ...`).
    private func compareTimeline(_ path: String, corpus: [GoldCorpus.Entry]) throws {
        let lines: [Substring]
        do { lines = String(decoding: try DocumentReader.readBytes(path: path), as: UTF8.self).split(separator: "\n") } catch let error as InputError {
            reportError(error.description)
            throw ExitCode(inputFailureExitCode)
        }
        guard let entity = lines.first.map(String.init) else { return }
        let surname = entity.split(separator: " ").last.map(String.init) ?? entity
        let analyzer = DocumentAnalyzer()
        let analyses = corpus.map { analyzer.analyze($0.annotated.document) }
        let merged = Timeline(documents: analyses)
        let sentencesByDoc = Dictionary(uniqueKeysWithValues: corpus.map { ($0.annotated.document.id, $0.annotated.sentences) })
        func sentenceID(_ doc: String, _ offset: Int) -> String {
            sentencesByDoc[doc]?.first { $0.begin <= offset && offset < $0.end }?.id ?? "?"
        }
        // sentences about the entity: those that name it, and those that go on with "He"/"His" right after
        var about: Set<String> = []
        for analysis in analyses {
            let scalars = Array(analysis.document.text.unicodeScalars)
            var previousNamed = false
            for sentence in sentencesByDoc[analysis.document.id] ?? [] {
                let text = String(String.UnicodeScalarView(scalars[sentence.begin..<min(sentence.end, scalars.count)]))
                let pronoun = ["He ", "His ", "Him ", "She ", "Her "].contains { text.hasPrefix($0) }
                let named = text.contains(surname) || (pronoun && previousNamed)
                if named { about.insert("\(analysis.document.id)-\(sentence.id)") }
                previousNamed = named
            }
        }
        // our events in those sentences, keyed doc-sentence-word
        struct Ours { var key: String; var position: Int; var time: EventTime? }
        var ours: [String: Ours] = [:]
        for (position, event) in merged.events.enumerated() {
            for mention in event.mentions {
                let sentence = sentenceID(mention.document, mention.begin)
                guard about.contains("\(mention.document)-\(sentence)") else { continue }
                let key = "\(mention.document)-\(sentence)-\(mention.trigger.lowercased())"
                ours[key] = Ours(key: key, position: position, time: event.time)
            }
        }
        var out = "SemEval-2015 TimeLine for \(entity): gold next to Chronicle (timeline position, date)\n"
        out += pad("order", 6) + pad("gold date", 12) + pad("mention", 34) + pad("chronicle", 36) + "agreement\n"
        var found = 0, exact = 0, partial = 0, matchedGold: [(order: Int, position: Int)] = []
        var goldCount = 0
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, let order = Int(fields[0]) else { continue }
            let date = fields[1]
            for mention in fields[2...] {
                goldCount += 1
                let key = mention.lowercased()
                var column = "-"
                var agreement = "missed"
                if let mine = ours[key] {
                    found += 1
                    matchedGold.append((order, mine.position))
                    // an event related only to the DCT shows as "before DCT" (or "around"); it agrees with the DCT's date
                    let relatedToDCT = mine.time?.isCreationTime == true
                    let value = mine.time.map { $0.value } ?? "XXXX-XX-XX"
                    column = "#\(mine.position) " + (relatedToDCT ? "\(mine.time!.relation.rawValue.lowercased()) DCT \(value)" : value)
                    if value == date || (date == "XXXX-XX-XX" && mine.time == nil) {
                        exact += 1; agreement = "same date"
                    } else if date != "XXXX-XX-XX", value.hasPrefix(date) || date.hasPrefix(value) {
                        partial += 1; agreement = "same date, other precision"
                    } else {
                        agreement = "other date"
                    }
                }
                out += pad(String(order), 6) + pad(date, 12) + pad(mention, 34) + pad(column, 36) + agreement + "\n"
            }
        }
        var concordant = 0, discordant = 0, tied = 0
        for i in matchedGold.indices {
            for j in matchedGold.indices where matchedGold[i].order < matchedGold[j].order {
                if matchedGold[i].position < matchedGold[j].position { concordant += 1 }
                else if matchedGold[i].position > matchedGold[j].position { discordant += 1 } else { tied += 1 }
            }
        }
        out += "\ngold mentions \(goldCount), found \(found) (recall \(f(SpanCounts.ratio(found, goldCount)))); "
        out += "Chronicle events in sentences naming \(surname): \(ours.count)\n"
        out += "dates: \(exact) same (events related only to their DCT count as the DCT's date), \(partial) same at another precision, \(found - exact - partial) different\n"
        out += "order of matched pairs: \(concordant) concordant, \(discordant) discordant, \(tied) tied\n"
        try writeStandardOutput(out)
    }

    /// The groups in the order they were named.
    private func orderedGroups(_ corpus: [GoldCorpus.Entry]) -> [String] {
        var seen: [String] = []
        for entry in corpus where !seen.contains(entry.group) { seen.append(entry.group) }
        return seen
    }

    /// The shipped model, or with `--folds K` one model per fold trained on the other folds.
    private func eventModels(for corpus: [GoldCorpus.Entry]) -> [EventModel] {
        guard let folds else { return [EventModel.shipped] }
        return (0..<folds).map { fold in
            let training = corpus.enumerated().filter { $0.offset % folds != fold }.map(\.element.annotated)
            return EventTraining.train(training)
        }
    }

    private func table(_ rows: [(String, TimexScore, EventScore)], total: TimexScore, eventTotal: EventScore) -> String {
        var out = ""
        if !summary {
            out += pad("document", 32) + pad("gold", 6, right: true) + pad("sys", 6, right: true) + pad("strict", 8, right: true)
                + pad("relaxed", 9, right: true) + pad("type", 8, right: true) + pad("value", 8, right: true)
                + (events ? pad("event", 8, right: true) + pad("class", 8, right: true) : "") + "\n"
            for (id, s, e) in rows {
                out += pad(id, 32) + pad(String(s.spans.gold), 6, right: true) + pad(String(s.spans.system), 6, right: true)
                    + pad(f(s.spans.strictF1), 8, right: true) + pad(f(s.spans.relaxedF1), 9, right: true) + pad(f(s.typeF1), 8, right: true)
                    + pad(f(s.valueF1), 8, right: true)
                    + (events ? pad(f(e.spans.relaxedF1), 8, right: true) + pad(f(e.classF1), 8, right: true) : "") + "\n"
            }
            out += "\n"
        }
        out += "documents \(rows.count), gold timexes \(total.spans.gold), system timexes \(total.spans.system)\n"
        out += pad("", 10) + pad("P", 8, right: true) + pad("R", 8, right: true) + pad("F1", 8, right: true) + "\n"
        out += pad("strict", 10) + pad(f(total.spans.strictPrecision), 8, right: true) + pad(f(total.spans.strictRecall), 8, right: true) + pad(f(total.spans.strictF1), 8, right: true) + "\n"
        out += pad("relaxed", 10) + pad(f(total.spans.relaxedPrecision), 8, right: true) + pad(f(total.spans.relaxedRecall), 8, right: true) + pad(f(total.spans.relaxedF1), 8, right: true) + "\n"
        out += pad("", 10) + pad("accuracy", 10, right: true) + pad("F1", 8, right: true) + "\n"
        out += pad("type", 10) + pad(f(total.typeAccuracy), 10, right: true) + pad(f(total.typeF1), 8, right: true) + "\n"
        out += pad("value", 10) + pad(f(total.valueAccuracy), 10, right: true) + pad(f(total.valueF1), 8, right: true) + "\n"
        if events {
            let how = folds.map { "\($0)-fold cross-validation" } ?? "shipped model"
            out += "events (\(how)): gold \(eventTotal.spans.gold), system \(eventTotal.spans.system)\n"
            out += pad("", 10) + pad("P", 8, right: true) + pad("R", 8, right: true) + pad("F1", 8, right: true) + "\n"
            out += pad("relaxed", 10) + pad(f(eventTotal.spans.relaxedPrecision), 8, right: true) + pad(f(eventTotal.spans.relaxedRecall), 8, right: true) + pad(f(eventTotal.spans.relaxedF1), 8, right: true) + "\n"
            out += pad("strict", 10) + pad("", 16) + pad(f(eventTotal.spans.strictF1), 8, right: true) + "\n"
            out += pad("class", 10) + pad(f(eventTotal.classAccuracy), 10, right: true) + pad(f(eventTotal.classF1), 8, right: true) + "  (accuracy, F1)\n"
            if verbose {
                let classes = EventClass.allCases.map(\.rawValue)
                out += "class confusion (rows gold, columns system):\n" + pad("", 12) + classes.map { pad(String($0.prefix(7)), 8, right: true) }.joined() + "\n"
                for g in classes {
                    out += pad(g, 12) + classes.map { pad(String(eventTotal.confusion[g]?[$0] ?? 0), 8, right: true) }.joined() + "\n"
                }
            }
        }
        return out
    }

    private func describe(_ d: TimexDisagreement, in text: String) -> String {
        func show(_ t: AnnotatedTimex?) -> String {
            guard let t else { return "-" }
            return "'\(t.text.replacingOccurrences(of: "\n", with: " "))' \(t.type) \(t.value)\(t.mod.map { " " + $0 } ?? "")"
        }
        let anchor = d.gold ?? d.system!
        let context = snippet(text, anchor.begin, anchor.end)
        switch d.kind {
        case .missed: return "missed    gold \(show(d.gold))  | \(context)"
        case .spurious: return "spurious  sys  \(show(d.system))  | \(context)"
        case .span: return "span      gold \(show(d.gold))  sys \(show(d.system))  | \(context)"
        case .attribute: return "value     gold \(show(d.gold))  sys \(show(d.system))  | \(context)"
        }
    }

    private func snippet(_ text: String, _ begin: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let from = max(0, begin - 50), to = min(scalars.count, end + 50)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[from..<begin])
        s.append(contentsOf: "[".unicodeScalars)
        s.append(contentsOf: scalars[begin..<min(end, scalars.count)])
        s.append(contentsOf: "]".unicodeScalars)
        s.append(contentsOf: scalars[min(end, scalars.count)..<to])
        return String(s).replacingOccurrences(of: "\n", with: " ")
    }

    func f(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        return "\(scaled / 1000).\(String(repeating: "0", count: 3 - String(scaled % 1000).count))\(scaled % 1000)"
    }

    func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
