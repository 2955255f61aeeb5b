/// What a rule makes of a match.
public enum Production: Sendable {
    /// One time expression over the whole match.
    case one(TimexDraft)
    /// One time expression over the captures of some pattern elements only; the others are
    /// context that must be there but is not part of the expression (`at` in `at the time`).
    case over(TimexDraft, ClosedRange<Int>)
    /// Two expressions that bound one range (`2009-2010`, `from June 5 to 7`), each over the
    /// captures of some pattern elements.
    case range(TimexDraft, ClosedRange<Int>, TimexDraft, ClosedRange<Int>)
    /// The match is not a time expression and no other rule may claim its tokens
    /// (`the Sunday Times`, `May I`).
    case veto
}

/// One example of a rule at work, checked by the test suite.
public struct RuleExample: Sendable {
    /// The input text.
    public var text: String
    /// The part of `text` the expression must span; the whole text when nil.
    public var span: String?
    /// The TIMEX3 value the expression must have.
    public var value: String
    /// The type it must have; not checked when nil.
    public var type: TimexType?
    /// The modifier it must have; not checked when nil.
    public var mod: TimexMod?
    /// The DCT to resolve against; `RuleExample.referenceDCT` unless set. `nil` in `noDCT` examples.
    public var dct: CalendarDate?
    /// The `quant` a set must have; not checked when nil.
    public var quant: String?
    /// The `freq` a set must have; not checked when nil.
    public var freq: String?

    /// Friday 20 August 2021, the founding sample's publication date: every example resolves against it unless it says otherwise.
    public static let referenceDCT = CalendarDate(year: 2021, month: 8, day: 20)!

    /// An example: `text` resolves to `value` (over `span`), against `dct`.
    public init(_ text: String, _ value: String, span: String? = nil, type: TimexType? = nil, mod: TimexMod? = nil,
                dct: CalendarDate? = RuleExample.referenceDCT, quant: String? = nil, freq: String? = nil) {
        self.text = text
        self.span = span
        self.value = value
        self.type = type
        self.mod = mod
        self.dct = dct
        self.quant = quant
        self.freq = freq
    }
}

/// A named pattern with its production, its examples, and the texts it must leave alone.
public struct Rule: Sendable {
    /// Its name, unique in the rule book; the exports say which rule found an expression.
    public let name: String
    /// What it matches, one element per token or earlier expression.
    public var pattern: [PatternElement]
    /// What it makes of a match; nil when the match turns out not to fit.
    public let produce: @Sendable (Match) -> Production?
    /// Texts it must tag, with what it must give; the tests run them all.
    public let examples: [RuleExample]
    /// Texts in which no time expression may be found at all (or, with `span`, none overlapping it).
    public let negatives: [NegativeExample]

    /// A rule named `name` over `pattern`, with its examples and negatives.
    public init(_ name: String, _ pattern: [PatternElement], examples: [RuleExample] = [], negatives: [NegativeExample] = [],
                produce: @escaping @Sendable (Match) -> Production?) {
        self.name = name
        self.pattern = pattern
        self.produce = produce
        self.examples = examples
        self.negatives = negatives
    }

    /// Rules that combine expressions found earlier run in the second stage.
    var isComposite: Bool { pattern.contains { $0.isExpression } }
}

/// Text a rule must not tag, or must not tag inside `span`.
public struct NegativeExample: Sendable, ExpressibleByStringLiteral {
    /// The input text.
    public var text: String
    /// The part that must stay untagged; the whole text when nil.
    public var span: String?

    /// A negative example: nothing in `text` (or inside `span`) may be tagged.
    public init(_ text: String, span: String? = nil) {
        self.text = text
        self.span = span
    }

    /// A negative example over its whole text.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
