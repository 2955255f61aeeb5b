import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// Gold TimeML documents named on the command line. Folders are read recursively in name order;
/// each document belongs to the group of the folder that holds it, so `tbaq` scores `tbaq/AQUAINT`
/// and `tbaq/TimeBank` apart (and cross-validates over both).
struct GoldCorpus {
    struct Entry {
        /// The folder holding the document, or the file argument itself.
        var group: String
        var path: String
        var annotated: AnnotatedDocument
    }

    static func files(_ arguments: [String]) throws -> [(group: String, path: String)] {
        var files: [(String, String)] = []
        for path in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                reportError(InputError.notFound(path: path).description)
                throw ExitCode(inputFailureExitCode)
            }
            if isDirectory.boolValue {
                let names = (FileManager.default.subpaths(atPath: path) ?? []).filter { $0.hasSuffix(".tml") }.sorted()
                guard !names.isEmpty else {
                    reportError("\(path): no gold TimeML files (.tml) in this folder or below")
                    throw ExitCode(inputFailureExitCode)
                }
                files += names.map { name in
                    let file = (path as NSString).appendingPathComponent(name)
                    return ((file as NSString).deletingLastPathComponent, file)
                }
            } else {
                files.append((path, path))
            }
        }
        return files
    }

    static func load(_ arguments: [String]) throws -> [Entry] {
        try files(arguments).map { group, path in
            do {
                let annotated = try TimeMLReader.read(try DocumentReader.readBytes(path: path), path: path, id: DocumentReader.documentID(for: path))
                return Entry(group: group, path: path, annotated: annotated)
            } catch let error as InputError {
                reportError(error.description)
                throw ExitCode(inputFailureExitCode)
            }
        }
    }
}
