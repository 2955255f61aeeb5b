import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory chronicle-exports [--samples DIR] [--exports DIR] [--dry-run]`:
/// regenerates the timeline exports of a package's sample articles with the `chronicle` tool
/// built from source, so a Swift project keeps timelines in its docs with nothing else to
/// install. CI checks them with `swift run chronicle check Samples --against Exports`.
///
/// It runs `chronicle check SAMPLES --against EXPORTS --update`, which changes nothing when a
/// sample cannot be read or a folder is missing, touches only the exports of the samples, and
/// names every file it writes or removes. `--dry-run` names them and changes nothing.
@main
struct ChronicleExports: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let samples = extractor.extractOption(named: "samples").last ?? "Samples"
        let exports = extractor.extractOption(named: "exports").last ?? "Exports"
        let dryRun = extractor.extractFlag(named: "dry-run") > 0
        if !extractor.remainingArguments.isEmpty {
            Diagnostics.error("unknown arguments: \(extractor.remainingArguments.joined(separator: " ")); use --samples DIR, --exports DIR and --dry-run")
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
        process.arguments = ["check", root.appending(path: samples).path, "--against", root.appending(path: exports).path, "--update"]
            + (dryRun ? ["--dry-run"] : [])
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("chronicle check --update failed with exit status \(process.terminationStatus); nothing changed unless it says so above")
        }
    }
}
