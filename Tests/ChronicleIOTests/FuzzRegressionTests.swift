import ChronicleFuzzing
import Foundation
import Testing

/// Replays the fuzz targets' committed inputs (`Fuzz/Corpus/TARGET`, the seeds, and
/// `Fuzz/Regressions/TARGET`, every input a fuzzer once failed on) through the same checks the
/// fuzzers make: no crash, and every export of whatever was read is valid.
struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fuzz").standardized

    /// `TARGET/FOLDER/FILE` for every committed input.
    static let inputs: [String] = FuzzTarget.allCases.flatMap { target in
        ["Corpus", "Regressions"].flatMap { folder in
            let dir = fuzz.appendingPathComponent("\(folder)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\(folder)/\($0)" }
        }
    }

    @Test func everyTargetHasSeeds() {
        for target in FuzzTarget.allCases {
            #expect(Self.inputs.contains { $0.hasPrefix("\(target.rawValue)/Corpus/") }, "no seeds for \(target.rawValue)")
        }
    }

    @Test(arguments: inputs)
    func replaysWithoutProblems(_ input: String) throws {
        let parts = input.split(separator: "/", maxSplits: 2).map(String.init)
        let target = try #require(FuzzTarget(rawValue: parts[0]))
        let bytes = try [UInt8](Data(contentsOf: Self.fuzz.appendingPathComponent("\(parts[1])/\(parts[0])/\(parts[2])")))
        #expect(target.problems(bytes) == [])
    }

    /// The checks themselves catch what they are for.
    @Test func theChecksFindBrokenExports() throws {
        let json = Array(#"{"documents": [], "events": [], "timeline": [], "timexes": [], "unanchored": [], "undated": [], "version": 3}"#.utf8)
        #expect(!ExportValidity.jsonProblems(json).isEmpty)
        let extra = Array(#"{"documents": [], "events": [], "timeline": [], "timexes": [], "unanchored": [], "undated": [], "version": 2, "x": 1}"#.utf8)
        #expect(ExportValidity.jsonProblems(extra).contains { $0.contains("unexpected \"x\"") })
        #expect(ExportValidity.tableCells("| a | b \\| c | d |") == ["a", "b \\| c", "d"])
    }
}
