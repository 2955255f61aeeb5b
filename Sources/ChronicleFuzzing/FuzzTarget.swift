import Chronicle
import ChronicleIO
import Foundation

/// The fuzz targets: each takes arbitrary bytes through one way into Chronicle and returns what
/// is wrong with the result (empty when nothing is). A reader may refuse its input with an
/// `InputError`, which is no problem; a crash, a hang or an invalid export is.
///
/// `Fuzz/` builds one libFuzzer executable per target; `FuzzRegressionTests` replays the inputs
/// in `Fuzz/Corpus` and `Fuzz/Regressions` through the same code.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The temporal tagger on the bytes as (lossily decoded) text: spans inside the text and on
    /// its words, values without spaces, and the tagged TimeML readable back.
    case tagger
    /// The HTML reader, then the whole pipeline and every export.
    case html
    /// The TimeML reader (annotation spans inside the text), then the pipeline and every export.
    case timeml
    /// The JSON Lines reader of `build` and `stream`, then the pipeline and every export.
    case jsonlines
    /// Any file as `chronicle build` reads it (TimeML, HTML or text with front matter, by its
    /// content), then every export.
    case pipeline

    /// The DCT the tagger resolves against when the input gives none.
    static let dct = CalendarDate(year: 2021, month: 8, day: 20)!

    static let analyzer = DocumentAnalyzer()

    public func problems(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .tagger: return Self.taggerProblems(bytes)
        case .html: return Self.readerProblems { try HTMLReader.read(bytes, path: "fuzz.html", id: "fuzz").document }
        case .timeml:
            return Self.readerProblems {
                let annotated = try TimeMLReader.read(bytes, path: "fuzz.tml", id: "fuzz")
                let length = annotated.document.text.unicodeScalars.count
                for span in annotated.timexes.map({ ($0.begin, $0.end) }) + annotated.events.map({ ($0.begin, $0.end) })
                where !(0 <= span.0 && span.0 <= span.1 && span.1 <= length) {
                    throw Problem("annotation span \(span) outside the text (\(length) scalars)")
                }
                return annotated.document
            }
        case .jsonlines:
            var problems: [String] = []
            let stream = TimelineStream(jobs: 1, source: "fuzz.jsonl")
            for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                problems += Self.readerProblems {
                    let record = try StreamRecord.decode(line, source: "fuzz.jsonl", line: index + 1)
                    let document = try record.document(reader: DocumentReader(), input: "fuzz.jsonl", line: index + 1)
                    let streamed = try stream.timelineLine(for: line, number: index + 1)
                    let check = ExportValidity.jsonProblems(streamed)
                    if !check.isEmpty { throw Problem("stream line: " + check.joined(separator: "; ")) }
                    return document
                }
            }
            return problems
        case .pipeline:
            return Self.readerProblems { try DocumentReader().read(bytes: bytes, path: "fuzz").document }
        }
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Reads a document with `read` (an `InputError` is a fine answer), then checks every export
    /// of its analysis.
    static func readerProblems(_ read: () throws -> Document) -> [String] {
        let document: Document
        do {
            document = try read()
        } catch is InputError {
            return []
        } catch {
            return ["\(error)"]
        }
        return ExportValidity.problems(of: [analyzer.analyze(document)])
    }

    static func taggerProblems(_ bytes: [UInt8]) -> [String] {
        // the first byte picks the document type: news with a DCT, or narrative without
        let narrative = (bytes.first ?? 0) & 1 == 1
        let document = Document(id: "fuzz", text: String(decoding: bytes, as: UTF8.self), dct: narrative ? nil : dct, narrative: narrative)
        let tagging = analyzer.tagger.tagging(document)
        let timexes = tagging.expressions
        let scalars = Array(document.text.unicodeScalars)
        var problems: [String] = []
        var previousEnd = 0
        for timex in timexes {
            guard 0 <= timex.begin, timex.begin < timex.end, timex.end <= scalars.count else {
                problems.append("span \(timex.begin)-\(timex.end) outside the text (\(scalars.count) scalars)")
                continue
            }
            if timex.begin < previousEnd { problems.append("span \(timex.begin)-\(timex.end) overlaps the one before") }
            previousEnd = timex.end
            if String(String.UnicodeScalarView(scalars[timex.begin..<timex.end])) != timex.text {
                problems.append("span \(timex.begin)-\(timex.end) is not its text '\(timex.text)'")
            }
            if timex.value.isEmpty || timex.value.unicodeScalars.contains(where: \.properties.isWhitespace) {
                problems.append("value '\(timex.value)' of '\(timex.text)'")
            }
        }
        if (try? JSONSerialization.jsonObject(with: Data(TagExport.json([(document, tagging)])))) == nil {
            problems.append("tag JSON does not parse")
        }
        let timeml = Array(TimeMLWriter.write(document, timexes: timexes).utf8)
        let analysis = DocumentAnalysis(document: document, timexes: timexes, events: [], clusters: [])
        problems += ExportValidity.timeMLProblems(timeml, analysis: analysis).map { "tagged TimeML: \($0)" }
        return problems
    }
}

/// What a libFuzzer entry point does with one input: run the target and abort on a problem, so
/// libFuzzer saves the input as a crash.
public enum FuzzRun {
    public static func one(_ target: FuzzTarget, _ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let problems = target.problems(bytes)
        if !problems.isEmpty {
            FileHandle.standardError.write(Data(("fuzz \(target.rawValue): invalid result\n" + problems.map { "  \($0)\n" }.joined()).utf8))
            abort()
        }
        return 0
    }
}
