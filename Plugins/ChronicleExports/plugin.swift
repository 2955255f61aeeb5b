import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory chronicle-exports [--samples DIR] [--exports DIR] [--check | --dry-run]`:
/// regenerates the timeline exports of a package's sample articles with the `chronicle` tool
/// built from source, so a Swift project keeps timelines in its docs with nothing else to
/// install; with `--check`, only fails when they are stale, for CI.
///
/// It runs `chronicle check SAMPLES --against EXPORTS --update`, which changes nothing when a
/// sample cannot be read or a folder is missing, touches only the exports of the samples, and
/// names every file it writes or removes. `--dry-run` names them and changes nothing;
/// `--check` runs `chronicle check` without `--update`: it writes nothing and fails with the
/// differences when an export is stale or missing.
@main
struct ChronicleExports: CommandPlugin {
    static let usage = """
        USAGE: swift package --allow-writing-to-package-directory chronicle-exports [--samples DIR] [--exports DIR] [--check | --dry-run]

        Regenerates the timeline exports (JSON, XML, Markdown, TimeML, TimelineJS, SVG, HTML) of
        the sample articles in --samples (default Samples) into --exports (default Exports),
        with the chronicle tool built from this package.

        OPTIONS:
          --samples DIR   The folder of sample articles (default: Samples).
          --exports DIR   The folder of their exports (default: Exports).
          --check         Write nothing; fail, showing the differences, when an export is stale
                          or missing (for CI). The permission flag is still needed: SwiftPM asks
                          for it before the plugin sees its arguments.
          --dry-run       Name the files an update would write or remove, and change nothing.
          --help          Show this help.
        """

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        if extractor.extractFlag(named: "help") > 0 || extractor.extractFlag(named: "h") > 0 {
            print(Self.usage)
            return
        }
        let samples = extractor.extractOption(named: "samples").last ?? "Samples"
        let exports = extractor.extractOption(named: "exports").last ?? "Exports"
        let dryRun = extractor.extractFlag(named: "dry-run") > 0
        let checkOnly = extractor.extractFlag(named: "check") > 0
        if !extractor.remainingArguments.isEmpty {
            Diagnostics.error("unknown arguments: \(extractor.remainingArguments.joined(separator: " ")); see --help")
            return
        }
        if dryRun, checkOnly {
            Diagnostics.error("--check and --dry-run contradict each other: --check never writes; see --help")
            return
        }
        let root = context.package.directoryURL
        for (option, folder) in [("--samples", samples), ("--exports", exports)] {
            var isDirectory: ObjCBool = false
            let path = root.appending(path: folder).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                Diagnostics.error("\(option) \(folder): no such folder in \(root.path); nothing changed")
                return
            }
        }
        let process = Process()
        process.executableURL = try context.tool(named: "chronicle").url
        process.currentDirectoryURL = root
        process.arguments = ["check", root.appending(path: samples).path, "--against", root.appending(path: exports).path]
            + (checkOnly ? [] : ["--update"]) + (dryRun ? ["--dry-run"] : [])
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            if checkOnly {
                Diagnostics.error("exports in \(exports) are stale (chronicle check exited with \(process.terminationStatus)); run the plugin without --check to update them")
            } else {
                Diagnostics.error("chronicle check --update failed with exit status \(process.terminationStatus); nothing changed unless it says so above")
            }
        }
    }
}
