import Foundation

/// Compares regenerated exports with the committed ones: what `chronicle check` reports.
public struct ExportCheck: Sendable {
    public enum Status: Equatable, Sendable {
        case current
        case changed(diff: String)
        case missing
        /// A file in the exports folder that no sample produces any more.
        case extra
    }

    public struct Result: Sendable {
        public var file: String
        public var status: Status
    }

    /// Each expected file against the folder, then the folder's export files nobody expects, by name.
    public static func compare(_ expected: [ExportSet.File], against folder: String) -> [Result] {
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
        let names = Set(expected.map(\.name))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in present.sorted() where !names.contains(name) && isExportName(name) {
            results.append(Result(file: (folder as NSString).appendingPathComponent(name), status: .extra))
        }
        return results
    }

    /// Names the exporters write; anything else in the folder (a README) is left alone.
    static func isExportName(_ name: String) -> Bool {
        !name.hasPrefix(".") && [".json", ".xml", ".md", ".tml", ".txt", ".svg", ".html"].contains { name.hasSuffix($0) } && name != "README.md"
    }
}
