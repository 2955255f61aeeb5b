/// A target entity as the user names it ("Steve Jobs", "Airbus A380", "General Motors") and the
/// word sequences that name it in a text. Each form comes from a general rule with examples
/// (checked in `EntityMentionTests`); there is no list of known entities.
///
/// - full name: every word of the name, in order, any case ("iTunes Store" for "iTunes store");
/// - surname or last name word: the last capitalized word of a name of two or more words,
///   exact case ("Jobs" for "Steve Jobs", "Gallois" for "Louis Gallois"), unless it is a number
///   or a short model suffix ("4" of "iPhone 4", "3G" of "iPhone 3G" name other things alone);
/// - model designation: a word of the name with digits and at least three characters ("A380"
///   for "Airbus A380", "787" for "Boeing 787");
/// - name before a common noun: a name ending in a lowercase word is also named without it
///   ("iTunes" for "iTunes store").
public struct EntityName: Sendable, Hashable {
    /// The name as given.
    public let name: String
    /// Word sequences that name the entity; `exactCase` says whether case must match.
    let forms: [(words: [String], exactCase: Bool)]

    /// The entity named `name`, with the forms the rules above give it.
    public init(_ name: String) {
        self.name = name
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var forms: [(words: [String], exactCase: Bool)] = [(words, false)]
        func add(_ form: [String]) {
            if !form.isEmpty, !forms.contains(where: { $0.words == form }) { forms.append((form, true)) }
        }
        if words.count >= 2 {
            if let last = words.last, EntityName.isCapitalized(last), !last.contains(where: \.isNumber) { add([last]) }
            for word in words where EntityName.isModelDesignation(word) { add([word]) }
            if let last = words.last, last.first?.isLowercase == true { add(Array(words.dropLast())) }
        }
        self.forms = forms
    }

    /// Whether both name the same entity (the same name as given).
    public static func == (a: EntityName, b: EntityName) -> Bool { a.name == b.name }
    /// Hashes the name as given.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// The surface forms, for display and tests ("Steve Jobs", "Jobs").
    public var surfaceForms: [String] { forms.map { $0.words.joined(separator: " ") } }

    static func isCapitalized(_ word: String) -> Bool { word.first?.isUppercase == true }

    static func isModelDesignation(_ word: String) -> Bool {
        word.count >= 3 && word.contains(where: \.isNumber) && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// The initials of a name of two or more capitalized words ("GM" for "General Motors").
    static func initials(_ words: [String]) -> String? {
        guard words.count >= 2, words.allSatisfy(isCapitalized) else { return nil }
        return String(words.compactMap(\.first))
    }
}
