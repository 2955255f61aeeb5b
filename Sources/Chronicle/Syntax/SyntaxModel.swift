/// A trained tagger, lemmatizer and dependency parser, read from a model file (see
/// `SyntaxModelFile`) without copying its tables.
///
/// ```swift
/// let model = try SyntaxModel(contentsOf: bytes)
/// let sentences = model.annotate(try CoNLLU.read(text))   // gold tokens, predicted columns
/// ```
public final class SyntaxModel: @unchecked Sendable {
    /// Size of the model file in bytes.
    public let byteCount: Int
    /// The header lines of the model file: what it was trained on, and the data's credit.
    public let header: [String]
    /// Universal and treebank tag of each tagger class.
    let tags: [(upos: UPOS, xpos: String)]
    /// Relation names, with subtypes (`nmod:poss`), by label number.
    let labels: [String]
    let feats: [String]
    let tagger: PartOfSpeechTagger
    let parser: DependencyParser
    let lemmatizer: Lemmatizer
    let senses = WordSenses.standard
    private let storage: UnsafeMutableRawPointer?

    /// A model over `bytes`, which must stay valid (and 16-byte aligned) for the model's lifetime,
    /// as embedded data does.
    public convenience init(bytes: UnsafeRawBufferPointer) throws {
        try self.init(bytes: bytes, owning: nil)
    }

    /// A model read from a copy of `data`.
    public convenience init(data: [UInt8]) throws {
        let aligned = data.copyAligned()
        try self.init(bytes: aligned, owning: UnsafeMutableRawPointer(mutating: aligned.baseAddress))
    }

    private init(bytes: UnsafeRawBufferPointer, owning storage: UnsafeMutableRawPointer?) throws {
        self.storage = storage
        byteCount = bytes.count
        let (header, sections) = try SyntaxModelFile.read(bytes)
        func section(_ name: String) throws -> UnsafeRawBufferPointer {
            guard let s = sections[name] else { throw SyntaxModelError.missingSection(name) }
            return s
        }
        self.header = header
        var tags: [(UPOS, String)] = []
        var tagFeatures: [UInt32] = []
        for line in SyntaxModelFile.lines(try section("tags")) {
            let parts = line.split(separator: "\t")
            guard parts.count == 3, let upos = UPOS(name: parts[0]), let f = UInt32(parts[2]) else { throw SyntaxModelError.malformed("tag '\(line)'") }
            tags.append((upos, String(parts[1])))
            tagFeatures.append(f)
        }
        self.tags = tags
        let labels = SyntaxModelFile.lines(try section("labels")).map(String.init)
        let feats = SyntaxModelFile.lines(try section("feats")).map(String.init)
        self.labels = labels
        self.feats = feats
        var rules: [LemmaRule] = []
        for line in String(decoding: try section("rules"), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            guard let rule = LemmaRule(line: line) else { throw SyntaxModelError.malformed("lemma rule '\(line)'") }
            rules.append(rule)
        }
        guard !tags.isEmpty, tags.count < 255, labels.count <= 64, tagFeatures.allSatisfy({ Int($0) < feats.count }) else {
            throw SyntaxModelError.malformed("tag or label list")
        }
        guard let root = labels.firstIndex(of: "root"), let punct = labels.firstIndex(of: "punct") else {
            throw SyntaxModelError.malformed("label list (no 'root' or 'punct')")
        }
        tagger = PartOfSpeechTagger(weights: try WeightTable.read(try section("tagger")).0, tagCount: tags.count)
        parser = DependencyParser(weights: try WeightTable.read(try section("parser")).0, labelCount: labels.count, rootLabel: root,
                                  punctLabel: punct, fallbackLabel: labels.firstIndex(of: "parataxis") ?? punct,
                                  isPunct: tags.map { $0.0 == .punct })
        lemmatizer = Lemmatizer(rules: rules, formRules: try ValueTable.read(try section("lemforms")).0,
                                suffixRules: try ValueTable.read(try section("lemsufx")).0,
                                formFeatures: try ValueTable.read(try section("featform")).0, tagFeatures: tagFeatures)
    }

    deinit { storage?.deallocate() }

    /// Universal tag, treebank tag and relation names, for output.
    func upos(_ tag: UInt8) -> UPOS { tags[Int(tag)].upos }
    func xpos(_ tag: UInt8) -> String { tags[Int(tag)].xpos }
    func label(_ label: UInt8) -> String { labels[Int(label)] }

    // MARK: sentences

    /// Working memory for annotating sentences, reused from one sentence to the next.
    final class Workspace {
        var keys: [WordKeys] = []
        var tags: [UInt8] = []
        var forms: [UInt64] = []
        var tagValues: [UInt64] = []
        let scratch = ScoringScratch.allocate()

        deinit { scratch.deallocate() }
    }

    /// Annotates the words `ranges` (byte ranges into `bytes`) of one sentence, appending to `output`.
    func annotate(bytes: UnsafeBufferPointer<UInt8>, ranges: ArraySlice<Range<Int>>, workspace: Workspace, output: inout SentenceAnnotations) {
        let n = ranges.count
        guard n > 0 else { return }
        workspace.keys.removeAll(keepingCapacity: true)
        var first = true
        for range in ranges {
            workspace.keys.append(WordKeys(bytes: bytes, range: range, first: first, senses: senses))
            first = false
        }
        workspace.tags = Array(repeating: 0, count: n)
        workspace.keys.withUnsafeBufferPointer { keys in
            workspace.tags.withUnsafeMutableBufferPointer { tagger.tag(keys, into: $0, scratch: workspace.scratch) }
        }
        workspace.forms.removeAll(keepingCapacity: true)
        workspace.tagValues.removeAll(keepingCapacity: true)
        workspace.forms.append(DependencyParser.rootForm)
        workspace.tagValues.append(DependencyParser.rootTag)
        for i in 0..<n {
            workspace.forms.append(workspace.keys[i].form)
            workspace.tagValues.append(UInt64(workspace.tags[i]) + 1)
        }
        let state = workspace.forms.withUnsafeBufferPointer { forms in
            workspace.tagValues.withUnsafeBufferPointer { tagValues in
                workspace.tags.withUnsafeBufferPointer { tags in
                    parser.parse(forms: forms, tagValues: tagValues, tags: tags, scratch: workspace.scratch)
                }
            }
        }
        for (i, range) in ranges.enumerated() {
            let tag = workspace.tags[i]
            let form = UnsafeBufferPointer(rebasing: bytes[range])
            output.tags.append(tag)
            output.heads.append(state.heads[i + 1])
            output.labels.append(state.labels[i + 1])
            output.lemmaRules.append(lemmatizer.rule(tag: Int(tag), form: form))
            output.feats.append(lemmatizer.features(tag: Int(tag), form: form))
        }
    }
}

/// Per-word results of annotating sentences, in word order; heads are 1-based within each
/// sentence (0 the root).
struct SentenceAnnotations {
    var tags: [UInt8] = []
    var heads: [Int32] = []
    var labels: [UInt8] = []
    var lemmaRules: [UInt32] = []
    var feats: [UInt32] = []
}
