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
        Exit codes:
          0    success
          1    an input could not be read (each failure is reported on standard error; the \
        other inputs are still processed, and when none could be read nothing is written), a \
        stream line was bad, or 'check' found a stale export
          64   usage error
          73   an output file could not be written (nothing half-written is left behind)
          74   standard output could not be written (a full disk, a closed descriptor)
          130  interrupted (SIGINT); 143 terminated (SIGTERM): temporary files are removed first
          141  the reader of standard output went away (a closed pipe); nothing is reported
        """,
        version: "0.1.0",
        subcommands: [TagCommand.self, BuildCommand.self, StreamCommand.self, MergeCommand.self, CheckCommand.self, ValidateCommand.self, EvaluateCommand.self, TrainCommand.self, BenchCommand.self, BenchCaseCommand.self, ParseCommand.self]
    )

    /// Signals first, before any thread starts: every thread inherits the blocked set.
    static func main() {
        SignalCleanup.install()
        main(nil)
    }
}
