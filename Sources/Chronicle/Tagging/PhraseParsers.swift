/// The sub-parsers that patterns call for multi-token phrases: quantities, years, days of the
/// month, ordinals and clock times.
final class PhraseParsers: @unchecked Sendable {
    struct Result {
        var end: Int
        var value: Int
        var amount: Double?
        var zone: ClockZone? = nil
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
    }

    private let a, an, and, half, hundred, thousand, couple, of, dozen, o, clock: UInt16
    private let few: UInt16
    private let timeWord, standard, daylight: UInt16
    private var usZoneByWord: [UInt16: Int] = [:]
    private var zoneByWord: [UInt16: ClockZone] = [:]
    private var kindByWord: [UInt16: Kind] = [:]
    private var kinds: UnsafeMutableBufferPointer<Kind> = UnsafeMutableBufferPointer(start: nil, count: 0)
    /// The finished lexicon's role tables (see `bind`), held as buffers rather than as one
    /// `LexiconTables?`, which every per-token read would copy whole.
    private var wordClasses = UnsafeMutableBufferPointer<WordClass>(start: nil, count: 0)
    private var numberValues = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private var ordinalValues = UnsafeMutableBufferPointer<Int8>(start: nil, count: 0)

    init(lexicon: Lexicon) {
        func id(_ word: String) -> UInt16 { lexicon.intern(word) }
        a = id("a"); an = id("an"); and = id("and"); half = id("half"); hundred = id("hundred")
        thousand = id("thousand"); couple = id("couple"); of = id("of"); dozen = id("dozen")
        o = id("o"); clock = id("clock"); few = id("few")
        timeWord = id("time"); standard = id("standard"); daylight = id("daylight")
        func mark(_ words: [String], _ kind: Kind) { for w in words { kindByWord[id(w), default: []].insert(kind) } }
        mark(["am", "a.m.", "a.m"], .am)
        mark(["pm", "p.m.", "p.m"], .pm)
        mark(["noon", "midday", "mid-day"], .noon)
        mark(["midnight"], .midnight)
        mark(["st", "nd", "rd", "th"], .ordinalSuffix)
        mark(["several", "many", "some", "few", "numerous", "multiple", "various", "countless"], .unknownAmount)
        for (word, zone) in ClockZone.abbreviations { zoneByWord[id(word)] = zone }
        for name in ClockZone.usZoneNames.keys { usZoneByWord[id(name)] = ClockZone.usZoneNames[name] }
    }

    /// Reads the finished lexicon's tables; called once, after every word is interned.
    func bind(_ tables: LexiconTables, wordCount: Int) {
        wordClasses = tables.classes
        numberValues = tables.number
        ordinalValues = tables.ordinal
        kinds = .allocate(capacity: wordCount)
        kinds.initialize(repeating: [])
        for (word, kind) in kindByWord { kinds[Int(word)] = kind }
    }

