/// The sub-parsers that patterns call for multi-token phrases: quantities, years, days of the
/// month, ordinals and clock times.
final class PhraseParsers: @unchecked Sendable {
    struct Result {
        var end: Int
        var value: Int
        var amount: Double?
    }

    /// Word roles this parser reads, by word id (set once the lexicon is complete).
    private struct Kind: OptionSet {
        let rawValue: UInt8
        static let am = Kind(rawValue: 1 << 0)
        static let pm = Kind(rawValue: 1 << 1)
        static let noon = Kind(rawValue: 1 << 2)
        static let midnight = Kind(rawValue: 1 << 3)
        static let ordinalSuffix = Kind(rawValue: 1 << 4)
        static let unknownAmount = Kind(rawValue: 1 << 5)
        static let timeZone = Kind(rawValue: 1 << 6)
    }

    private let a, an, and, half, hundred, thousand, couple, of, dozen, o, clock: UInt16
    private let few: UInt16
    private var kindByWord: [UInt16: Kind] = [:]
    private var kinds: UnsafeMutableBufferPointer<Kind> = UnsafeMutableBufferPointer(start: nil, count: 0)
    private var tables: LexiconTables!

    init(lexicon: Lexicon) {
        func id(_ word: String) -> UInt16 { lexicon.intern(word) }
        a = id("a"); an = id("an"); and = id("and"); half = id("half"); hundred = id("hundred")
        thousand = id("thousand"); couple = id("couple"); of = id("of"); dozen = id("dozen")
        o = id("o"); clock = id("clock"); few = id("few")
        func mark(_ words: [String], _ kind: Kind) { for w in words { kindByWord[id(w), default: []].insert(kind) } }
        mark(["am", "a.m.", "a.m"], .am)
        mark(["pm", "p.m.", "p.m"], .pm)
        mark(["noon", "midday", "mid-day"], .noon)
        mark(["midnight"], .midnight)
        mark(["st", "nd", "rd", "th"], .ordinalSuffix)
        mark(["several", "many", "some", "few", "numerous", "multiple", "various", "countless"], .unknownAmount)
        mark(["et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst",
              "cet", "cest", "eet", "jst", "ist", "hkt", "sgt", "aest", "msk", "z"], .timeZone)
    }

    /// Reads the finished lexicon's tables; called once, after every word is interned.
    func bind(_ tables: LexiconTables, wordCount: Int) {
        self.tables = tables
        kinds = .allocate(capacity: wordCount)
        kinds.initialize(repeating: [])
        for (word, kind) in kindByWord { kinds[Int(word)] = kind }
    }

    @inline(__always) private func kind(_ token: Token) -> Kind { token.kind == .word ? kinds[Int(token.lex)] : [] }
    @inline(__always) private func isNumberWord(_ token: Token) -> Bool { token.kind == .word && tables.classes[Int(token.lex)].contains(.numberWord) }
    @inline(__always) private func number(_ token: Token) -> Int { Int(tables.number[Int(token.lex)]) }

    func parse(_ parser: SubParser, _ tokens: UnsafeBufferPointer<Token>, at i: Int, bytes: UnsafeBufferPointer<UInt8>) -> Result? {
        guard i < tokens.count else { return nil }
        switch parser {
        case .quantity: return quantity(tokens, at: i, bytes: bytes)
        case .year: return year(tokens, at: i)
        case .dayOfMonth:
            guard let r = ordinalOrNumber(tokens, at: i, allowBare: true), (1...31).contains(r.value) else { return nil }
            return r
        case .ordinal:
            guard let r = ordinalOrNumber(tokens, at: i, allowBare: false), (1...99).contains(r.value) else { return nil }
            return r
        case .clockTime: return clockTime(tokens, at: i)
        }
    }

    /// Whether `tokens[i]` continues the phrase: it exists and does not start a new sentence.
    @inline(__always) private func continues(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        i < tokens.count && !tokens[i].has(.sentenceStart)
    }

    // MARK: quantities

