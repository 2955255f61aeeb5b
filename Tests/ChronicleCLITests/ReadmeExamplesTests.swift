import Foundation
import Testing

/// README's examples are what the commands print: each block README marks
/// `<!-- output of: chronicle ARGUMENTS -->` (a fenced block follows) must be the command's
/// standard output to the byte, run from the package's root. Regenerate them with
/// `Tools/update-readme-examples`.
struct ReadmeExamplesTests {
    static let root = CLI.samples.deletingLastPathComponent()

    struct Example: CustomStringConvertible {
        var arguments: [String]
        var shown: String
        var description: String { "chronicle " + arguments.joined(separator: " ") }
    }

    static let marker = "<!-- output of: chronicle "

    /// The marked examples of a Markdown text: the command after the marker, and the body of
    /// the fenced block that follows it.
    static func examples(in readme: String) -> [Example] {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var examples: [Example] = []
        var k = 0
        while k < lines.count {
            defer { k += 1 }
            guard lines[k].hasPrefix(marker), lines[k].hasSuffix(" -->"), k + 1 < lines.count else { continue }
            let command = lines[k].dropFirst(marker.count).dropLast(4)
            let fence = String(lines[k + 1].prefix { $0 == "`" })
            guard fence.count >= 3 else { continue }
            var body: [String] = []
            var j = k + 2
            while j < lines.count, lines[j] != fence {
                body.append(lines[j])
                j += 1
            }
            examples.append(Example(arguments: command.split(separator: " ").map(String.init), shown: body.map { $0 + "\n" }.joined()))
            k = j
        }
        return examples
    }

    @Test func findsMarkedBlocks() {
        let text = "a\n<!-- output of: chronicle tag x.txt -->\n```text\none\ntwo\n```\nb\n<!-- output of: chronicle build -->\n````md\n```\n````\n"
        let found = Self.examples(in: text)
        #expect(found.map(\.arguments) == [["tag", "x.txt"], ["build"]])
        #expect(found.map(\.shown) == ["one\ntwo\n", "```\n"])
    }

    @Test func readmeShowsWhatTheCommandsPrint() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = Self.examples(in: readme)
        #expect(examples.count >= 2)
        for example in examples {
            // paths in README are relative to the package's root
            let arguments = example.arguments.map { argument in
                FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(argument).path) ? Self.root.appendingPathComponent(argument).path : argument
            }
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(example): \(result.stderr)")
            #expect(result.stdout == example.shown, "README's output of `\(example)` is stale; run Tools/update-readme-examples")
        }
    }
}
