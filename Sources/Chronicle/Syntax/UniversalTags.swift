/// The seventeen universal part-of-speech tags of Universal Dependencies.
public enum UPOS: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    /// Adjective, adposition, adverb, auxiliary, coordinating conjunction, determiner,
    /// interjection, noun, numeral, particle, pronoun, proper noun, punctuation, subordinating
    /// conjunction, symbol, verb, other.
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as UD writes it (`NOUN`, `PROPN`).
    public var description: String { Self.names[Int(rawValue)] }

    /// The tag UD writes as `name` (`NOUN`); nil for anything else.
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

    /// The features of a FEATS column.
    public init(_ text: String) { self.text = text }

    /// The value of feature `name` (`value("Tense")` is `"Past"`), nil when absent.
    public func value(_ name: String) -> Substring? {
        for pair in text.split(separator: "|") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == name { return parts[1] }
        }
        return nil
    }

    /// `VerbForm` (`Fin`, `Inf`, `Part`, `Ger`).
    public var verbForm: Substring? { value("VerbForm") }
    /// `Tense` (`Past`, `Pres`).
    public var tense: Substring? { value("Tense") }
    /// `Mood` (`Ind`, `Imp`).
    public var mood: Substring? { value("Mood") }
    /// `Number` (`Sing`, `Plur`).
    public var number: Substring? { value("Number") }
    /// `Person` (`1`, `2`, `3`).
    public var person: Substring? { value("Person") }
    /// `PronType` (`Prs`, `Dem`, ...).
    public var pronType: Substring? { value("PronType") }
    /// The FEATS column.
    public var description: String { text }
}
