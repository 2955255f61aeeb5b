import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line inputs: files, folders (searched recursively for the formats Chronicle
/// reads), glob patterns (for shells that pass them through quoted), and `-` for standard input.
public enum InputFiles {
    /// Extensions read from folders.
    public static let extensions: Set<String> = ["txt", "md", "html", "htm", "tml", "xml", "jsonl"]

    /// One input: a path to read, or the error of an argument that gives none.
    public enum Item: Equatable, Sendable {
        /// A file to read, or `-` for standard input.
        case path(String)
        /// An argument that names nothing readable (a missing file, a pattern that matches nothing).
        case failed(InputError)
    }

    /// The inputs in argument order; folders in sorted path order, so runs are reproducible.
    ///
    /// Folders are searched without the folders in `skipping` (the `--output` folder a run
    /// writes to: a second run must not read the first one's exports) and without files that
    /// are Chronicle's own XML or Markdown exports (`isExport`). A folder argument that is itself
    /// one of `skipping` is an error. Files named one by one are always read.
    public static func expand(_ arguments: [String], skipping: [String] = []) -> [Item] {
        let skipped = Set(skipping.compactMap(realPath))
        var result: [Item] = []
        for argument in arguments {
            if argument == "-" { result.append(.path("-")); continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory.boolValue, let real = realPath(argument), skipped.contains(real) {
                    result.append(.failed(.outputFolder(path: argument)))
                    continue
                }
                let found = isDirectory.boolValue ? files(in: argument, skipping: skipped) : [argument]
                result += found.isEmpty ? [.failed(.noInputs(path: argument))] : found.map { .path($0) }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = glob(argument, skipping: skipped)
                result += matches.isEmpty ? [.failed(.noInputs(path: argument))] : matches.map { .path($0) }
            } else {
                result.append(.failed(.notFound(path: argument)))
            }
        }
        return result
    }

    /// Readable files under a folder, recursively, sorted; folders whose real path is in
    /// `skipping` are not entered, and Chronicle's own exports are left out.
    public static func files(in folder: String, skipping: Set<String> = []) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !skipping.isEmpty, let real = realPath(path), skipping.contains(real) { enumerator.skipDescendants() }
                continue
            }
            if name.hasPrefix(".") { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard extensions.contains(ext), !isExport(path) else { continue }
            found.append(path)
        }
        return found.sorted()
    }

    /// Whether a file is one of Chronicle's XML or Markdown exports, by what it opens with: an
    /// XML export's root is `<chronicle`, a Markdown export has the timeline table's header.
    /// (TimeML exports are TimeML, and read as such.)
    public static func isExport(_ path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        guard ["xml", "md", "html", "svg"].contains(ext), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
        switch ext {
        case "xml": return head.contains("<chronicle ") || head.contains("<chronicle>")
        case "html": return head.contains(HTMLExport.generatorMeta)
        case "svg": return head.contains(SVGExport.titleID)
        default: return head.contains(MarkdownExport.tableHeader) || head.contains(MarkdownExport.noDatedEvents)
        }
    }

    /// The path with links and `..` resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Paths matching a shell glob pattern, sorted; folders among them are expanded.
    static func glob(_ pattern: String, skipping: Set<String> = []) -> [String] {
        var state = glob_t()
        defer { globfree(&state) }
        guard Glibc.glob(pattern, 0, nil, &state) == 0 else { return [] }
        var paths: [String] = []
        for i in 0..<Int(state.gl_pathc) {
            guard let p = state.gl_pathv[i] else { continue }
            let path = String(cString: p)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += files(in: path, skipping: skipping)
            } else {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
