import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

extension EvaluateCommand {
    /// `evaluate --entity-timelines GOLD_DIR CORPUS...`: the SemEval-2015 Task 4 score of each
    /// entity's timeline built from the corpus against the gold timeline files in GOLD_DIR (one
    /// per entity, its name on the first line), and the micro-average.
    func scoreEntityTimelines(_ goldFolder: String, corpus: [GoldCorpus.Entry]) throws {
        let golds = try readGoldTimelines(goldFolder)
        let entities = golds.map { EntityName($0.entity) }
        let sentences = CorpusSentences(corpus.map(\.annotated))
        let systems: [SemEvalTimeline]
        if baseline {
            let model = SyntaxModel.shipped
            systems = entities.map { entity in
                EntityBaseline.timeline(entity, documents: corpus.map(\.annotated.document), syntax: model, sentenceID: sentences.id)
            }
        } else {
            let analyzer = DocumentAnalyzer(entities: entities)
            let analyses = corpus.map { analyzer.analyze($0.annotated.document) }
            systems = EntityTimeline.all(analyses).map { SemEvalTimeline($0, sentenceID: sentences.id) }
        }
        if let writeTimelines {
            try FileManager.default.createDirectory(atPath: writeTimelines, withIntermediateDirectories: true)
            for system in systems { try writeFile(Array(system.text.utf8), to: (writeTimelines as NSString).appendingPathComponent(fileName(system.entity) + ".txt")) }
        }
        var total = TimelineScore()
        var out = pad("entity", 24) + pad("gold", 6, right: true) + pad("system", 8, right: true) + pad("P", 8, right: true) + pad("R", 8, right: true) + pad("F1", 8, right: true) + "\n"
        for (gold, system) in zip(golds, systems) {
            let score = TimelineScorer.score(gold: gold, system: system)
            total = total + score
            out += pad(gold.entity, 24) + pad(String(score.gold), 6, right: true) + pad(String(score.system), 8, right: true)
                + pad(f(score.precision), 8, right: true) + pad(f(score.recall), 8, right: true) + pad(f(score.f1), 8, right: true) + "\n"
        }
        out += pad("micro-average", 24) + pad(String(total.gold), 6, right: true) + pad(String(total.system), 8, right: true)
            + pad(f(total.precision), 8, right: true) + pad(f(total.recall), 8, right: true) + pad(f(total.f1), 8, right: true) + "\n"
        try writeStandardOutput(out)
    }

    /// The gold timelines of a folder (every file whose first line names an entity), by file name.
    private func readGoldTimelines(_ folder: String) throws -> [SemEvalTimeline] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        guard !names.isEmpty else {
            reportError("\(folder): no timeline files")
            throw ExitCode(inputFailureExitCode)
        }
        return try names.map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                return try SemEvalTimeline(parsing: String(decoding: try DocumentReader.readBytes(path: path), as: UTF8.self))
            } catch let error as SemEvalTimelineError {
                reportError("\(path): \(error)")
                throw ExitCode(inputFailureExitCode)
            } catch let error as InputError {
                reportError(error.description)
                throw ExitCode(inputFailureExitCode)
            }
        }
    }
}
