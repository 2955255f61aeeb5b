/// What WordNet and Brill's lexicon say about a word form (generated into `WordSenseData.swift`
/// by `Tools/generate_word_senses.py`): its usual part of speech and the WordNet classes of its
/// first verb and noun senses. The event classifier uses them so a word unseen in training
/// still says what kind of word it is: "testified" is a communication verb, "decision" an act named
/// after a cognition verb.
struct WordSenses: Sendable {
    /// Bit fields of one word's code.
    struct Code: Sendable, Equatable {
        let raw: UInt32
        /// Brill tag (1-based index into the generator's tag list), 0 when unknown.
        var tag: UInt64 { UInt64(raw & 0x3F) }
        /// WordNet class of the first verb sense (1 = verb.body ... 15 = verb.weather), 0 when not a verb.
        var verbClass: UInt64 { UInt64(raw >> 6 & 0x1F) }
        /// WordNet class of the first noun sense (1 = noun.Tops ... 26 = noun.time), 0 when not a noun.
        var nounClass: UInt64 { UInt64(raw >> 11 & 0x1F) }
        /// WordNet class of the verb the first noun sense derives from ("decision" → cognition).
        var derivedVerbClass: UInt64 { UInt64(raw >> 16 & 0x1F) }
    }

    /// An open-addressing table by the lowercase FNV hash of the word (`EventFeatures.bytesHash`);
    /// code 0 marks an empty slot (the generator writes no word without a code).
    private struct Slot {
        var hash: UInt64 = 0
        var code: UInt32 = 0
    }
    private let slots: [Slot]
    private let mask: Int

    static let standard = WordSenses(serialized: serialized)

    /// Reads "word hexcode" lines without making a string per word: the table is built once per
    /// process and holds some 66,000 words.
    init(serialized text: String) {
        var entries: [(hash: UInt64, code: UInt32)] = []
        entries.reserveCapacity(70_000)
        var text = text
        text.withUTF8 { bytes in
            var k = 0
            while k < bytes.count {
                var hash: UInt64 = 0xcbf29ce484222325
                while k < bytes.count, bytes[k] != 0x20, bytes[k] != 0x0A {
                    hash = (hash ^ UInt64(bytes[k])) &* 0x100000001b3
                    k += 1
                }
                var code: UInt32 = 0
                if k < bytes.count, bytes[k] == 0x20 {
                    k += 1
                    while k < bytes.count, bytes[k] != 0x0A {
                        let b = bytes[k]
                        code = code << 4 | UInt32(b <= 0x39 ? b - 0x30 : b - 0x61 + 10)
                        k += 1
                    }
                }
                if code != 0 { entries.append((hash, code)) }
                k += 1
            }
        }
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(), count: size)
        for entry in entries {
            var i = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[i].code != 0 && slots[i].hash != entry.hash { i = (i + 1) & (size - 1) }
            slots[i] = Slot(hash: entry.hash, code: entry.code)
        }
        self.slots = slots
        mask = size - 1
    }

    @inline(__always)
    func code(forWordHash hash: UInt64) -> Code? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot.code == 0 { return nil }
            if slot.hash == hash { return Code(raw: slot.code) }
            i = (i + 1) & mask
        }
    }
}
