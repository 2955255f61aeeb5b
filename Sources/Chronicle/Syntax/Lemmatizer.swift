/// How a lemma is made from a form: drop `strip` bytes from the end, lowercase ASCII letters or
/// not, then append `suffix` ("studies" -> strip 3, append "y"; "went" -> strip 4, append "go").
struct LemmaRule: Hashable, Comparable, Sendable {
    var strip: Int
    var lowercase: Bool
    var suffix: [UInt8]

    static let identity = LemmaRule(strip: 0, lowercase: false, suffix: [])

    /// The rule that turns `form` into `lemma`, preferring the one that keeps more of the form.
    init(form: [UInt8], lemma: [UInt8]) {
        func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
            var k = 0
            while k < a.count, k < b.count, a[k] == b[k] { k += 1 }
            return k
        }
        let lower = form.map(Lemmatizer.lowercased)
        let kept = commonPrefix(form, lemma), lowered = commonPrefix(lower, lemma)
        let shared = max(kept, lowered)
        strip = form.count - shared
        lowercase = lowered > kept
        suffix = Array(lemma[shared...])
    }

    init(strip: Int, lowercase: Bool, suffix: [UInt8]) {
        self.strip = strip
        self.lowercase = lowercase
        self.suffix = suffix
    }

    static func < (a: LemmaRule, b: LemmaRule) -> Bool {
        if a.strip != b.strip { return a.strip < b.strip }
        if a.lowercase != b.lowercase { return !a.lowercase }
        return a.suffix.lexicographicallyPrecedes(b.suffix)
    }

    /// `strip lowercase(0|1) suffix`, one rule per line in the model.
    var line: String { "\(strip) \(lowercase ? 1 : 0) \(String(decoding: suffix, as: UTF8.self))" }

    init?(line: Substring) {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let strip = Int(parts[0]), let lower = Int(parts[1]) else { return nil }
        self.init(strip: strip, lowercase: lower == 1, suffix: Array(parts[2].utf8))
    }
}

/// Lemmas and morphological features of tagged words, from tables learned on the treebank:
/// a form's own entry when the training data had it, else a rule chosen by its tag, casing and
/// its longest suffix (up to `maximumSuffix` bytes) seen in training.
struct Lemmatizer: Sendable {
    static let maximumSuffix = 6

    let rules: [LemmaRule]
    let formRules: ValueTable
    let suffixRules: ValueTable
    let formFeatures: ValueTable
    /// Features index of each tag's most frequent FEATS.
    let tagFeatures: [UInt32]

    @inline(__always) static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// 0 lowercase or no letters, 1 capitalized, 2 all capitals.
    static func casing(_ form: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = form.first, first >= 0x41, first <= 0x5A else { return 0 }
        let allCaps = form.count > 1 && !form.contains { $0 >= 0x61 && $0 <= 0x7A }
        return allCaps ? 2 : 1
    }

    static func formKey(tag: Int, _ form: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FeatureHash.seed
        for b in form { h = FeatureHash.fnv(h, lowercased(b)) }
        return FeatureHash.key(201, UInt64(tag), h)
    }

    /// Keys of the suffixes of length 0...maximumSuffix (those the form has), shortest first.
    static func suffixKeys(tag: Int, _ form: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        let casing = casing(form)
        var keys = [FeatureHash.key(202, UInt64(tag), casing, 0)]
        var h = FeatureHash.seed
        for k in stride(from: 1, through: min(maximumSuffix, form.count), by: 1) {
            h = FeatureHash.fnv(h, lowercased(form[form.count - k]))
            keys.append(FeatureHash.key(202, UInt64(tag), casing, h &+ UInt64(k)))
        }
        return keys
    }

    /// Index into `rules` of the lemma rule for `form` tagged `tag`.
    func rule(tag: Int, form: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if let r = formRules.value(Self.formKey(tag: tag, form)) { return r }
        let casing = Self.casing(form)
        var h = FeatureHash.seed
        var best = suffixRules.value(FeatureHash.key(202, UInt64(tag), casing, 0)) ?? 0
        for k in stride(from: 1, through: min(Self.maximumSuffix, form.count), by: 1) {
            h = FeatureHash.fnv(h, Self.lowercased(form[form.count - k]))
            if let r = suffixRules.value(FeatureHash.key(202, UInt64(tag), casing, h &+ UInt64(k))) { best = r }
        }
        return best
    }

    /// Index of the FEATS string of `form` tagged `tag`.
    func features(tag: Int, form: UnsafeBufferPointer<UInt8>) -> UInt32 {
        formFeatures.value(Self.formKey(tag: tag, form)) ?? tagFeatures[tag]
    }

