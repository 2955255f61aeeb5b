import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory chronicle-exports [--samples DIR] [--exports DIR]`:
/// regenerates the timeline exports of a package's sample articles with the `chronicle` tool
/// built from source, so a Swift project keeps timelines in its docs with nothing else to
/// install. CI checks them with `swift run chronicle check Samples --against Exports`.
@main
struct ChronicleExports: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let samples = extractor.extractOption(named: "samples").last ?? "Samples"
        let exports = extractor.extractOption(named: "exports").last ?? "Exports"
        if !extractor.remainingArguments.isEmpty {
            Diagnostics.error("unknown arguments: \(extractor.remainingArguments.joined(separator: " ")); use --samples DIR and --exports DIR")
            return
        }
        let root = context.package.directoryURL
        let process = Process()
        process.executableURL = try context.tool(named: "chronicle").url
        process.currentDirectoryURL = root
        process.arguments = ["check", root.appending(path: samples).path, "--against", root.appending(path: exports).path, "--update"]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("chronicle check --update failed with exit status \(process.terminationStatus)")
        }
    }
}
