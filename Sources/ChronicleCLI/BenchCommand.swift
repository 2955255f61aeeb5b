import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle bench`: speed and peak memory on generated news text, stage by stage.
///
/// ```
/// $ swift run -c release chronicle bench --sizes 1,10
/// stage          layout     size    runs  min s    median s  max s    MB/s    peak MB
/// tag            articles   1 MB    5     0.041    0.043     0.047    23.3    41
/// ...
/// ```
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed (min, median, max over runs) and peak memory on generated news text.",
        discussion: """
        Inputs are made of the paragraphs of the sample articles (--samples), shuffled with a fixed \
        seed, at each size both as many articles (one file each, 6 to 14 paragraphs) and as one \
        document. Each case runs in a process of its own, on one core unless it says otherwise, \
        so its peak memory is its own. Stages: tag (tagging alone), syntax (tokens, parts of \
        speech and dependency trees; also reported in tokens a second of elapsed and of processor \
        time, with the model's load time \
        and size), pipeline (analysis and \
        timeline), pipeline-no-syntax (the same without the part-of-speech tagger and parser), json, xml, md, timelinejs, timeml (rendering a built timeline), and whole \
        commands as a user runs them: tag-command (chronicle tag), build (chronicle build \
        --format json -j 1) and build-jobs2 (the same with -j 2, many articles only).
        """
    )

    static let allStages = ["tag", "syntax", "pipeline", "pipeline-no-syntax", "json", "xml", "md", "timelinejs", "timeml", "tag-command", "build", "build-jobs2"]

    @Option(help: "Input sizes in megabytes, comma-separated.")
    var sizes = "1,10"

    @Option(help: "Timed runs per case (in-process stages also run once to warm up).")
    var runs = 5

    @Option(help: "Stages to measure, comma-separated, or 'all'.")
    var stages = "all"

    @Option(help: "Layouts: articles, document, or both.")
    var layouts = "articles,document"

    @Option(help: "Folder of .txt articles whose paragraphs make the inputs.")
    var samples = "Samples"

    @Option(help: "Folder for the generated inputs (default: a temporary folder, removed afterwards).")
    var scratch: String?

    @Flag(help: "Print the results as JSON (for CI) instead of a table.")
    var json = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        _ = try parsedSizes()
        for stage in try parsedStages() where !Self.allStages.contains(stage) {
            throw ValidationError("unknown stage '\(stage)'; use \(Self.allStages.joined(separator: ", ")) or all")
        }
        for layout in parsedLayouts() where !["articles", "document"].contains(layout) {
            throw ValidationError("unknown layout '\(layout)'; use articles, document or both")
        }
    }

    private func parsedSizes() throws -> [Double] {
        let values = sizes.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.count == sizes.split(separator: ",").count, values.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--sizes takes positive megabytes, comma-separated, such as 1,10,100")
        }
        return values
    }

    private func parsedStages() throws -> [String] {
        stages == "all" ? Self.allStages : stages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func parsedLayouts() -> [String] {
        layouts == "both" ? ["articles", "document"] : layouts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func run() throws {
        let corpus = try BenchCorpus(samples: samples)
        let folder = scratch ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("chronicle-bench-\(getpid())")
        defer { if scratch == nil { try? FileManager.default.removeItem(atPath: folder) } }
        var results: [BenchResult] = []
        for size in try parsedSizes() {
            let articles = corpus.articles(bytes: Int(size * 1_000_000))
            for layout in parsedLayouts() {
                let input = (folder as NSString).appendingPathComponent("\(layout)-\(size)mb" + (layout == "document" ? ".txt" : ""))
                if layout == "document" { try BenchCorpus.writeDocument(articles, to: input) } else { try BenchCorpus.writeArticles(articles, to: input) }
                let bytes = articles.reduce(0) { $0 + $1.body.utf8.count }
                for stage in try parsedStages() where !(stage == "build-jobs2" && layout == "document") {
                    let result = try measure(stage: stage, input: input, layout: layout, megabytes: size, bytes: bytes)
                    results.append(result)
                    if !json { writeStandardError(result.row) }
                }
            }
        }
        var model: (megabytes: Double, loadMilliseconds: Double)?
        if try parsedStages().contains("syntax") {
            let run = try MeasuredProcess.run([MeasuredProcess.executable, "bench-case", "--stage", "syntax-load", "--runs", "1", samples], capture: true)
            let values = String(decoding: run.output, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            if run.status == 0, values.count == 2 { model = (values[0], values[1]) }
        }
        try writeStandardOutput(json ? BenchResult.json(results, syntaxModel: model) : BenchResult.table(results, syntaxModel: model))
    }

    private func measure(stage: String, input: String, layout: String, megabytes: Double, bytes: Int) throws -> BenchResult {
        let chronicle = MeasuredProcess.executable
        var seconds: [Double] = []
        var peak = 0
        var tokens: Int?
        var cpuSeconds: [Double] = []
        switch stage {
        case "tag-command", "build", "build-jobs2":
            let arguments: [String]
            switch stage {
            case "tag-command": arguments = [chronicle, "tag", "--quiet", "--jobs", "1", input]
            case "build": arguments = [chronicle, "build", "--quiet", "--jobs", "1", "--format", "json", input]
            default: arguments = [chronicle, "build", "--quiet", "--jobs", "2", "--format", "json", input]
            }
            for _ in 0..<runs {
                let run = try MeasuredProcess.run(arguments, capture: false)
                guard run.status == 0 else { throw ValidationError("\(stage) on \(input) exited with \(run.status)") }
                seconds.append(run.wall)
                peak = max(peak, run.peakKilobytes)
            }
        default:
            let run = try MeasuredProcess.run([chronicle, "bench-case", "--stage", stage, "--runs", String(runs), input], capture: true)
            guard run.status == 0 else { throw ValidationError("\(stage) on \(input) exited with \(run.status)") }
            let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
            seconds = lines.compactMap { Double($0) }
            tokens = lines.first { $0.hasPrefix("tokens ") }.flatMap { Int($0.dropFirst(7)) }
            cpuSeconds = lines.filter { $0.hasPrefix("cpu ") }.compactMap { Double($0.dropFirst(4)) }
            guard seconds.count == runs else { throw ValidationError("\(stage) on \(input) printed \(seconds.count) timings, not \(runs)") }
            peak = run.peakKilobytes
        }
        return BenchResult(stage: stage, layout: layout, megabytes: megabytes, bytes: bytes, seconds: seconds, peakKilobytes: peak, tokens: tokens,
                           cpuSeconds: cpuSeconds)
    }
}

/// One case's measurements.
struct BenchResult {
    var stage: String
    var layout: String
    var megabytes: Double
    var bytes: Int
    var seconds: [Double]
    var peakKilobytes: Int
    /// Tokens of the input, for stages reported in tokens a second too.
    var tokens: Int?
    /// Processor time of each run (the measuring thread's), for the stages measured in process:
    /// on a busy machine it varies much less than the elapsed time.
    var cpuSeconds: [Double] = []

    var sorted: [Double] { seconds.sorted() }
    var median: Double { let s = sorted; return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }
    var megabytesPerSecond: Double { Double(bytes) / 1e6 / median }
    var medianCPUSeconds: Double? {
        guard !cpuSeconds.isEmpty else { return nil }
        let s = cpuSeconds.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    /// Megabytes over the median processor time of a run.
    var megabytesPerCPUSecond: Double? { medianCPUSeconds.map { Double(bytes) / 1e6 / $0 } }

    static let header = "stage          layout     size      runs  min s     median s  max s     MB/s     peak MB"

    var row: String {
        func column(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0) }
        func number(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        let size = number(megabytes, megabytes < 10 ? 1 : 0) + " MB"
        var line = column(stage, 15) + column(layout, 11) + column(size, 10) + column(String(seconds.count), 6)
        line += column(number(sorted.first ?? 0, 3), 10) + column(number(median, 3), 10) + column(number(sorted.last ?? 0, 3), 10)
        line += column(number(megabytesPerSecond, 2), 9) + String(peakKilobytes / 1024)
        if let tokensPerSecond {
            line += "  (" + number(tokensPerSecond, 0) + " tokens/s"
            if let tokensPerCPUSecond { line += ", " + number(tokensPerCPUSecond, 0) + " tokens/CPU-s" }
            line += ")"
        } else if let megabytesPerCPUSecond {
            line += "  (" + number(megabytesPerCPUSecond, 2) + " MB/CPU-s)"
        }
        return line
    }

    var tokensPerSecond: Double? { tokens.map { Double($0) / median } }

    /// Tokens over the median processor time of a run.
    var tokensPerCPUSecond: Double? {
        guard let tokens, let cpu = medianCPUSeconds else { return nil }
        return Double(tokens) / cpu
    }

    static func table(_ results: [BenchResult], syntaxModel: (megabytes: Double, loadMilliseconds: Double)? = nil) -> String {
        var out = header + "\n" + results.map(\.row).joined(separator: "\n") + "\n"
        if let model = syntaxModel {
            out += String(format: "\nsyntax model: %.2f MB, first load %.1f ms\n", model.megabytes, model.loadMilliseconds)
        }
        let scaling = scalingLines(results)
        if !scaling.isEmpty { out += "\ntime per megabyte, largest size against smallest (1.00: linear)\n" + scaling.joined(separator: "\n") + "\n" }
        return out
    }

    /// For each stage and layout measured at several sizes: how the time per megabyte grows.
    static func scalingLines(_ results: [BenchResult]) -> [String] {
        var lines: [String] = []
        var seen = Set<String>()
        for result in results where seen.insert(result.stage + "/" + result.layout).inserted {
            let group = results.filter { $0.stage == result.stage && $0.layout == result.layout }.sorted { $0.bytes < $1.bytes }
            guard let small = group.first, let large = group.last, large.bytes > small.bytes else { continue }
            let ratio = (large.median / Double(large.bytes)) / (small.median / Double(small.bytes))
            lines.append("  \(result.stage) (\(result.layout)): \(String(format: "%.2f", ratio)) from \(small.megabytes) to \(large.megabytes) MB")
        }
        return lines
    }

    static func json(_ results: [BenchResult], syntaxModel: (megabytes: Double, loadMilliseconds: Double)? = nil) -> String {
        var items: [JSONValue] = results.map { r in
            let seconds: [String: JSONValue] = ["min": .double(r.sorted.first ?? 0), "median": .double(r.median), "max": .double(r.sorted.last ?? 0),
                                                "runs": .array(r.seconds.map { .double($0) })]
            return .object([
                "stage": .string(r.stage), "layout": .string(r.layout), "megabytes": .double(r.megabytes), "inputBytes": .int(r.bytes),
                "seconds": .object(seconds), "megabytesPerSecond": .double(r.megabytesPerSecond), "peakMegabytes": .int(r.peakKilobytes / 1024),
                "tokensPerSecond": r.tokensPerSecond.map { .double($0) } ?? .null,
                "tokensPerCPUSecond": r.tokensPerCPUSecond.map { .double($0) } ?? .null,
                "megabytesPerCPUSecond": r.megabytesPerCPUSecond.map { .double($0) } ?? .null,
            ])
        }
        if let model = syntaxModel {
            items.append(.object(["stage": .string("syntax-model"), "megabytes": .double(model.megabytes), "loadMilliseconds": .double(model.loadMilliseconds)]))
        }
        return JSONValue.array(items).rendered() + "\n"
    }
}

/// `chronicle bench-case`: one in-process benchmark case, run by `chronicle bench` in a process
/// of its own; prints the seconds of each timed run.
struct BenchCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-case", shouldDisplay: false)

    @Option var stage: String
    @Option var runs = 5
    @Argument var input: String

    func run() throws {
        if stage == "syntax-load" {
            // a fresh process's first use of the built-in model
            let start = DispatchTime.now().uptimeNanoseconds
            let model = SyntaxModel.shipped
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            return try writeStandardOutput("\(Double(model.byteCount) / 1e6)\n\(milliseconds)\n")
        }
        let paths = try inputPaths()
        let documents = try paths.map { try DocumentReader().read(path: $0).document }
        let analyzer = DocumentAnalyzer()
        let withoutSyntax = DocumentAnalyzer(syntax: nil)
        var analyses: [DocumentAnalysis] = []
        var timeline: Timeline?
        let inProcessStages = ["tag", "syntax", "pipeline", "pipeline-no-syntax"]
        if !inProcessStages.contains(stage) {
            analyses = documents.map(analyzer.analyze)
            timeline = ExportSet.timeline(of: analyses)
        }
        var seconds: [Double] = []
        var cpuSeconds: [Double] = []
        var sink = 0
        var tokens = 0
        for run in 0...runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            switch stage {
            case "tag": sink &+= documents.reduce(0) { $0 + analyzer.tagger.tag($1).count }
            case "syntax": tokens = documents.reduce(0) { $0 + BenchCaseCommand.parse($1) }
            case "pipeline": sink &+= Timeline(documents: documents.map(analyzer.analyze)).events.count
            case "pipeline-no-syntax": sink &+= Timeline(documents: documents.map(withoutSyntax.analyze)).events.count
            case "timeml": sink &+= analyses.reduce(0) { $0 + TimeMLWriter.write($1).utf8.count }
            default:
                guard let format = ExportFormat(rawValue: stage), let timeline else { throw ValidationError("unknown stage '\(stage)'") }
                sink &+= ExportSet.render(timeline, as: format).count
            }
            if run > 0 {
                seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                cpuSeconds.append(Self.threadCPUSeconds() - cpuStart)
            }
        }
        var out = seconds.map { String($0) }.joined(separator: "\n") + "\n"
        if tokens > 0 { out += "tokens \(tokens)\n" }
        out += cpuSeconds.map { "cpu \($0)\n" }.joined()
        try writeStandardOutput(out)
        if sink == -1 { try writeStandardOutput("") }  // keeps the work from being optimized away
    }

    /// Processor time used by the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Tokenizes and parses a document; returns its number of tokens.
    static func parse(_ document: Document) -> Int {
        var count = 0
        TextAnalysis.sections(of: document.text, syntax: .shipped) { count += $0.tokens.count }
        return count
    }

    private func inputPaths() throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else { throw ValidationError("no such input \(input)") }
        guard isFolder.boolValue else { return [input] }
        return try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".txt") }.sorted()
            .map { (input as NSString).appendingPathComponent($0) }
    }
}