    /// A number said in words: `seven`, `twenty-four`, `twenty four`, `two hundred`, `a thousand`.
    func numberWords(_ tokens: UnsafeBufferPointer<Token>, at start: Int) -> Result? {
        var i = start
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        let first = tokens[i]
        var total = 0
        var current: Int
        if isNumberWord(first) {
            current = number(first)
        } else if first.lex == a || first.lex == an, continues(tokens, i + 1),
                  tokens[i + 1].lex == hundred || tokens[i + 1].lex == thousand {
            current = 1
        } else {
            return nil
        }
        i += 1
        // twenty-four, twenty four
        if current >= 20, current < 100, current % 10 == 0 {
            var j = i
            if continues(tokens, j), tokens[j].isPunct(0x2D), tokens[j].isAttached { j += 1 }
            if continues(tokens, j), isNumberWord(tokens[j]) {
                let unit = number(tokens[j])
                if unit >= 1, unit <= 9 { current += unit; i = j + 1 }
            }
        }
        while continues(tokens, i), tokens[i].kind == .word {
            if tokens[i].lex == hundred {
                current = max(current, 1) * 100
                i += 1
                if continues(tokens, i + 1), tokens[i].lex == and, let rest = numberWords(tokens, at: i + 1), rest.value < 100 {
                    current += rest.value; i = rest.end
                } else if let rest = numberWords(tokens, at: i), rest.value < 100,
                          isNumberWord(tokens[i]) {
                    current += rest.value; i = rest.end
                }
            } else if tokens[i].lex == thousand {
                total += max(current, 1) * 1000
                current = 0
                i += 1
                if continues(tokens, i), isNumberWord(tokens[i]), let rest = numberWords(tokens, at: i), rest.value < 1000 {
                    current = rest.value; i = rest.end
                } else if continues(tokens, i + 1), tokens[i].lex == and, let rest = numberWords(tokens, at: i + 1), rest.value < 1000 {
                    current = rest.value; i = rest.end
                }
            } else {
                break
            }
        }
        return Result(end: i, value: total + current, amount: Double(total + current))
    }

    /// A count before a unit: digits (`18`, `5 1/2`, `2.5`), words (`two and a half`), `a`, `a couple of`,
    /// `a dozen`, or an unknown amount (`several`, `a few`, `some`).
    func quantity(_ tokens: UnsafeBufferPointer<Token>, at start: Int, bytes: UnsafeBufferPointer<UInt8>) -> Result? {
        let token = tokens[start]
        var result: Result
        if token.kind == .number {
            if token.has(.groupedNumber) {
                // saturating as the tokenizer does for plain numbers: 1e30 would not fit an Int
                guard let amount = decimalValue(token, bytes: bytes).map({ min($0, Double(Int32.max)) }) else { return nil }
                result = Result(end: start + 1, value: Int(amount), amount: amount)
            } else {
                result = Result(end: start + 1, value: Int(token.number), amount: Double(token.number))
                // 5 1/2
                let j = start + 1
                if continues(tokens, j + 2), tokens[j].kind == .number, tokens[j + 1].isPunct(0x2F), tokens[j + 1].isAttached,
                   tokens[j + 2].kind == .number, tokens[j + 2].isAttached, tokens[j + 2].number > tokens[j].number, tokens[j].number > 0 {
                    result.amount = Double(token.number) + Double(tokens[j].number) / Double(tokens[j + 2].number)
                    result.end = j + 3
                }
            }
        } else if token.kind == .word {
            if token.lex == a || token.lex == an {
                // a couple of, a dozen, a few, a hundred, or a plain "a" (one)
                let j = start + 1
                if continues(tokens, j), tokens[j].lex == couple {
                    let end = continues(tokens, j + 1) && tokens[j + 1].lex == of ? j + 2 : j + 1
                    result = Result(end: end, value: 2, amount: 2)
                } else if continues(tokens, j), tokens[j].lex == dozen {
                    result = Result(end: j + 1, value: 12, amount: 12)
                } else if continues(tokens, j), tokens[j].lex == few {
                    return Result(end: j + 1, value: -1, amount: nil)
                } else if let words = numberWords(tokens, at: start) {
                    result = words
                } else {
                    result = Result(end: j, value: 1, amount: 1)
                }
            } else if kind(token).contains(.unknownAmount) {
                return Result(end: start + 1, value: -1, amount: nil)
            } else if let words = numberWords(tokens, at: start) {
                result = words
            } else {
                return nil
            }
        } else {
            return nil
        }
        // ... and a half
        let j = result.end
        if continues(tokens, j + 2), tokens[j].lex == and, tokens[j + 1].lex == a || tokens[j + 1].lex == an, tokens[j + 2].lex == half {
            result.amount = (result.amount ?? 0) + 0.5
            result.end = j + 3
        }
        return result
    }

    /// The value of `2.5` or `1,000` from its bytes.
    func decimalValue(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var integral: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var afterPoint = false
        for k in Int(token.byteStart)..<Int(token.byteEnd) {
            let b = bytes[k]
            if b == 0x2E { afterPoint = true; continue }
            guard isASCIIDigit(b) else { continue }
            if afterPoint { scale /= 10; fraction += Double(b - 0x30) * scale } else { integral = integral * 10 + Double(b - 0x30) }
        }
        return integral + fraction
    }

    // MARK: years, days, ordinals

