/// Splits UTF-8 text into tokens in one pass, keeping byte and Unicode-scalar offsets.
///
/// Words are looked up in the lexicon by a hash computed while scanning, so no `String` is made
/// per token. Non-ASCII punctuation that news text uses (curly quotes, en and em dashes,
/// no-break spaces) is normalized to its ASCII counterpart in `Token.punct`.
public struct Tokenizer: Sendable {
    let tables: LexiconTables

    init(tables: LexiconTables) {
        self.tables = tables
    }

    /// Tokens of `text`, with sentence starts marked.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        var tokens: [Token] = []
        text.withUTF8 { _ = tokenize(bytes: $0, into: &tokens) }
        return tokens
    }

    /// Appends the tokens of `bytes` to `tokens` (which it empties first), offsets counted from
    /// `byteBase` and `scalarBase`; returns the number of scalars in `bytes`.
    @discardableResult
    func tokenize(bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], byteBase: Int = 0, scalarBase: Int = 0) -> Int {
        tokens.removeAll(keepingCapacity: true)
        var scanner = Scanner(bytes: bytes, tables: tables, byteBase: Int32(byteBase), scalarBase: Int32(scalarBase))
        scanner.run(into: &tokens)
        SentenceSplitter.markSentenceStarts(in: &tokens, tables: tables)
        return Int(scanner.scalar) - scalarBase
    }
}

/// What a non-ASCII scalar is to the tokenizer.
enum ScalarClass {
    case letter
    case space
    case punct(UInt8)
}

