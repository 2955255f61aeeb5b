import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle bench`: throughput of the tagger (and JSON rendering) on a file repeated to a size.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure tagging throughput (MB/s) and peak memory on one core."
    )

    @Argument(help: "A text file; it is repeated until the input reaches --megabytes.")
    var file: String

    @Option(help: "Size of the input to tag, in megabytes.")
    var megabytes: Double = 10

    @Option(help: "Timed runs after one warm-up run; the median is reported.")
    var iterations: Int = 5

    @Option(help: "Document creation time (YYYY-MM-DD); defaults to the file's own.")
    var dct: String?

    @Flag(help: "Time tagging only, without rendering JSON.")
    var tagOnly = false

    func run() throws {
        let source: Document
        do {
            source = try DocumentReader(dct: try parseDCT(dct)).read(path: file).document
        } catch let error as InputError {
            reportError(error.description)
            throw ExitCode(inputFailureExitCode)
        }
        let target = Int(megabytes * 1_000_000)
        var text = ""
        text.reserveCapacity(target + source.text.utf8.count)
        while text.utf8.count < target { text += source.text + "\n\n" }
        let document = Document(id: source.id, text: text, dct: source.dct, source: source.source)
        let bytes = Double(text.utf8.count)
        let tagger = TemporalTagger()
        var times: [Double] = []
        var count = 0
        var outputBytes = 0
        for run in 0...max(1, iterations) {
            let start = DispatchTime.now().uptimeNanoseconds
            let timexes = tagger.tag(document)
            if !tagOnly { outputBytes = TagExport.json([(document, timexes)]).count }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            count = timexes.count
            if run > 0 { times.append(seconds) }
        }
        times.sort()
        let median = times[times.count / 2]
        let mb = bytes / 1_000_000
        var out = "input: \(file) repeated to \(String(format: "%.1f", mb)) MB, \(count) time expressions\n"
        out += "work: tag\(tagOnly ? "" : " + JSON (\(outputBytes / 1000) KB)"), \(times.count) runs after a warm-up, one core\n"
        out += "median: \(String(format: "%.3f", median)) s = \(String(format: "%.1f", mb / median)) MB/s"
        out += " (best \(String(format: "%.1f", mb / times[0])) MB/s)\n"
        out += "peak memory (VmHWM): \(peakMemoryMB().map { String(format: "%.0f MB", $0) } ?? "unknown")\n"
        try writeStandardOutput(out)
    }

    private func peakMemoryMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Double(digits).map { $0 / 1024 }
        }
        return nil
    }
}
