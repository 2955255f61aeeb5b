/// What one pattern element matched: a token range and the value read there.
public struct Capture: Sendable {
    /// Token range `[begin, end)`; empty for an optional element that was absent.
    public var begin: Int
    /// The token after the last one matched (exclusive).
    public var end: Int
    /// Word index in a `.words` list, a role value, a number, or minutes for a clock time.
    public var value: Int
    /// A quantity's amount (nil for `several`, `a few`: an unknown number).
    public var amount: Double?
    /// Index of the expression an `.expr` element matched, or -1.
    public var expression: Int
    /// The time zone a clock time was given in.
    public var zone: ClockZone? = nil

    static let absent = Capture(begin: -1, end: -1, value: 0, amount: nil, expression: -1)

    /// Whether the element matched anything (an optional one may be absent).
    public var isPresent: Bool { begin >= 0 }
}

/// A successful match of a rule's pattern, as its production sees it.
public struct Match {
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    let captures: [Capture]
    let drafts: [TimexDraft]
    /// Token range of the whole match.
    public let begin: Int
    /// The token after the last one of the match (exclusive).
    public let end: Int

    /// Whether optional element `i` matched.
    public func has(_ i: Int) -> Bool { captures[i].isPresent }
    /// The value of element `i` (see `Capture.value`).
    public func value(_ i: Int) -> Int { captures[i].value }
    /// The amount read by a `.quantity` element.
    public func amount(_ i: Int) -> Double? { captures[i].amount }
    /// The time zone read by a `.clock` element.
    public func zone(_ i: Int) -> ClockZone? { captures[i].zone }
    /// The draft of the expression matched by `.expr` element `i`.
    public func draft(_ i: Int) -> TimexDraft { drafts[captures[i].expression] }
    /// The first token of element `i`.
    public func token(_ i: Int) -> Token { tokens[captures[i].begin] }
    /// The text element `i` matched, as written.
    public func text(_ i: Int) -> String {
        let first = tokens[captures[i].begin], last = tokens[captures[i].end - 1]
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(first.byteStart)..<Int(last.byteEnd)]), as: UTF8.self)
    }
    /// The lowercased word at element `i`'s first token ("" for non-words).
    public func word(_ i: Int) -> String { word(of: tokens[captures[i].begin]) }

    /// The token `offset` positions after element `i`'s last token (0 is the one right after it).
    public func tokenAfter(_ i: Int, offset: Int = 0) -> Token? {
        let index = captures[i].end + offset
        return index < tokens.count ? tokens[index] : nil
    }

    /// The token `offset` positions before element `i`'s first token (0 is the one right before it).
    public func tokenBefore(_ i: Int, offset: Int = 0) -> Token? {
        let index = captures[i].begin - 1 - offset
        return index >= 0 ? tokens[index] : nil
    }

    /// The token just before the match, if any.
    public var before: Token? { begin > 0 ? tokens[begin - 1] : nil }
    /// The token just after the match, if any.
    public var after: Token? { end < tokens.count ? tokens[end] : nil }
    /// The token `offset` positions after the match (0 is `after`).
    public func after(_ offset: Int) -> Token? { end + offset < tokens.count ? tokens[end + offset] : nil }
    /// The token `offset` positions before the match (0 is `before`).
    public func before(_ offset: Int) -> Token? { begin - 1 - offset >= 0 ? tokens[begin - 1 - offset] : nil }

    /// The lowercased word of a token ("" for numbers and punctuation). Productions run rarely,
    /// so a word outside the lexicon is decoded from the text here rather than interned.
    public func word(of token: Token) -> String {
        guard token.kind == .word else { return "" }
        if token.lex != Lexicon.unknown { return lexicon.word(token.lex) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.byteStart)..<Int(token.byteEnd)]), as: UTF8.self).lowercased()
    }
    /// Whether a token is one of these (lowercase) words.
    public func isWord(_ token: Token?, _ words: String...) -> Bool {
        guard let token, token.kind == .word else { return false }
        return words.contains(word(of: token))
    }
    /// The roles of a token's word.
    public func classes(of token: Token?) -> WordClass {
        guard let token, token.kind == .word else { return [] }
        return lexicon.classes(token.lex)
    }
}
