/// What the tagger and the parser know about one word before looking at its neighbours, computed
/// once from its bytes: hashes of its normalized form, prefixes, suffixes and shape, and the
/// part of speech Brill's lexicon gives it. No `String` is made.
struct WordKeys: Equatable {
    /// Hash of the lowercased form, curly quotes made straight and digits made `0`.
    var form: UInt64
    /// Hashes of the first 1...3 and last 1...4 bytes of the normalized form (0 when shorter).
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// Hash of the character classes with runs collapsed (`Xx`, `d.d`, `x-x`), and a length bucket.
    var shape: UInt64
    /// Brill lexicon tag and WordNet classes (`WordSenses.Code`), 0 when the word is not listed
    /// (looked up by the normalized form's hash, the same FNV-1a the word list is keyed by).
    var lexicon: UInt64
    /// Capitalization, digits, hyphen, first word of the sentence, as small numbers for features.
    var casing: UInt64

    /// The keys of a position outside the sentence.
    static let none = WordKeys(outside: 1)

    private init(outside value: UInt64) {
        form = value
        (prefix1, prefix2, prefix3) = (value, value, value)
        (suffix1, suffix2, suffix3, suffix4) = (value, value, value, value)
        shape = value
        lexicon = 64 + value
        casing = 64 + value
    }

    /// Keys of the word whose bytes are `bytes[range]`; `first` when it begins its sentence.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, first: Bool, senses: WordSenses) {
        var normalized = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))  // up to 32 normalized bytes kept for affixes
        var count = 0
        var form = FeatureHash.seed
        var shape = FeatureHash.seed
        var lastClass: UInt8 = 0
        var shapeLength = 0
        var upper = 0, letters = 0, digits = 0, hyphen = false, period = false
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            var b = bytes[k]
            var width = 1
            if b >= 0x80 {
                // curly quotes to straight ones (U+2018/2019 -> ', U+201C/201D -> "), other scalars kept as bytes
                if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, (0x98...0x9D).contains(bytes[k + 2]) {
                    b = bytes[k + 2] <= 0x9B ? 0x27 : 0x22
                    width = 3
                }
            }
            var n = b
            var cls: UInt8
            if b >= 0x41 && b <= 0x5A {
                n = b | 0x20; cls = 0x58; upper += 1; letters += 1  // X
            } else if b >= 0x61 && b <= 0x7A {
                cls = 0x78; letters += 1  // x
            } else if b >= 0x30 && b <= 0x39 {
                n = 0x30; cls = 0x64; digits += 1  // d
            } else if b >= 0x80 {
                cls = 0x75; letters += 1  // u: a byte of a non-ASCII scalar
            } else {
                cls = b
                if b == 0x2D { hyphen = true }
                if b == 0x2E { period = true }
            }
            form = FeatureHash.fnv(form, n)
            if count < 32 {
                let shift = UInt64((count & 7) * 8)
                switch count >> 3 {
                case 0: normalized.0 |= UInt64(n) << shift
                case 1: normalized.1 |= UInt64(n) << shift
                case 2: normalized.2 |= UInt64(n) << shift
                default: normalized.3 |= UInt64(n) << shift
                }
            }
            count += 1
            if cls != lastClass {
                shape = FeatureHash.fnv(shape, cls)
                lastClass = cls
                shapeLength += 1
            }
            k += width
        }
        // affixes from the normalized bytes
        let kept = min(count, 32)
        func byte(_ i: Int) -> UInt8 {
            let word: UInt64
            switch i >> 3 {
            case 0: word = normalized.0
            case 1: word = normalized.1
            case 2: word = normalized.2
            default: word = normalized.3
            }
            return UInt8(truncatingIfNeeded: word >> UInt64((i & 7) * 8))
        }
        var prefix = (UInt64(1), UInt64(1), UInt64(1))
        var h = FeatureHash.seed
        for i in 0..<min(3, kept) {
            h = FeatureHash.fnv(h, byte(i))
            switch i {
            case 0: prefix.0 = h
            case 1: prefix.1 = h
            default: prefix.2 = h
            }
        }
        var suffix = (UInt64(1), UInt64(1), UInt64(1), UInt64(1))
        if count <= 32 {
            h = FeatureHash.seed
            for i in 0..<min(4, kept) {
                h = FeatureHash.fnv(h, byte(kept - 1 - i))
                switch i {
                case 0: suffix.0 = h
                case 1: suffix.1 = h
                case 2: suffix.2 = h
                default: suffix.3 = h
                }
            }
        }
        self.form = form
        (prefix1, prefix2, prefix3) = prefix
        (suffix1, suffix2, suffix3, suffix4) = suffix
        self.shape = FeatureHash.fnv(shape, UInt8(min(count, 12)))
        lexicon = UInt64(senses.code(forWordHash: form)?.raw ?? 0)
        var casing: UInt64 = 0
        if count > 0, bytes[range.lowerBound] >= 0x41, bytes[range.lowerBound] <= 0x5A { casing |= 1 }
        if upper == letters && letters > 1 { casing |= 2 }
        if digits > 0 { casing |= 4 }
        if hyphen { casing |= 8 }
        if period { casing |= 16 }
        if first { casing |= 32 }
        self.casing = casing
    }
}

/// Hashing of feature keys: FNV-1a over bytes for word forms, and a multiply-xorshift mix that
/// combines a template number with its values into one 64-bit key.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf29ce484222325

    @inline(__always) static func fnv(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x100000001b3
    }

    @inline(__always) static func mix(_ h: UInt64, _ value: UInt64) -> UInt64 {
        var x = (h ^ value) &* 0x9E3779B97F4A7C15
        x ^= x >> 29
        x = x &* 0xBF58476D1CE4E5B9
        return x ^ (x >> 32)
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(template &* 0xD6E8FEB86659FD93, a)
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(mix(template &* 0xD6E8FEB86659FD93, a), b)
    }

    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(template &* 0xD6E8FEB86659FD93, a), b), c)
    }
}
