/// The seventeen universal part-of-speech tags of Universal Dependencies.
public enum UPOS: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as UD writes it (`NOUN`, `PROPN`).
    public var description: String { Self.names[Int(rawValue)] }

    public init?(name: some StringProtocol) {
        guard let index = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                                "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// A verb or an auxiliary.
    public var isVerbal: Bool { self == .verb || self == .aux }
    /// A noun, proper noun or pronoun.
    public var isNominal: Bool { self == .noun || self == .propn || self == .pron }
}

/// Morphological features of a word (the UD FEATS column), with the ones the pipeline reads
/// broken out.
public struct MorphologicalFeatures: Sendable, Hashable, CustomStringConvertible {
    /// The FEATS column as UD writes it (`Mood=Ind|Tense=Past|VerbForm=Fin`), `_` when empty.
    public let text: String

    public init(_ text: String) { self.text = text }

    /// The value of feature `name` (`value("Tense")` is `"Past"`), nil when absent.
    public func value(_ name: String) -> Substring? {
        for pair in text.split(separator: "|") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == name { return parts[1] }
        }
        return nil
    }

    public var verbForm: Substring? { value("VerbForm") }
    public var tense: Substring? { value("Tense") }
    public var mood: Substring? { value("Mood") }
    public var number: Substring? { value("Number") }
    public var person: Substring? { value("Person") }
    public var pronType: Substring? { value("PronType") }
    public var description: String { text }
}
