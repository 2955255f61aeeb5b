/// TimeML tense of an event's verb group.
public enum EventTense: String, Sendable, Codable {
    case past = "PAST", present = "PRESENT", future = "FUTURE", none = "NONE"
    case infinitive = "INFINITIVE", presentParticiple = "PRESPART", pastParticiple = "PASTPART"
}

/// TimeML aspect of an event's verb group.
public enum EventAspect: String, Sendable, Codable {
    case none = "NONE", progressive = "PROGRESSIVE", perfective = "PERFECTIVE", perfectiveProgressive = "PERFECTIVE_PROGRESSIVE"
}

/// TimeML polarity.
public enum EventPolarity: String, Sendable, Codable {
    case positive = "POS", negative = "NEG"
}

/// A temporal relation (TimeML TLINK relTypes Chronicle produces).
public enum TemporalRelation: String, Sendable, Codable {
    case before = "BEFORE", after = "AFTER", includes = "INCLUDES", isIncluded = "IS_INCLUDED"
    case simultaneous = "SIMULTANEOUS", begins = "BEGINS", ends = "ENDS", begunBy = "BEGUN_BY", endedBy = "ENDED_BY"
    case during = "DURING", identity = "IDENTITY"
    /// Not a TimeML relType: "with the fall of Kabul, Biden admitted Wednesday" puts the fall on
    /// or before Wednesday. TimeML exports write it as BEFORE.
    case onOrBefore = "ON_OR_BEFORE"

    /// The relation seen from the other side.
    public var inverse: TemporalRelation {
        switch self {
        case .before: return .after
        case .after: return .before
        case .includes: return .isIncluded
        case .isIncluded: return .includes
        case .begins: return .begunBy
        case .begunBy: return .begins
        case .ends: return .endedBy
        case .endedBy: return .ends
        case .onOrBefore: return .after
        case .simultaneous, .during, .identity: return self
        }
    }
}

/// One mention of an event in a text.
public struct EventMention: Sendable, Hashable {
    public var document: String
    public var trigger: String
    /// Unicode-scalar span of the trigger word.
    public var begin: Int
    public var end: Int
    public var byteBegin: Int
    public var byteEnd: Int
    /// The clause that carries it (at most `EventExtractor.clauseReach` tokens either side of
    /// the trigger), a slice of the document's text that shares its storage.
    public var clause: Substring
    public var clauseBegin: Int
    public var clauseEnd: Int
    /// Index of the sentence in its document.
    public var sentence: Int
}

/// What an event is tied to in time.
public struct EventAnchor: Sendable, Hashable, Codable {
    public enum Target: Sendable, Hashable, Codable {
        /// A time expression of the event's document (index into its timexes).
        case timex(Int)
        /// The document creation time.
        case creationTime
        /// Another event (index into the document's events), whose time this one shares.
        case event(Int)
    }

    public var relation: TemporalRelation
    public var target: Target
    /// 0...1: how sure the rule that made the link is.
    public var confidence: Double
    /// The rule that made the link ("same clause", "at the same time", "tense and DCT", ...).
    public var rule: String
    /// How far before or after its target the event lies, when the text says ("three days
    /// before the flood"): the relation is `before` or `after`.
    public var offset: TimeOffset? = nil
}

/// An event of a document: its trigger, what kind of event it is, how the text presents it,
/// who and where, and its anchor in time.
public struct Event: Sendable, Hashable {
    public var mention: EventMention
    public var eventClass: EventClass
    /// Lowercased trigger reduced to a stem, for merging mentions ("meeting"/"met" share "meet").
    public var kind: String
    public var isNoun: Bool
    /// A noun with a definite or possessive determiner ("the summit", "their meeting"), which
    /// refers back to an event the text has named.
    public var isDefinite: Bool = false
    /// A noun that is the object of a preposition of time or place ("at their Geneva meeting"):
    /// what else its clause tells happened then.
    public var isSetting: Bool = false
    public var tense: EventTense
    public var aspect: EventAspect
    public var polarity: EventPolarity
    /// The modal or intensional word that makes it not a plain fact ("could", "expected to").
    public var modality: String?
    public var participants: [String]
    public var place: String?
    /// The core of its clause in the text's own words: who did what to whom, and where ("the White
    /// House sent Elizabeth Sherwood-Randall to Uzbekistan"); a nominal event's noun phrase ("the
    /// swift fall of Kabul"). The trigger when the section was not parsed. See `EventStructure`.
    public var description: String = ""
    /// Its participants with their roles, from the parse (empty when the section was not parsed).
    public var roles: [EventParticipant] = []
    /// Who reports it, when it is the content of a reporting verb ("the mayor said on Thursday")
    /// or of "according to X".
    public var attribution: String?
    /// Its anchor in time, set when the document's analysis is composed (`DocumentAnalyzer`).
    public var anchor: EventAnchor?
    /// Index of its clause in the document (clauses are numbered in text order).
    var clause = 0
    /// Other mentions merged into this event.
    public var mentions: [EventMention] = []
    /// How much it belongs on the timeline a reader looks at, 0...1 (`EventSalience`).
    public var salience: Double = 1

    /// Whether it belongs on the main timeline the exports show by default.
    public var isInMainTimeline: Bool { salience >= EventSalience.mainTimelineThreshold }

    /// Whether the text asserts it happened or happens (positive, no modality).
    public var isFactual: Bool { polarity == .positive && modality == nil }
}
