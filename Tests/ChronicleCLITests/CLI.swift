import Foundation

/// Runs the built `chronicle` executable: the tests see what a user sees.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the process exited (rather than being killed by a signal).
        var exited = true
    }

    static let binary: URL = {
        // the test bundle sits next to the products it depends on
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("chronicle").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("chronicle")
    }()

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").standardized

    /// Runs `chronicle` with `arguments` (in `directory` when given); `standardOutput` replaces
    /// the captured pipe (a file handle such as /dev/full), and `closeStandardOutput` closes the
    /// pipe's reading end at once.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil, directory: URL? = nil,
                    standardOutput: FileHandle? = nil, closeStandardOutput: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if closeStandardOutput { try out.fileHandleForReading.close() }
        // fed from another thread, so a large input cannot block on a full output pipe
        let writer = input.fileHandleForWriting
        let feeding = Thread {
            if let stdin { writer.write(Data(stdin.utf8)) }
            try? writer.close()
        }
        feeding.start()
        let stdout = standardOutput == nil && !closeStandardOutput ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      exited: process.terminationReason == .exit)
    }

    /// Runs a bash script with `$CHRONICLE` naming the binary.
    static func shell(_ script: String) throws -> Result {
        try run(["-c", script], environment: ProcessInfo.processInfo.environment.merging(["CHRONICLE": binary.path]) { $1 }, executable: "/bin/bash")
    }

    private static func run(_ arguments: [String], environment: [String: String], executable: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      exited: process.terminationReason == .exit)
    }

    /// Every path under `folder`, relative to it, sorted.
    static func tree(_ folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
    }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
