/// A parser for a phrase that spans several tokens and yields a number: used inside patterns.
public enum SubParser: Sendable, Hashable, CaseIterable {
    /// A count: `18`, `two`, `twenty-four`, `a`, `several` (unknown), `two and a half`, `5 1/2`.
    case quantity
    /// A four-digit year (1000-2999), or `nineteen ninety-six`.
    case year
    /// A day of the month: `3`, `3rd`, `third`, `twenty-first` (1-31).
    case dayOfMonth
    /// An ordinal: `first`, `2nd`, `third` (1-99).
    case ordinal
    /// A clock time: `6 a.m.`, `5:30 p.m.`, `10:35`, `noon`, `midnight`; value is minutes after midnight.
    case clockTime
    /// A date with dots between its numbers (`10.31.1974`, `2024.06.01`), which the tokenizer
    /// reads as a decimal number and two more tokens; the rule reads the numbers from the text.
    case dottedDate

    var index: Int {
        switch self {
        case .quantity: return 0
        case .year: return 1
        case .dayOfMonth: return 2
        case .ordinal: return 3
        case .clockTime: return 4
        case .dottedDate: return 5
        }
    }
}

/// One position of a rule's pattern: what the token (or expression) there must be.
public struct PatternElement: Sendable {
    /// What a token (or an earlier expression) must be to match.
    public enum Test: Sendable {
        /// One of these words (lowercase); the capture's value is the index of the word in the list.
        case words([String])
        /// A word with this role; the capture's value is the role's value (month 1-12, weekday 1-7, ...).
        case wordClass(WordClass)
        /// This punctuation character (dashes are `-`, quotes `'` and `"`).
        case punct(UInt8)
        /// A number token (without separators) whose value and digit count are in range.
        case number(ClosedRange<Int>, digits: ClosedRange<Int>)
        /// A phrase read by a sub-parser.
        case parse(SubParser)
        /// A time expression found by an earlier stage, accepted by the filter.
        case expression(@Sendable (TimexDraft) -> Bool)
    }

    /// What the token there must be.
    public var test: Test
    /// Whether the element may be absent.
    public var isOptional = false
    /// The token must follow the previous one with no space (`mid-December`, `1990s`).
    public var isAttached = false
    /// Lexicon ids for `.words`, in list order; filled when the grammar compiles.
    var ids: [UInt16] = []

    /// An element that applies `test`.
    public init(_ test: Test) { self.test = test }

    /// This element may be absent.
    public var opt: PatternElement { var copy = self; copy.isOptional = true; return copy }
    /// This element must be glued to the previous token (no whitespace).
    public var glued: PatternElement { var copy = self; copy.isAttached = true; return copy }

    var isExpression: Bool {
        if case .expression = test { return true }
        return false
    }
}

/// Pattern vocabulary: short constructors so rules read like the phrases they match.
public enum P {
    /// One of these words.
    public static func w(_ words: String...) -> PatternElement { PatternElement(.words(words)) }
    /// One of the words, given as a list.
    public static func words(_ words: [String]) -> PatternElement { PatternElement(.words(words)) }
    /// A month name (value 1...12).
    public static let month = PatternElement(.wordClass(.month))
    /// A weekday name (value 1...7, Monday first).
    public static let weekday = PatternElement(.wordClass(.weekday))
    /// A unit of time (value: its `TimeUnit`).
    public static let unit = PatternElement(.wordClass(.unit))
    /// A season name (value 1...4, spring first).
    public static let season = PatternElement(.wordClass(.season))
    /// A part of the day (value: its `PartOfDay`).
    public static let partOfDay = PatternElement(.wordClass(.partOfDay))
    /// A holiday name (value: its `Holiday`).
    public static let holiday = PatternElement(.wordClass(.holiday))
    /// A number word ("twelve"; value: the number).
    public static let numberWord = PatternElement(.wordClass(.numberWord))
    /// An ordinal word ("twelfth"; value: the number).
    public static let ordinalWord = PatternElement(.wordClass(.ordinal))
    /// The punctuation mark `character`.
    public static func punct(_ character: Character) -> PatternElement { PatternElement(.punct(character.asciiValue!)) }
    /// A dash of any kind.
    public static let hyphen = punct("-")
    /// A comma.
    public static let comma = punct(",")
    /// A period.
    public static let period = punct(".")
    /// A slash.
    public static let slash = punct("/")
    /// An apostrophe of any kind.
    public static let apostrophe = punct("'")
    /// A number token whose value is in `range`, with a digit count in `digits`.
    public static func number(_ range: ClosedRange<Int>, digits: ClosedRange<Int> = 1...9) -> PatternElement {
        PatternElement(.number(range, digits: digits))
    }
    /// A count (`SubParser.quantity`).
    public static let quantity = PatternElement(.parse(.quantity))
    /// A year (`SubParser.year`).
    public static let year = PatternElement(.parse(.year))
    /// A day of the month (`SubParser.dayOfMonth`).
    public static let dayOfMonth = PatternElement(.parse(.dayOfMonth))
    /// An ordinal (`SubParser.ordinal`).
    public static let ordinal = PatternElement(.parse(.ordinal))
    /// A clock time (`SubParser.clockTime`).
    public static let clock = PatternElement(.parse(.clockTime))
    /// A date with dots (`SubParser.dottedDate`).
    public static let dottedDate = PatternElement(.parse(.dottedDate))
    /// A time expression an earlier stage found, accepted by `filter` (for composite rules).
    public static func expr(_ filter: @escaping @Sendable (TimexDraft) -> Bool = { _ in true }) -> PatternElement {
        PatternElement(.expression(filter))
    }
}
