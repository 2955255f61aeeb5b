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
        case path(String)
        case failed(InputError)
    }

    /// The inputs in argument order; folders in sorted path order, so runs are reproducible.
    public static func expand(_ arguments: [String]) -> [Item] {
        var result: [Item] = []
        for argument in arguments {
            if argument == "-" { result.append(.path("-")); continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                let found = isDirectory.boolValue ? files(in: argument) : [argument]
                result += found.isEmpty ? [.failed(.noInputs(path: argument))] : found.map { .path($0) }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = glob(argument)
                result += matches.isEmpty ? [.failed(.noInputs(path: argument))] : matches.map { .path($0) }
            } else {
                result.append(.failed(.notFound(path: argument)))
            }
        }
        return result
    }

    /// Readable files under a folder, recursively, sorted.
    public static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { found.append(path) }
        }
        return found.sorted()
    }

    /// Paths matching a shell glob pattern, sorted; folders among them are expanded.
    static func glob(_ pattern: String) -> [String] {
        var state = glob_t()
        defer { globfree(&state) }
        guard Glibc.glob(pattern, 0, nil, &state) == 0 else { return [] }
        var paths: [String] = []
        for i in 0..<Int(state.gl_pathc) {
            guard let p = state.gl_pathv[i] else { continue }
            let path = String(cString: p)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += files(in: path)
            } else {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