    @inline(__always) private func kind(_ token: Token) -> Kind { token.kind == .word ? kinds[Int(token.lex)] : [] }
    @inline(__always) private func isNumberWord(_ token: Token) -> Bool { token.kind == .word && wordClasses[Int(token.lex)].contains(.numberWord) }
    @inline(__always) private func number(_ token: Token) -> Int { Int(numberValues[Int(token.lex)]) }

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
        case .clockTime: return clockTime(tokens, at: i, bytes: bytes)
        case .dottedDate: return dottedDate(tokens, at: i, bytes: bytes)
        }
    }

    /// `10.31.1974`, `13.05.2024`, `2024.06.01`: a decimal-looking number (one to four digits, a
    /// point, one or two digits), a point and a number of one to four digits, all glued, and no
    /// further point and digits (a version number `1.2.3.4`).
    func dottedDate(_ tokens: UnsafeBufferPointer<Token>, at i: Int, bytes: UnsafeBufferPointer<UInt8>) -> Result? {
        let token = tokens[i]
        guard token.kind == .number, token.has(.groupedNumber), continues(tokens, i + 2) else { return nil }
        var digitsBefore = 0, digitsAfter = 0, points = 0
        for k in Int(token.byteStart)..<Int(token.byteEnd) {
            if bytes[k] == 0x2E { points += 1 } else if isASCIIDigit(bytes[k]) { if points == 0 { digitsBefore += 1 } else { digitsAfter += 1 } } else { return nil }
        }
        let last = tokens[i + 2]
        guard points == 1, (1...4).contains(digitsBefore), (1...2).contains(digitsAfter), tokens[i + 1].isPunct(0x2E), tokens[i + 1].isAttached,
              last.kind == .number, last.isAttached, !last.has(.groupedNumber), (1...4).contains(Int(last.length)) else { return nil }
        if continues(tokens, i + 4), tokens[i + 3].isPunct(0x2E), tokens[i + 3].isAttached, tokens[i + 4].kind == .number, tokens[i + 4].isAttached { return nil }
        return Result(end: i + 3, value: 0, amount: nil)
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
        let classes = wordClasses[Int(token.lex)]
        if classes.contains(.ordinal) {
            return Result(end: start + 1, value: Int(ordinalValues[Int(token.lex)]), amount: nil)
        }
        // twenty-first, thirty first
        let tens = number(token)
        if classes.contains(.numberWord), tens >= 20, tens <= 90, tens % 10 == 0 {
            var j = start + 1
            if continues(tokens, j), tokens[j].isPunct(0x2D), tokens[j].isAttached { j += 1 }
            if continues(tokens, j), tokens[j].kind == .word, wordClasses[Int(tokens[j].lex)].contains(.ordinal) {
                let unit = Int(ordinalValues[Int(tokens[j].lex)])
                if unit < 10 { return Result(end: j + 1, value: tens + unit, amount: nil) }
            }
        }
        return nil
    }

    // MARK: clock times

    /// `6 a.m.`, `6am`, `5:30 p.m. ET`, `10:35`, `noon`, `midnight`, `4 o'clock`, and as posts write them
    /// `430pm`, `7.30am`; value in minutes after midnight. The amount is 1 when a word marks it as a time
    /// (a.m., noon, o'clock) and nil for a bare `10:35`.
    func clockTime(_ tokens: UnsafeBufferPointer<Token>, at start: Int, bytes: UnsafeBufferPointer<UInt8>) -> Result? {
        let token = tokens[start]
        if token.kind == .word {
            if kind(token).contains(.noon) { return withZone(tokens, Result(end: start + 1, value: 12 * 60, amount: 1)) }
            if kind(token).contains(.midnight) { return withZone(tokens, Result(end: start + 1, value: 24 * 60, amount: 1)) }
            return nil
        }
        if let (hour, minute) = runTogetherHourAndMinute(token, bytes: bytes) {
            // "430pm", "7.30am": hour and minute without a colon count as a clock only with a.m. or p.m.
            guard continues(tokens, start + 1), !kind(tokens[start + 1]).isDisjoint(with: [.am, .pm]) else { return nil }
            let isPM = kind(tokens[start + 1]).contains(.pm)
            let hour24 = isPM ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            return withZone(tokens, Result(end: start + 2, value: hour24 * 60 + minute, amount: 1))
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

    /// The hour (1-12) and minute of a number written without a colon: three or four digits (`430`,
    /// `1130`) or hour, point and two digits (`7.30`).
    private func runTogetherHourAndMinute(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard token.kind == .number else { return nil }
        var hour = 0, minute = 0
        if token.has(.groupedNumber) {
            let begin = Int(token.byteStart), end = Int(token.byteEnd)
            guard end - begin >= 4, end - begin <= 5, bytes[end - 3] == 0x2E else { return nil }
            for k in begin..<end where k != end - 3 {
                guard isASCIIDigit(bytes[k]) else { return nil }
                let digit = Int(bytes[k] - 0x30)
                if k < end - 3 { hour = hour * 10 + digit } else { minute = minute * 10 + digit }
            }
        } else {
            guard token.length == 3 || token.length == 4 else { return nil }
            hour = Int(token.number) / 100
            minute = Int(token.number) % 100
        }
        guard (1...12).contains(hour), minute < 60 else { return nil }
        return (hour, minute)
    }

    /// Extends a clock time over a following time zone and reads it: an upper-case abbreviation
    /// (`ET`, `GMT`, `Z`) with an optional offset glued to it (`GMT+2`, `UTC-05:00`), a US zone's
    /// name (`Eastern Time`, `Pacific Standard Time`), or a bare offset (`+00:00`, `-0500`).
    private func withZone(_ tokens: UnsafeBufferPointer<Token>, _ result: Result) -> Result {
        var r = result
        let i = r.end
        guard continues(tokens, i) else { return r }
        let token = tokens[i]
        if token.kind == .word, token.has(.allCaps) || token.length == 1 && token.has(.capitalized), let zone = zoneByWord[token.lex] {
            r.end = i + 1
            r.zone = zone
            if let (minutes, end) = offset(tokens, at: i + 1, glued: true) {
                r.zone = .offset(zone.offset(on: nil) + minutes)
                r.end = end
            }
        } else if token.kind == .word, token.has(.capitalized), let standardOffset = usZoneByWord[token.lex] {
            var k = i + 1
            var zone = ClockZone.usZone(standard: standardOffset)
            if continues(tokens, k), tokens[k].lex == standard { zone = .offset(standardOffset); k += 1 }
            else if continues(tokens, k), tokens[k].lex == daylight { zone = .offset(standardOffset + 60); k += 1 }
            guard continues(tokens, k), tokens[k].lex == timeWord else { return r }
            r.end = k + 1
            r.zone = zone
        } else if let (minutes, end) = offset(tokens, at: i, glued: false) {
            r.end = end
            r.zone = .offset(minutes)
        }
        return r
    }

    /// `+05:30`, `-0500`, `+2` (glued to a zone name only): minutes east of UTC, and the end.
    private func offset(_ tokens: UnsafeBufferPointer<Token>, at i: Int, glued: Bool) -> (Int, Int)? {
        guard continues(tokens, i + 1), tokens[i].kind == .punct, tokens[i].punct == 0x2B || tokens[i].punct == 0x2D,
              !glued || tokens[i].isAttached, tokens[i + 1].kind == .number, tokens[i + 1].isAttached, !tokens[i + 1].has(.groupedNumber) else { return nil }
        let sign = tokens[i].punct == 0x2B ? 1 : -1
        let digits = Int(tokens[i + 1].length), number = Int(tokens[i + 1].number)
        var hours = number, minutes = 0, end = i + 2
        if digits == 4 {
            hours = number / 100; minutes = number % 100
        } else if digits == 2, continues(tokens, i + 3), tokens[i + 2].isPunct(0x3A), tokens[i + 2].isAttached,
                  tokens[i + 3].kind == .number, tokens[i + 3].isAttached, tokens[i + 3].length == 2 {
            minutes = Int(tokens[i + 3].number); end = i + 4
        } else if !(glued && digits <= 2) {
            return nil  // a bare "-6" after a time is a range ("5 -6 p.m."), not an offset
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign * (hours * 60 + minutes), end)
    }
}
