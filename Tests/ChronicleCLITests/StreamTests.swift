import Foundation
import Testing

/// `chronicle stream` and `chronicle merge`: the cluster path gives what a single build gives.
struct StreamTests {
    static let stories: [(id: String, dct: String, text: String)] = [
        ("council", "2021-08-20", "The council met on Wednesday and approved the budget. It will vote again next month.\n"),
        ("bridge", "2024-03-14", "The bridge closed on Sept. 12, 2022. It will reopen at 6 a.m. on Monday after 18 months of repairs.\n"),
        ("summit", "2021-06-18", "The leaders met in Geneva on Wednesday. Their next summit is planned for the spring of 2022.\n"),
        ("strike", "2023-01-09", "Nurses went on strike last Tuesday. The union said talks would resume in February.\n"),
        ("storm", "2022-10-01", "The storm made landfall on Wednesday night and weakened by Thursday morning.\n"),
        ("election", "2020-11-04", "Voters went to the polls on Tuesday. Results are expected by the end of the week.\n"),
        ("merger", "1998-01-08", "The companies agreed to merge in December. The deal should close in the second quarter.\n"),
        ("festival", "2019-07-30", "The festival ran from July 24 to 28 and drew 40,000 visitors, twice as many as in 2018.\n"),
        ("launch", "2021-12-27", "The telescope launched on Christmas Day after years of delays.\n"),
    ]

    func record(_ story: (id: String, dct: String, text: String), source: String) throws -> String {
        let object: [String: String] = ["id": story.id, "dct": story.dct, "text": story.text, "source": source, "title": story.id.capitalized]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func shardsStreamedAndMergedInAnyGroupingEqualOneBuild() throws {
        let folder = try CLI.temporaryFolder()
        let lines = try Self.stories.map { try record($0, source: "archive/\($0.id).txt") }
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: corpus)
        let whole = try CLI.run(["build", corpus.path])
        #expect(whole.status == 0)
        #expect(whole.stdout.contains("\"id\": \"festival:e1\""))

        var shards: [String] = []
        for range in [0..<4, 4..<5, 5..<9] {
            let streamed = try CLI.run(["stream", "--jobs", "2"], stdin: lines[range].joined(separator: "\n") + "\n")
            #expect(streamed.status == 0, "\(streamed.stderr)")
            #expect(streamed.stdout.split(separator: "\n").count == range.count)
            let shard = folder.appendingPathComponent("shard-\(range.lowerBound).jsonl").path
            try Data(streamed.stdout.utf8).write(to: URL(fileURLWithPath: shard))
            shards.append(shard)
        }
        // ((a b) c) and (c (b a)): merging is associative and commutative in result
        let ab = folder.appendingPathComponent("ab.json").path
        #expect(try CLI.run(["merge", "--output", ab, shards[0], shards[1]]).status == 0)
        let left = try CLI.run(["merge", ab, shards[2]])
        let ba = try CLI.run(["merge", shards[1], shards[0]])
        let right = try CLI.run(["merge", shards[2], "-"], stdin: ba.stdout)
        #expect(left.status == 0 && right.status == 0)
        #expect(left.stdout == whole.stdout)
        #expect(right.stdout == whole.stdout)
        // and the picture of the merged parts is the picture of the whole
        let picture = try CLI.run(["merge", "--format", "svg", ab, shards[2]])
        #expect(picture.status == 0)
        #expect(picture.stdout == (try CLI.run(["build", "--format", "svg", corpus.path])).stdout)
    }

    @Test func keepsInputOrderForAnyNumberOfJobs() throws {
        let input = try Self.stories.map { try record($0, source: "\($0.id).txt") }.joined(separator: "\n")
        let one = try CLI.run(["stream", "--jobs", "1"], stdin: input)
        let four = try CLI.run(["stream", "--jobs", "4"], stdin: input)
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        let ids = one.stdout.split(separator: "\n").map { line -> String in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return ((object?["documents"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
        }
        #expect(ids == Self.stories.map(\.id))
    }

    @Test func reportsBadLinesByNumberAndGoesOn() throws {
        let input = """
        {"id": "a", "text": "The mayor resigned on Friday.", "dct": "2021-08-20"}
        not json
        {"id": "b"}
        {"id": "c", "text": "Talks resume next week.", "dct": "next week"}
        {"id": "d", "text": 12}
        {"id": "e", "text": "It rained on Monday.", "dct": "2021-08-20"}
        """
        let result = try CLI.run(["stream"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr == """
            chronicle: error: stdin:2: not valid JSON
            chronicle: error: stdin:3: give exactly one of "text" and "html"
            chronicle: error: stdin:4: invalid "dct" 'next week' (expected YYYY-MM-DD, optionally with a time)
            chronicle: error: stdin:5: "text" has the wrong type
            chronicle: error: 4 bad lines skipped

            """)
        let tolerant = try CLI.run(["stream", "--allow-bad-lines"], stdin: input)
        #expect(tolerant.status == 0)
        #expect(tolerant.stdout == result.stdout)
    }

    @Test func warnsOfEachLineWithoutACreationTime() throws {
        let input = #"{"id": "dated", "text": "Prices rose on Monday.", "dct": "2021-08-20"}"# + "\n"
            + #"{"id": "open", "text": "Prices rose on Monday."}"# + "\n"
        let result = try CLI.run(["stream"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr == "chronicle: warning: stdin:2 (open): no creation time found; relative dates left open; use --dct\n")
    }

    @Test func readsHTMLRecordsWithTheDateOfThePage() throws {
        let page = #"<html><head><meta property='article:published_time' content='2021-08-20T09:00:00Z'><title>Talks</title></head>"#
            + #"<body><nav>Home | World</nav><article><p>The envoys met on Wednesday.</p></article></body></html>"#
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "talks", "html": page]), as: UTF8.self)
        let result = try CLI.run(["stream"], stdin: line + "\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""dct":"2021-08-20""#))
        #expect(result.stdout.contains(#""text":"Wednesday","type":"DATE","value":"2021-08-18""#))
        #expect(!result.stdout.contains("Home"))
    }

    @Test func mergeNamesTheFileAndLineOfABadPart() throws {
        let part = try CLI.temporaryFile("part.jsonl", Array("{\"version\": 2}\n".utf8))
        let result = try CLI.run(["merge", part])
        #expect(result.status == 1)
        #expect(result.stderr == "chronicle: error: \(part):1: not a Chronicle timeline: missing \"documents\"\nchronicle: error: 1 of 1 parts could not be merged; nothing written\n")
    }
}