    /// `1998`, or a year in words: `nineteen ninety-six`, `two thousand`, `two thousand and one`.
    func year(_ tokens: UnsafeBufferPointer<Token>, at start: Int) -> Result? {
        let token = tokens[start]
        if token.kind == .number {
            guard token.length == 4, !token.has(.groupedNumber), (1000...2999).contains(Int(token.number)) else { return nil }
            return Result(end: start + 1, value: Int(token.number), amount: nil)
        }
        guard let first = numberWords(tokens, at: start) else { return nil }
        // "two thousand (and one)" is a year; "twelve hundred" is a count
        if first.value >= 2000, first.value <= 2099 { return Result(end: first.end, value: first.value, amount: nil) }
        if first.value >= 1000 { return nil }
        // nineteen ninety-six: a century (10-29) then a two-digit number in words
        guard (10...29).contains(first.value), continues(tokens, first.end), let second = numberWords(tokens, at: first.end),
              (1...99).contains(second.value), number(tokens[first.end]) >= 10 || second.value < 10 else { return nil }
        return Result(end: second.end, value: first.value * 100 + second.value, amount: nil)
    }

    /// `3rd`, `third`, `twenty-first`, or (when `allowBare`) `3`.
    func ordinalOrNumber(_ tokens: UnsafeBufferPointer<Token>, at start: Int, allowBare: Bool) -> Result? {
        let token = tokens[start]
        if token.kind == .number {
            guard !token.has(.groupedNumber), token.length <= 2 else { return nil }
            let next = start + 1
            if continues(tokens, next), tokens[next].isAttached, kind(tokens[next]).contains(.ordinalSuffix) {
                return Result(end: next + 1, value: Int(token.number), amount: nil)
            }
            return allowBare ? Result(end: next, value: Int(token.number), amount: nil) : nil
        }
        guard token.kind == .word else { return nil }
        let classes = tables.classes[Int(token.lex)]
        if classes.contains(.ordinal) {
            return Result(end: start + 1, value: Int(tables.ordinal[Int(token.lex)]), amount: nil)
        }
        // twenty-first, thirty first
        let tens = number(token)
        if classes.contains(.numberWord), tens >= 20, tens <= 90, tens % 10 == 0 {
            var j = start + 1
            if continues(tokens, j), tokens[j].isPunct(0x2D), tokens[j].isAttached { j += 1 }
            if continues(tokens, j), tokens[j].kind == .word, tables.classes[Int(tokens[j].lex)].contains(.ordinal) {
                let unit = Int(tables.ordinal[Int(tokens[j].lex)])
                if unit < 10 { return Result(end: j + 1, value: tens + unit, amount: nil) }
            }
        }
        return nil
    }

    // MARK: clock times

    /// `6 a.m.`, `6am`, `5:30 p.m. ET`, `10:35`, `noon`, `midnight`, `4 o'clock`; value in minutes after
    /// midnight. The amount is 1 when a word marks it as a time (a.m., noon, o'clock) and nil for a bare `10:35`.
    func clockTime(_ tokens: UnsafeBufferPointer<Token>, at start: Int) -> Result? {
        let token = tokens[start]
        if token.kind == .word {
            if kind(token).contains(.noon) { return withZone(tokens, Result(end: start + 1, value: 12 * 60, amount: 1)) }
            if kind(token).contains(.midnight) { return withZone(tokens, Result(end: start + 1, value: 24 * 60, amount: 1)) }
            return nil
        }
        guard token.kind == .number, !token.has(.groupedNumber), token.length <= 2, token.number <= 24 else { return nil }
        var hour = Int(token.number)
        var minute = 0
        var i = start + 1
        var hasMinutes = false
        if continues(tokens, i + 1), tokens[i].isPunct(0x3A), tokens[i].isAttached,
           tokens[i + 1].kind == .number, tokens[i + 1].isAttached, tokens[i + 1].length == 2, tokens[i + 1].number < 60 {
            minute = Int(tokens[i + 1].number)
            hasMinutes = true
            i += 2
        }
        if continues(tokens, i), !kind(tokens[i]).isDisjoint(with: [.am, .pm]) {
            guard hour >= 1, hour <= 12 else { return nil }
            if kind(tokens[i]).contains(.pm) { hour = hour == 12 ? 12 : hour + 12 } else if hour == 12 { hour = 0 }
            return withZone(tokens, Result(end: i + 1, value: hour * 60 + minute, amount: 1))
        }
        // 4 o'clock
        if continues(tokens, i + 2), tokens[i].lex == o, tokens[i + 1].isPunct(0x27), tokens[i + 2].lex == clock {
            return withZone(tokens, Result(end: i + 3, value: hour * 60 + minute, amount: 1))
        }
        guard hasMinutes else { return nil }
        return withZone(tokens, Result(end: i, value: hour * 60 + minute))
    }

    /// Extends a clock time over a following time zone (`ET`, `GMT`), upper case only.
    private func withZone(_ tokens: UnsafeBufferPointer<Token>, _ result: Result) -> Result {
        var r = result
        let i = r.end
        if continues(tokens, i), tokens[i].kind == .word, tokens[i].has(.allCaps) || tokens[i].length == 1 && tokens[i].has(.capitalized),
           kind(tokens[i]).contains(.timeZone) {
            r.end = i + 1
        }
        return r
    }
}
