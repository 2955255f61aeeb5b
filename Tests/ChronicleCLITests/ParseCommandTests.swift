import Foundation
import Testing

/// `chronicle parse`, `evaluate --syntax` and `train --syntax` end to end.
struct ParseCommandTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/ewt-dev-sample.conllu").standardized.path

    @Test func parsesTextIntoCoNLLUWithSpans() throws {
        let result = try CLI.run(["parse", "-"], stdin: "The council met on Monday. It didn't vote.")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("# text = The council met on Monday."))
        #expect(lines.contains("# sent_id = stdin-2"))
        let words = lines.filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(words.allSatisfy { $0.count == 10 })
        #expect(words.map { String($0[1]) } == ["The", "council", "met", "on", "Monday", ".", "It", "did", "n't", "vote", "."])
        let met = try #require(words.first { $0[1] == "met" })
        #expect(met[2] == "meet" && met[3] == "VERB" && met[6] == "0" && met[7] == "root" && met[9] == "start=12|end=15")
        let council = try #require(words.first { $0[1] == "council" })
        #expect(council[6] == "3" && council[7] == "nsubj")
    }

    @Test func parsesTextIntoJSON() throws {
        let result = try CLI.run(["parse", "--format", "json", "-"], stdin: "Prices rose.")
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let document = try #require((json?["documents"] as? [[String: Any]])?.first)
        let words = try #require(((document["sentences"] as? [[String: Any]])?.first)?["words"] as? [[String: Any]])
        #expect(words.map { $0["form"] as? String } == ["Prices", "rose", "."])
        #expect(words[0]["head"] as? Int == 2 && words[0]["deprel"] as? String == "nsubj")
        #expect(words[1]["lemma"] as? String == "rise" && words[1]["start"] as? Int == 7 && words[1]["end"] as? Int == 11)
    }

    @Test func reannotatesACoNLLUFileKeepingItsWords() throws {
        let result = try CLI.run(["parse", Self.sample])
        #expect(result.status == 0)
        let gold = try String(contentsOfFile: Self.sample, encoding: .utf8)
        func column(_ text: String, _ k: Int) -> [String] {
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[k]) }
        }
        #expect(column(result.stdout, 0) == column(gold, 0))  // ids, multiword ranges included
        #expect(column(result.stdout, 1) == column(gold, 1))  // forms
        #expect(column(result.stdout, 8) == column(gold, 8))  // enhanced dependencies kept
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("#") } == gold.split(separator: "\n").filter { $0.hasPrefix("#") })
    }

    @Test func evaluatesAgainstGoldCoNLLU() throws {
        let result = try CLI.run(["evaluate", "--syntax", Self.sample])
        #expect(result.status == 0)
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("ewt-dev-sample.conllu") })
        let numbers = row.split(separator: " ").dropFirst().compactMap { Double($0) }
        #expect(numbers.count == 7)
        #expect(numbers[0] == 960)  // words
        #expect(numbers[1] > 85 && numbers[5] > 70 && numbers[6] > 65)  // UPOS, UAS, LAS
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try CLI.run(["parse", "/nonexistent/x.conllu"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/x.conllu"))
        let evaluate = try CLI.run(["evaluate", "--syntax", "/nonexistent/gold.conllu"])
        #expect(evaluate.status == 1)
        #expect(evaluate.stderr.contains("/nonexistent/gold.conllu"))
    }

    @Test func malformedCoNLLUNamesTheLineAndOtherFilesSurvive() throws {
        let bad = try CLI.temporaryFile("bad.conllu", Array("1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tworld\n\n".utf8))
        let good = try CLI.temporaryFile("good.conllu", Array("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n".utf8))
        let result = try CLI.run(["parse", bad, good])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.conllu:2: expected 10 tab-separated columns, found 2"))
        #expect(result.stdout.hasPrefix("1\tHello\t"))
    }

    @Test func trainingTwiceWritesTheSameModel() throws {
        let folder = try CLI.temporaryFolder()
        let first = folder.appendingPathComponent("a.model").path, second = folder.appendingPathComponent("b.model").path
        let options = ["--tagger-epochs", "2", "--parser-epochs", "2", "--folds", "2"]
        let a = try CLI.run(["train", "--syntax", Self.sample, "--output", first] + options)
        let b = try CLI.run(["train", "--syntax", Self.sample, "--output", second] + options)
        #expect(a.status == 0 && b.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
        #expect(bytes.count > 1000)
        // the trained file is a model the other commands accept
        let parsed = try CLI.run(["parse", "--model", first, "-"], stdin: "It works.")
        #expect(parsed.status == 0)
        #expect(String(decoding: bytes.prefix(1000), as: UTF8.self).contains("CC BY-SA 4.0"))
    }
}
