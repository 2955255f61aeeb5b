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

    func run() throws {
        let files = try goldFiles()
        let tagger = TemporalTagger()
        var total = TimexScore()
        var rows: [(String, TimexScore)] = []
        var report = ""
        for path in files {
            let annotated: AnnotatedDocument
            do {
                annotated = try TimeMLReader.read(try DocumentReader.readBytes(path: path), path: path, id: DocumentReader.documentID(for: path))
            } catch let error as InputError {
                reportError(error.description)
                throw ExitCode(inputFailureExitCode)
            }
            let document = annotated.document
            let system = tagger.tag(document).enumerated().map { index, t in
                AnnotatedTimex(begin: t.begin, end: t.end, text: t.text, id: "t\(index + 1)", type: t.type.rawValue, value: t.value, mod: t.mod?.rawValue)
            }
            let (score, disagreements) = TimexScorer.score(gold: annotated.timexes, system: system)
            total = total + score
            rows.append((document.id, score))
            if verbose, !disagreements.isEmpty {
                report += "\n\(document.id) (DCT \(document.dct?.description ?? "none"))\n"
                for d in disagreements { report += "  " + describe(d, in: document.text) + "\n" }
            }
        }
        var out = ""
        if !summary {
            out += pad("document", 32) + pad("gold", 6, right: true) + pad("sys", 6, right: true) + pad("strict", 8, right: true)
                + pad("relaxed", 9, right: true) + pad("type", 8, right: true) + pad("value", 8, right: true) + "\n"
            for (id, s) in rows {
                out += pad(id, 32) + pad(String(s.gold), 6, right: true) + pad(String(s.system), 6, right: true)
                    + pad(f(s.strictF1), 8, right: true) + pad(f(s.relaxedF1), 9, right: true) + pad(f(s.typeF1), 8, right: true)
                    + pad(f(s.valueF1), 8, right: true) + "\n"
            }
            out += "\n"
        }
        out += "documents \(rows.count), gold timexes \(total.gold), system timexes \(total.system)\n"
        out += pad("", 10) + pad("P", 8, right: true) + pad("R", 8, right: true) + pad("F1", 8, right: true) + "\n"
        out += pad("strict", 10) + pad(f(total.strictPrecision), 8, right: true) + pad(f(total.strictRecall), 8, right: true) + pad(f(total.strictF1), 8, right: true) + "\n"
        out += pad("relaxed", 10) + pad(f(total.relaxedPrecision), 8, right: true) + pad(f(total.relaxedRecall), 8, right: true) + pad(f(total.relaxedF1), 8, right: true) + "\n"
        out += pad("", 10) + pad("accuracy", 10, right: true) + pad("F1", 8, right: true) + "\n"
        out += pad("type", 10) + pad(f(total.typeAccuracy), 10, right: true) + pad(f(total.typeF1), 8, right: true) + "\n"
        out += pad("value", 10) + pad(f(total.valueAccuracy), 10, right: true) + pad(f(total.valueF1), 8, right: true) + "\n"
        writeStandardOutput(out + report)
    }

    private func goldFiles() throws -> [String] {
        var files: [String] = []
        for path in gold {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                reportError(InputError.notFound(path: path).description)
                throw ExitCode(inputFailureExitCode)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".tml") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
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

    private func f(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        return "\(scaled / 1000).\(String(repeating: "0", count: 3 - String(scaled % 1000).count))\(scaled % 1000)"
    }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
