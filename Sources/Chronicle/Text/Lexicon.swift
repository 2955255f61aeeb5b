/// Word lists with roles, and an ASCII hash table that maps a lowercased word's bytes to its id
/// without creating a `String`.
///
/// Built once (see `Grammar`); read concurrently afterwards.
public final class Lexicon: @unchecked Sendable {
    /// The id of every word the lexicon does not hold.
    public static let unknown: UInt16 = 0

    private(set) var words: [String] = [""]
    /// Ids below this are the tagger's words; those from here on were added for later stages
    /// (`FunctionWords`) and are unknown to the tagger's rules.
    private(set) var taggerWordLimit = Int(UInt16.max)
    /// Roles per word id, filled while the vocabulary is built.
    var roles = Roles()
    private var slots: [Slot]
    private var mask: Int

    struct Slot {
        var hash: UInt64 = 0
        var id: UInt16 = 0
    }

    init() {
        slots = Array(repeating: Slot(), count: 1 << 12)
        mask = (1 << 12) - 1
    }

    /// FNV-1a over lowercased ASCII bytes; the tokenizer computes the same hash while scanning.
    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let lower = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
        return (hash ^ UInt64(lower)) &* 0x100000001b3
    }

    static let hashSeed: UInt64 = 0xcbf29ce484222325

    static func hash(of word: String) -> UInt64 {
        var h = hashSeed
        for byte in word.utf8 { h = hashStep(h, byte) }
        return h
    }

    /// The id of `word` (lowercased ASCII), adding it when new.
    @discardableResult
    func intern(_ word: String) -> UInt16 {
        let lower = word.lowercased()
        if let id = id(of: lower) { return id }
        precondition(words.count < Int(UInt16.max), "lexicon full")
        let id = UInt16(words.count)
        words.append(lower)
        roles.grow(to: words.count)
        if words.count * 2 > slots.count { grow() }
        insert(hash: Lexicon.hash(of: lower), id: id)
        return id
    }

    /// Marks the words interned so far as the tagger's own.
    func closeTaggerWords() { taggerWordLimit = words.count }

    /// Whether the tagger's rules know the word: its id is neither unknown nor one added only
    /// for the stages after tagging.
    @inline(__always) public func isTaggerWord(_ id: UInt16) -> Bool { id != Lexicon.unknown && Int(id) < taggerWordLimit }

    /// The id of a word already in the lexicon.
    public func id(of word: String) -> UInt16? {
        let id = lookup(hash: Lexicon.hash(of: word.lowercased()))
        return id == Lexicon.unknown ? nil : id
    }

    /// The word of `id`, lowercased.
    public func word(_ id: UInt16) -> String { words[Int(id)] }

    /// The roles word `id` can play.
    @inline(__always) public func classes(_ id: UInt16) -> WordClass { roles.classes[Int(id)] }
    /// The month (1...12) word `id` names, or 0.
    @inline(__always) public func month(_ id: UInt16) -> Int { Int(roles.month[Int(id)]) }
    /// The weekday (1 = Monday) word `id` names, or 0.
    @inline(__always) public func weekday(_ id: UInt16) -> Int { Int(roles.weekday[Int(id)]) }
    /// The number word `id` spells ("twelve"), or 0.
    @inline(__always) public func number(_ id: UInt16) -> Int { Int(roles.number[Int(id)]) }
    /// The ordinal word `id` spells ("twelfth"), or 0.
    @inline(__always) public func ordinal(_ id: UInt16) -> Int { Int(roles.ordinal[Int(id)]) }
    /// The unit word `id` names ("weeks"), if any.
    @inline(__always) public func unit(_ id: UInt16) -> TimeUnit? { TimeUnit(rawValue: roles.unit[Int(id)]) }
    /// The season (1 = spring) word `id` names, or 0.
    @inline(__always) public func season(_ id: UInt16) -> Int { Int(roles.season[Int(id)]) }
    /// The part of day word `id` names ("morning"), if any.
    @inline(__always) public func partOfDay(_ id: UInt16) -> PartOfDay? { PartOfDay(rawValue: roles.partOfDay[Int(id)]) }
    /// The holiday word `id` names, by its index in the holiday table, or 0.
    @inline(__always) public func holiday(_ id: UInt16) -> Int { Int(roles.holiday[Int(id)]) }

    /// How many words it holds, `unknown` included.
    public var count: Int { words.count }

    /// Looks a word up by the hash of its lowercased bytes. Distinct words in the lexicon have
    /// distinct 64-bit hashes (checked when interning), and an unknown word matching one by
    /// chance is vanishingly unlikely next to the word list's size.
    @inline(__always)
    func lookup(hash: UInt64) -> UInt16 { Lexicon.probe(slots, mask: mask, for: hash) }

    /// Linear probing in an open-addressing table of `mask + 1` slots, as `insert` fills it.
    @inline(__always)
    static func probe<Slots: RandomAccessCollection<Slot>>(_ slots: Slots, mask: Int, for hash: UInt64) -> UInt16 where Slots.Index == Int {
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.id == Lexicon.unknown { return Lexicon.unknown }
            if slot.hash == hash { return slot.id }
            index = (index + 1) & mask
        }
    }

    private func insert(hash: UInt64, id: UInt16) {
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].id != Lexicon.unknown {
            precondition(slots[index].hash != hash, "hash collision in lexicon")
            index = (index + 1) & mask
        }
        slots[index] = Slot(hash: hash, id: id)
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.id != Lexicon.unknown {
            insert(hash: slot.hash, id: slot.id)
        }
    }
}

