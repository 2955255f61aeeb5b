import Chronicle
import Foundation

/// The timeline as JSON (`chronicle build --format json`): versioned, keys sorted.
///
/// `documents` (id, source, dct, title), `timexes` (id, document, text, begin, end, type, value,
/// mod), `timeline` (entries in order: display, earliest, latest, granularity, event ids),
/// `events` in timeline order (id, document, trigger, begin, end, text: the clause, class,
/// tense, aspect, polarity, modality, factual, participants, place, mentions, time: value, mod,
/// earliest, latest, granularity, relation, anchor, confidence, display), and the ids of the
/// `undated` (related to the DCT only) and `unanchored` events.
public enum TimelineExport {
    /// The `version` the JSON export carries: the version of the timeline model.
    public static let version = Timeline.version

    /// Pretty-printed, keys sorted, final newline: the same bytes on every run and machine.
    public static func json(_ timeline: Timeline) -> String {
        String(decoding: jsonBytes(timeline), as: UTF8.self)
    }

    /// The JSON as UTF-8 with a final newline: pretty, or compact on one line (JSON Lines).
    /// `jobs` workers write the events (0: one per core); the bytes are the same for any number.
    public static func jsonBytes(_ timeline: Timeline, compact: Bool = false, jobs: Int = 1) -> [UInt8] {
        TimelineJSON.write(timeline, compact: compact, jobs: jobs)
    }

    /// Reads a JSON export back. Its `"version"` must be written `1`: JSON's decoder would take
    /// `1.0` or `1e0` for it.
    public static func read(_ data: Data) throws -> Timeline {
        let timeline = try JSONDecoder().decode(Timeline.self, from: data)
        let version = [UInt8](data).withUnsafeBufferPointer { JSONScan.topLevelValue(of: "version", in: $0) }
        guard let version, version.elementsEqual(String(Timeline.version).utf8) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [VersionKey()], debugDescription: "written '\(String(decoding: version ?? [], as: UTF8.self))', not \(Timeline.version)"))
        }
        return timeline
    }

    private struct VersionKey: CodingKey {
        var stringValue = "version"
        var intValue: Int? { nil }
        init() {}
        init?(stringValue: String) { nil }
        init?(intValue: Int) { nil }
    }

    /// One line of JSON Lines: compact, keys sorted (`chronicle stream`).
    public static func jsonLine(_ timeline: Timeline) -> String {
        String(decoding: jsonBytes(timeline, compact: true), as: UTF8.self)
    }

    /// The partial timelines of a file: one JSON export, or JSON Lines of them (the output of
    /// `chronicle stream`). Errors name the file and, for JSON Lines, the line.
    /// An empty file (or only blank lines) holds no timelines: what `stream` writes for an
    /// empty partition.
    public static func readParts(_ bytes: [UInt8], path: String) throws -> [Timeline] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { return [] }
        let firstLine = bytes.prefix { $0 != 0x0A }.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
        guard firstLine.first == UInt8(ascii: "{"), firstLine.last == UInt8(ascii: "}") else {
            do {
                return [try read(Data(bytes))]
            } catch {
                throw InputError.invalidExport(path: path, reason: describeDecodingError(error))
            }
        }
        var parts: [Timeline] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                parts.append(try read(Data(line)))
            } catch {
                throw InputError.invalidRecord(path: path, line: index + 1, reason: "not a Chronicle timeline: \(describeDecodingError(error))")
            }
        }
        return parts
    }

    /// A reading view: each entry's date, then its events with the clause that carries them.
    public static func text(_ timeline: Timeline) -> String {
        let byID = Dictionary(uniqueKeysWithValues: timeline.events.map { ($0.id, $0) })
        var out = ""
        func line(_ e: TimelineEvent) -> String {
            var flags: [String] = []
            if let m = e.modality { flags.append("modality: \(m)") }
            if e.polarity == .negative { flags.append("negated") }
            if e.mentions.count > 1 { flags.append("\(e.mentions.count) mentions: " + e.mentions.map(\.trigger).joined(separator: ", ")) }
            if let time = e.time, time.relation != .isIncluded && time.relation != .identity { flags.append(time.display) }
            return "  - \(e.trigger) [\(e.eventClass.rawValue)]\(flags.isEmpty ? "" : " (" + flags.joined(separator: "; ") + ")"): \(String(e.text).replacingNewlines)\n"
        }
        for entry in timeline.entries {
            out += "\(entry.display)\n"
            for id in entry.events { out += line(byID[id]!) }
        }
        if !timeline.undated.isEmpty {
            out += "Related only to the publication date\n"
            for id in timeline.undated { out += line(byID[id]!) }
        }
        if !timeline.unanchored.isEmpty {
            out += "Not anchored in time\n"
            for id in timeline.unanchored { out += line(byID[id]!) }
        }
        return out
    }
}
