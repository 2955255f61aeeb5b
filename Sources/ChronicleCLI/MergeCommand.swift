import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle merge`: one timeline from partial ones (the output of `stream`, or JSON exports).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine partial timelines (JSON exports or 'chronicle stream' output) into one.",
        discussion: """
        The result does not depend on how the documents were split into parts or in which order \
        the parts come: merging shards gives the bytes 'chronicle build' gives for all the \
        documents at once. A document in several parts counts once; a document that differs \
        between parts is an error. An empty part (the output of 'chronicle stream' for an \
        empty partition) holds no documents. When any part cannot be read, nothing is written.
        """
    )

    @Option(help: "Output format: json, xml, md, timelinejs, text, svg or html.")
    var format = "json"

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var markdown: MarkdownOptions

    @Flag(help: "Show every event in the formats for reading (md, timelinejs, text, svg, html), not only the main timeline; JSON and XML always hold every event with its salience.")
    var allEvents = false

    @Argument(help: "JSON exports or JSON Lines files of partial timelines; '-' reads standard input.")
    var parts: [String]

    static let formats: [ExportFormat] = [.json, .xml, .md, .timelinejs, .text, .svg, .html]

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give at least one part, or '-' for standard input") }
        if try parseFormats(format, allowed: Self.formats).count > 1 { throw ValidationError("merge writes one format") }
    }

    func run() throws {
        let format = try parseFormats(format, allowed: Self.formats)[0]
        var timelines: [Timeline] = []
        var failed = 0
        var documents = DocumentVersions()
        for path in parts {
            do {
                let read = try TimelineExport.readParts(DocumentReader.readBytes(path: path), path: path)
                try documents.add(read, from: path)
                timelines += read
            } catch let error as InputError {
                reportError(error.description)
                failed += 1
            }
        }
        // a merge without a part is a different timeline, not a smaller one
        if failed > 0 {
            reportError("\(failed) of \(parts.count) parts could not be merged; nothing written")
            throw ExitCode(inputFailureExitCode)
        }
        let rendered = ExportSet.render(Timeline(merging: timelines), as: format, markdown: markdown.options, allEvents: allEvents, jobs: 0)
        if let output {
            try writeFile(rendered, to: output)
        } else {
            try writeStandardOutput(rendered)
        }
    }
}

/// What each document looks like in the first part that holds it, so a part that holds a
/// different version of it (another run, another Chronicle) is an error instead of silently
/// replacing it. The same document in two parts is fine: it counts once.
struct DocumentVersions {
    private struct Version: Equatable {
        var info: DocumentInfo
        var timexes: Set<TimelineTimex>
        var events: Set<TimelineEvent>
    }

    private var seen: [String: (part: String, version: Version)] = [:]

    mutating func add(_ timelines: [Timeline], from part: String) throws {
        for timeline in timelines {
            let timexes = Dictionary(grouping: timeline.timexes, by: \.document)
            let events = Dictionary(grouping: timeline.events, by: \.document)
            for info in timeline.documents {
                let version = Version(info: info, timexes: Set(timexes[info.id] ?? []), events: Set(events[info.id] ?? []))
                if let earlier = seen[info.id] {
                    guard earlier.version == version else {
                        throw InputError.invalidExport(path: part, reason: "document '\(info.id)' differs from the one in \(earlier.part) (parts of different runs?)")
                    }
                } else {
                    seen[info.id] = (part, version)
                }
            }
        }
    }
}