/// Roles a word can play, as a bit set per word (a word may have several: `may`, `second`, `fall`).
public struct WordClass: OptionSet, Sendable {
    /// The bits.
    public let rawValue: UInt32
    /// A set from its bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A month name or abbreviation ("June", "Sept").
    public static let month = WordClass(rawValue: 1 << 0)
    /// A weekday name or abbreviation ("Monday", "Tue").
    public static let weekday = WordClass(rawValue: 1 << 1)
    /// A unit of time ("week", "months").
    public static let unit = WordClass(rawValue: 1 << 2)
    /// A number word ("twelve").
    public static let numberWord = WordClass(rawValue: 1 << 3)
    /// An ordinal word ("twelfth").
    public static let ordinal = WordClass(rawValue: 1 << 4)
    /// A season ("spring", "autumn").
    public static let season = WordClass(rawValue: 1 << 5)
    /// A part of the day ("morning", "tonight").
    public static let partOfDay = WordClass(rawValue: 1 << 6)
    /// A shortened form that may take a period (`Sept.`, `Mr.`, `Corp.`).
    public static let abbreviation = WordClass(rawValue: 1 << 7)
    /// A finite past-tense form (`said`, `was`, `met`).
    public static let pastVerb = WordClass(rawValue: 1 << 8)
    /// A finite present-tense form (`is`, `has`, `says`).
    public static let presentVerb = WordClass(rawValue: 1 << 9)
    /// Marks the future (`will`, `shall`, `'ll`).
    public static let futureMarker = WordClass(rawValue: 1 << 10)
    /// A modal verb (`would`, `could`, `may`).
    public static let modal = WordClass(rawValue: 1 << 11)
    /// Words that point forward in time when they govern a clause (`expects`, `plans`, `scheduled`).
    public static let futureLeaning = WordClass(rawValue: 1 << 12)
    /// Words a rule names, so that the tagger looks at tokens carrying them.
    public static let ruleWord = WordClass(rawValue: 1 << 13)
    /// A holiday name (`Christmas`, `Thanksgiving`).
    public static let holiday = WordClass(rawValue: 1 << 14)
    /// A past participle that is not also a past form (`taken`, `begun`); with `have` it is past.
    public static let participle = WordClass(rawValue: 1 << 15)
    /// A determiner or preposition that cannot be a verb; breaks a verb group.
    public static let functionWord = WordClass(rawValue: 1 << 16)
}

extension Lexicon {
    /// Role tables indexed by word id; filled by `Vocabulary` before the lexicon is shared.
    struct Roles {
        var classes: [WordClass] = [[]]
        var month: [Int8] = [0]
        var weekday: [Int8] = [0]
        var unit: [Int8] = [0]
        var number: [Int32] = [0]
        var ordinal: [Int8] = [0]
        var season: [Int8] = [0]
        var partOfDay: [Int8] = [0]
        var holiday: [Int16] = [0]

        mutating func grow(to count: Int) {
            while classes.count < count {
                classes.append([]); month.append(0); weekday.append(0); unit.append(0); number.append(0)
                ordinal.append(0); season.append(0); partOfDay.append(0); holiday.append(0)
            }
        }
    }
}

/// A read-only copy of a finished lexicon's hash table and role tables, in memory that is never
/// reallocated: the tokenizer and the matcher read it per token without reference counting.
struct LexiconTables: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Lexicon.Slot>
    let mask: Int
    let classes: UnsafeMutableBufferPointer<WordClass>
    let month: UnsafeMutableBufferPointer<Int8>
    let weekday: UnsafeMutableBufferPointer<Int8>
    let unit: UnsafeMutableBufferPointer<Int8>
    let number: UnsafeMutableBufferPointer<Int32>
    let ordinal: UnsafeMutableBufferPointer<Int8>
    let season: UnsafeMutableBufferPointer<Int8>
    let partOfDay: UnsafeMutableBufferPointer<Int8>
    let holiday: UnsafeMutableBufferPointer<Int16>

    @inline(__always)
    func lookup(hash: UInt64) -> UInt16 { Lexicon.probe(slots, mask: mask, for: hash) }

    /// The value a word has in the role `cls` (month number, weekday, unit, ...).
    @inline(__always)
    func value(of id: UInt16, as cls: WordClass) -> Int {
        let i = Int(id)
        switch cls {
        case .month: return Int(month[i])
        case .weekday: return Int(weekday[i])
        case .unit: return Int(unit[i])
        case .numberWord: return Int(number[i])
        case .ordinal: return Int(ordinal[i])
        case .season: return Int(season[i])
        case .partOfDay: return Int(partOfDay[i])
        case .holiday: return Int(holiday[i])
        default: return 0
        }
    }
}

extension Lexicon {
    /// Copies the lexicon into tables for reading. The lexicon must not change afterwards; the
    /// tables live as long as the process (grammars are built once).
    func freeze() -> LexiconTables {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        return LexiconTables(slots: copy(slots), mask: mask, classes: copy(roles.classes), month: copy(roles.month),
                             weekday: copy(roles.weekday), unit: copy(roles.unit), number: copy(roles.number),
                             ordinal: copy(roles.ordinal), season: copy(roles.season), partOfDay: copy(roles.partOfDay),
                             holiday: copy(roles.holiday))
    }
}

/// A set of word ids as a bit set: membership without hashing, for per-token tests.
public struct WordSet: Sendable {
    private var bits: [UInt64]

    /// The set of `ids`.
    public init(_ ids: [UInt16]) {
        bits = Array(repeating: 0, count: Int(ids.max() ?? 0) / 64 + 1)
        for id in ids { bits[Int(id) / 64] |= 1 << UInt64(id % 64) }
    }

    /// Whether `id` is in the set.
    @inline(__always)
    public func contains(_ id: UInt16) -> Bool {
        let word = Int(id) / 64
        return word < bits.count && bits[word] & (1 << UInt64(id % 64)) != 0
    }
}