    /// The lemma `rule` makes of `form` (the form itself when the rule does not fit it).
    func lemma(_ rule: UInt32, form: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        appendLemma(rule, form: form, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Lemmatizer {
    /// Appends the lemma `rule` makes of `form` (the form itself when the rule does not fit).
    func appendLemma(_ rule: UInt32, form: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard Int(rule) < rules.count, rules[Int(rule)].strip <= form.count else {
            out.append(contentsOf: form)
            return
        }
        let r = rules[Int(rule)]
        for b in form[0..<form.count - r.strip] { out.append(r.lowercase ? Lemmatizer.lowercased(b) : b) }
        out.append(contentsOf: r.suffix)
    }
}

/// Learns `Lemmatizer` tables from gold (form, tag, lemma, feats) tokens. Ties go to the rule or
/// string that sorts first, and every table is written sorted, so the output is deterministic.
struct LemmatizerBuilder {
    private var formCounts: [Key: [LemmaRule: Int]] = [:]
    private var formFeatureCounts: [Key: [String: Int]] = [:]
    private var tagFeatureCounts: [Int: [String: Int]] = [:]

    private struct Key: Hashable {
        var tag: Int
        var form: [UInt8]
    }

    mutating func add(form: String, tag: Int, lemma: String, feats: String) {
        let bytes = Array(form.utf8)
        let key = Key(tag: tag, form: bytes)
        if lemma != "_" {
            formCounts[key, default: [:]][LemmaRule(form: bytes, lemma: Array(lemma.utf8)), default: 0] += 1
        }
        formFeatureCounts[Key(tag: tag, form: bytes.map(Lemmatizer.lowercased)), default: [:]][feats, default: 0] += 1
        tagFeatureCounts[tag, default: [:]][feats, default: 0] += 1
    }

    private static func mostFrequent<T: Comparable>(_ counts: [T: Int]) -> T {
        counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    /// The tables, the rule list and the FEATS list, for `tagCount` tags.
    func build(tagCount: Int) -> (rules: [LemmaRule], feats: [String], formRules: [UInt8], suffixRules: [UInt8], formFeatures: [UInt8], tagFeatures: [UInt32]) {
        // each form's own rule; suffix rules counted over distinct forms (types), so that words
        // never seen in training get what the vocabulary's regular words do
        var ruleIds: [LemmaRule: UInt32] = [:]
        var ruleList: [LemmaRule] = []
        func id(_ rule: LemmaRule) -> UInt32 {
            if let id = ruleIds[rule] { return id }
            ruleList.append(rule)
            ruleIds[rule] = UInt32(ruleList.count - 1)
            return UInt32(ruleList.count - 1)
        }
        _ = id(.identity)
        let forms = formCounts.keys.sorted { $0.tag != $1.tag ? $0.tag < $1.tag : $0.form.lexicographicallyPrecedes($1.form) }
        var suffixCounts: [UInt64: [LemmaRule: Int]] = [:]
        var ownRule: [Key: LemmaRule] = [:]
        for key in forms {
            let rule = Self.mostFrequent(formCounts[key]!)
            ownRule[key] = rule
            key.form.withUnsafeBufferPointer { form in
                for suffixKey in Lemmatizer.suffixKeys(tag: key.tag, form) { suffixCounts[suffixKey, default: [:]][rule, default: 0] += 1 }
            }
        }
        for rule in Set(suffixCounts.values.map { Self.mostFrequent($0) }).sorted() { _ = id(rule) }
        for key in forms { _ = id(ownRule[key]!) }
        let suffixEntries = suffixCounts.keys.sorted().map { ($0, id(Self.mostFrequent(suffixCounts[$0]!))) }
        let suffixTable = ValueTable.serialize(suffixEntries)
        let suffixLookup = try! ValueTable.read(suffixTable.copyAligned()).0
        let interim = Lemmatizer(rules: ruleList, formRules: Self.emptyTable.0, suffixRules: suffixLookup, formFeatures: Self.emptyTable.0, tagFeatures: [])
        // forms whose own rule differs from the suffix rule they would get
        var formEntries: [(key: UInt64, value: UInt32)] = []
        for key in forms {
            let rule = id(ownRule[key]!)
            let predicted = key.form.withUnsafeBufferPointer { interim.rule(tag: key.tag, form: $0) }
            if predicted != rule {
                formEntries.append((key.form.withUnsafeBufferPointer { Lemmatizer.formKey(tag: key.tag, $0) }, rule))
            }
        }
        // FEATS: each tag's most frequent, and forms whose most frequent differs
        var featList: [String] = ["_"]
        var featIds: [String: UInt32] = ["_": 0]
        func featId(_ f: String) -> UInt32 {
            if let id = featIds[f] { return id }
            featList.append(f)
            featIds[f] = UInt32(featList.count - 1)
            return UInt32(featList.count - 1)
        }
        let tagFeatures = (0..<tagCount).map { tag in tagFeatureCounts[tag].map { featId(Self.mostFrequent($0)) } ?? 0 }
        var featureEntries: [(key: UInt64, value: UInt32)] = []
        let featureForms = formFeatureCounts.keys.sorted { $0.tag != $1.tag ? $0.tag < $1.tag : $0.form.lexicographicallyPrecedes($1.form) }
        for key in featureForms {
            let f = featId(Self.mostFrequent(formFeatureCounts[key]!))
            if f != tagFeatures[key.tag] {
                featureEntries.append((key.form.withUnsafeBufferPointer { Lemmatizer.formKey(tag: key.tag, $0) }, f))
            }
        }
        return (ruleList, featList, ValueTable.serialize(formEntries), suffixTable, ValueTable.serialize(featureEntries), tagFeatures)
    }

    private static let emptyTable = try! ValueTable.read(ValueTable.serialize([]).copyAligned())
}

extension Collection where Element == UInt8 {
    /// The bytes in a fresh 16-byte-aligned allocation that lives as long as the process (for
    /// tables built while training, read through the same code as a loaded model).
    func copyAligned() -> UnsafeRawBufferPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(count, 1), alignment: 16)
        var k = 0
        for b in self { memory.storeBytes(of: b, toByteOffset: k, as: UInt8.self); k += 1 }
        return UnsafeRawBufferPointer(start: memory, count: count)
    }
}
