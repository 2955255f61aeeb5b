import Foundation
@testable import Chronicle

/// Treebank files the syntax tests read: a committed sample, and EWT's dev set when the shared
/// corpora sit beside the repository (as on developers' machines and in CI).
enum SyntaxFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let samplePath = repository.appendingPathComponent("Tests/Fixtures/ewt-dev-sample.conllu").path
    static let devPath = repository.appendingPathComponent("../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu").standardized.path

    static func sample() throws -> [CoNLLUSentence] {
        try CoNLLU.read(String(contentsOfFile: samplePath, encoding: .utf8), file: samplePath)
    }

    /// The dev set, or nil when /work/shared (../shared) is absent.
    static func dev() throws -> [CoNLLUSentence]? {
        guard FileManager.default.fileExists(atPath: devPath) else { return nil }
        return try CoNLLU.read(String(contentsOfFile: devPath, encoding: .utf8), file: devPath)
    }
}
