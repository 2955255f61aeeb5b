import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// Gold TimeML documents named on the command line (folders are read in name order).
struct GoldCorpus {
    struct Entry {
        /// The folder or file argument the document came from.
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
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".tml") }.sorted().map { (path, (path as NSString).appendingPathComponent($0)) }
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
