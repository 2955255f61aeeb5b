import Chronicle
import Foundation

/// Timelines of generated news text: many entries, several documents, dates decades apart
/// (each document's dates in its own era), so the picture's layout meets crowds and gaps that
/// the samples do not have. The same seed gives the same timeline.
enum GeneratedTimelines {
    /// SplitMix64: a small deterministic generator.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let subjects = ["The council", "The ministry", "Engineers", "The mayor", "Residents", "The court", "The company", "Inspectors"]
    static let actions = ["approved the plan", "opened the bridge", "closed the harbour", "signed the agreement", "rejected the proposal",
                          "announced a review", "filed a complaint", "completed the repairs", "launched an inquiry", "raised the budget"]

    /// `documents` documents of `sentences` dated sentences each; document k's dates fall in
    /// the `eras[k % eras.count]` years (day, month or year precision).
    static func timeline(seed: UInt64, documents: Int, sentences: Int, eras: [ClosedRange<Int>] = [1948...1975, 1995...2010, 2018...2024]) -> Timeline {
        var random = Random(state: seed)
        let analyzer = DocumentAnalyzer()
        let analyses = (0..<documents).map { k -> DocumentAnalysis in
            let era = eras[k % eras.count]
            var lines: [String] = []
            for _ in 0..<sentences {
                let year = era.lowerBound + random.below(era.count)
                let month = months[random.below(12)]
                let form = random.below(10)
                let when = form < 5 ? "on \(1 + random.below(28)) \(month) \(year)" : form < 9 ? "in \(month) \(year)" : "in \(year)"
                lines.append("\(subjects[random.below(subjects.count)]) \(actions[random.below(actions.count)]) \(when).")
            }
            let document = Document(id: "generated-\(k + 1)", text: lines.joined(separator: "\n"), dct: CalendarDate(year: 2024, month: 6, day: 20),
                                    title: "Generated <document> #\(k + 1) & \"friends\"")
            return analyzer.analyze(document)
        }
        return Timeline(documents: analyses)
    }
}