@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
@inline(__always) func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let tables: LexiconTables
    /// Offset of `bytes` in the document, added to every token's byte offsets.
    let byteBase: Int32
    var index = 0
    var scalar: Int32
    var pending: TokenFlags = []
    var newlines = 0

    init(bytes: UnsafeBufferPointer<UInt8>, tables: LexiconTables, byteBase: Int32, scalarBase: Int32) {
        self.bytes = bytes
        self.tables = tables
        self.byteBase = byteBase
        self.scalar = scalarBase
    }

    mutating func run(into tokens: inout [Token]) {
        let count = bytes.count
        while index < count {
            let b = bytes[index]
            if b < 0x80 {
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B {
                    pending.insert(.spaceBefore)
                    index += 1; scalar += 1
                } else if b == 0x0A {
                    noteNewline()
                    index += 1; scalar += 1
                } else if isASCIILetter(b) {
                    tokens.append(word())
                } else if isASCIIDigit(b) {
                    tokens.append(number())
                } else {
                    tokens.append(punct(b, byteLength: 1))
                }
            } else {
                let (cls, width) = classify(at: index)
                switch cls {
                case .space:
                    pending.insert(.spaceBefore)
                    index += width; scalar += 1
                case .punct(let ascii):
                    tokens.append(punct(ascii, byteLength: width))
                case .letter:
                    tokens.append(word())
                }
            }
        }
    }

    mutating func noteNewline() {
        pending.insert(.spaceBefore)
        pending.insert(.lineBreakBefore)
        newlines += 1
        if newlines >= 2 { pending.insert(.paragraphBefore) }
    }

    mutating func takeFlags() -> TokenFlags {
        let flags = pending
        pending = []
        newlines = 0
        return flags
    }

    /// Decodes the scalar at `i` (input is valid UTF-8) and classifies it.
    func classify(at i: Int) -> (ScalarClass, Int) {
        let b0 = UInt32(bytes[i])
        var value: UInt32
        var width: Int
        if b0 >= 0xF0 {
            width = 4; value = b0 & 0x07
        } else if b0 >= 0xE0 {
            width = 3; value = b0 & 0x0F
        } else if b0 >= 0xC0 {
            width = 2; value = b0 & 0x1F
        } else {
            return (.punct(0x3F), 1)  // stray continuation byte; input is validated before this point
        }
        width = min(width, bytes.count - i)
        for k in 1..<max(width, 1) { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        switch value {
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x0085, 0x2028, 0x2029, 0xFEFF:
            return (.space, width)
        case 0x2010...0x2015, 0x2212: return (.punct(0x2D), width)       // dashes and minus
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return (.punct(0x27), width)  // single quotes, prime
        case 0x201C...0x201F, 0x00AB, 0x00BB, 0x2033: return (.punct(0x22), width)  // double quotes, guillemets
        case 0x2026: return (.punct(0x2E), width)                         // ellipsis
        case 0x00A3, 0x20AC, 0x00A5: return (.punct(0x24), width)         // pound, euro, yen as currency
        case 0x00B7, 0x2022, 0x00A7, 0x00B6, 0x00A9, 0x00AE, 0x2122, 0x00B0: return (.punct(0x2A), width)
        case 0x00BD, 0x00BC, 0x00BE: return (.punct(0x26), width)         // vulgar fractions: not words
        default: return (.letter, width)
        }
    }

    /// Letters (and non-ASCII letters), or a dotted initialism such as `a.m.` or `U.S.`.
    mutating func word() -> Token {
        let start = index
        let scalarStart = scalar
        var flags = takeFlags()
        var hash = Lexicon.hashSeed
        var letters = 0
        var upper = 0
        var ascii = true
        let firstByte = bytes[index]
        let count = bytes.count
        while true {
            // the common case: a run of ASCII letters, hashed as it is read
            var k = index
            while k < count {
                let b = bytes[k]
                let lower = b | 0x20
                guard lower >= 0x61, lower <= 0x7A else { break }
                hash = (hash ^ UInt64(lower)) &* 0x100000001b3
                if b <= 0x5A { upper += 1 }
                k += 1
            }
            letters += k - index
            scalar += Int32(k - index)
            index = k
            guard index < count, bytes[index] >= 0x80 else { break }
            let (cls, width) = classify(at: index)
            guard case .letter = cls else { break }
            ascii = false
            index += width; scalar += 1; letters += 1
        }
        // a.m., p.m., U.S., e.g.: single letters joined by periods.
        if letters == 1, ascii, index + 1 < bytes.count, bytes[index] == 0x2E, isASCIILetter(bytes[index + 1]),
           index + 2 >= bytes.count || !isASCIILetter(bytes[index + 2]) {
            while index + 1 < bytes.count, bytes[index] == 0x2E, isASCIILetter(bytes[index + 1]),
                  index + 2 >= bytes.count || !isASCIILetter(bytes[index + 2]) {
                hash = Lexicon.hashStep(hash, 0x2E)
                hash = Lexicon.hashStep(hash, bytes[index + 1])
                if isASCIIUpper(bytes[index + 1]) { upper += 1 }
                index += 2; scalar += 2; letters += 1
            }
            if index < bytes.count, bytes[index] == 0x2E {
                hash = Lexicon.hashStep(hash, 0x2E)
                index += 1; scalar += 1
            }
            flags.insert(.dotted)
        }
        if isASCIIUpper(firstByte) { flags.insert(.capitalized) }
        if upper == letters && letters >= 2 { flags.insert(.allCaps) }
        if !ascii { flags.insert(.nonASCII) }
        let end = index
        if ascii, letters >= 4 {
            let last = bytes[end - 1] | 0x20, prev = bytes[end - 2] | 0x20
            if prev == 0x65 && last == 0x64 { flags.insert(.endsInEd) }
            if letters >= 5, bytes[end - 3] | 0x20 == 0x69, prev == 0x6E, last == 0x67 { flags.insert(.endsInIng) }
        }
        if ascii, letters >= 2, bytes[end - 1] | 0x20 == 0x73 { flags.insert(.endsInS) }
        if ascii, letters >= 4, bytes[end - 2] | 0x20 == 0x6C, bytes[end - 1] | 0x20 == 0x79 { flags.insert(.endsInLy) }
        let lex = ascii ? tables.lookup(hash: hash) : Lexicon.unknown
        return Token(byteStart: byteBase + Int32(start), byteEnd: byteBase + Int32(end), scalarStart: scalarStart, scalarEnd: scalar,
                     number: -1, lex: lex, flags: flags, kind: .word, punct: 0, length: UInt8(min(letters, 255)))
    }

    /// Digits, with `,` thousands groups (`2,019`) and a decimal part (`3.5`) kept in one token.
    mutating func number() -> Token {
        let start = index
        let scalarStart = scalar
        var flags = takeFlags()
        var value: Int64 = 0
        var digits = 0
        func digitRun(_ s: inout Scanner) {
            while s.index < s.bytes.count, isASCIIDigit(s.bytes[s.index]) {
                if value < Int64(Int32.max) { value = value * 10 + Int64(s.bytes[s.index] - 0x30) }
                digits += 1
                s.index += 1; s.scalar += 1
            }
        }
        digitRun(&self)
        while true {
            // `1,000` but not `5,6` or a list `1,2,3`.
            guard index + 3 < bytes.count, bytes[index] == 0x2C,
                  isASCIIDigit(bytes[index + 1]), isASCIIDigit(bytes[index + 2]), isASCIIDigit(bytes[index + 3]),
                  index + 4 >= bytes.count || !isASCIIDigit(bytes[index + 4]) else { break }
            flags.insert(.groupedNumber)
            index += 1; scalar += 1
            digitRun(&self)
        }
        if index + 1 < bytes.count, bytes[index] == 0x2E, isASCIIDigit(bytes[index + 1]) {
            flags.insert(.groupedNumber)
            index += 1; scalar += 1
            let integral = value
            digitRun(&self)
            value = integral
        }
        return Token(byteStart: byteBase + Int32(start), byteEnd: byteBase + Int32(index), scalarStart: scalarStart, scalarEnd: scalar,
                     number: Int32(min(value, Int64(Int32.max))), lex: Lexicon.unknown, flags: flags,
                     kind: .number, punct: 0, length: UInt8(min(digits, 255)))
    }

    mutating func punct(_ ascii: UInt8, byteLength: Int) -> Token {
        let start = index
        let scalarStart = scalar
        let flags = takeFlags()
        index += byteLength; scalar += 1
        let normalized: UInt8 = ascii == 0x60 ? 0x27 : ascii  // backtick as apostrophe (``quotes'')
        return Token(byteStart: byteBase + Int32(start), byteEnd: byteBase + Int32(index), scalarStart: scalarStart, scalarEnd: scalar,
                     number: -1, lex: Lexicon.unknown, flags: flags, kind: .punct, punct: normalized, length: 1)
    }
}
