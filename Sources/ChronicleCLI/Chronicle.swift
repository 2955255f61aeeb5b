import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

@main
struct ChronicleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Find, normalize and order the times of news articles.",
        discussion: """
        Exit codes: 0 success; 1 an input could not be read (each failure is reported on \
        standard error, the other inputs are still processed) or, for 'check', an export is \
        stale; 64 a usage error; 73 an output could not be written.
        """,
        version: "0.1.0",
        subcommands: [TagCommand.self, BuildCommand.self, StreamCommand.self, MergeCommand.self, CheckCommand.self, ValidateCommand.self, EvaluateCommand.self, TrainCommand.self, BenchCommand.self, BenchCaseCommand.self, ParseCommand.self]
    )
}

/// Exit code when one or more inputs failed; the rest were processed.
let inputFailureExitCode: Int32 = 1

/// Exit code when an output could not be written (sysexits' EX_CANTCREAT).
let outputFailureExitCode: Int32 = 73

/// Ends the process with `status` while `values` are still alive, so the system reclaims their
/// memory at once instead of the program freeing a large batch's results object by object (a
/// serial fifth of a second per thousand articles; clang's -disable-free does the same). Output
/// goes through unbuffered file handles, so nothing is left to flush.
func exitLeavingToTheSystem(_ values: Any..., status: Int32) -> Never {
    withExtendedLifetime(values) { exit(status) }
}

/// Writes `message` to standard error with the tool's prefix.
func reportError(_ message: String) {
    FileHandle.standardError.write(Data("chronicle: error: \(message)\n".utf8))
}

/// Writes a file atomically; a failure is reported and exits with `outputFailureExitCode`.
func writeFile(_ data: Data, to path: String) throws {
    do {
        try AtomicFile.write(data, to: path)
    } catch let error as OutputError {
        reportError(error.description)
        throw ExitCode(outputFailureExitCode)
    }
}

func writeStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

func writeStandardOutput(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
}

func writeStandardOutput(_ bytes: UnsafeRawBufferPointer) {
    FileHandle.standardOutput.write(Data(bytes))
}

/// Parses a `--dct` option value.
func parseDCT(_ value: String?) throws -> CalendarDate? {
    guard let value else { return nil }
    guard let date = CalendarDate(iso: value), value.count == 10 else {
        throw ValidationError("--dct must be a date in the form YYYY-MM-DD, got '\(value)'")
    }
    return date
}
