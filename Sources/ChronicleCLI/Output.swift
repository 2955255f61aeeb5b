import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exit code when one or more inputs failed; the rest were processed.
let inputFailureExitCode: Int32 = 1

/// Exit code when an output file could not be written (sysexits' EX_CANTCREAT).
let outputFailureExitCode: Int32 = 73

/// Exit code when standard output could not be written (sysexits' EX_IOERR).
let standardOutputFailureExitCode: Int32 = 74

/// Exit code when the reader of standard output went away: what a shell reports for a process
/// that SIGPIPE ended (128 + 13), given quietly, as `head` and `less` users expect.
let brokenPipeExitCode: Int32 = 141

/// Ends the process with `status` while `values` are still alive, so the system reclaims their
/// memory at once instead of the program freeing a large batch's results object by object (a
/// serial fifth of a second per thousand articles; clang's -disable-free does the same). Output
/// goes through unbuffered descriptors, so nothing is left to flush.
func exitLeavingToTheSystem(_ values: Any..., status: Int32) -> Never {
    withExtendedLifetime(values) { exit(status) }
}

/// Writes a line to standard error. A standard error that cannot be written costs the message,
/// never the run: there is nowhere left to report it.
func writeStandardError(_ line: String) {
    try? AtomicFile.writeAll(Array((line + "\n").utf8), to: STDERR_FILENO, name: "standard error")
}

/// Writes `message` to standard error with the tool's prefix.
func reportError(_ message: String) {
    writeStandardError("chronicle: error: \(message)")
}

func reportWarning(_ message: String) {
    writeStandardError("chronicle: warning: \(message)")
}

/// Writes to standard output. A reader that went away ends the run quietly with 141; any other
/// failure (a full disk, a closed descriptor) is one line on standard error and exit 74.
func writeStandardOutput(_ text: String) throws {
    try writeStandardOutput(Array(text.utf8))
}

func writeStandardOutput(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try writeStandardOutput($0) }
}

func writeStandardOutput(_ bytes: UnsafeRawBufferPointer) throws {
    do {
        try AtomicFile.writeAll(bytes, to: STDOUT_FILENO)
    } catch let error as OutputError {
        throw standardOutputFailure(error)
    }
}

/// The exit for a failed write to standard output, reported as `writeStandardOutput` says.
func standardOutputFailure(_ error: OutputError) -> ExitCode {
    if error.code == EPIPE { return ExitCode(brokenPipeExitCode) }
    reportError(error.description)
    return ExitCode(standardOutputFailureExitCode)
}

/// Writes a file atomically; a failure is reported and exits with `outputFailureExitCode`.
func writeFile(_ bytes: [UInt8], to path: String) throws {
    try writeFile(to: path) { sink in try bytes.withUnsafeBytes { try sink($0) } }
}

/// Writes a file atomically from what `body` passes to its sink, a batch at a time; a failure is
/// reported and exits with `outputFailureExitCode`.
func writeFile(to path: String, _ body: (ByteSink) throws -> Void) throws {
    do {
        try AtomicFile.write(to: path, body)
    } catch let error as OutputError {
        reportError(error.description)
        throw ExitCode(outputFailureExitCode)
    }
}

/// Export files, or the exit for two of them sharing a name.
func exportFiles<File>(_ make: () throws -> [File]) throws -> [File] {
    do {
        return try make()
    } catch let collision as ExportNameCollision {
        reportError(collision.description + "; nothing written")
        throw ExitCode(outputFailureExitCode)
    }
}

/// Parses a `--dct` option value.
func parseDCT(_ value: String?) throws -> CalendarDate? {
    guard let value else { return nil }
    guard let date = CalendarDate(iso: value), value.count == 10 else {
        throw ValidationError("--dct must be a date in the form YYYY-MM-DD, got '\(value)'")
    }
    return date
}
