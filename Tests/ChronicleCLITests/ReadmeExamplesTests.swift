import Foundation
import Testing

/// README's examples are what the commands print: each block README marks
/// `<!-- output of: chronicle ARGUMENTS -->` (a fenced block follows) must be the command's
/// standard output to the byte, run from the package's root. The arguments may end in
/// `< FILE` (standard input read from FILE), then `2>&1` (the block shows standard output, then
/// standard error), then `| head -n N` (the block shows the first N lines). Regenerate them with
/// `Tools/update-readme-examples`. A marker indented inside a list item has its block indented
/// the same way.
struct ReadmeExamplesTests {
    static let root = CLI.samples.deletingLastPathComponent()

    struct Example: CustomStringConvertible {
        var arguments: [String]
        /// The file given as standard input, relative to the package's root.
        var standardInput: String?
        /// Whether the block shows standard error after standard output.
        var withStandardError = false
        /// How many lines of the output the block shows (all when nil).
        var head: Int?
        var shown: String
        var description: String {
            (["chronicle"] + arguments + (standardInput.map { ["<", $0] } ?? []) + (withStandardError ? ["2>&1"] : [])
                + (head.map { ["|", "head", "-n", String($0)] } ?? []))
                .joined(separator: " ")
        }

        /// The first `head` lines of `output` (each with its newline), or all of it.
        func shownPart(of output: String) -> String {
            guard let head else { return output }
            var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            if output.hasSuffix("\n") { lines.removeLast() }
            return lines.prefix(head).map { $0 + "\n" }.joined()
        }
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
            // a marker may be indented, inside a list item: its block is indented the same way
            let marked = lines[k].drop { $0 == " " }
            let indent = String(lines[k].prefix(lines[k].count - marked.count))
            guard marked.hasPrefix(marker), marked.hasSuffix(" -->"), k + 1 < lines.count, lines[k + 1].hasPrefix(indent) else { continue }
            let command = marked.dropFirst(marker.count).dropLast(4)
            let fence = String(lines[k + 1].dropFirst(indent.count).prefix { $0 == "`" })
            guard fence.count >= 3 else { continue }
            var body: [String] = []
            var j = k + 2
            while j < lines.count, lines[j] != indent + fence {
                body.append(lines[j].hasPrefix(indent) ? String(lines[j].dropFirst(indent.count)) : lines[j])
                j += 1
            }
            var words = command.split(separator: " ").map(String.init)
            var head: Int?
            if words.count >= 4, Array(words.suffix(4).prefix(3)) == ["|", "head", "-n"], let count = Int(words[words.count - 1]) {
                head = count
                words.removeLast(4)
            }
            let withStandardError = words.last == "2>&1"
            if withStandardError { words.removeLast() }
            var standardInput: String?
            if words.count >= 2, words[words.count - 2] == "<" {
                standardInput = words[words.count - 1]
                words.removeLast(2)
            }
            examples.append(Example(arguments: words, standardInput: standardInput, withStandardError: withStandardError, head: head, shown: body.map { $0 + "\n" }.joined()))
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

    @Test func readsIndentedBlocks() {
        let text = "- XML:\n\n  <!-- output of: chronicle build x -->\n  ```xml\n  <a>\n\n    <b/>\n  ```\n- next\n"
        let found = Self.examples(in: text)
        #expect(found.map(\.arguments) == [["build", "x"]])
        #expect(found.map(\.shown) == ["<a>\n\n  <b/>\n"])
    }

    @Test func readsStandardInputAndHead() {
        let text = "<!-- output of: chronicle stream --news < a.jsonl 2>&1 | head -n 2 -->\n```\nx\n```\n<!-- output of: chronicle merge a | b -->\n```\n```\n"
        let found = Self.examples(in: text)
        #expect(found.map(\.arguments) == [["stream", "--news"], ["merge", "a", "|", "b"]])
        #expect(found.map(\.standardInput) == ["a.jsonl", nil])
        #expect(found.map(\.withStandardError) == [true, false])
        #expect(found.map(\.head) == [2, nil])
        #expect(found[0].shownPart(of: "1\n2\n3\n") == "1\n2\n")
        #expect(found[0].shownPart(of: "1\n") == "1\n")
        #expect(found[1].shownPart(of: "1\n2\n3\n") == "1\n2\n3\n")
    }

    @Test func readmeShowsWhatTheCommandsPrint() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = Self.examples(in: readme)
        #expect(examples.count >= 2)
        for example in examples {
            // paths in README are relative to the package's root, and some outputs name them
            let input = try example.standardInput.map { try String(contentsOf: Self.root.appendingPathComponent($0), encoding: .utf8) }
            let result = try CLI.run(example.arguments, stdin: input, directory: Self.root)
            #expect(result.status == 0, "\(example): \(result.stderr)")
            let output = example.withStandardError ? result.stdout + result.stderr : result.stdout
            #expect(example.shownPart(of: output) == example.shown, "README's output of `\(example)` is stale; run Tools/update-readme-examples")
        }
    }

    /// The JSON excerpt under Formats quotes an event of the founding sample's committed export:
    /// its description and roles must be that event's.
    @Test func readmesJSONExcerptIsTheExportsEvent() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "From the founding sample's export:\n\n  ```json\n"))
        let end = try #require(readme.range(of: "  ```\n", range: start.upperBound..<readme.endIndex))
        var excerpt = readme[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        if excerpt.hasSuffix(",") { excerpt.removeLast() }
        let quoted = try #require(JSONSerialization.jsonObject(with: Data(("{" + excerpt + "}").utf8)) as? NSDictionary)
        let export = try Data(contentsOf: Self.root.appendingPathComponent("Exports/central-asia-bases.json"))
        let events = try #require((JSONSerialization.jsonObject(with: export) as? [String: Any])?["events"] as? [[String: Any]])
        let event = try #require(events.first { $0["description"] as? String == quoted["description"] as? String },
                                 "README quotes an event the export does not have")
        #expect(quoted["roles"] as? NSArray == event["roles"] as? NSArray, "README's roles excerpt is stale")
    }
}
