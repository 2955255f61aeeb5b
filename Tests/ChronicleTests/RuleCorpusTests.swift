import Foundation
import Testing
@testable import Chronicle

/// Runs every example and negative example that the rules carry (Duckling's habit): each
/// positive example must be tagged exactly once over its span, by its own rule, with the
/// expected value, type and attributes; each negative must stay untagged.
struct RuleCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: RuleExample
        var testDescription: String { "\(rule): \(example.text)" }
    }

    struct Negative: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: NegativeExample
        var testDescription: String { "\(rule): \(example.text)" }
    }

    static let positives = RuleBook.all.flatMap { rule in rule.examples.map { Case(rule: rule.name, example: $0) } }
    static let negatives = RuleBook.all.flatMap { rule in rule.negatives.map { Negative(rule: rule.name, example: $0) } }
    static let tagger = TemporalTagger()

    @Test func corpusIsLargeEnough() {
        #expect(Self.positives.count >= 400, "positive examples: \(Self.positives.count)")
        #expect(Self.negatives.count >= 80, "negative examples: \(Self.negatives.count)")
    }

    @Test(arguments: positives)
    func positiveExample(_ c: Case) throws {
        let example = c.example
        let span = example.span ?? example.text
        let range = try #require(example.text.range(of: span), "span not in text")
        let begin = example.text.unicodeScalars.distance(from: example.text.unicodeScalars.startIndex, to: range.lowerBound)
        let end = begin + span.unicodeScalars.count
        let found = Self.tagger.tag(text: example.text, dct: example.dct)
        let overlapping = found.filter { $0.begin < end && $0.end > begin }
        let summary = found.map { "\($0.text)=\($0.value)[\($0.rule)]" }.joined(separator: ", ")
        try #require(overlapping.count == 1, "expected one expression over '\(span)', found: \(summary)")
        let timex = overlapping[0]
        #expect(timex.text == span, "span: \(summary)")
        #expect(timex.value == example.value, "value: \(summary)")
        #expect(timex.rule == c.rule, "rule: \(summary)")
        if let type = example.type { #expect(timex.type == type) }
        #expect(timex.mod == example.mod, "mod: \(String(describing: timex.mod))")
        if let quant = example.quant { #expect(timex.quant == quant) }
        if let freq = example.freq { #expect(timex.freq == freq) }
    }

    @Test(arguments: negatives)
    func negativeExample(_ c: Negative) throws {
        let text = c.example.text
        let found = Self.tagger.tag(text: text, dct: RuleExample.referenceDCT)
        if let span = c.example.span {
            let range = try #require(text.range(of: span), "span not in text")
            let begin = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let end = begin + span.unicodeScalars.count
            let overlapping = found.filter { $0.begin < end && $0.end > begin }
            #expect(overlapping.isEmpty, "tagged: \(overlapping.map { "\($0.text)=\($0.value)[\($0.rule)]" })")
        } else {
            #expect(found.isEmpty, "tagged: \(found.map { "\($0.text)=\($0.value)[\($0.rule)]" })")
        }
    }
}
