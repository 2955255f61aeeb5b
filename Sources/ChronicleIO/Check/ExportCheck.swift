import Chronicle
import Foundation

/// Compares regenerated exports with the committed ones: what `chronicle check` reports.
public struct ExportCheck: Sendable {
    /// How one export compares with the committed file.
    public enum Status: Equatable, Sendable {
        /// The committed file has the same bytes.
        case current
        /// The committed file differs: `diff` is a unified diff from it to the regenerated export.
        case changed(diff: String)
        /// No committed file has the export's name.
        case missing
        /// An export in the folder that no input gives any more (see `leftOvers`).
        case extra
    }

    /// One file's comparison.
    public struct Result: Sendable {
        /// The export's file name, relative to the folder of committed exports.
        public var file: String
        /// How it compares.
        public var status: Status
    }

    /// Each expected file against the folder, then the left-over exports (`leftOvers`).
    /// `isListedSource` says whether a document source recorded in an export (`Samples/a.txt`)
    /// belongs to the inputs being checked.
    public static func compare(_ expected: [ExportSet.File], against folder: String, isListedSource: (String) -> Bool) -> [Result] {
        var results: [Result] = []
        for file in expected.sorted(by: { $0.name < $1.name }) {
            let path = (folder as NSString).appendingPathComponent(file.name)
            guard let data = FileManager.default.contents(atPath: path) else {
                results.append(Result(file: path, status: .missing))
                continue
            }
            if [UInt8](data) == file.bytes {
                results.append(Result(file: path, status: .current))
            } else {
                let diff = UnifiedDiff.diff(old: String(decoding: data, as: UTF8.self), new: String(decoding: file.bytes, as: UTF8.self),
                                            oldName: path, newName: path + " (regenerated)")
                results.append(Result(file: path, status: .changed(diff: diff.isEmpty ? "(the files differ in bytes that are not lines: line endings or encoding)\n" : diff)))
            }
        }
        results += leftOvers(in: folder, expected: Set(expected.map(\.name)), isListedSource: isListedSource).map { Result(file: $0, status: .extra) }
        return results
    }

    /// The exports in `folder` that no input gives any more, and that are provably exports of
    /// the inputs being checked, so that `--update` may remove them: for a name `NAME` no input
    /// gives, `NAME.json` must read as a Chronicle timeline whose documents' sources all belong
    /// to the listed inputs; then each of `NAME.json`, `.xml`, `.md`, `.tml` and
    /// `.timelinejs.json` that is there and reads as that kind of export is left over. Anything
    /// else in the folder (a README, a CHANGELOG.md, another tool's JSON, the exports of inputs
    /// not listed) is never touched.
    static func leftOvers(in folder: String, expected: Set<String>, isListedSource: (String) -> Bool) -> [String] {
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        var found: [String] = []
        for json in present.sorted() where json.hasSuffix(".json") && !json.hasSuffix(".timelinejs.json") && !expected.contains(json) {
            let stem = String(json.dropLast(".json".count))
            guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(json)),
                  let timeline = try? TimelineExport.read(data),
                  !timeline.documents.isEmpty,
                  timeline.documents.allSatisfy({ $0.source.map(isListedSource) ?? false }) else { continue }
            for format in ExportFormat.exported {
                let name = format.fileName(stem)
                let path = (folder as NSString).appendingPathComponent(name)
                if present.contains(name), !expected.contains(name), isExport(path, format: format) { found.append(path) }
            }
        }
        return found.sorted()
    }

    /// Whether the file reads as an export in `format`.
    static func isExport(_ path: String, format: ExportFormat) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        switch format {
        case .json: return (try? TimelineExport.read(data)) != nil
        case .timelinejs: return (try? JSONDecoder().decode(TimelineJSExport.File.self, from: data)) != nil
        case .xml, .md, .svg, .html: return InputFiles.isExport(path)
        case .timeml: return (try? TimeMLReader.read([UInt8](data), path: path, id: "")) != nil
        case .text: return false
        }
    }
}
