/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    /// Letters (ASCII or not), possibly with internal periods as in `a.m.` or `U.S.`.
    case word
    /// A run of ASCII digits, possibly with `,` or `.` between digit groups (`2,019`, `3.5`).
    case number
    /// One punctuation character; dashes and curly quotes are normalized in `Token.punct`.
    case punct
}

/// Facts about a token that the tokenizer records in one pass.
public struct TokenFlags: OptionSet, Sendable {
    /// The bits.
    public let rawValue: UInt16
    /// A set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Whitespace separates this token from the previous one.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 0)
    /// The whitespace before this token holds a line break.
    public static let lineBreakBefore = TokenFlags(rawValue: 1 << 1)
    /// The whitespace before this token holds a blank line.
    public static let paragraphBefore = TokenFlags(rawValue: 1 << 2)
    /// The first letter is uppercase.
    public static let capitalized = TokenFlags(rawValue: 1 << 3)
    /// Every letter is uppercase (and there are at least two).
    public static let allCaps = TokenFlags(rawValue: 1 << 4)
    /// The token begins a sentence.
    public static let sentenceStart = TokenFlags(rawValue: 1 << 5)
    /// A word ending in `ed` (a likely past tense or participle).
    public static let endsInEd = TokenFlags(rawValue: 1 << 6)
    /// A number with a thousands separator or a decimal point.
    public static let groupedNumber = TokenFlags(rawValue: 1 << 7)
    /// A word with internal periods (`a.m.`, `U.S.`).
    public static let dotted = TokenFlags(rawValue: 1 << 8)
    /// A word ending in `s` (a possible plural).
    public static let endsInS = TokenFlags(rawValue: 1 << 9)
    /// A word that contains non-ASCII letters.
    public static let nonASCII = TokenFlags(rawValue: 1 << 10)
    /// A word ending in `ing`.
    public static let endsInIng = TokenFlags(rawValue: 1 << 11)
    /// A word ending in `ly` (a likely adverb).
    public static let endsInLy = TokenFlags(rawValue: 1 << 12)
}

/// One token of a document, with both byte and Unicode-scalar offsets (half-open).
///
/// Tokens hold no `String`: words are identified by their lexicon id, so the scanner allocates
/// nothing per token.
public struct Token: Sendable {
    /// Where it starts, in UTF-8 bytes of the document.
    public var byteStart: Int32
    /// Where it ends (exclusive), in UTF-8 bytes.
    public var byteEnd: Int32
    /// Where it starts, in Unicode scalars of the document.
    public var scalarStart: Int32
    /// Where it ends (exclusive), in Unicode scalars.
    public var scalarEnd: Int32
    /// Value of a number token (saturating at Int32.max); for grouped numbers, the digits without separators.
    public var number: Int32
    /// Lexicon id of the lowercased word, or `Lexicon.unknown`.
    public var lex: UInt16
    /// What is known about its spelling (capitalized, ends in "-ed", attached to the one before, ...).
    public var flags: TokenFlags
    /// Word, number, punctuation, ...
    public var kind: TokenKind
    /// For punctuation: the ASCII character, with every dash as `-`, apostrophes as `'`, double quotes as `"`.
    public var punct: UInt8
    /// Number of digits of a number token; letters of a word token (capped at 255).
    public var length: UInt8

    /// Whether it carries `flag`.
    @inlinable public func has(_ flag: TokenFlags) -> Bool { flags.contains(flag) }
    /// Whether it is a word.
    @inlinable public var isWord: Bool { kind == .word }
    /// Whether it is a number.
    @inlinable public var isNumber: Bool { kind == .number }
    /// Whether it is the punctuation mark `character` (ASCII; every dash as `-`).
    @inlinable public func isPunct(_ character: UInt8) -> Bool { kind == .punct && punct == character }
    /// True when nothing separates this token from the one before.
    @inlinable public var isAttached: Bool { !flags.contains(.spaceBefore) }
}
